"""iota `faks`: a transcript the faculty FAXED, received as a bilevel 200 dpi image. The sheet: a
letterhead with a coloured emblem and a grey band, "TRANSKRIP NILAI SEMENTARA" with a letter number,
the student in a few lines, a fully ruled table whose course cell holds code and name together
("MKU1012 - Pendidikan Pancasila", or "Pendidikan Pancasila [MKU1012]" / "(MKU1012)"), letter
grades, the IPK and total SKS in a sentence under the table, a signature and a stamp. The fax: the
machine's transmission line on top, a slight skew, "standard" (200x100) or "fine" (200x200)
resolution, the pictures in halftone dots (photo mode), text thresholded against an uneven toner
density (strokes broken where light, thickened where heavy) with edge noise, a few dropped scan
lines and specks; pure black and white. The --text-pdf twin is the sheet as drawn, born digital."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import iota_style as st
import kappa_art
from canvas import Canvas
from texture import seeded_noise

WIDTH, A4, DPI_WIDTH = 1240, 1754, 1654  # 150 ppi drawing, received at 200 dpi
LEFT, RIGHT = 90, WIDTH - 90


def capacity(style):
    return 18


def _course_cell(style, row):
    if style["code_place"] == "dash":
        return f"{row['code']} - {row['name']}"
    if style["code_place"] == "bracket":
        return f"{row['name']} [{row['code']}]"
    return f"{row['name']} ({row['code']})"


def _letterhead(c, style, rng, pictures):
    size = style["size"]
    emblem = kappa_art.emblem(rng, 130, (30, 70, 150, 255), (230, 180, 40, 255))
    c.paste(emblem, (LEFT, 34))
    pictures.append((LEFT - 4, 30, LEFT + 136, 170))
    c.text((LEFT + 160, 40), "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", font=st.font(style["font"], size - 3), fill=st.INK)
    c.text((LEFT + 160, 68), style["institution"].upper(), font=st.font(style["font"], size + 7, 1), fill=st.INK)
    c.text((LEFT + 160, 108), style["faculty"].upper(), font=st.font(style["font"], size + 1, 1), fill=st.INK)
    c.text((LEFT + 160, 138), f"Jl. Kampus Baru No. {rng.randint(1, 99)}, {style['city']}  Telp./Faks. ({style['area']}) "
                              f"{rng.randint(310, 399)}{rng.randint(1000, 9999)}", font=st.font(style["font"], size - 4), fill=st.INK)
    c.rectangle((LEFT, 182, RIGHT, 186), fill=st.INK)
    c.rectangle((LEFT, 190, RIGHT, 214), fill=(170, 170, 170))  # a grey band: dots after the fax
    pictures.append((LEFT, 189, RIGHT, 215))
    c.text((WIDTH // 2, 202), "Terakreditasi UNGGUL", font=st.font(style["font"], size - 5, 1), fill=st.INK, anchor="mm")
    return 240


def _student(c, style, doc, y):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size + 6, 1)
    c.text((WIDTH // 2, y), "TRANSKRIP NILAI SEMENTARA", font=bold, fill=st.INK, anchor="ma")
    width = bold.getlength("TRANSKRIP NILAI SEMENTARA")
    c.line((WIDTH // 2 - width / 2, y + size + 12, WIDTH // 2 + width / 2, y + size + 12), fill=st.INK, width=2)
    c.text((WIDTH // 2, y + size + 22), f"Nomor: {doc['letter']}", font=face, fill=st.INK, anchor="ma")
    y += 2 * size + 60
    c.text((LEFT, y), "Yang bertanda tangan di bawah ini menerangkan bahwa mahasiswa:", font=face, fill=st.INK)
    y += round(size * 1.8)
    for label, value in [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Program Studi", "S1 " + style["programme"]),
                         ("Semester", f"{doc['semester']} ({st.ROMAN[doc['semester'] - 1]})")]:
        c.text((LEFT + 40, y), label, font=face, fill=st.INK)
        c.text((LEFT + 260, y), f": {value}", font=face, fill=st.INK)
        y += round(size * 1.55)
    c.text((LEFT, y + 6), "telah menempuh mata kuliah dengan nilai sebagai berikut:", font=face, fill=st.INK)
    return y + round(size * 2.2)


def _columns(style):
    cols = [("no", "No", 60)] + ([("smt", "Smt", 64)] if style["smt_col"] else []) + [("course", "Mata Kuliah", 0), ("sks", "SKS", 76),
                                                                                     ("grade", "Nilai", 96)]
    return st.columns(cols, LEFT, RIGHT)


def _table(c, style, part, y, number):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    xs = _columns(style)
    line = round(size * 1.3)
    head = round(size * 2)
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    for key, (x0, x1, label) in xs.items():
        c.text(((x0 + x1) // 2, y + head // 2), label, font=bold, fill=st.INK, anchor="mm")
    top, y = y, y + head
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    for n, row in enumerate(part):
        x0, x1, _ = xs["course"]
        lines = st.wrap(_course_cell(style, row), face, x1 - x0 - 20)
        height = line * len(lines) + round(size * 0.6)
        mid = y + height // 2
        cells = {"no": str(number + n), "smt": str(row["semester"]), "sks": str(row["sks"]), "grade": row["grade"]}
        for key, text in cells.items():
            if key in xs:
                c.text(((xs[key][0] + xs[key][1]) // 2, mid), text, font=face, fill=st.INK, anchor="mm")
        for k, text in enumerate(lines):
            c.text((x0 + 10, mid + round((k - (len(lines) - 1) / 2) * line)), text, font=face, fill=st.INK, anchor="lm")
        y += height
        c.line((LEFT, y, RIGHT, y), fill=st.INK, width=1)
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    for key, (x0, x1, _) in xs.items():
        c.line((x0, top, x0, y), fill=st.INK, width=2 if key == "no" else 1)
    c.line((RIGHT, top, RIGHT, y), fill=st.INK, width=2)
    return y


def _closing(c, style, doc, y, rng, pictures):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    ipk, total = st.number(style, doc["ipk"]), doc["total"]
    sentence = [f"Indeks Prestasi Kumulatif (IPK) = {ipk} dari {total} SKS",
                f"Jumlah SKS yang telah ditempuh {total} SKS dengan Indeks Prestasi Kumulatif (IPK) {ipk}.",
                f"Dengan demikian yang bersangkutan memperoleh IPK = {ipk} dari {total} SKS yang telah ditempuh."][style["sentence"]]
    y += 22
    for k, text in enumerate(st.wrap(sentence, bold if style["sentence"] == 0 else face, RIGHT - LEFT)):
        c.text((LEFT, y + k * round(size * 1.4)), text, font=bold if style["sentence"] == 0 else face, fill=st.INK)
    y += 2 * round(size * 1.4) + 6
    c.text((LEFT, y), "Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.", font=face, fill=st.INK)
    sx = 700
    y += round(size * 2.4)
    c.text((sx, y), f"{style['city']}, {st.date_text(doc['day'])}", font=face, fill=st.INK)
    c.text((sx, y + round(size * 1.4)), "a.n. Dekan", font=face, fill=st.INK)
    c.text((sx, y + round(size * 2.8)), "Wakil Dekan Bidang Akademik,", font=face, fill=st.INK)
    c.paste(kappa_art.signature(rng, 220, 80, (20, 30, 110)), (sx + 20, y + round(size * 4.1)))
    stamp = kappa_art.stamp(rng, 150, (70, 60, 170), style["faculty"].upper(), st.font(style["font"], 10).path)
    c.paste(stamp, (sx - 110, y + round(size * 3.4)))
    pictures.append((sx - 114, y + round(size * 3.4) - 4, sx + 44, y + round(size * 3.4) + 154))
    y += round(size * 4.1) + 92
    c.text((sx, y), doc["official"], font=bold, fill=st.INK)
    c.text((sx, y + round(size * 1.4)), f"NIP {doc['nip']}", font=face, fill=st.INK)
    return y + round(size * 3)


def _screen(size, period):
    """A 45-degree clustered-dot halftone screen (threshold values 24-232), tiled over `size`."""
    tile = Image.new("L", (period, period))
    tile.putdata([round(24 + 208 * ((math.cos(2 * math.pi * (x + y) / period) + math.cos(2 * math.pi * (x - y) / period)) / 4 + 0.5))
                  for y in range(period) for x in range(period)])
    strip = Image.new("L", (size[0] + period, period))
    for x in range(0, size[0] + period, period):
        strip.paste(tile, (x, 0))
    out = Image.new("L", (size[0] + period, size[1] + period))
    for y in range(0, size[1] + period, period):
        out.paste(strip, (0, y))
    return out.crop((0, 0) + size)


def _above(grey, threshold):
    """White where grey is above the threshold image, black elsewhere: a bilevel L image."""
    return ImageChops.subtract(grey, threshold, 1.0, 128).point(lambda v: 255 if v > 128 else 0)


def _fax(image, rng, style, doc, pictures, sheet, sheets):
    """The sheet as a fax machine sends it and the receiver stores it: bilevel, 200 dpi."""
    factor = DPI_WIDTH / WIDTH
    grey = image.convert("L").resize((DPI_WIDTH, round(image.size[1] * factor)), Image.BICUBIC)
    w, h = grey.size
    angle = round(rng.choice([-1, 1]) * rng.uniform(0.15, 0.9), 2)
    grey = grey.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    mask = Image.new("L", (w, h), 0)
    for box in pictures:
        ImageDraw.Draw(mask).rectangle([round(v * factor) for v in box], fill=255)
    mask = mask.rotate(angle, fillcolor=0)
    if not style["fine"]:  # standard resolution: every other scan line
        grey = grey.resize((w, h // 2), Image.BOX).resize((w, h), Image.NEAREST)
    grey = grey.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    density = Image.new("L", (3, 4))
    light, heavy = rng.uniform(4, 18), rng.uniform(15, 40)
    density.putdata([round(128 + rng.uniform(-heavy, light)) for _ in range(12)])
    density = density.resize((w, h), Image.BICUBIC)
    threshold = ImageChops.add(density, seeded_noise(rng, (w, h), rng.uniform(9, 16)), 1.0, -128)
    text = _above(grey, threshold)
    dots = _above(grey, _screen((w, h), rng.choice([6, 7, 8])))
    out = Image.composite(dots, text, mask)
    draw = ImageDraw.Draw(out)
    dropped = []
    for _ in range(rng.randint(1, 4)):  # scan lines lost in transmission
        y = rng.randrange(80, h - 20)
        x0 = rng.randrange(0, w // 2)
        draw.line((x0, y, x0 + rng.randint(w // 4, w), y), fill=255 if rng.random() < 0.7 else 0, width=1)
        dropped.append(y)
    for _ in range(rng.randint(30, 120)):  # specks from the glass and the line noise
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 1, 1, 2])
        draw.rectangle((x, y, x + r, y + r), fill=0)
    header = Image.new("L", (w, 34), 255)
    hd = ImageDraw.Draw(header)
    sender = f"{style['faculty'].upper()} {style['institution'].split()[-1].upper()}"
    hd.text((20, 6), f"{doc['day'].day:02d}/{doc['day'].month:02d}/{doc['day'].year} {doc['time']}   FAX ({style['area']}) "
                     f"{doc['fax']}   {sender}", font=st.font("dvmono", 20), fill=0)
    hd.text((w - 20, 6), f"HAL. {sheet:02d}/{sheets:02d}", font=st.font("dvmono", 20), fill=0, anchor="ra")
    out.paste(header.point(lambda v: 255 if v > 128 else 0), (0, 4))
    info = {"name": "fax_bilevel", "dpi": [200, 200 if style["fine"] else 100], "skew": angle, "dropped_lines": len(dropped),
            "halftone": True, "toner": [round(-heavy), round(light)]}
    return out, info  # bilevel values in an L image: write_document saves PDF pages with a JPEG quality


def render(style, doc, rows, rng, paged, text_pdf):
    doc["letter"] = f"{rng.randint(100, 4999)}/UN{rng.randint(1, 60)}.{rng.randint(1, 12)}/AK/{doc['day'].year}"
    doc["fax"] = f"{rng.randint(310, 399)}{rng.randint(1000, 9999)}"
    chunks = st.split(rng, rows, paged, 15)
    canvases, art, number = [], [], 1
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
        pictures = []
        y = _letterhead(c, style, rng, pictures)
        if k == 0:
            y = _student(c, style, doc, y + 10)
        else:
            c.text((LEFT, y + 10), f"Transkrip Nilai Sementara a.n. {doc['name']} (NIM {doc['nim']}) - lanjutan",
                   font=st.font(style["font"], style["size"] - 2, 2), fill=st.INK)
            y += 60
        y = _table(c, style, part, y, number)
        number += len(part)
        if k == len(chunks) - 1:
            y = _closing(c, style, doc, y, rng, pictures)
        else:
            c.text((RIGHT, y + 16), "bersambung ke halaman berikutnya", font=st.font(style["font"], style["size"] - 3, 2), fill=st.INK, anchor="ra")
            y += 60
        c.image = c.image.crop((0, 0, WIDTH, max(A4, y + 60)))
        c.draw = ImageDraw.Draw(c.image)
        if not text_pdf:
            c.image, info = _fax(c.image, rng, style, doc, pictures, k + 1, len(chunks))
            c.draw = ImageDraw.Draw(c.image)
            art.append(info)
        canvases.append(c)
    style["art"] = art
    style["body"] = round(style["size"] * DPI_WIDTH / WIDTH, 1)
    return canvases
