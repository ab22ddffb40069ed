"""eta `salinan`: a CERTIFIED COPY of a transcript ("SALINAN SESUAI ASLI"), photographed or scanned in
colour. The copy: an emblem and the institution on the left under a coloured rule, "TRANSKRIP
AKADEMIK" with its number, a rectangular "SALINAN SESUAI ASLI" rubber stamp in the top corner, the
student in a ruled box, one table (No | Kode | Mata Kuliah | SKS | Nilai, or Kode | Mata Kuliah |
Smt | SKS | Nilai) whose codes mix letters and digits ("21.04.1302", "IK-2-07") and whose grade is
the point with the letter in brackets in one cell ("3,50 (B+)", "4 (A)"); a large light diagonal
watermark ("SALINAN", "SALINAN SESUAI ASLI" or "COPY") across the whole table under the print; the
total SKS and IPK at the left under the table; the legaliser's blue or violet round stamp and ink
signature lying over the SKS and grade columns of the last rows, the printed legalisation block
under them. The --text-pdf twin is the copy as drawn (stamps and signature as pictures)."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import eta_style as st
import kappa_art
from canvas import Canvas
from texture import seeded_noise

WIDTH, A4 = 1240, 1754
LEFT, RIGHT = 92, WIDTH - 92
PAPER = (252, 251, 246)


def capacity(style):
    return 18


def _columns(style):
    if style["order"] == "a":
        cols = [("no", "No", 58), ("code", "Kode", 170), ("name", "Mata Kuliah", 0), ("sks", "SKS", 72), ("grade", "Nilai", 170)]
    else:
        cols = [("code", "Kode MK", 170), ("name", "Nama Mata Kuliah", 0), ("smt", "Smt", 64), ("sks", "SKS", 72),
                ("grade", "Nilai Angka (Huruf)", 210)]
    return st.columns(cols, LEFT, RIGHT)


def _grade(style, row):
    return f"{st.point_text(style, row['point'])} ({row['grade']})"


def _copy_stamp(style, rng, day):
    """A rectangular rubber stamp "SALINAN SESUAI ASLI" with a date line, in the legaliser's ink."""
    face = st.font("libsans", 30, 1)
    small = st.font("libsans", 17, 1)
    w, h = 380, 112
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    ink = style["ink"] + (rng.randint(170, 210),)
    draw.rectangle((2, 2, w - 3, h - 3), outline=ink, width=4)
    draw.rectangle((10, 10, w - 11, h - 11), outline=ink, width=2)
    draw.text((w // 2, 42), "SALINAN SESUAI ASLI", font=face, fill=ink, anchor="mm")
    draw.text((w // 2, 82), f"Tgl. {day.day:02d}-{day.month:02d}-{day.year}   Paraf: ........", font=small, fill=ink, anchor="mm")
    return image.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, expand=True)


def _watermark(style, rng, box):
    """A big pale word laid diagonally over `box` (x0, y0, x1, y1), RGBA."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    word = style["wm"]
    diagonal = (w * w + h * h) ** 0.5
    size = 40
    while st.font("libsans", size + 8, 1).getlength(word) < diagonal * 0.78 and size < 260:
        size += 8
    face = st.font("libsans", size, 1)
    length = round(face.getlength(word)) + 40
    tile = Image.new("RGBA", (length, size + 60), (0, 0, 0, 0))
    tint = rng.choice([(150, 150, 165), (160, 140, 170), (140, 160, 175)])
    ImageDraw.Draw(tile).text((length // 2, (size + 60) // 2), word, font=face, fill=tint + (rng.randint(48, 66),), anchor="mm")
    angle = math.degrees(math.atan2(h, w)) * rng.uniform(0.8, 1.0)
    tile = tile.rotate(angle, resample=Image.BICUBIC, expand=True)
    return tile, (x0 + w // 2 - tile.size[0] // 2, y0 + h // 2 - tile.size[1] // 2)


def _head(c, style, doc, rng, first, sheet, sheets):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    c.paste(kappa_art.emblem(rng, 112, (20, 90, 60, 255), (210, 170, 40, 255)), (LEFT, 34))
    c.text((LEFT + 134, 42), style["institution"].upper(), font=st.font(style["font"], size + 7, 1), fill=st.INK)
    c.text((LEFT + 134, 80), style["faculty"], font=st.font(style["font"], size + 1), fill=st.INK)
    c.text((LEFT + 134, 110), f"Program Studi {style['programme']} - Jenjang Sarjana", font=st.font(style["font"], size - 2), fill=st.INK)
    c.rectangle((LEFT, 160, RIGHT, 164), fill=(20, 90, 60))
    title = "TRANSKRIP AKADEMIK" + ("" if first else f" (lanjutan, hal. {sheet}/{sheets})")
    c.text((LEFT, 186), title, font=st.font(style["font"], size + 5, 1), fill=st.INK)
    c.text((LEFT, 186 + size + 16), f"Nomor: {doc['number']}", font=face, fill=st.INK)
    if first:
        stamp = _copy_stamp(style, rng, doc["day"])
        c.paste(stamp, (RIGHT - stamp.size[0] + 10, 176))
    y = 186 + 2 * size + 60
    pairs = [("Nama Mahasiswa", doc["name"]), ("Nomor Induk Mahasiswa", doc["nim"])]
    if first:
        pairs += [("Tempat, Tanggal Lahir", doc["birth"]), ("Semester", str(doc["semester"])),
                  ("Tanggal Masuk", f"1 September {doc['entry']}")]
    line = round(size * 1.5)
    c.line((LEFT, y - 10, RIGHT, y - 10), fill=(120, 120, 120), width=1)
    for label, value in pairs:
        c.text((LEFT + 10, y), label, font=face, fill=st.INK)
        c.text((LEFT + 300, y), f": {value}", font=bold if label.startswith("Nama") else face, fill=st.INK)
        y += line
    c.line((LEFT, y, RIGHT, y), fill=(120, 120, 120), width=1)
    return y + 24


def _table(c, style, part, y, number, rng):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    xs = _columns(style)
    line = round(size * 1.7)
    top = y
    head = round(size * 2.1)
    rows_at = []
    # the rows' height first, so the watermark can go under the whole table before any text
    heights = [line + round(size * 1.2) * (len(st.wrap(r["name"], face, xs["name"][1] - xs["name"][0] - 16)) - 1) for r in part]
    bottom = top + head + sum(heights)
    mark, at = _watermark(style, rng, (LEFT, top, RIGHT, bottom))
    c.paste(mark, at)
    c.rectangle((LEFT, top, RIGHT, top + head), fill=(232, 236, 233))
    for key, (x0, x1, label) in xs.items():
        c.text(((x0 + x1) // 2, top + head // 2), label, font=bold if face.getlength(label) < x1 - x0 - 10 else st.font(style["font"], size - 3, 1),
               fill=st.INK, anchor="mm")
    y = top + head
    c.line((LEFT, top, RIGHT, top), fill=st.INK, width=2)
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    for n, (row, height) in enumerate(zip(part, heights)):
        names = st.wrap(row["name"], face, xs["name"][1] - xs["name"][0] - 16)
        cells = {"no": f"{number + n}", "code": row["code"], "smt": st.ROMAN[row["semester"] - 1], "sks": str(row["sks"]),
                 "grade": _grade(style, row)}
        st.row_cells(c, xs, cells, names, face, size, y + line // 2)
        rows_at.append((y, y + height))
        y += height
        c.line((LEFT, y, RIGHT, y), fill=(110, 110, 110) if n < len(part) - 1 else st.INK, width=1 if n < len(part) - 1 else 2)
    for key, (x0, _, _) in xs.items():
        c.line((x0, top, x0, y), fill=st.INK, width=1)
    c.line((RIGHT, top, RIGHT, y), fill=st.INK, width=1)
    return y, rows_at, xs


def _foot(c, style, doc, y, rng, rows_at, xs):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    y += 26
    predicate = "Dengan Pujian" if doc["ipk"] >= 3.51 else "Sangat Memuaskan" if doc["ipk"] >= 3.01 else "Memuaskan" if doc["ipk"] >= 2.76 else "-"
    for k, (label, value) in enumerate([("Jumlah SKS", str(doc["total"])), ("Indeks Prestasi Kumulatif", st.number(style, doc["ipk"])),
                                        ("Predikat", predicate)]):
        c.text((LEFT, y + k * round(size * 1.5)), label, font=bold if k < 2 else face, fill=st.INK)
        c.text((LEFT + 300, y + k * round(size * 1.5)), f": {value}", font=bold if k < 2 else face, fill=st.INK)
    sx = 720
    c.text((sx, y), "Disahkan sesuai dengan aslinya,", font=face, fill=st.INK)
    c.text((sx, y + round(size * 1.4)), f"{style['city']}, {st.date_text(doc['day'])}", font=face, fill=st.INK)
    c.text((sx, y + round(size * 2.8)), "a.n. Dekan, Wakil Dekan I", font=face, fill=st.INK)
    c.text((sx, y + round(size * 2.8) + 120), doc["official"], font=bold, fill=st.INK)
    c.text((sx, y + round(size * 4.2) + 120), f"NIP {doc['nip']}", font=face, fill=st.INK)
    # the legaliser's stamp and signature: over the SKS and grade columns of the last rows
    left = xs["sks"][0]
    stamp = kappa_art.stamp(rng, 190, style["ink"], f"{style['faculty'].upper()} * {style['city'].upper()} *", st.font("libsans", 10).path)
    sxp = left - 95 + rng.randint(-30, 20)  # its centre (and the star) by the SKS column, just under the last row:
    syp = rows_at[-1][1] - 95 + rng.randint(10, 30)  # the rings, not the star, cross the last rows' SKS and grades
    c.paste(stamp, (sxp, syp))
    sig = kappa_art.faint(kappa_art.signature(rng, 300, 120, style["ink"]), 0.8)  # ballpoint ink: the print shows through
    c.paste(sig, (left + rng.randint(-10, 60), rows_at[-1][0] - rng.randint(10, 40)))
    return y + round(size * 4.2) + 170, {"stamp": [sxp, syp, 190], "signature_over_rows": min(3, len(rows_at))}


def _colour_scan(image, rng):
    """The copy through a colour scanner or a phone's document mode: a paper tint, a touch of blur, fine noise."""
    tint = (rng.randint(244, 252), rng.randint(242, 250), rng.randint(232, 246))
    image = ImageChops.multiply(image, Image.new("RGB", image.size, tint))
    radius = round(rng.uniform(0.3, 0.6), 2)
    image = image.filter(ImageFilter.GaussianBlur(radius))
    sigma = round(rng.uniform(2, 4), 1)
    image = ImageChops.add(image, Image.merge("RGB", [seeded_noise(rng, image.size, sigma)] * 3), 1.0, -128)
    return image, {"scan_tint": list(tint), "scan_blur": radius, "scan_noise": sigma}


def render(style, doc, rows, rng, paged, text_pdf):
    doc["number"] = f"{rng.randint(10, 999):03d}/TA/{style['prefix']}/{doc['day'].year}"
    doc["birth"] = f"{style['city']}, {rng.randint(1, 28)} {st.MONTHS[rng.randint(0, 11)]} {doc['entry'] - rng.randint(17, 20)}"
    chunks = st.split(rng, rows, paged, 17)
    canvases, art, number = [], [], 1
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), PAPER))
        y = _head(c, style, doc, rng, k == 0, k + 1, len(chunks))
        y, rows_at, xs = _table(c, style, part, y, number, rng)
        number += len(part)
        if k == len(chunks) - 1:
            y, info = _foot(c, style, doc, y, rng, rows_at, xs)
            art.append(dict(name="certified_copy", watermark=style["wm"], **info))
        else:
            c.text((RIGHT, y + 14), "bersambung ke halaman berikutnya", font=st.font(style["font"], style["size"] - 3, 2), fill=st.INK, anchor="ra")
            y += 50
            art.append({"name": "certified_copy", "watermark": style["wm"]})
        full = max(A4, y + 60)
        c.text((WIDTH // 2, full - 34), f"Halaman {k + 1} dari {len(chunks)}", font=st.font(style["font"], style["size"] - 5), fill=(90, 90, 90),
               anchor="ms")
        c.image = c.image.crop((0, 0, WIDTH, full))
        if not text_pdf:
            c.image, scan = _colour_scan(c.image, rng)
            art[-1].update(scan)
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art if not text_pdf else []
    return canvases
