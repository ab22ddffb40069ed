"""psi `foto`: a PHONE PHOTO of a printed transcript held at an angle. The print: a left-aligned
letterhead beside a logo (no rule under it), the title centred, the student in a bordered box or as
plain lines, the courses in semester blocks "Semester 3 - Genap 2022/2023" under either
No | Nama Mata Kuliah | Kode | Sifat | Nilai | SKS | Bobot (the grade before the credits, W/P for
wajib/pilihan) or Kode | Nama Mata Kuliah | SKS | Nilai Huruf | Nilai Angka | Jumlah, ruled between
blocks only, each block closed by one line (its IPS or its totals), then a summary box with the
IPK and its predikat and the head of programme's signature. Then photographed
(psi_art.phone_photo): keystone, page curl, fold crease, a soft shadow and uneven light."""
from PIL import Image, ImageDraw

import kappa_art
import psi_art
import psi_style as ps
import psi_table as pt
from canvas import Canvas

WIDTH, A4 = 1240, 1754
INK = ps.INK


def _letterhead(c, style, rng, first):
    size = style["size"]
    c.paste(kappa_art.emblem(rng, 104, (20, 70, 140), (200, 150, 30)), (80, 46))
    c.text((204, 52), style["institution"].upper(), font=ps.font(style, size + 7, 1), fill=(20, 50, 110))
    c.text((204, 88), f"{style['faculty']} - Program Studi {style['programme']}", font=ps.font(style, size), fill=INK)
    c.text((204, 116), f"Jl. Pendidikan No. {rng.randint(1, 120)}, {style['city']}  |  akademik@"
           f"{style['institution'].split()[1].lower()}.ac.id", font=ps.font(style, size - 3), fill=(70, 70, 70))
    title = style["title"] + ("" if first else " - lanjutan")
    c.text((WIDTH // 2, 186), title, font=ps.font(style, size + 5, 1), fill=INK, anchor="mt")
    return 186 + size + 30


def _student(c, style, doc, y):
    size, line = style["size"], round(style["size"] * 1.75)
    face, bold = ps.font(style, size), ps.font(style, size, 1)
    left = [("Nama Mahasiswa", doc["name"]), ("Nomor Induk Mahasiswa", doc["nim"]), ("Program Studi", style["programme"])]
    right = [("Semester", ps.semester_text(style, doc["semester"])), ("Angkatan", str(doc["entry"])), ("Status", "Aktif")]
    top = y
    y += 12 if style["boxed"] else 0
    for k in range(3):
        for col in (0, 1):
            label, value = (left if col == 0 else right)[k]
            x = 90 if col == 0 else 720
            c.text((x, y), label, font=bold if style["boxed"] else face, fill=INK)
            c.text((x + (270 if col == 0 else 140), y), f": {value}", font=face, fill=INK)
        y += line
    if style["boxed"]:
        c.rectangle((80, top, 1160, top + 2), fill=INK)
        c.rectangle((80, y + 4, 1160, y + 6), fill=INK)
        c.rectangle((80, top, 82, y + 6), fill=INK)
        c.rectangle((1158, top, 1160, y + 6), fill=INK)
    return y + 30


def _columns(style):
    if style["order"] == "name_first":
        spec = [("no", "No", None, 50, "c"), ("name", "Nama Mata Kuliah", None, 0, "l"), ("code", "Kode", None, 140, "l"),
                ("kind", "Sifat", None, 70, "c"), ("grade", "Nilai", None, 80, "c"), ("sks", "SKS", None, 70, "c"),
                ("point", "Bobot", None, 90, "c")]
    else:
        spec = [("code", "Kode", None, 140, "l"), ("name", "Nama Mata Kuliah", None, 0, "l"), ("sks", "SKS", None, 70, "c"),
                ("grade", "Nilai Huruf", None, 100, "c"), ("point", "Nilai Angka", None, 100, "c"), ("mutu", "Jumlah", None, 100, "c")]
    return pt.columns(spec, 80, 1160)


def _predikat(ipk):
    return "Dengan Pujian" if ipk > 3.50 else "Sangat Memuaskan" if ipk > 3.00 else "Memuaskan" if ipk >= 2.76 else "Cukup"


def render(style, doc, rows, rng, paged, text_pdf):
    if paged:  # printed for filing: larger type, so the courses run over two or three pages
        style["size"] = rng.randint(23, 25)
    cols, size = _columns(style), style["size"]
    line = round(size * 1.75)
    entries = pt.items(rows, 1)
    costs = [pt.cost(e, style, cols, size, 1) for e in entries]
    pages = pt.paginate(entries, costs, A4 - 457 - 3 * line, A4 - 529 - 3 * line, rng.choice([2, 2, 3])) if paged else [entries]
    canvases, art, least = [], [], 1.0

    def head(semester, cont):
        start = doc["entry"] + (semester - 1) // 2
        text = f"Semester {semester} - {'Gasal' if semester % 2 else 'Genap'} {start}/{start + 1}"
        return text + (" (lanjutan)" if cont else "")

    def close(semester):
        block = [r for r in rows if r["semester"] == semester]
        if style["order"] == "name_first":
            return [(f"IP Semester {semester}", {"point": ps.number(style, doc["ips"][semester])})]
        return [(f"Total (IPS {ps.number(style, doc['ips'][semester])})",
                 {"sks": str(sum(r["sks"] for r in block)), "mutu": ps.number(style, sum(r["mutu"] for r in block))})]

    for k, part in enumerate(pages):
        last = k == len(pages) - 1
        c = Canvas(Image.new("RGB", (WIDTH, A4 if paged else 2600), rng.choice([(255, 255, 255), (252, 251, 247)])))
        y = _letterhead(c, style, rng, k == 0)
        if k == 0:
            y = _student(c, style, doc, y)
        y = pt.header(c, style, cols, y, size, fill=(236, 236, 236), ruled=False)
        y = pt.body(c, style, cols, pt.continued(part), y, size, lambda row, key: ps.cell_text(style, row, key), head, close, ruled=False, band=(246, 246, 246))
        face, bold = ps.font(style, size), ps.font(style, size, 1)
        if last:
            y += 24
            box = [("Total SKS", str(doc["total"])), (style["ipk_word"], ps.number(style, doc["ipk"])),
                   ("Predikat", _predikat(doc["ipk"]))]
            c.rectangle((80, y - 8, 640, y + 3 * line + 4), fill=(240, 240, 240))
            for n, (label, value) in enumerate(box):
                c.text((96, y + n * line), label, font=bold, fill=INK)
                c.text((400, y + n * line), f": {value}", font=bold if n < 2 else face, fill=INK)
            sx = 760
            c.text((sx, y), f"{style['city']}, {ps.date_text(doc['day'])}", font=face, fill=INK)
            c.text((sx, y + line), f"Ketua Program Studi {style['programme']},", font=face, fill=INK)
            c.paste(kappa_art.signature(rng, 210, 76, (20, 30, 90)), (sx + 10, y + 2 * line))
            c.text((sx, y + 2 * line + 90), doc["official"], font=bold, fill=INK)
            c.text((sx, y + 3 * line + 90), f"NIP {doc['nip']}", font=face, fill=INK)
            y += 3 * line + 120
        c.text((WIDTH // 2, (A4 if paged else y + 40) - 50), f"Halaman {k + 1} dari {len(pages)}", font=ps.font(style, size - 3),
               fill=(90, 90, 90), anchor="mt")
        if not paged:
            c.image = c.image.crop((0, 0, WIDTH, max(A4 - 200, y + 60)))
            c.draw = ImageDraw.Draw(c.image)
        if not text_pdf:
            c.image, scale, info = psi_art.phone_photo(c.image, rng, style)
            least = min(least, scale)
            art.append(info)
            c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art
    style["body"] = round(size * least, 1)
    return canvases
