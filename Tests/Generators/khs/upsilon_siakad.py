"""The upsilon "siakad" family: a private university's SIAKAD export of the cumulative Kartu Hasil
Studi. An emblem and the campus name in its colour at the left, the print time at the right, the
title over the academic period, the student in two columns (the semester among them), then one
ruled table of every course so far: No | Periode (20221) | Kode MK | Nama Mata Kuliah | Kelas or
Dosen Pengampu | SKS | Nilai ("AB (3,50)") or Huruf | Bobot | Mutu, all decimals with commas. Under
the table the totals, IPS and IPK, the grade scale as a legend (a small grid or one line: not
course rows), a verification code and the Kaprodi's signature, a footer with the portal address."""
import kappa_art
import omicron_art as oa
import pi_art
import upsilon_art as ua
import upsilon_style as us

INK = ua.INK


def _header(canvas, style, doc, f, size, first, emblem):
    accent = style["accent"]
    canvas.paste(emblem, (70, 36))
    canvas.text((184, 40), style["institution"].upper(), font=f.get("bold", size + 8), fill=accent)
    canvas.text((184, 40 + round(size * 2.0)), style["faculty"], font=f.get("regular", size), fill=INK)
    canvas.text((184, 40 + round(size * 3.4)), "Sistem Informasi Akademik (SIAKAD)", font=f.get("italic", size - 3), fill=ua.GREY)
    stamp = f"Dicetak: {doc['day']:%d/%m/%Y} {doc['time']}:{doc['nip'][-2:]}"
    small = f.get("regular", size - 4)
    canvas.text((1170 - small.getlength(stamp), 40), stamp, font=small, fill=ua.GREY)
    canvas.line((70, 150, 1170, 150), fill=accent, width=3)
    canvas.line((70, 155, 1170, 155), fill=accent, width=1)
    title = style["title"] if first else style["title"] + " (lanjutan)"
    canvas.text((620, 176), title, font=f.get("bold", size + 3), fill=INK, anchor="ma")
    period = f"Tahun Akademik {us.academic_year(doc['entry'], doc['semester'])}"
    canvas.text((620, 176 + round(size * 1.75)), period, font=f.get("regular", size), fill=INK, anchor="ma")
    return 176 + round(size * 3.6)


def _student(canvas, style, doc, f, size, y):
    body, step = f.get("regular", size), round(size * 1.55)
    left = [("NIM", doc["nim"]), ("Nama Mahasiswa", doc["name"]), ("Program Studi", f"S1 {style['programme']}")]
    right = [("Dosen Wali", doc["wali"]), ("Angkatan", str(doc["entry"])),
             ("Semester", f"{doc['semester']} ({us.periode(doc['entry'], doc['semester'])})")]
    for x, pairs in ((80, left), (650, right)):
        width = max(body.getlength(k) for k, _ in pairs) + 12
        for k, (key, value) in enumerate(pairs):
            canvas.text((x, y + k * step), key, font=body, fill=INK)
            canvas.text((x + width, y + k * step), ": " + value, font=body, fill=INK)
    return y + 3 * step + step // 2


def _columns(style, rows, f, size):
    bold, body = f.get("bold", size - 1), f.get("regular", size)
    extra = ("Kelas", 86) if style["extra"] == "kelas" else ("Dosen Pengampu", 250)
    grade = [("Nilai", 112)] if style["grade_cells"] == "one" else [("Huruf", 64), ("Bobot", 70)]
    code = max(bold.getlength("Kode MK"), max(body.getlength(r["code"]) for r in rows)) + 18
    cols = [("No", 42), ("Periode", 82), ("Kode MK", code), ("Nama Mata Kuliah", 0), extra, ("SKS", 50)] + grade + [("Mutu", 76)]
    name = 1170 - 70 - sum(w for _, w in cols)
    cols[3] = ("Nama Mata Kuliah", name)
    xs = [70]
    for _, w in cols:
        xs.append(xs[-1] + w)
    return [c for c, _ in cols], xs


def _table(canvas, style, doc, f, size, rows, number, y):
    labels, xs = _columns(style, rows, f, size)
    head, step = round(size * 2.0), round(size * 1.75)
    bold = f.get("bold", size - 1)
    canvas.rectangle((xs[0], y, xs[-1], y + head), fill=ua.tint(style["accent"], 0.82))
    for k, label in enumerate(labels):
        oa.cell(canvas, (xs[k], y, xs[k + 1], y + head), label, bold, align="left" if k in (3, 4) else "centre", pad=6)
    top, y = y, y + head
    lines = [y]
    for n, r in enumerate(rows, number):
        point = us.number(style, r["point"])
        grade = [f"{r['grade']} ({point})"] if style["grade_cells"] == "one" else [r["grade"], point]
        cells = [str(n), us.periode(doc["entry"], r["semester"]), r["code"], r["name"], r["extra"], str(r["sks"])] + grade
        cells.append(us.number(style, r["sks"] * r["point"]))
        for k, text in enumerate(cells):
            room = xs[k + 1] - xs[k] - 12
            font = f.fitting("regular", size, text, room) if k in (3, 4) else f.get("regular", size)
            oa.cell(canvas, (xs[k], y, xs[k + 1], y + step), text, font, align="left" if k in (2, 3, 4) else "centre", pad=6)
        y += step
        lines.append(y)
    pi_art.grid(canvas, xs, top, y, lines, (90, 90, 98))
    return y


def _closing(canvas, rng, style, doc, f, size, y):
    body, bold, step = f.get("regular", size), f.get("bold", size), round(size * 1.6)
    y += round(size * 0.9)
    pairs = [("Jumlah SKS Ditempuh", str(doc["total"])), ("Jumlah Mutu", us.number(style, doc["mutu"])),
             ("IPS Semester Terakhir", us.number(style, doc["ips"])), ("IP Kumulatif (IPK)", us.number(style, doc["ipk"]))]
    width = max(body.getlength(k) for k, _ in pairs) + 14
    for key, value in pairs:
        canvas.text((80, y), key, font=body, fill=INK)
        canvas.text((80 + width, y), ": " + value, font=bold if key.startswith("IP K") else body, fill=INK)
        y += step
    y = _legend(canvas, style, f, size - 3, y + step // 2)
    if style["qr"]:
        canvas.paste(kappa_art.code_block(rng, 25, 4), (80, y + 30))
        note = f.get("italic", size - 5)
        canvas.text((200, y + 40), "Dokumen ini dicetak dari SIAKAD dan", font=note, fill=ua.GREY)
        canvas.text((200, y + 40 + note.size + 6), "dapat diverifikasi dengan memindai kode.", font=note, fill=ua.GREY)
    lines = [f"{doc['city']}, {us.date_text(doc['day'])}", "Ketua Program Studi,"]
    ident = f"NIDN. {rng.randint(1, 9):02d}{rng.randint(10000000, 99999999)}"
    return ua.sign(canvas, rng, 760, y + 20, lines, doc["official"], ident, (body, bold),
                   stamp_words=style["institution"].upper() if rng.random() < 0.5 else None)


def _legend(canvas, style, f, size, y):
    small, bold = f.get("regular", size), f.get("bold", size)
    scale = us.legend(style)
    canvas.text((80, y), "Keterangan Nilai:", font=bold, fill=INK)
    y += round(size * 1.6)
    if style["legend"] == "line":
        parts, line = [f"{g} = {p} ({r})" for g, p, r in scale], ""
        for part in parts:
            if line and small.getlength(line + ";  " + part) > 1080:
                canvas.text((80, y), line, font=small, fill=INK)
                y, line = y + round(size * 1.45), ""
            line = f"{line};  {part}" if line else part
        canvas.text((80, y), line, font=small, fill=INK)
        return y + round(size * 1.6)
    width = min(120, (1170 - 80 - 110) // len(scale))
    xs = [80, 190] + [190 + width * (k + 1) for k in range(len(scale))]
    step = round(size * 1.6)
    for k, (label, values) in enumerate((("Huruf", [g for g, _, _ in scale]), ("Bobot", [p for _, p, _ in scale]),
                                         ("Rentang", [r for _, _, r in scale]))):
        oa.cell(canvas, (xs[0], y + k * step, xs[1], y + (k + 1) * step), label, bold, pad=6)
        for j, value in enumerate(values):
            oa.cell(canvas, (xs[j + 1], y + k * step, xs[j + 2], y + (k + 1) * step), value, small, align="centre")
    pi_art.grid(canvas, xs, y, y + 3 * step, [y + step, y + 2 * step], (110, 110, 118))
    return y + 3 * step + step // 2


def render(style, doc, chunks, rng):
    f, size, canvases, number = oa.fonts(style), style["size"], [], 1
    address = f"https://siakad.{style['institution'].split()[-2].lower()}.ac.id/mahasiswa/khs/cetak"
    emblem = kappa_art.emblem(rng, 96, style["accent"] + (255,), (215, 170, 40, 255))  # the same on every page
    for k, rows in enumerate(chunks):
        canvas = oa.sheet(rng)
        y = _header(canvas, style, doc, f, size, k == 0, emblem)
        if k == 0:
            y = _student(canvas, style, doc, f, size, y)
        y = _table(canvas, style, doc, f, size, rows, number, y)
        number += len(rows)
        if k == len(chunks) - 1:
            y = _closing(canvas, rng, style, doc, f, size, y)
        y = ua.footer(canvas, max(y + 30, 1680), address, k, len(chunks), f.get("regular", size - 5))
        canvases.append(oa.finish(canvas, y - 40))
    return canvases
