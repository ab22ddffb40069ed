"""iota `sampul`: a PHONE PHOTO of a printed transcript inside a clear plastic sleeve (a sheet
protector with a punched binder strip) lying on a desk. The print: a letterhead, the student in two
columns, one ruled table whose semesters are sub-headings inside it ("SEMESTER GANJIL 2021/2022")
each closed by a line with its SKS and IPS, the cumulative SKS and IPK under it, a signature. The
photo: the sleeve's strip, holes and edges, a faint haze of the plastic, specular glare from a
window (two panes and the frame between them) and a ceiling lamp washing out parts of some cells
(capped so every grade stays legible, the other table text readable), a dim reflection of the
phone holder, a mild tilt and perspective, a desk, warm indoor white balance, sensor noise. The
--text-pdf twin is the print as drawn, born digital."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import iota_style as st
import kappa_art
from canvas import Canvas
from degrade import perspective_coefficients, placed_quad, surface
from texture import seeded_noise

WIDTH, A4 = 1240, 1754
LEFT, RIGHT = 96, WIDTH - 86
GRADE_CAP, TEXT_CAP = 0.45, 0.62  # the most glare (0-1) over a grade cell, over any other text the truth holds


def capacity(style):
    return 16


def _columns(style):
    cols = ([("no", "No", 56)] if style["number_col"] else []) + [("code", "Kode MK", 150), ("name", "Mata Kuliah", 0),
                                                                   ("sks", "SKS", 70), ("grade", "Nilai", 84)]
    cols += [("point", "Bobot", 90)] if style["bobot"] else []
    return st.columns(cols, LEFT, RIGHT)


def _head(c, style, doc, rng, first):
    size = style["size"]
    c.paste(kappa_art.emblem(rng, 118, (120, 20, 30, 255), (220, 170, 30, 255)), (LEFT, 36))
    c.text((LEFT + 140, 44), style["institution"].upper(), font=st.font(style["font"], size + 8, 1), fill=st.INK)
    c.text((LEFT + 140, 86), style["faculty"], font=st.font(style["font"], size + 2), fill=st.INK)
    c.text((LEFT + 140, 118), f"Program Studi S1 {style['programme']}", font=st.font(style["font"], size), fill=st.INK)
    c.line((LEFT, 168, RIGHT, 168), fill=st.INK, width=3)
    c.text((WIDTH // 2, 190), "DAFTAR NILAI MAHASISWA" if first else "DAFTAR NILAI MAHASISWA (lanjutan)",
           font=st.font(style["font"], size + 5, 1), fill=st.INK, anchor="ma")
    y = 250
    face = st.font(style["font"], size)
    keep = []
    pairs = [("Nama", doc["name"]), ("NIM", doc["nim"])] + ([("Semester", str(doc["semester"])),
                                                             ("Angkatan", str(doc["entry"]))] if first else [])
    for n, (label, value) in enumerate(pairs):
        x = LEFT if n % 2 == 0 else 700
        yy = y + (n // 2) * round(size * 1.6)
        c.text((x, yy), label, font=face, fill=st.INK)
        c.text((x + 130, yy), f": {value}", font=face, fill=st.INK)
        keep.append(((x, yy - 4, x + 140 + face.getlength(value) + 20, yy + size + 6), TEXT_CAP))
    return y + ((len(pairs) + 1) // 2) * round(size * 1.6) + 16, keep


def _table(c, style, doc, part, y, number, rows):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    xs = _columns(style)
    line = round(size * 1.7)
    keep = []
    c.rectangle((LEFT, y, RIGHT, y + line + 4), fill=(205, 205, 205))
    for key, (x0, x1, label) in xs.items():
        c.text(((x0 + x1) // 2, y + (line + 4) // 2), label, font=bold, fill=st.INK, anchor="mm")
    top = y
    y += line + 4
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    spans = []  # (y0, y1) of course rows: the column rules run through them only
    for n, row in enumerate(part):
        opened = n == 0 or part[n - 1]["semester"] != row["semester"]
        if opened:
            c.rectangle((LEFT, y, RIGHT, y + line), fill=style["band"])
            heading = st.term(doc["entry"], row["semester"]) + (" (lanjutan)" if n == 0 and number > 1 and
                                                                 rows[number - 2]["semester"] == row["semester"] else "")
            c.text((LEFT + 12, y + line // 2), heading, font=bold, fill=st.INK, anchor="lm")
            y += line
            c.line((LEFT, y, RIGHT, y), fill=st.INK, width=1)
        cells = {"no": str(number + n), "code": row["code"], "name": row["name"], "sks": str(row["sks"]), "grade": row["grade"],
                 "point": st.number(style, row["point"])}
        lines = {k: st.wrap(v, face, xs[k][1] - xs[k][0] - 16) if k == "name" else [v] for k, v in cells.items() if k in xs}
        height = line + round(size * 1.2) * (len(lines["name"]) - 1)
        for key, texts in lines.items():
            x0, x1, _ = xs[key]
            for k, text in enumerate(texts):
                yy = y + line // 2 + k * round(size * 1.2)
                if key in ("code", "name"):
                    c.text((x0 + 8, yy), text, font=face, fill=st.INK, anchor="lm")
                else:
                    c.text(((x0 + x1) // 2, yy), text, font=face, fill=st.INK, anchor="mm")
            cap = GRADE_CAP if key in ("grade", "sks") else TEXT_CAP
            keep.append(((x0, y, x1, y + height), cap))
        spans.append((y, y + height))
        y += height
        c.line((LEFT, y, RIGHT, y), fill=(90, 90, 90), width=1)
        closed = n == len(part) - 1 and (number + n == len(rows) or rows[number + n]["semester"] != row["semester"])
        if closed or (n < len(part) - 1 and part[n + 1]["semester"] != row["semester"]):
            credits = sum(r["sks"] for r in rows if r["semester"] == row["semester"])
            text = f"Jumlah SKS Semester : {credits}      IPS : {st.number(style, doc['ips'][row['semester']])}"
            c.text((RIGHT - 14, y + line // 2), text, font=st.font(style["font"], size, 2), fill=st.INK, anchor="rm")
            y += line
            c.line((LEFT, y, RIGHT, y), fill=st.INK, width=1)
    for key, (x0, x1, _) in xs.items():
        if key != next(iter(xs)):
            c.line((x0, top, x0, top + line + 4), fill=st.INK, width=1)
            for a, b in spans:
                c.line((x0, a, x0, b), fill=st.INK, width=1)
    c.line((LEFT, top, LEFT, y), fill=st.INK, width=2)
    c.line((RIGHT, top, RIGHT, y), fill=st.INK, width=2)
    c.line((LEFT, top, RIGHT, top), fill=st.INK, width=2)
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    return y, keep


def _foot(c, style, doc, y, rng):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    y += 24
    keep = []
    for n, (label, value) in enumerate([("Jumlah SKS Kumulatif", str(doc["total"])),
                                        ("Indeks Prestasi Kumulatif (IPK)", st.number(style, doc["ipk"]))]):
        yy = y + n * round(size * 1.6)
        c.text((LEFT, yy), label, font=bold, fill=st.INK)
        c.text((LEFT + 400, yy), f": {value}", font=bold, fill=st.INK)
        keep.append(((LEFT, yy - 4, LEFT + 520, yy + size + 6), GRADE_CAP))
    sx = 760
    c.text((sx, y), f"{style['city']}, {st.date_text(doc['day'])}", font=face, fill=st.INK)
    c.text((sx, y + round(size * 1.5)), "Ketua Program Studi,", font=face, fill=st.INK)
    c.paste(kappa_art.signature(rng, 200, 74, (25, 35, 100)), (sx + 10, y + round(size * 2.6)))
    c.text((sx, y + round(size * 2.6) + 86), doc["official"], font=bold, fill=st.INK)
    c.text((sx, y + round(size * 3.9) + 86), f"NIP. {doc['nip']}", font=face, fill=st.INK)
    return y + round(size * 3.9) + 130, keep


def _glare(size, rng, keep):
    """Where the sleeve reflects the window and the lamp (0-255), capped over the kept boxes."""
    w, h = size
    glare = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(glare)
    top, bottom = min(b[1] for b, _ in keep), max(b[3] for b, _ in keep)
    cx = rng.uniform(0.2, 0.8) * w
    cy = rng.uniform(top, bottom) if rng.random() < 0.75 else rng.uniform(0.25, 0.75) * h  # mostly over the table
    pane_w, pane_h = rng.uniform(0.12, 0.2) * w, rng.uniform(0.16, 0.28) * h
    peak = round(255 * rng.uniform(0.75, 0.92))
    for side in (-1, 1):  # two window panes and the frame's bar between them
        x0 = cx + (0 if side > 0 else -pane_w) + side * 9
        draw.rectangle((x0, cy - pane_h / 2, x0 + pane_w, cy + pane_h / 2), fill=peak)
    glare = glare.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, center=(cx, cy)).filter(ImageFilter.GaussianBlur(w / 90))
    lamp = Image.new("L", (w, h), 0)
    lx, ly, r = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h, rng.uniform(0.04, 0.08) * w
    ImageDraw.Draw(lamp).ellipse((lx - r, ly - r * 0.6, lx + r, ly + r * 0.6), fill=round(255 * rng.uniform(0.85, 0.98)))
    lamp = lamp.filter(ImageFilter.GaussianBlur(r * 0.35))
    sheen = Image.linear_gradient("L").rotate(rng.uniform(0, 360), expand=False).resize((w, h)).point(lambda v: round(v * 0.16))
    glare = ImageChops.lighter(ImageChops.lighter(glare, lamp), sheen)
    ceiling = Image.new("L", (w, h), 255)  # the caps, drawn 30 px wider and softened so no box edge shows
    for (x0, y0, x1, y1), cap in sorted(keep, key=lambda k: -k[1]):
        ImageDraw.Draw(ceiling).rectangle((x0 - 30, y0 - 30, x1 + 30, y1 + 30), fill=round(255 * cap))
    glare = ImageChops.darker(glare, ceiling.filter(ImageFilter.GaussianBlur(10)))
    return glare, {"window": [round(cx), round(cy)], "lamp": [round(lx), round(ly)], "peak": round(peak / 255, 2)}


def _photo(page, rng, style, keep):
    """The page in its sleeve photographed on a desk. Returns (photo, page scale in it, what was done)."""
    pw, ph = page.size
    strip = 70 if style["holes"] else 0
    sheet = Image.new("RGB", (pw + strip + 14, ph + 24), (238, 240, 242))
    sheet.paste(page, (strip + 2, 12))
    alpha = Image.new("L", sheet.size, 70)  # the clear plastic beyond the paper
    ImageDraw.Draw(alpha).rectangle((strip + 2, 12, strip + 2 + pw - 1, 12 + ph - 1), fill=255)
    if strip:
        ad = ImageDraw.Draw(alpha)
        ad.rectangle((0, 0, strip - 4, sheet.size[1]), fill=150)  # the white binder strip
        for k in range(11):
            y = round(sheet.size[1] * (0.05 + 0.9 * k / 10))
            ad.ellipse((strip // 2 - 11, y - 11, strip // 2 + 11, y + 11), fill=0)
    haze = rng.uniform(0.05, 0.1)
    sheet = Image.blend(sheet, Image.new("RGB", sheet.size, (236, 238, 240)), haze)
    glare, info = _glare(page.size, rng, keep)
    shine = Image.new("L", sheet.size, 0)
    shine.paste(glare, (strip + 2, 12))
    sw, sh = sheet.size
    out_w = round(sw * rng.uniform(1.1, 1.18))
    out_h = round(max(out_w * 4 / 3, sh * 1.1))
    angle = math.radians(rng.uniform(-3, 3))
    keystone = rng.uniform(0.02, 0.06)
    shift = (rng.uniform(-0.02, 0.02), rng.uniform(-0.015, 0.015))
    quad, scale = placed_quad((sw, sh), (out_w, out_h), keystone, angle, (0.94, 0.95), shift)
    coeffs = perspective_coefficients([(0, 0), (sw, 0), (sw, sh), (0, sh)], quad)
    warp = lambda image, fill: image.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=fill)  # noqa: E731
    desk = surface(out_w, out_h, rng)
    mask = warp(alpha, 0)
    drop = ImageChops.offset(mask.point(lambda v: 255 if v > 200 else 0).filter(ImageFilter.GaussianBlur(12)), 7, 11)
    desk = Image.composite(Image.new("RGB", desk.size, (0, 0, 0)), desk, drop.point(lambda v: round(v * 0.35)))
    photo = Image.composite(warp(sheet, (0, 0, 0)), desk, mask)
    holder = Image.new("L", (out_w, out_h), 0)  # the phone holder's dim reflection
    hx = rng.uniform(0.3, 0.7) * out_w
    ImageDraw.Draw(holder).ellipse((hx - out_w * 0.18, -out_h * 0.1, hx + out_w * 0.18, out_h * rng.uniform(0.25, 0.4)), fill=40)
    holder = ImageChops.multiply(holder.filter(ImageFilter.GaussianBlur(out_w / 25)), mask)
    photo = ImageChops.subtract(photo, Image.merge("RGB", [holder] * 3))
    warm = (255, rng.randint(226, 240), rng.randint(176, 205))
    light = Image.new("L", (2, 2))
    light.putdata([rng.randint(205, 255) for _ in range(4)])
    light = light.resize((out_w, out_h), Image.BILINEAR)
    photo = ImageChops.multiply(photo, Image.merge("RGB", [light.point(lambda v, t=t: v * t // 255) for t in warm]))
    shine = warp(shine, 0)
    photo = Image.composite(Image.new("RGB", photo.size, (255, 253, 246)), photo, shine)
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    grain = seeded_noise(rng, (out_w, out_h), 5)
    photo = ImageChops.add(photo, Image.merge("RGB", [grain] * 3), 1.0, -128)
    least = min(math.dist(quad[0], quad[1]), math.dist(quad[3], quad[2])) / sw
    info.update(name="sleeve_photo", keystone=round(keystone, 3), tilt=round(math.degrees(angle), 2), haze=round(haze, 2),
                white_balance=list(warm), holes=bool(strip))
    return photo, least, info


def render(style, doc, rows, rng, paged, text_pdf):
    chunks = st.split(rng, rows, paged, 16)
    canvases, art, least, number = [], [], 1.0, 1
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
        y, keep = _head(c, style, doc, rng, k == 0)
        y, more = _table(c, style, doc, part, y, number, rows)
        keep += more
        number += len(part)
        if k == len(chunks) - 1:
            y, more = _foot(c, style, doc, y, rng)
            keep += more
        c.text((WIDTH // 2, max(A4, y + 60) - 40), f"Halaman {k + 1} dari {len(chunks)}", font=st.font(style["font"], style["size"] - 4),
               fill=(90, 90, 90), anchor="ms")
        c.image = c.image.crop((0, 0, WIDTH, max(A4, y + 60)))
        c.draw = ImageDraw.Draw(c.image)
        if not text_pdf:
            c.image, scale, info = _photo(c.image, rng, style, keep)
            c.draw = ImageDraw.Draw(c.image)
            least = min(least, scale)
            art.append(info)
        canvases.append(c)
    style["art"] = art
    style["body"] = round(style["size"] * least, 1)
    return canvases
