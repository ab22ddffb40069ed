"""beta `stabilo`: a SCANNED PRINTOUT THAT SOMEONE MARKED BY HAND. The print (the --text-pdf twin,
unmarked): a centred letterhead in a serif face over a thick and a thin rule, the title underlined,
the student as "Nama : ..." lines, one fully ruled table in the campus's column order (No | Kode |
Mata Kuliah | SKS | Nilai; No | Mata Kuliah | Kode | SKS | Huruf | Angka | Mutu; or Smt | Kode MK |
Nama Mata Kuliah | K | N | K x N), often "Semester III" lines between the semesters, Jumlah SKS and
the IPK under the table (with the IPS of each semester in a line where the campus prints it), the
place and date, the official's signature over a round stamp.

The marks, on the paper before it was scanned: translucent highlighter strokes (yellow, green or
pink) over two to four whole rows, uneven, a little slanted and running past the row's ends; pen
ticks in the left margin beside a few rows; a hand-drawn pen loop round one to three grades (the
loop well outside the letters) and round or under the IPK; a short handwritten note in a margin
("cek lagi", "sdh legalisir", ...); a staple at a top corner with its shadow and two punch holes in
the left margin. Then the automatic document feeder: one or two thin vertical streaks down the
whole page (never through a grade, SKS or code), a slight skew, the scanner's paper tone, a little
softness and sensor grain. In a --pdf every page is scanned the same way; the staple, the holes
and the note on the first page only."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import beta_style as st
import kappa_art
from canvas import Canvas
from texture import seeded_noise

WIDTH, A4 = 1240, 1754
LEFT, RIGHT = 110, 1150
NOTES = ["cek lagi", "sdh legalisir", "asli ada", "IPK ok", "fc 3 lembar", "lamp. 4", "ok, lengkap", "sesuai", "+ ijazah"]


def capacity(style):
    return 20


def _widths(style, face, rows):
    code_w = max([face.getlength(r["code"]) for r in rows] + [face.getlength("Kode MK")]) + 24
    fixed = {"no": 54, "code": round(code_w), "smt": 62, "sks": 70, "grade": 84, "point": 86, "mutu": 92}
    if style["scale"] == "numeric":
        fixed["grade"] = 120
    return st.column_spans(style, fixed, LEFT, RIGHT)


def _page(style, doc, part, rng, first, last, number, rows, marks):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    words = st.labels(style)
    c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
    mid = WIDTH // 2
    y = 70
    owner = ("PIMPINAN PUSAT MUHAMMADIYAH" if "Muhammadiyah" in style["institution"] else
             "YAYASAN PENDIDIKAN " + style["city"].upper() if "Sekolah" in style["institution"] else
             "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI")
    for text, f in [(owner, st.font(style["font"], size - 1)),
                    (style["institution"].upper(), st.font(style["font"], size + 7, 1)),
                    (style["faculty"].upper(), st.font(style["font"], size + 1, 1)),
                    (f"Jl. Poros {style['city']} Km. {len(style['programme']) % 9 + 3}  Telp. (0{rng.randint(401, 986)}) "
                     f"{rng.randint(21000, 89999)}  Laman: {style['site'].split('.', 1)[1]}", st.font(style["font"], size - 4))]:
        c.text((mid, y), text, font=f, fill=st.INK, anchor="ma")
        y += f.size + 10
    y += 6
    c.rectangle((LEFT - 20, y, RIGHT + 20, y + 3), fill=st.INK)
    c.rectangle((LEFT - 20, y + 7, RIGHT + 20, y + 7), fill=st.INK)
    y += 34
    title_face = st.font(style["font"], size + 3, 1)
    title = style["title"] + ("" if first else " (LANJUTAN)")
    c.text((mid, y), title, font=title_face, fill=st.INK, anchor="ma")
    tw = title_face.getlength(title)
    c.line((mid - tw / 2, y + size + 8, mid + tw / 2, y + size + 8), fill=st.INK, width=2)
    y += size + 36
    line = round(size * 1.6)
    if first:
        for label, value in [(words["name"], doc["name"]), (words["nim"], doc["nim"]), (words["programme"], style["programme"]),
                             (words["semester"], str(doc["semester"]))]:
            c.text((LEFT, y), label, font=face, fill=st.INK)
            c.text((LEFT + 190, y), f": {value}", font=face, fill=st.INK)
            y += line
    else:
        c.text((LEFT, y), f"{words['name']} : {doc['name']}      {words['nim']} : {doc['nim']}", font=face, fill=st.INK)
        y += line
    y += 12
    cols = _widths(style, face, rows)
    head = round(size * 2.0)
    top = y
    for key, label, x0, x1 in cols:
        c.text(((x0 + x1) // 2, y + head // 2), label, font=bold, fill=st.INK, anchor="mm")
    y += head
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    semester, spans, start = None, [], top
    for n, row in enumerate(part):
        if style["semester_rows"] and row["semester"] != semester:
            semester = row["semester"]
            spans.append((start, y))
            c.text((LEFT + 12, y + line // 2), f"Semester {st.ROMAN[semester - 1]}", font=bold, fill=st.INK, anchor="lm")
            y += line
            start = y
            c.line((LEFT, y, RIGHT, y), fill=st.INK)
        names = st.wrap(row["name"], face, next(x1 - x0 for k, _, x0, x1 in cols if k == "name") - 20)
        row_top = y
        for key, _, x0, x1 in cols:
            text = st.cell(style, row, key, number + n)
            if key == "name":
                for k, part_name in enumerate(names):
                    c.text((x0 + 10, y + line // 2 + k * round(size * 1.2)), part_name, font=face, fill=st.INK, anchor="lm")
            elif key == "code":
                c.text((x0 + 10, y + line // 2), text, font=face, fill=st.INK, anchor="lm")
            else:
                c.text(((x0 + x1) // 2, y + line // 2), text, font=face, fill=st.INK, anchor="mm")
                if key == "grade":
                    marks["grades"].append(((x0 + x1) / 2, y + line / 2, face.getlength(text), x1 - x0))
        y += line + round(size * 1.2) * (len(names) - 1)
        marks["rows"].append((row_top, y))
        c.line((LEFT, y, RIGHT, y), fill=st.INK)
    spans.append((start, y))
    for key, _, x0, _ in cols[1:]:
        for y0, y1 in spans:
            if y1 > y0:
                c.line((x0, y0, x0, y1), fill=st.INK)
    for x in (LEFT, RIGHT):
        c.line((x, top, x, y), fill=st.INK, width=2)
    c.line((LEFT, top, RIGHT, top), fill=st.INK, width=2)
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    marks["table"] = (LEFT, top, RIGHT, y)
    marks["avoid"] = [(x0, x1) for key, _, x0, x1 in cols if key in ("grade", "sks", "code", "point", "mutu")]
    y += 26
    if last:
        if style["ips"]:
            ips = "   ".join(f"{st.ROMAN[s - 1]}: {st.number(style, v)}" for s, v in doc["ips"].items())
            c.text((LEFT, y), f"IPS per semester  {ips}", font=st.font(style["font"], size - 2), fill=st.INK)
            y += line
        c.text((LEFT, y), f"{words['total']}", font=face, fill=st.INK)
        c.text((LEFT + 420, y), f": {doc['total']}", font=face, fill=st.INK)
        y += line
        label = words["ipk"]
        value = st.number(style, doc["ipk"])
        c.text((LEFT, y), label, font=bold, fill=st.INK)
        c.text((LEFT + 420, y), f": {value}", font=bold, fill=st.INK)
        vx = LEFT + 420 + bold.getlength(": ")
        marks["ipk"] = (vx + bold.getlength(value) / 2, y + size * 0.55, bold.getlength(value))
        y += line * 2
        sx = RIGHT - 360
        c.text((sx, y), f"{style['city']}, {st.date_text(doc['day'])}", font=face, fill=st.INK)
        c.text((sx, y + line), "Dekan,", font=face, fill=st.INK)
        c.paste(kappa_art.stamp(rng, 150, (120, 40, 150), f"{style['faculty'].upper()} * {style['city'].upper()} *",
                                st.font("libsans", 10).path), (sx - 100, y + line))
        c.paste(kappa_art.signature(rng, 210, 80, (20, 30, 100)), (sx + 10, y + 2 * line))
        y += 5 * line
        c.text((sx, y), doc["official"], font=bold, fill=st.INK)
        c.text((sx, y + line), f"NIP. {doc['nip']}", font=face, fill=st.INK)
        y += 2 * line
    else:
        c.text((RIGHT, y), "bersambung ...", font=st.font(style["font"], size - 2, 2), fill=st.INK, anchor="ra")
        y += line
    bottom = max(A4, y + 100)
    c.text((mid, bottom - 60), f"- {len(marks['pages']) + 1} -", font=st.font(style["font"], size - 3), fill=st.INK, anchor="ma")
    c.image = c.image.crop((0, 0, WIDTH, bottom))
    c.draw = ImageDraw.Draw(c.image)
    return c


def _pen(draw, points, ink, width):
    draw.line(points, fill=ink + (235,), width=width, joint="curve")


def _highlight(page, rng, colour, box):
    """A highlighter stroke over the box (x0, y0, x1, y1): uneven edges, a slant, streaks along the stroke."""
    w, h = page.size
    x0, y0, x1, y1 = box
    x0, x1 = x0 - rng.uniform(4, 26), x1 + rng.uniform(0, 34)
    slant = rng.uniform(-5, 5)
    steps = 24
    top = [(x0 + (x1 - x0) * t / steps, y0 - rng.uniform(0, 5) + slant * t / steps) for t in range(steps + 1)]
    low = [(x0 + (x1 - x0) * t / steps, y1 + rng.uniform(-1, 6) + slant * t / steps) for t in range(steps, -1, -1)]
    mask = Image.new("L", (w, h), 0)
    density = rng.randint(150, 205)
    ImageDraw.Draw(mask).polygon(top + low, fill=density)
    streaks = seeded_noise(rng, (w // 12 + 1, h), 30).resize((w, h), Image.BILINEAR).point(lambda v: min(255, 150 + v // 2))
    mask = ImageChops.multiply(mask, streaks).filter(ImageFilter.GaussianBlur(1.2))
    tint = Image.composite(Image.new("RGB", (w, h), colour), Image.new("RGB", (w, h), (255, 255, 255)), mask)
    return ImageChops.multiply(page, tint)


def _loop(rng, cx, cy, rx, ry):
    """A pen loop round (cx, cy): a little more than one turn, its radius wandering."""
    turn = rng.uniform(1.08, 1.22) * 2 * math.pi
    start = rng.uniform(0, 2 * math.pi)
    points, wobble = [], 0.0
    for k in range(61):
        t = start + turn * k / 60
        wobble = 0.7 * wobble + rng.gauss(0, 0.025)
        grow = 1 + wobble + 0.07 * k / 60
        points.append((cx + rx * grow * math.cos(t), cy + ry * grow * math.sin(t)))
    return points


def _tick(rng, x, y, s):
    return [(x, y), (x + s * 0.35 + rng.uniform(-2, 2), y + s * 0.45), (x + s * rng.uniform(0.9, 1.2), y - s * rng.uniform(0.5, 0.8))]


def _handwriting(rng, text, size):
    """A short note in pen (its ink as an L mask, cropped): italic letters each turned and lifted a little, the
    line drifting, the whole note turned."""
    face = st.font("libserif", size, 2)
    w = round(face.getlength(text) * 1.15) + 2 * size
    note = Image.new("L", (w, size * 3), 0)
    at, drift = size * 0.6, 0.0
    for ch in text:
        drift += rng.gauss(0, 0.6)
        if ch != " ":
            tile = Image.new("L", (size * 2, size * 2), 0)
            ImageDraw.Draw(tile).text((size // 2, size // 2), ch, font=face, fill=255)
            tile = tile.rotate(rng.uniform(-10, 10), resample=Image.BICUBIC)
            box = (round(at - size / 2), round(size - size / 2 + drift + rng.gauss(0, 1.0)))
            note.paste(ImageChops.lighter(note.crop(box + (box[0] + tile.size[0], box[1] + tile.size[1])), tile), box)
        at += face.getlength(ch) * rng.uniform(0.95, 1.12)
    note = note.rotate(rng.uniform(-7, 5), resample=Image.BICUBIC, expand=True)
    return note.crop(note.getbbox())


def _mark(c, style, rng, marks, first, holes_y):
    """The hand marks on the paper: highlighter, ticks, loops, a note, the staple and holes."""
    page = c.image
    w, h = page.size
    info = {"name": "hand_marks", "marker": list(style["marker"]), "pen": list(style["pen"])}
    rows = marks["rows"]
    chosen = sorted(rng.sample(range(len(rows)), min(len(rows), rng.randint(2, 4))))
    left, _, right, _ = marks["table"]
    for k in chosen:
        page = _highlight(page, rng, style["marker"], (left, rows[k][0] + 2, right, rows[k][1] - 1))
    info["highlighted_rows"] = chosen
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    ticks = [k for k in sorted(rng.sample(range(len(rows)), min(len(rows), rng.randint(2, 5))))
             if not any(abs((rows[k][0] + rows[k][1]) / 2 - hy) < 40 for hy in holes_y)]
    for k in ticks:
        y0 = (rows[k][0] + rows[k][1]) / 2
        _pen(draw, _tick(rng, left - 52 + rng.uniform(-4, 4), y0 + 2, rng.uniform(18, 26)), style["pen"], 3)
    info["ticked_rows"] = ticks
    circled = rng.sample(range(len(marks["grades"])), min(len(marks["grades"]), rng.randint(1, 3)))
    for k in circled:
        cx, cy, tw, cw = marks["grades"][k]
        rx = max(tw / 2 + 14, min(cw / 2 + 4, tw / 2 + 22))
        _pen(draw, _loop(rng, cx + rng.uniform(-2, 2), cy + rng.uniform(-1, 1), rx, style["size"] * 0.85), style["pen"], 2)
    info["circled_grades"] = sorted(circled)
    if "ipk" in marks:
        cx, cy, tw = marks["ipk"]
        if rng.random() < 0.6:
            _pen(draw, _loop(rng, cx, cy, tw / 2 + 18, style["size"] * 0.9), style["pen"], 3)
            info["ipk"] = "circled"
        else:
            base = cy + style["size"] * 0.75
            _pen(draw, [(cx - tw / 2 - 40 + k * (tw + 60) / 10, base + 3 + rng.uniform(-1.5, 1.5) + (k % 2) * 2) for k in range(11)],
                 style["pen"], 3)
            info["ipk"] = "underlined"
    if first:
        note = rng.choice(NOTES)
        size = rng.randint(26, 32)
        ink = _handwriting(rng, note, size)
        if rng.random() < 0.5:  # in the top margin, clear of the letterhead (its first line at y 70)
            x, y = rng.uniform(700, 1200 - ink.size[0]), max(4, 62 - ink.size[1])
        else:  # above the table's top right, right of the student block
            x, y = rng.uniform(RIGHT - 40 - ink.size[0], RIGHT - ink.size[0]), marks["table"][1] - ink.size[1] - 10
        layer.paste(Image.new("RGBA", ink.size, style["pen"] + (225,)), (round(x), round(y)), ink)
        info["note"] = note
    page = Image.alpha_composite(page.convert("RGBA"), layer).convert("RGB")
    if first:
        page, info["staple"] = _staple(page, rng, style["staple"])
        if style["holes"]:
            draw = ImageDraw.Draw(page)
            for hy in holes_y:
                r = 18
                draw.ellipse((44 - r, hy - r, 44 + r, hy + r), fill=(252, 252, 250), outline=(150, 150, 150), width=2)
            info["holes"] = [round(v) for v in holes_y]
    return page, info


def _staple(page, rng, corner):
    w, _ = page.size
    angle = math.radians(rng.uniform(25, 55)) * (1 if corner == "tl" else -1)
    cx, cy = (rng.uniform(44, 70), rng.uniform(40, 62)) if corner == "tl" else (w - rng.uniform(44, 70), rng.uniform(40, 62))
    half = rng.uniform(34, 42)
    a = (cx - half * math.cos(angle), cy + half * math.sin(angle))
    b = (cx + half * math.cos(angle), cy - half * math.sin(angle))
    shadow = Image.new("L", page.size, 0)
    ImageDraw.Draw(shadow).line((a[0] + 3, a[1] + 4, b[0] + 3, b[1] + 4), fill=150, width=7)
    page = Image.composite(Image.new("RGB", page.size, (90, 90, 90)), page, shadow.filter(ImageFilter.GaussianBlur(3)))
    draw = ImageDraw.Draw(page)
    draw.line((a, b), fill=(120, 122, 128), width=5)
    draw.line(((a[0], a[1] - 1), (b[0], b[1] - 1)), fill=(205, 208, 214), width=2)
    for p in (a, b):
        draw.ellipse((p[0] - 3, p[1] - 3, p[0] + 3, p[1] + 3), fill=(70, 70, 74))
    return page, {"corner": corner, "at": [round(cx), round(cy)]}


def _scan(page, rng, avoid):
    """The automatic document feeder's scan: streaks, skew, paper tone, softness, grain."""
    w, h = page.size
    streak = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(streak)
    xs = []
    for _ in range(rng.choice([1, 1, 2])):
        for _ in range(40):
            x = rng.uniform(60, w - 60)
            if not any(a - 8 <= x <= b + 8 for a, b in avoid):
                break
        tone = rng.randint(120, 185)
        colour = rng.choice([(tone, tone, tone), (tone, tone + 30, min(255, tone + 60)), (min(255, tone + 50), tone, tone + 30)])
        draw.line((x, 0, x, h), fill=colour, width=rng.choice([1, 1, 2]))
        xs.append(round(x))
    page = ImageChops.multiply(page, streak)
    skew = round(rng.uniform(0.2, 0.8) * rng.choice([-1, 1]), 2)
    bed = (rng.randint(236, 248),) * 3
    page = page.rotate(skew, resample=Image.BICUBIC, fillcolor=bed)
    tone = (rng.randint(238, 250), rng.randint(236, 248), rng.randint(228, 242))
    page = ImageChops.multiply(page, Image.new("RGB", page.size, tone))
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.6)))
    sigma = round(rng.uniform(2, 4.5), 1)
    page = ImageChops.add(page, Image.merge("RGB", [seeded_noise(rng, page.size, sigma)] * 3), 1.0, -128)
    return page, {"name": "adf_scan", "streaks": xs, "skew": skew, "paper": list(tone), "noise": sigma}


def render(style, doc, rows, rng, paged, text_pdf):
    chunks = st.split(rng, rows, paged, 24)
    canvases, art, number = [], [], 1
    marks = {"pages": []}
    for k, part in enumerate(chunks):
        marks.update(rows=[], grades=[])
        c = _page(style, doc, part, rng, k == 0, k == len(chunks) - 1, number, rows, marks)
        marks["pages"].append(k)
        number += len(part)
        if not text_pdf:
            h = c.image.size[1]
            holes_y = [h / 2 - 236, h / 2 + 236] if style["holes"] and k == 0 else []
            page, info = _mark(c, style, rng, marks, k == 0, holes_y)
            page, scan = _scan(page, rng, marks["avoid"])
            scan["marks"] = info
            c.image = page
            art.append(scan)
            marks.pop("ipk", None)
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art
    style["body"] = style["size"]
    return canvases
