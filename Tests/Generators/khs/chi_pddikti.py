"""chi `pddikti`: a print of a national-database style study history. A sober header (an emblem in a
box, the ministry and "Pangkalan Data Pendidikan Tinggi"), the title, the student as a bordered
two-column key/value table, then ONE table of all courses in semester order with the semester on
every row (1, 20211 or "2021/2022 Ganjil"): No | Semester | Kode MK | Nama Mata Kuliah | SKS |
Nilai Huruf | Nilai Indeks, totals (Total SKS, IPK) at its foot, the print date and a "dicetak dari
sistem" note. Later pages repeat the table header; photographed on a desk under uneven light."""
from PIL import Image, ImageDraw

import chi_art
import chi_style as cs
from canvas import Canvas

WIDTH, HEIGHT = 1240, 1754
INK, RULE, FILL = (25, 25, 25), (120, 120, 120), (232, 232, 232)


def _semester(style, doc, semester):
    start = doc["entry"] + (semester - 1) // 2
    if style["sem_style"] == "code":
        return f"{start}{1 if semester % 2 else 2}"
    if style["sem_style"] == "words":
        return f"{start}/{start + 1} {'Ganjil' if semester % 2 else 'Genap'}"
    return str(semester)


def _columns(style):
    sem = {"number": 100, "code": 110, "words": 200}[style["sem_style"]]
    widths = [("No", 50), ("Semester", sem), ("Kode MK", 150), ("Nama Mata Kuliah", 0), ("SKS", 60), ("Nilai Huruf", 100),
              ("Nilai Indeks", 110)]
    name = 1080 - sum(w for _, w in widths)
    widths[3] = ("Nama Mata Kuliah", name)
    xs, x = [], 80
    for label, width in widths:
        xs.append((label, x, width))
        x += width
    return xs


def _header(c, style, first):
    size = style["size"]
    c.paste(chi_art.emblem(104), (80, 48))
    c.text((206, 58), "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", font=cs.font(style, size, 1), fill=INK)
    c.text((206, 86), "PANGKALAN DATA PENDIDIKAN TINGGI", font=cs.font(style, size + 5, 1), fill=INK)
    c.text((206, 122), "Jl. Jenderal Sudirman Pintu Satu, Senayan, Jakarta Pusat", font=cs.font(style, size - 3), fill=INK)
    c.line((80, 166, 1160, 166), fill=INK, width=3)
    c.line((80, 171, 1160, 171), fill=INK, width=1)
    title = style["title"] if first else style["title"] + " (lanjutan)"
    c.text((WIDTH // 2, 196), title, font=cs.font(style, size + 3, 1), fill=INK, anchor="ma")
    return 246


def _student(c, style, doc, y):
    size, line = style["size"], round(style["size"] * 1.9)
    pairs = [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Perguruan Tinggi", style["institution"]),
             ("Program Studi", f"{style['programme']} (S1)"), ("Status Mahasiswa", "Aktif"),
             ("Tahun Masuk", f"{doc['entry']}/{doc['entry'] + 1}"), ("Semester", str(doc["semester"]))]
    top = y
    for label, value in pairs:
        c.rectangle((80, y, 380, y + line), fill=FILL)
        c.text((92, y + line // 2), label, font=cs.font(style, size, 1), fill=INK, anchor="lm")
        c.text((394, y + line // 2), value, font=cs.font(style, size), fill=INK, anchor="lm")
        c.line((80, y, 1160, y), fill=RULE, width=1)
        y += line
    c.line((80, y, 1160, y), fill=RULE, width=1)
    for x in (80, 380, 1160):
        c.line((x, top, x, y), fill=RULE, width=1)
    return y + 34


def _table(c, style, doc, rows, number, y, last):
    size, line = style["size"], round(style["size"] * 1.8)
    cols = _columns(style)
    body, bold = cs.font(style, size), cs.font(style, size, 1)
    top = y
    head = cs.font(style, size - 1, 1)
    tall = 2 * line - 8
    c.rectangle((80, y, 1160, y + tall), fill=FILL)
    for label, x, width in cols:
        parts = cs.wrap(label, head, width - 8)
        for k, part in enumerate(parts):
            c.text((x + width / 2, y + tall / 2 + (k - (len(parts) - 1) / 2) * (size + 4)), part, font=head, fill=INK, anchor="mm")
    y += tall
    c.line((80, top, 1160, top), fill=RULE, width=1)
    c.line((80, y, 1160, y), fill=RULE, width=1)
    points = cs.POINTS[style["scale"]]
    for row in rows:
        lines = cs.wrap(row["name"], body, cols[3][2] - 16)
        height = line * len(lines)
        cells = [str(number), _semester(style, doc, row["semester"]), row["code"], None, str(row["sks"]), row["grade"],
                 cs.number(style, points[row["grade"]])]
        for (label, x, width), cell in zip(cols, cells):
            if cell is None:
                for k, part in enumerate(lines):
                    c.text((x + 8, y + line // 2 + k * line), part, font=body, fill=INK, anchor="lm")
            elif label in ("Semester", "Kode MK") and style["sem_style"] == "words" or label == "Kode MK":
                c.text((x + 8, y + line // 2), cell, font=body, fill=INK, anchor="lm")
            else:
                c.text((x + width / 2, y + line // 2), cell, font=body, fill=INK, anchor="mm")
        y += height
        c.line((80, y, 1160, y), fill=RULE, width=1)
        number += 1
    for _, x, _ in cols:
        c.line((x, top, x, y), fill=RULE, width=1)
    c.line((1160, top, 1160, y), fill=RULE, width=1)
    if last:
        sks_x = cols[4][1]
        for label, value, x in (("Total SKS", str(doc["total"]), sks_x), ("IPK", cs.number(style, doc["ipk"]), cols[6][1])):
            c.text((sks_x - 14, y + line // 2), label, font=bold, fill=INK, anchor="rm")
            c.rectangle((x, y, x + (60 if x == sks_x else 110), y + line), fill=(246, 246, 246))
            c.text((x + (30 if x == sks_x else 55), y + line // 2), value, font=bold, fill=INK, anchor="mm")
            y += line
    return y, number


def render(style, doc, chunks, rng, paged, text_pdf):
    canvases, number = [], 1
    if paged:  # a browser's print: larger type, pages filled to the foot
        style["size"] = rng.randint(21, 23)
        line, rows = round(style["size"] * 1.8), [r for chunk in chunks for r in chunk]
        costs = [len(cs.wrap(r["name"], cs.font(style, style["size"]), _columns(style)[3][2] - 16)) for r in rows]
        table = 246 + 7 * round(style["size"] * 1.9) + 34
        room = HEIGHT - 150 - 4 * line + 8
        chunks = cs.fill(rows, costs, (room - table) // line, (room - 246) // line)
    printed = f"{cs.date_text(doc['day'])} {doc['time']}"
    for k, rows in enumerate(chunks):
        last = k == len(chunks) - 1
        c = Canvas(Image.new("RGB", (WIDTH, HEIGHT if paged else 2 * HEIGHT), (255, 255, 255)))
        y = _header(c, style, k == 0)
        if k == 0:
            y = _student(c, style, doc, y)
        y, number = _table(c, style, doc, rows, number, y, last)
        small = cs.font(style, style["size"] - 3)
        foot = c.size[1] - 90 if paged else y + 50
        if last:
            c.text((80, foot), f"Dicetak pada: {printed}", font=small, fill=INK)
            c.text((80, foot + 26), "Dokumen ini dicetak dari sistem dan sah tanpa tanda tangan basah.", font=cs.font(style, style["size"] - 3, 2), fill=INK)
        c.text((1160, foot + 26), f"Halaman {k + 1} dari {len(chunks)}", font=small, fill=INK, anchor="ra")
        if not paged:
            c.image = c.image.crop((0, 0, WIDTH, max(HEIGHT, foot + 110)))
            c.draw = ImageDraw.Draw(c.image)
        if not text_pdf and (not paged and style["light"]):
            c.image = chi_art.uneven_light(c.image, rng)
            style["lit"] = True
        canvases.append(c)
    return canvases
