"""The phi "portal" family: a state university's Kartu Hasil Studi as its web portal prints it
from the browser. The browser's own header line (portal name and print time) and footer line
(the page's address and "1/2") in a small grey font; the emblem and the university in its colour;
the student as label-over-value cards in three columns; then one table without ruling lines,
zebra-shaded rows under a coloured header bar, a coloured band opening each semester, the grade
column FIRST (Nilai | Kode | Mata Kuliah | SKS | Bobot | Mutu) or the SKS column LAST after Bobot
and Mutu (No | Kode | Mata Kuliah | Nilai | Bobot | N x K | SKS). On the last page the totals as
four tiles (SKS, Mutu, IPS, IPK), a QR-like code block and the verification note; no signature."""
import kappa_art
import omicron_art as oa
import phi_art
import phi_style as ps

INK, GREY, WHITE = (26, 28, 34), (110, 112, 120), (255, 255, 255)


def _browser(canvas, style, doc, f, size):
    small = f.get("regular", size - 6)
    canvas.text((40, 18), f"{doc['day']:%d/%m/%Y}, {doc['time']}", font=small, fill=GREY)
    title = f"{style['portal']} - {style['institution']}"
    canvas.text((620, 18), title, font=small, fill=GREY, anchor="ma")
    address = f"https://{style['portal'].split()[0].lower()}.{style['institution'].split()[1].lower()}.ac.id/khs/cetak"
    return address, small


def _header(canvas, style, doc, f, size, emblem, first):
    accent = style["accent"]
    canvas.paste(emblem, (80, 58))
    canvas.text((184, 66), style["institution"].upper(), font=f.get("bold", size + 7), fill=accent)
    canvas.text((184, 66 + round(size * 1.8)), style["faculty"], font=f.get("regular", size), fill=INK)
    canvas.text((184, 66 + round(size * 3.0)), f"Program Studi {style['programme']}", font=f.get("regular", size), fill=INK)
    canvas.rectangle((80, 172, 1160, 175), fill=accent)
    title = "KARTU HASIL STUDI" if first else "KARTU HASIL STUDI (lanjutan)"
    canvas.text((80, 192), title, font=f.get("bold", size + 4), fill=INK)
    period = f"Tahun Akademik {ps.academic_year(doc['entry'], doc['semester'])}"
    right = f.get("regular", size)
    canvas.text((1160 - right.getlength(period), 196), period, font=right, fill=GREY)
    return 192 + round(size * 2.6)


def _cards(canvas, style, doc, f, size, y):
    label, value = f.get("regular", size - 4), f.get("bold", size)
    cards = [("NIM", doc["nim"]), ("Nama Mahasiswa", doc["name"]), ("Semester", str(doc["semester"])),
             ("Program Studi", f"S1 {style['programme']}"), ("Angkatan", str(doc["entry"])), ("Status", "Aktif")]
    xs, step = (90, 470, 900), round(size * 2.9)
    canvas.rectangle((80, y - 10, 1160, y + 2 * step), fill=(247, 248, 250))
    for k, (key, text) in enumerate(cards):
        x, top = xs[k % 3], y + (k // 3) * step
        canvas.text((x, top), key.upper(), font=label, fill=GREY)
        canvas.text((x, top + label.size + 5), text, font=value, fill=INK)
    return y + 2 * step + 24


def _columns(style, f, size):
    if style["order"] == "grade_first":
        cols = [("Nilai", 70, "c"), ("Kode", 120, "l"), ("Mata Kuliah", 0, "l"), ("SKS", 60, "c"), ("Bobot", 80, "c"),
                ("Mutu", 80, "c")]
    else:
        cols = [("No", 50, "c"), ("Kode", 120, "l"), ("Mata Kuliah", 0, "l"), ("Nilai", 70, "c"), ("Bobot", 80, "c"),
                ("N x K", 80, "c"), ("SKS", 60, "c")]
    code = max(f.get("bold", size).getlength("AGT.8.299"), 110) + 20
    cols = [(n, code if n == "Kode" else w, a) for n, w, a in cols]
    cols = [(n, 1160 - 80 - sum(w for _, w, _ in cols) if n == "Mata Kuliah" else w, a) for n, w, a in cols]
    xs = [80]
    for _, w, _ in cols:
        xs.append(xs[-1] + w)
    return cols, xs


def _table(canvas, style, doc, f, size, rows, number, y):
    cols, xs = _columns(style, f, size)
    head, step = round(size * 1.9), round(size * 1.65)
    bold, body = f.get("bold", size - 1), f.get("regular", size)
    canvas.rectangle((xs[0], y, xs[-1], y + head), fill=style["accent"])
    for k, (label, _, align) in enumerate(cols):
        oa.cell(canvas, (xs[k], y, xs[k + 1], y + head), label, bold, align="centre" if align == "c" else "left", ink=WHITE)
    y += head
    band = tuple(round(c + (255 - c) * 0.8) for c in style["accent"])
    current, shade = None, False
    for n, r in enumerate(rows, number):
        if r["semester"] != current:
            current = r["semester"]
            canvas.rectangle((xs[0], y, xs[-1], y + step), fill=band)
            label = f"Semester {current}  -  {ps.academic_year(doc['entry'], current)}"
            oa.cell(canvas, (xs[0], y, xs[-1], y + step), label, f.get("bold", size - 2), ink=style["accent"])
            y, shade = y + step, False
        if shade:
            phi_art.zebra(canvas, (xs[0], y, xs[-1], y + step - 1), style["zebra"])
        values = {"Nilai": r["grade"], "Kode": r["code"], "Mata Kuliah": r["name"], "SKS": str(r["sks"]), "No": str(n),
                  "Bobot": ps.number(style, r["point"]), "Mutu": ps.number(style, r["sks"] * r["point"])}
        values["N x K"] = values["Mutu"]
        for k, (label, _, align) in enumerate(cols):
            text = values[label]
            font = f.fitting("regular", size, text, xs[k + 1] - xs[k] - 14) if label == "Mata Kuliah" else body
            if label == "Nilai":
                font = f.get("bold", size)
            oa.cell(canvas, (xs[k], y, xs[k + 1], y + step), text, font, align="centre" if align == "c" else "left")
        y, shade = y + step, not shade
    canvas.line((xs[0], y, xs[-1], y), fill=style["accent"], width=2)
    return y


def _closing(canvas, rng, style, doc, f, size, y):
    y += 26
    tiles = [("Total SKS", str(doc["total"])), ("Total Mutu", ps.number(style, doc["mutu"])),
             ("IPS", ps.number(style, doc["ips"])), ("IPK", ps.number(style, doc["ipk"]))]
    label, value, width = f.get("regular", size - 3), f.get("bold", size + 6), (1160 - 80 - 3 * 16) // 4
    for k, (key, text) in enumerate(tiles):
        x = 80 + k * (width + 16)
        canvas.rectangle((x, y, x + width, y + 4), fill=style["accent"])
        canvas.rectangle((x, y + 4, x + width, y + 86), fill=(246, 247, 249))
        canvas.text((x + 14, y + 14), key, font=label, fill=GREY)
        canvas.text((x + 14, y + 20 + label.size), text, font=value, fill=INK)
    y += 120
    canvas.paste(kappa_art.code_block(rng, 25, 5), (80, y))
    note = f.get("regular", size - 3)
    lines = ["Dokumen ini dicetak dari sistem dan sah tanpa tanda tangan basah.",
             "Keaslian dapat diperiksa dengan memindai kode QR atau memasukkan",
             f"kode verifikasi {doc['verify']} pada laman verifikasi dokumen.",
             f"Dicetak oleh: {doc['name']} pada {ps.date_text(doc['day'])}"]
    for k, text in enumerate(lines):
        canvas.text((240, y + 8 + k * round(note.size * 1.5)), text, font=note, fill=INK if k < 3 else GREY)
    return y + 150


def render(style, doc, chunks, rng):
    f, size, canvases, number = oa.fonts(style), style["size"], [], 1
    emblem = kappa_art.emblem(rng, 90, style["accent"] + (255,), (220, 175, 40, 255))
    for k, rows in enumerate(chunks):
        canvas = oa.sheet(rng)
        address, small = _browser(canvas, style, doc, f, size)
        y = _header(canvas, style, doc, f, size, emblem, k == 0)
        if k == 0:
            y = _cards(canvas, style, doc, f, size, y)
        y = _table(canvas, style, doc, f, size, rows, number, y + 6)
        number += len(rows)
        if k == len(chunks) - 1:
            y = _closing(canvas, rng, style, doc, f, size, y)
        bottom = max(y + 40, 1700)
        canvas.text((40, bottom), address, font=small, fill=GREY)
        count = f"{k + 1}/{len(chunks)}"
        canvas.text((1200 - small.getlength(count), bottom), count, font=small, fill=GREY)
        canvases.append(oa.finish(canvas, bottom - 30))
    return canvases
