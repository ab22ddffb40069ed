"""theta `formulir`: a pre-printed Kartu Hasil Studi form (ruled boxes, printed column titles, a
faculty logo placeholder, "Lembar untuk Mahasiswa", the copies' colour key) filled in by a
dot-matrix printer or a typewriter: the fill is misregistered (shifted a few pixels sideways and
up to about half a row's height off its cells, drifting a little down the page, so it sometimes
sits on the ruling lines), on tinted carbonless copy paper (pale yellow, pink or blue) in faint
purple/blue carbon ink with uneven pressure; an advisor's signature and the faculty stamp. Scanned:
uneven tint and a slight rotation. The --text-pdf twin is the form as drawn (tinted paper, the
fill in place, clean), born digital."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import kappa_art
import theta_style as ts
from canvas import Canvas
from texture import seeded_noise

WIDTH, A4 = 1240, 1754
PAPERS = {"yellow": (252, 246, 204), "pink": (252, 229, 234), "blue": (224, 236, 251)}
ROWS = 20  # ruled rows a sheet holds
COLUMNS = [("no", "No", 54), ("code", "Kode MK", 150), ("name", "Nama Mata Kuliah", 0), ("smt", "Smt", 62), ("sks", "SKS", 66),
           ("grade", "Nilai\nHuruf", 86), ("point", "Bobot", 86), ("mutu", "SKS x\nBobot", 100)]
LEFT, RIGHT = 66, WIDTH - 66


def capacity(style):
    return ROWS - 2


def _xs():
    fixed = sum(w for _, _, w in COLUMNS)
    xs, x = {}, LEFT
    for key, _, w in COLUMNS:
        xs[key] = (x, x + (w or RIGHT - LEFT - fixed))
        x = xs[key][1]
    return xs


def _form(c, style, rng, sheet, sheets):
    """The pre-printed form in its printing ink; returns where the fill goes."""
    ink = style["form_ink"]
    face, bold = ts.font(style["font"], 17), ts.font(style["font"], 18, 1)
    c.line((80, 40, 190, 40, 190, 150, 80, 150, 80, 40), fill=ink, width=2)  # the logo's place
    c.line((80, 40, 190, 150), fill=ink, width=1)
    c.line((190, 40, 80, 150), fill=ink, width=1)
    c.text((135, 95), "LOGO", font=ts.font(style["font"], 15, 1), fill=ink, anchor="mm")
    c.text((214, 46), style["institution"].upper(), font=ts.font(style["font"], 26, 1), fill=ink)
    c.text((214, 84), style["faculty"].upper(), font=ts.font(style["font"], 20), fill=ink)
    c.text((214, 114), f"Bagian Administrasi Akademik - {style['city']}", font=face, fill=ink)
    c.line((LEFT, 166, RIGHT, 166), fill=ink, width=3)
    c.rectangle((RIGHT - 300, 30, RIGHT, 72), fill=ink)
    c.text((RIGHT - 150, 51), "Lembar untuk Mahasiswa", font=ts.font(style["font"], 17, 1), fill=PAPERS[style["paper"]], anchor="mm")
    c.text((RIGHT, 84), f"Form. AK-{style['form_no']}   Lembar {sheet}/{sheets}", font=ts.font(style["font"], 15), fill=ink, anchor="ra")
    c.text((WIDTH // 2, 186), "KARTU HASIL STUDI", font=ts.font(style["font"], 30, 1), fill=ink, anchor="ma")
    c.text((WIDTH // 2, 226), "(diisi oleh Bagian Akademik, rangkap tiga)", font=face, fill=ink, anchor="ma")
    fields = {}
    labels = [("name", "Nama Mahasiswa", LEFT, 690), ("nim", "N I M", 720, RIGHT), ("programme", "Program Studi", LEFT, 690),
              ("semester", "Semester", 720, 900), ("year", "Th. Akademik", 920, RIGHT)]
    y = 270
    for n, (key, label, x0, x1) in enumerate(labels):
        if n in (2,):
            y += 54
        c.text((x0, y), label, font=face, fill=ink)
        start = x0 + round(face.getlength(label)) + 14
        c.text((start, y), ":", font=face, fill=ink)
        c.line((start + 14, y + 30, x1, y + 30), fill=ink, width=1)
        fields[key] = (start + 22, y + 26)
    y += 74
    xs = _xs()
    head = 62
    c.rectangle((LEFT, y, RIGHT, y + head), fill=tuple(round(p * 0.93) for p in PAPERS[style["paper"]]))
    for key, label, _ in COLUMNS:
        lines = label.split("\n")
        for k, text in enumerate(lines):
            c.text(((xs[key][0] + xs[key][1]) // 2, y + head // 2 + (k - (len(lines) - 1) / 2) * 22), text, font=bold, fill=ink, anchor="mm")
    row_h = style["row_h"]
    bottom = y + head + ROWS * row_h
    for k in range(ROWS + 2):
        yy = y if k == 0 else y + head + (k - 1) * row_h
        c.line((LEFT, yy, RIGHT, yy), fill=ink, width=2 if k in (0, 1, ROWS + 1) else 1)
    for key, _, _ in COLUMNS:
        c.line((xs[key][0], y, xs[key][0], bottom), fill=ink, width=2 if key == "no" else 1)
    c.line((RIGHT, y, RIGHT, bottom), fill=ink, width=2)
    fields["rows"] = y + head
    y = bottom + 24
    boxes = [("total", "Jumlah SKS"), ("mutu", "Jumlah Mutu"), ("ipk", "Indeks Prestasi Kumulatif (IPK)")]
    for k, (key, label) in enumerate(boxes):
        yy = y + k * 50
        c.text((LEFT, yy + 12), label, font=face, fill=ink)
        c.line((440, yy, 620, yy, 620, yy + 44, 440, yy + 44, 440, yy), fill=ink, width=1)
        fields[key] = (456, yy + 34)
    sx = 760
    c.text((sx, y), f"{style['city']}, ....................................", font=face, fill=ink)
    c.text((sx, y + 30), "Dosen Pembimbing Akademik,", font=face, fill=ink)
    c.line((sx, y + 150, sx + 360, y + 150), fill=ink, width=1)
    c.text((sx, y + 156), "NIP.", font=face, fill=ink)
    fields["date"] = (sx + round(face.getlength(f"{style['city']}, ")) + 4, y + 20)
    fields["sign"] = (sx, y + 50)
    fields["advisor"] = (sx + 4, y + 144)
    note = "Putih: Mahasiswa  -  Merah muda: Program Studi  -  Kuning: Fakultas  -  Biru: Arsip"
    c.text((LEFT, A4 - 70), note, font=ts.font(style["font"], 15), fill=ink)
    c.text((RIGHT, A4 - 70), "Lembar untuk Mahasiswa", font=ts.font(style["font"], 15, 1), fill=ink, anchor="ra")
    return fields


def _fill(style, doc, part, first, last, number, fields, xs):
    """What the printer types and where (the cell it is meant for): [(x, baseline, text, row index or -1)]."""
    start = doc["entry"] + (doc["semester"] - 1) // 2
    typed = [(fields["name"], doc["name"], -1), (fields["nim"], doc["nim"], -1), (fields["programme"], "S1 " + style["programme"], -1),
             (fields["semester"], str(doc["semester"]), -1), (fields["year"], f"{start}/{start + 1}", -1)]
    if not first:
        typed = typed[:2]
    row_h = style["row_h"]
    for n, row in enumerate(part):
        base = fields["rows"] + n * row_h + row_h // 2 + round(style["fill_size"] * 0.36)
        cells = {"no": str(number + n), "code": row["code"], "name": row["name"], "smt": str(row["semester"]), "sks": str(row["sks"]),
                 "grade": row["grade"], "point": ts.number(style, row["point"], 2), "mutu": ts.number(style, row["mutu"], 2)}
        for key, text in cells.items():
            x0, x1 = xs[key]
            x = x0 + 10 if key in ("code", "name") else (x0 + x1) // 2 - round(ts.font(style["fill_font"], style["fill_size"]).getlength(text) / 2)
            typed.append(((x, base), text, n))
    if last:
        typed += [(fields["total"], str(doc["total"]), -1), (fields["mutu"], ts.number(style, doc["mutu"], 2), -1),
                  (fields["ipk"], ts.number(style, doc["ipk"], 2), -1), (fields["date"], ts.date_text(doc["day"]), -1),
                  (fields["advisor"], doc["advisor"], -1)]
    return typed


def _carbon(page, typed, style, rng, shift):
    """The fill as carbon ink: typed onto its own layer (misregistered, dot-matrix pins or typewriter
    strikes), uneven pressure and grain, laid over the form in the carbon's colour."""
    w, h = page.size
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    face = ts.font(style["fill_font"], style["fill_size"], 0 if style["typewriter"] else 1)  # dot matrix: double strike
    dx, dy, drift = shift
    for (x, y), text, row in typed:
        y = y + dy + (drift * row if row >= 0 else 0)
        if style["typewriter"]:
            for k, ch in enumerate(text):
                draw.text((x + dx + face.getlength(text[:k]), y + rng.uniform(-1.5, 1.5)), ch, font=face, fill=rng.randint(175, 255), anchor="ls")
        else:
            draw.text((x + dx, y), text, font=face, fill=255, anchor="ls")
    if not style["typewriter"]:  # the print head's pins: faint gaps between dot rows and columns
        pins = Image.new("L", (w, h), 255)
        pd = ImageDraw.Draw(pins)
        for yy in range(0, h, 3):
            pd.line((0, yy, w, yy), fill=200)
        layer = ImageChops.multiply(layer, pins)
    layer = layer.filter(ImageFilter.GaussianBlur(0.5))
    pressure = Image.new("L", (6, 9))
    pressure.putdata([rng.randint(200, 255) for _ in range(54)])
    pressure = pressure.resize((w, h), Image.BICUBIC)
    grain = seeded_noise(rng, (w, h), 24).point(lambda v: min(255, max(0, 2 * v)))
    strength = rng.uniform(0.86, 0.97)
    layer = ImageChops.multiply(ImageChops.multiply(layer, pressure), grain).point(lambda v: round(v * strength))
    return Image.composite(Image.new("RGB", (w, h), style["carbon"]), page, layer)


def _scan(image, rng, style):
    """A flatbed scan of the copy: uneven tint (a soft gradient), a slight rotation."""
    w, h = image.size
    field = Image.new("L", (2, 3))
    field.putdata([rng.randint(228, 255) for _ in range(6)])
    field = field.resize((w, h), Image.BICUBIC).filter(ImageFilter.GaussianBlur(40))
    image = ImageChops.multiply(image, Image.merge("RGB", [field] * 3))
    angle = round(rng.choice([-1, 1]) * rng.uniform(0.3, 1.4), 2)
    image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=(236, 236, 234))
    return image, angle


def render(style, doc, rows, rng, paged, text_pdf):
    style["form_no"] = f"{rng.randint(1, 19):02d}"
    style["row_h"] = rng.randint(46, 50)
    longest = max(len(r["name"]) for r in rows)
    xs = _xs()
    width = xs["name"][1] - xs["name"][0] - 24
    style["fill_size"] = min(style["size"], math.floor(width / (0.61 * longest)))
    style["body"] = round(style["fill_size"] * 0.8, 1)  # faint carbon ink: the guard asks ~10 px of it, not 8
    chunks = ts.split(rng, rows, paged, ROWS)
    shift = (rng.randint(-12, 22), round(rng.uniform(-0.45, 0.45) * style["row_h"]), round(rng.uniform(-0.5, 0.6), 2))
    canvases, art, number = [], [], 1
    paper = PAPERS[style["paper"]]
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (WIDTH, A4), paper))
        if text_pdf:
            c.rectangle((0, 0, WIDTH - 1, A4 - 1), fill=paper)
        fields = _form(c, style, rng, k + 1, len(chunks))
        typed = _fill(style, doc, part, k == 0, k == len(chunks) - 1, number, fields, xs)
        number += len(part)
        signature = kappa_art.signature(rng, 230, 90, (30, 40, 120))
        stamp = kappa_art.stamp(rng, 150, (60, 50, 150), style["faculty"].upper(), ts.font(style["font"], 10).path)
        if text_pdf:  # the form as drawn: the fill in place, in the carbon's colour, clean
            face = ts.font(style["fill_font"], style["fill_size"])
            for (x, y), text, _ in typed:
                c.text((x, y), text, font=face, fill=style["carbon"], anchor="ls")
            if k == len(chunks) - 1:
                c.paste(signature, fields["sign"])
                c.paste(stamp, (fields["sign"][0] - 90, fields["sign"][1] - 30))
        else:
            if k == len(chunks) - 1:
                c.paste(signature, fields["sign"])
            c.image = _carbon(c.image, typed, style, rng, shift)
            c.draw = ImageDraw.Draw(c.image)
            if k == len(chunks) - 1:
                c.paste(stamp, (fields["sign"][0] - 90, fields["sign"][1] - 30))
            c.image, angle = _scan(c.image, rng, style)
            c.draw = ImageDraw.Draw(c.image)
            art.append({"name": "carbon_form_scan", "paper": style["paper"], "shift": list(shift[:2]), "drift": shift[2],
                        "rotation": angle, "printer": "typewriter" if style["typewriter"] else "dot_matrix"})
        canvases.append(c)
    style["art"] = art
    return canvases
