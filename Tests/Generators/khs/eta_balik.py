"""eta `balik`: a transcript SCANNED THE WRONG WAY ROUND. The printed page is an ordinary campus
table: a left-aligned letterhead under a double rule, "KARTU HASIL STUDI KUMULATIF" (or "Transkrip
Nilai"), the student in two columns, one table in one of three column orders (No | Kode | Nama
Mata Kuliah | Smt | SKS | Nilai | Mutu; Smt | Kode | Mata Kuliah | Huruf | Bobot | SKS | B x K;
No | Mata Kuliah | Kode MK | Huruf | SKS, a landscape page adding Bobot and Keterangan), totals
and the IPK in a boxed line, a signature. The scan: the whole page turned 90, 180 or 270 degrees
(upside down in the feeder, or a landscape sheet laid on a portrait bed), the reverse side's text
showing through faintly mirrored, a slight skew, the lid's dark edge along one side of the bed and
mild sensor noise. In a --pdf every page is turned its own way (some upright). The --text-pdf twin
is the page as printed, upright."""
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

import eta_style as st
import kappa_art
from canvas import Canvas
from texture import seeded_noise

SHORT_SIDE, LONG_SIDE = 1240, 1754
LEFT = 90
BACK_WORDS = ("ketentuan nilai mutu huruf angka mahasiswa wajib menempuh semester berikutnya apabila indeks prestasi "
              "kurang dari dua koma nol nol dinyatakan tidak lulus evaluasi studi transkrip ini sah apabila dibubuhi "
              "cap basah fakultas dan tanda tangan pejabat yang berwenang perubahan nilai hanya dapat dilakukan "
              "melalui bagian akademik dengan persetujuan dosen pengampu").split()


def capacity(style):
    return 17 if style["landscape"] else 22


def _columns(style, width):
    order = style["order"]
    if order == "a":
        cols = [("no", "No", 56), ("code", "Kode", 150), ("name", "Nama Mata Kuliah", 0), ("smt", "Smt", 60), ("sks", "SKS", 64),
                ("grade", "Nilai", 80), ("mutu", "Mutu", 80)]
    elif order == "b":
        cols = [("smt", "Smt", 62), ("code", "Kode", 150), ("name", "Mata Kuliah", 0), ("grade", "Huruf", 84),
                ("point", "Bobot", 84), ("sks", "SKS", 64), ("mutu", "B x K", 84)]
    else:
        cols = [("no", "No", 56), ("name", "Mata Kuliah", 0), ("code", "Kode MK", 150), ("grade", "Huruf", 84), ("sks", "SKS", 64)]
    if style["landscape"]:
        if order == "c":
            cols += [("point", "Bobot", 84)]
        cols += [("note", "Keterangan", 150)]
    return st.columns(cols, LEFT, width - LEFT)


def _head(c, style, doc, first, sheet, sheets):
    size, width = style["size"], c.size[0]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    c.text((LEFT, 40), style["institution"].upper(), font=st.font(style["font"], size + 8, 1), fill=st.INK)
    c.text((LEFT, 82), f"{style['faculty']} - Program Studi {style['programme']}", font=face, fill=st.INK)
    c.text((LEFT, 110), f"Jl. Pendidikan No. {len(style['city']) * 7 % 90 + 3}, {style['city']}  -  akademik@{style['domain']}",
           font=st.font(style["font"], size - 4), fill=(70, 70, 74))
    c.line((LEFT, 140, width - LEFT, 140), fill=st.INK, width=3)
    c.line((LEFT, 146, width - LEFT, 146), fill=st.INK, width=1)
    title = style["title"] + ("" if first else " (lanjutan)")
    c.text((width // 2, 166), title, font=st.font(style["font"], size + 4, 1), fill=st.INK, anchor="ma")
    y = 166 + size + 30
    pairs = [("Nama", doc["name"]), ("NIM", doc["nim"])]
    if first:
        pairs += [("Program Studi", style["programme"]), ("Semester", str(doc["semester"])),
                  ("Tahun Masuk", str(doc["entry"])), ("Jenjang", "Sarjana (S1)")]
    half = (width - 2 * LEFT) // 2
    for n, (label, value) in enumerate(pairs):
        x = LEFT + (n % 2) * half
        yy = y + (n // 2) * round(size * 1.5)
        c.text((x, yy), label, font=face, fill=st.INK)
        c.text((x + 170, yy), f": {value}", font=bold if label == "Nama" else face, fill=st.INK)
    if not first:
        c.text((width - LEFT, y), f"Hal. {sheet}/{sheets}", font=face, fill=st.INK, anchor="ra")
    return y + ((len(pairs) + 1) // 2) * round(size * 1.5) + 18


def _table(c, style, part, y, number):
    size, width = style["size"], c.size[0]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    xs = _columns(style, width)
    right = width - LEFT
    line = round(size * 1.65)
    ruled = style["ruled"]
    top = y
    c.rectangle((LEFT, y, right, y + line + 6), fill=(228, 228, 228))
    for key, (x0, x1, label) in xs.items():
        c.text(((x0 + x1) // 2, y + (line + 6) // 2), label, font=bold, fill=st.INK, anchor="mm")
    y += line + 6
    c.line((LEFT, top, right, top), fill=st.INK, width=2)
    c.line((LEFT, y, right, y), fill=st.INK, width=2)
    for n, row in enumerate(part):
        names = st.wrap(row["name"], face, xs["name"][1] - xs["name"][0] - 16)
        height = line + round(size * 1.2) * (len(names) - 1)
        cells = {"no": str(number + n), "code": row["code"], "smt": str(row["semester"]), "sks": str(row["sks"]),
                 "grade": row["grade"], "point": st.number(style, row["point"]), "mutu": st.number(style, row["mutu"], 1 if row["mutu"] % 1 else 0),
                 "note": "Lulus" if row["point"] >= 2.0 else "Mengulang"}
        st.row_cells(c, xs, cells, names, face, size, y + line // 2)
        y += height
        if ruled != "head" or n == len(part) - 1:
            c.line((LEFT, y, right, y), fill=st.INK if ruled == "full" or n == len(part) - 1 else (150, 150, 150),
                   width=2 if n == len(part) - 1 else 1)
    if ruled == "full":
        for key, (x0, x1, _) in xs.items():
            c.line((x0, top, x0, y), fill=st.INK, width=1)
        c.line((right, top, right, y), fill=st.INK, width=1)
    return y


def _foot(c, style, doc, y, rng):
    size, width = style["size"], c.size[0]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    y += 22
    text = (f"Jumlah SKS : {doc['total']}     Jumlah Mutu : {st.number(style, doc['mutu'], 1 if doc['mutu'] % 1 else 0)}     "
            f"IPK : {st.number(style, doc['ipk'])}")
    box = bold.getlength(text) + 30
    c.line((LEFT, y, LEFT + box, y), fill=st.INK, width=1)
    c.line((LEFT, y + size + 22, LEFT + box, y + size + 22), fill=st.INK, width=1)
    c.line((LEFT, y, LEFT, y + size + 22), fill=st.INK, width=1)
    c.line((LEFT + box, y, LEFT + box, y + size + 22), fill=st.INK, width=1)
    c.text((LEFT + 15, y + 11), text, font=bold, fill=st.INK)
    y += size + 60
    sx = width - LEFT - 380
    c.text((sx, y), f"{style['city']}, {st.date_text(doc['day'])}", font=face, fill=st.INK)
    c.text((sx, y + round(size * 1.4)), "Kepala Bagian Akademik,", font=face, fill=st.INK)
    c.paste(kappa_art.signature(rng, 210, 76, (28, 32, 90)), (sx + 10, y + round(size * 2.5)))
    c.text((sx, y + round(size * 2.5) + 90), doc["official"], font=bold, fill=st.INK)
    c.text((sx, y + round(size * 3.8) + 90), f"NIP. {doc['nip']}", font=face, fill=st.INK)
    return y + round(size * 3.8) + 130


def _reverse(size, rng, style):
    """The other side of the sheet as it shows through: its text mirrored, soft and faint (L, 255 = no ink)."""
    w, h = size
    back = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(back)
    face = st.font(style["font"], style["size"])
    y = rng.randint(60, 200)
    heading = rng.choice(["PEDOMAN PENILAIAN", "KETERANGAN", "CATATAN AKADEMIK"])
    draw.text((LEFT, y), heading, font=st.font(style["font"], style["size"] + 4, 1), fill=0)
    y += 60
    while y < h - 120:
        if rng.random() < 0.12:
            y += rng.randint(20, 60)
        text = " ".join(rng.choice(BACK_WORDS) for _ in range(rng.randint(6, 14)))
        draw.text((LEFT + rng.choice([0, 0, 30]), y), text.capitalize(), font=face, fill=0)
        y += round(style["size"] * 1.55)
    back = ImageOps.mirror(back).filter(ImageFilter.GaussianBlur(rng.uniform(1.2, 2.0)))
    return back


TURN = {90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}


def _scan(image, rng, style, turned):
    """The printed page through a flatbed or feeder scanner, lying `turned` degrees (counter-clockwise)."""
    info = {"name": "turned_scan", "turned_ccw": turned}
    if style["show_through"]:
        strength = rng.uniform(0.06, 0.13)
        back = _reverse(image.size, rng, style).point(lambda v, s=strength: round(255 - (255 - v) * s))
        image = ImageChops.multiply(image, Image.merge("RGB", [back] * 3))
        info["show_through"] = round(strength, 3)
    paper = rng.randint(240, 252)
    image = ImageChops.multiply(image, Image.new("RGB", image.size, (paper, paper, paper - rng.randint(0, 6))))
    if turned:
        image = image.transpose(TURN[turned])
    skew = round(rng.uniform(-0.7, 0.7), 2)
    image = image.rotate(skew, resample=Image.BICUBIC, fillcolor=(paper, paper, paper))
    w, h = image.size
    edge = rng.choice(["left", "right", "top", "bottom"])
    band = rng.randint(6, 18)
    shade = Image.new("L", (w, h), 255)
    sd = ImageDraw.Draw(shade)
    for k in range(band):
        v = round(70 + 175 * k / band)
        if edge == "left":
            sd.line((k, 0, k, h), fill=v)
        elif edge == "right":
            sd.line((w - 1 - k, 0, w - 1 - k, h), fill=v)
        elif edge == "top":
            sd.line((0, k, w, k), fill=v)
        else:
            sd.line((0, h - 1 - k, w, h - 1 - k), fill=v)
    image = ImageChops.multiply(image, Image.merge("RGB", [shade] * 3))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    sigma = round(rng.uniform(2.5, 5), 1)
    grain = seeded_noise(rng, (w, h), sigma)
    image = ImageChops.add(image, Image.merge("RGB", [grain] * 3), 1.0, -128)
    info.update(skew=skew, lid_edge=edge, noise=sigma, paper=paper)
    return image, info


def _turns(rng, style, count):
    """How each page lies on the scanner: a landscape sheet on its side, a portrait one any way."""
    options = [90, 270] if style["landscape"] else [180, 180, 90, 270]
    first = rng.choice(options)
    turns = [first]
    for _ in range(count - 1):
        draw = rng.random()
        turns.append(first if draw < 0.5 else 0 if draw < 0.75 else rng.choice([t for t in options if t != first] or [first]))
    return turns


def render(style, doc, rows, rng, paged, text_pdf):
    style["title"] = rng.choice(["KARTU HASIL STUDI KUMULATIF", "TRANSKRIP NILAI", "DAFTAR NILAI KUMULATIF"])
    width, height = (LONG_SIDE, SHORT_SIDE) if style["landscape"] else (SHORT_SIDE, LONG_SIDE)
    chunks = st.split(rng, rows, paged, 14 if style["landscape"] else 20)
    turns = _turns(rng, style, len(chunks))
    canvases, art, number = [], [], 1
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (width, 2 * height), (255, 255, 255)))
        y = _head(c, style, doc, k == 0, k + 1, len(chunks))
        y = _table(c, style, part, y, number)
        number += len(part)
        if k == len(chunks) - 1:
            y = _foot(c, style, doc, y, rng)
        else:
            c.text((width - LEFT, y + 14), "bersambung ...", font=st.font(style["font"], style["size"] - 3, 2), fill=st.INK, anchor="ra")
            y += 50
        full = max(height, y + 50)
        c.text((width // 2, full - 30), f"Halaman {k + 1} dari {len(chunks)}", font=st.font(style["font"], style["size"] - 5),
               fill=(90, 90, 90), anchor="ms")
        c.image = c.image.crop((0, 0, width, full))
        c.draw = ImageDraw.Draw(c.image)
        if not text_pdf:
            c.image, info = _scan(c.image, rng, style, turns[k])
            c.draw = ImageDraw.Draw(c.image)
            art.append(info)
        canvases.append(c)
    style["art"] = art
    return canvases
