"""psi `bertingkat`: a transcript whose table header has two levels, in one of three column orders:
No | Kode MK | Mata Kuliah | Nilai (Huruf | Angka | Mutu) | SKS | K x M; Kode | Mata Kuliah |
SKS (T | P | Jml) | Nilai | Bobot | Mutu; No | Mata Kuliah | Kode | SKS (T | P | Jml) | Nilai (Angka |
Huruf | Bobot). Angka is the 0-100 score behind the letter, T and P the lecture and practical credits.
A coloured bar and a left-aligned letterhead with the print date on the right, the student inline
on two lines or in a ruled 2 x 2 grid, a fully ruled table with a tinted header, semester blocks
closed by "Jumlah" (sums under their columns) and "IPS", a one-line summary with the IPK and the
academic bureau's signature; sometimes all headings in English (Credits, Grade, Cumulative GPA)."""
from PIL import Image, ImageDraw

import kappa_art
import psi_style as ps
import psi_table as pt
from canvas import Canvas

WIDTH, A4 = 1240, 1754
INK = ps.INK
WORDS = {False: {"nilai": "Nilai", "sks": "SKS", "huruf": "Huruf", "angka": "Angka", "mutu": "Mutu", "bobot": "Bobot",
                 "name": "Mata Kuliah", "code": "Kode MK", "km": "K x M", "t": "T", "p": "P", "jml": "Jml", "sum": "Jumlah",
                 "ips": "IPS", "total": "Total SKS", "points": "Total Mutu"},
         True: {"nilai": "Grade", "sks": "Credits", "huruf": "Letter", "angka": "Score", "mutu": "Point", "bobot": "Point",
                "name": "Course Title", "code": "Code", "km": "Cr x Pt", "t": "Lect.", "p": "Prac.", "jml": "Total", "sum": "Total",
                "ips": "Semester GPA", "total": "Total Credits", "points": "Total Grade Points"}}


def _columns(style):
    w = WORDS[style["english"]]
    if style["variant"] == "nilai":
        spec = [("no", "No", None, 50, "c"), ("code", w["code"], None, 130, "l"), ("name", w["name"], None, 0, "l"),
                ("grade", w["huruf"], w["nilai"], 80, "c"), ("score", w["angka"], w["nilai"], 80, "c"),
                ("point", w["mutu"], w["nilai"], 80, "c"), ("sks", w["sks"], None, 70, "c"), ("mutu", w["km"], None, 90, "c")]
    elif style["variant"] == "sks":
        spec = [("code", w["code"], None, 130, "l"), ("name", w["name"], None, 0, "l"), ("t", w["t"], w["sks"], 60, "c"),
                ("p", w["p"], w["sks"], 60, "c"), ("sks", w["jml"], w["sks"], 60, "c"), ("grade", w["nilai"], None, 80, "c"),
                ("point", w["bobot"], None, 80, "c"), ("mutu", w["mutu"] if not style["english"] else w["km"], None, 90, "c")]
    else:
        spec = [("no", "No", None, 50, "c"), ("name", w["name"], None, 0, "l"), ("code", w["code"], None, 130, "l"),
                ("t", w["t"], w["sks"], 60, "c"), ("p", w["p"], w["sks"], 60, "c"), ("sks", w["jml"], w["sks"], 60, "c"),
                ("score", w["angka"], w["nilai"], 80, "c"), ("grade", w["huruf"], w["nilai"], 80, "c"),
                ("point", w["bobot"], w["nilai"], 80, "c")]
    return pt.columns(spec, 70, 1170)


def _letterhead(c, style, doc, first):
    size = style["size"]
    c.rectangle((0, 0, WIDTH, 22), fill=tuple(max(0, v - 90) for v in style["fill"]))
    c.text((70, 50), style["institution"].upper(), font=ps.font(style, size + 6, 1), fill=INK)
    office = "Academic Administration Bureau" if style["english"] else "Biro Administrasi Akademik dan Kemahasiswaan"
    c.text((70, 86), office, font=ps.font(style, size - 1), fill=INK)
    printed = "Printed" if style["english"] else "Tanggal cetak"
    c.text((1170, 54), f"{printed}: {doc['day'].strftime('%d/%m/%Y')}", font=ps.font(style, size - 3), fill=INK, anchor="ra")
    c.text((1170, 80), f"No. Dok: {doc['letter']}", font=ps.font(style, size - 3), fill=INK, anchor="ra")
    c.line((70, 122, 1170, 122), fill=INK, width=1)
    suffix = "" if first else (" (continued)" if style["english"] else " (lanjutan)")
    c.text((WIDTH // 2, 142), style["title"] + suffix, font=ps.font(style, size + 4, 1), fill=INK, anchor="mt")
    return 142 + size + 30


def _student(c, style, doc, y):
    size = style["size"]
    face, bold = ps.font(style, size), ps.font(style, size, 1)
    en = style["english"]
    pairs = [("Name" if en else "Nama", doc["name"]), ("Student ID" if en else "NIM", doc["nim"]),
             ("Study Programme" if en else "Program Studi", style["programme"]),
             ("Semester", ps.semester_text(style, doc["semester"]))]
    line = round(size * 1.8)
    if style["inline"]:
        for k in range(2):
            (l1, v1), (l2, v2) = pairs[2 * k], pairs[2 * k + 1]
            c.text((70, y), f"{l1}: ", font=bold, fill=INK)
            c.text((70 + bold.getlength(f"{l1}: "), y), v1, font=face, fill=INK)
            c.text((720, y), f"{l2}: ", font=bold, fill=INK)
            c.text((720 + bold.getlength(f"{l2}: "), y), v2, font=face, fill=INK)
            y += line
        return y + 16
    top = y
    for k in range(2):
        for col in (0, 1):
            label, value = pairs[2 * k + col]
            x = 70 + col * 550
            c.rectangle((x, y, x + 190, y + line), fill=style["fill"])
            c.text((x + 10, y + line / 2), label, font=bold, fill=INK, anchor="lm")
            c.text((x + 202, y + line / 2), value, font=face, fill=INK, anchor="lm")
        c.line((70, y, 1170, y), fill=INK, width=1)
        y += line
    c.line((70, y, 1170, y), fill=INK, width=1)
    for x in (70, 260, 620, 810, 1170):
        c.line((x, top, x, y), fill=INK, width=1)
    return y + 24


def render(style, doc, rows, rng, paged, text_pdf):
    if paged:  # printed for filing: larger type, so the courses run over two or three pages
        style["size"] = rng.randint(23, 25)
    cols, size = _columns(style), style["size"]
    w = WORDS[style["english"]]
    line = round(size * 1.75)
    keys = {col["key"] for col in cols}
    entries = pt.items(rows, 2)
    costs = [pt.cost(e, style, cols, size, 2) for e in entries]
    pages = pt.paginate(entries, costs, A4 - 370 - 4 * line, A4 - 502 - 4 * line, rng.choice([2, 2, 3])) if paged else [entries]
    canvases = []

    def head(semester, cont):
        return ps.term(style, doc["entry"], semester) + ((" (continued)" if style["english"] else " (lanjutan)") if cont else "")

    def close(semester):
        block = [r for r in rows if r["semester"] == semester]
        sums = {"sks": str(sum(r["sks"] for r in block))}
        if "t" in keys:
            sums.update(t=str(sum(r["t"] for r in block)), p=str(sum(r["p"] for r in block)))
        if "mutu" in keys:
            sums["mutu"] = ps.number(style, sum(r["mutu"] for r in block))
        return [(w["sum"], sums), (w["ips"], {"point": ps.number(style, doc["ips"][semester])})]

    for k, part in enumerate(pages):
        last = k == len(pages) - 1
        c = Canvas(Image.new("RGB", (WIDTH, A4 if paged else 2600), (255, 255, 255)))
        y = _letterhead(c, style, doc, k == 0)
        if k == 0:
            y = _student(c, style, doc, y)
        y = pt.header(c, style, cols, y, size, fill=style["fill"])
        y = pt.body(c, style, cols, pt.continued(part), y, size, lambda row, key: ps.cell_text(style, row, key, "."), head, close, band=(247, 247, 247))
        face, bold = ps.font(style, size), ps.font(style, size, 1)
        if last:
            y += 22
            parts = [(w["total"], str(doc["total"])), (w["points"], ps.number(style, doc["mutu"])),
                     (style["ipk_word"], ps.number(style, doc["ipk"]))]
            x = 80
            c.rectangle((70, y - 8, 1170, y + line), fill=style["fill"])
            for label, value in parts:
                c.text((x, y), f"{label}: {value}", font=bold, fill=INK)
                x += bold.getlength(f"{label}: {value}") + 60
            y += line + 30
            sx = 780
            c.text((sx, y), f"{style['city']}, {ps.date_text(doc['day'])}", font=face, fill=INK)
            c.text((sx, y + line), "Head of Academic Bureau," if style["english"] else "Kepala Biro Akademik,", font=face, fill=INK)
            c.paste(kappa_art.signature(rng, 200, 72, (25, 25, 80)), (sx + 10, y + 2 * line))
            c.text((sx, y + 2 * line + 84), doc["official"], font=bold, fill=INK)
            y += 3 * line + 100
        c.text((70, (A4 if paged else y + 60) - 44), f"{k + 1}/{len(pages)}", font=ps.font(style, size - 4), fill=(80, 80, 80))
        if not paged:
            c.image = c.image.crop((0, 0, WIDTH, max(A4 - 300, y + 70)))
            c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    return canvases
