"""iota `struk`: a NARROW print of the transcript from a campus app: a mobile "print to PDF" page
(720-760 px wide, sans serif, semester captions, thin rules, a verification code) or an 80 mm
thermal slip from the faculty's self-service kiosk (576 px, monospaced, dashed rules, grey thermal
ink fading down the slip, a weak print-head dot leaving a pale line). The student as key lines
("Nama Mahasiswa : ..."), then one small block per course: the name (wrapped when long), then
"Kode: IF2101  SKS: 3  Nilai: B+ (3,30)" (or the same fields over two lines), a rule between
blocks; total SKS and the IPK at the bottom. The --text-pdf twin is the print as drawn."""
from PIL import Image, ImageChops, ImageDraw, ImageFilter

import iota_style as st
import kappa_art
from canvas import Canvas

MARGIN = 28


def capacity(style):
    return 22


def _faces(style):
    size = style["size"]
    return st.font(style["font"], size), st.font(style["font"], size, 1), st.font(style["font"], size - 3)


def _keyline(c, style, y, label, value, width, ink):
    face, bold, _ = _faces(style)
    line = round(style["size"] * 1.45)
    if style["thermal"]:
        head = f"{label:<15}: "
        lines = st.wrap(value, face, width - face.getlength(head))
        for k, text in enumerate(lines):
            c.text((MARGIN + (0 if k == 0 else face.getlength(head)), y + k * line), (head if k == 0 else "") + text, font=face, fill=ink)
        return y + line * len(lines)
    c.text((MARGIN, y), label, font=face, fill=(110, 110, 115))
    x = MARGIN + 210
    lines = st.wrap(value, bold, width - 230)
    c.text((x - 16, y), ":", font=face, fill=(110, 110, 115))
    for k, text in enumerate(lines):
        c.text((x, y + k * line), text, font=bold, fill=ink)
    return y + line * len(lines)


def _rule(c, style, y, width, heavy=False):
    if style["thermal"]:
        face = _faces(style)[0]
        c.text((MARGIN, y - round(style["size"] * 0.55)), ("=" if heavy else "-") * int(width / face.getlength("-")), font=face, fill=style["ink"])
    else:
        c.line((MARGIN, y, MARGIN + width, y), fill=(60, 60, 60) if heavy else (200, 200, 205), width=2 if heavy else 1)


def _block(c, style, row, number, y, width):
    face, bold, small = _faces(style)
    ink = style["ink"]
    line = round(style["size"] * 1.4)
    lead = f"{number}. "
    indent = bold.getlength(lead)
    for k, text in enumerate(st.wrap(row["name"], bold, width - indent)):
        if k == 0:
            c.text((MARGIN, y), lead, font=bold, fill=ink)
        c.text((MARGIN + indent, y), text, font=bold, fill=ink)
        y += line
    grade = f"{row['grade']} ({st.number(style, row['point'])})" if style["point_in_grade"] else row["grade"]
    fields = [f"Kode: {row['code']}", f"SKS: {row['sks']}", f"Nilai: {grade}"]
    if not style["point_in_grade"]:
        fields.append(f"Bobot: {st.number(style, row['point'])}")
    if style["thermal"]:
        fields.append(f"Smt: {row['semester']}")
    gap = "  " if style["thermal"] else "    "
    one = gap.join(fields)
    lines = [one] if style["lines"] == 2 and face.getlength(one) <= width - indent else [gap.join(fields[:2]), gap.join(fields[2:])]
    for text in lines:
        c.text((MARGIN + indent, y), text, font=face, fill=ink)
        y += line
    return y + round(style["size"] * 0.35)


def _content(c, style, doc, part, number, rows, first, last, rng, sheet, sheets):
    """Draws one page's content from the top; returns the height used."""
    width = c.size[0] - 2 * MARGIN
    face, bold, small = _faces(style)
    ink = style["ink"]
    size = style["size"]
    y = 30
    title = st.font(style["font"], size + (2 if style["thermal"] else 6), 1)
    for text in st.wrap(style["institution"].upper(), title, width):
        c.text((c.size[0] // 2, y), text, font=title, fill=ink, anchor="ma")
        y += round(size * 1.6)
    sub = "ANJUNGAN LAYANAN MANDIRI AKADEMIK" if style["thermal"] else f"SIAKAD Mobile - {style['faculty']}"
    for text in st.wrap(sub, small, width):
        c.text((c.size[0] // 2, y), text, font=small, fill=ink if style["thermal"] else (100, 100, 110), anchor="ma")
        y += round(size * 1.3)
    y += 10
    _rule(c, style, y, width, True)
    y += 18
    heading = "TRANSKRIP NILAI SEMENTARA" if first else f"TRANSKRIP NILAI (lanjutan, hal. {sheet}/{sheets})"
    c.text((c.size[0] // 2, y), heading, font=bold, fill=ink, anchor="ma")
    y += round(size * 1.9)
    keys = [("Nama Mahasiswa", doc["name"]), ("NIM", doc["nim"])]
    if first:
        keys += [("Program Studi", "S1 " + style["programme"]), ("Semester", str(doc["semester"])),
                 ("Tahun Masuk", str(doc["entry"]))]
    for label, value in keys:
        y = _keyline(c, style, y, label, value, width, ink)
    y += 8
    _rule(c, style, y, width, True)
    y += 18
    for n, row in enumerate(part):
        if not style["thermal"] and (n == 0 or part[n - 1]["semester"] != row["semester"]):
            c.rectangle((MARGIN, y - 4, MARGIN + width, y + round(size * 1.3)), fill=(238, 240, 245))
            c.text((MARGIN + 10, y), st.term(doc["entry"], row["semester"], upper=False), font=small, fill=(70, 70, 90))
            y += round(size * 1.6)
        y = _block(c, style, row, number + n, y, width)
        if n < len(part) - 1:
            _rule(c, style, y - 4, width)
            y += 12
    y += 4
    _rule(c, style, y, width, True)
    y += 18
    if last:
        big = st.font(style["font"], size + (2 if style["thermal"] else 6), 1)
        y = _keyline(c, style, y, "Total SKS", str(doc["total"]), width, ink)
        c.text((MARGIN, y + 4), "IPK", font=big, fill=ink)
        c.text((MARGIN + width, y + 4), st.number(style, doc["ipk"]), font=big, fill=ink, anchor="ra")
        y += round(size * 2.2)
        _rule(c, style, y, width)
        y += 16
        stamp = f"Dicetak {doc['day'].day:02d}-{doc['day'].month:02d}-{doc['day'].year} {doc['time']}"
        for text in st.wrap(stamp + (" - dokumen ini sah tanpa tanda tangan" if not style["thermal"] else ""), small, width):
            c.text((MARGIN, y), text, font=small, fill=ink)
            y += round(size * 1.3)
        if not style["thermal"]:
            code = kappa_art.code_block(rng, 21, 5)
            c.paste(code, (c.size[0] // 2 - code.size[0] // 2, y + 10))
            y += code.size[1] + 20
            c.text((c.size[0] // 2, y), f"Verifikasi: {doc['check']}", font=small, fill=(100, 100, 110), anchor="ma")
        else:
            c.text((c.size[0] // 2, y + 6), "*** SIMPAN STRUK INI ***", font=small, fill=ink, anchor="ma")
        y += round(size * 2)
    elif sheets > 1:
        c.text((c.size[0] // 2, y), f"bersambung ke halaman {sheet + 1}", font=small, fill=ink, anchor="ma")
        y += round(size * 1.6)
    return y + 20


def _thermal(image, rng):
    """Thermal ink on the slip: fading down its length, a weak print-head dot leaving a pale line."""
    w, h = image.size
    fade = Image.new("L", (1, 4))
    fade.putdata([rng.randint(0, 40) for _ in range(4)])
    fade = fade.resize((w, h), Image.BICUBIC)
    image = ImageChops.add(image, Image.merge("RGB", [fade] * 3))
    draw = ImageDraw.Draw(image)
    weak = [rng.randrange(MARGIN, w - MARGIN) for _ in range(rng.randint(1, 2))]
    for x in weak:
        draw.line((x, 0, x, h), fill=(246, 245, 240), width=1)
    image = image.filter(ImageFilter.GaussianBlur(0.45))
    return image, {"name": "thermal_print", "pale_columns": weak}


def render(style, doc, rows, rng, paged, text_pdf):
    style["ink"] = (58, 58, 62) if style["thermal"] else (20, 20, 24)
    doc["check"] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    chunks = st.split(rng, rows, paged, 12)
    paper = (250, 249, 244) if style["thermal"] else (255, 255, 255)
    tall = 400 + 160 * max(len(p) for p in chunks) + 600
    drafts, number = [], 1
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (style["width"], tall), paper))
        used = _content(c, style, doc, part, number, rows, k == 0, k == len(chunks) - 1, rng, k + 1, len(chunks))
        number += len(part)
        drafts.append((c, used))
    height = max(used for _, used in drafts) + 20
    canvases, art = [], []
    for c, _ in drafts:
        c.image = c.image.crop((0, 0, style["width"], height))
        c.draw = ImageDraw.Draw(c.image)
        if style["thermal"] and not text_pdf:
            c.image, info = _thermal(c.image, rng)
            c.draw = ImageDraw.Draw(c.image)
            art.append(info)
        canvases.append(c)
    style["art"] = art
    return canvases
