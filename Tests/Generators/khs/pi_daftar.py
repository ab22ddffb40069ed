"""The pi "daftar" family: the Daftar Nilai an Islamic state university's faculty issues. A kop
under the Ministry of Religious Affairs with an eight-pointed emblem and a double rule, the letter
number in the Un.xx/... form, the student in one column (Nama, NIM, Tempat/Tgl. Lahir, Fakultas,
Program Studi, Semester), a fully ruled table No | Kode MK | Mata Kuliah | SKS | Nilai Angka | Nilai
Huruf | Bobot | Mutu with a Jumlah row, then IPK and predikat, the score-to-letter key, and the
Wakil Dekan's signature with the date in Masehi (and often Hijri) and the NIP."""
import omicron_art as oa
import pi_art
import pi_style as ps

INK = oa.INK


def _num(style, value):
    """A bobot or mutu as the faculty prints it: "4.00" / "3,70", or "4" / "3,7" / "11,1"."""
    value = round(value, 2)
    if style["bobot_places"] == 2:
        return ps.number(style, value, 2)
    return str(int(value)) if value == int(value) else ps.number(style, value, 1 if round(value, 1) == value else 2)


def _kop(canvas, rng, style, f, size):
    colour = rng.choice([(20, 100, 55, 255), (25, 50, 120, 255), (30, 30, 30, 255)])
    canvas.paste(pi_art.octagram(rng, 130, colour), (85, 40))
    centre = 680
    lines = [("KEMENTERIAN AGAMA REPUBLIK INDONESIA", "bold", size - 1),
             (style["institution"].upper(), "bold", size + 5), (style["faculty"].upper(), "bold", size + 2),
             (f"Jl. {rng.choice(['Ahmad Yani', 'Gajah Mada', 'Sultan Agung', 'Pangeran Diponegoro'])} No. {rng.randint(1, 140)} "
              f"Telp. (0{rng.randint(21, 98)}) {rng.randint(300000, 899999)}", "regular", size - 5)]
    y = 42
    for text, kind, px in lines:
        glyph = f.fitting(kind, px, text, 900)
        canvas.text((centre, y), text, font=glyph, fill=INK, anchor="ma")
        y += round(glyph.size * 1.35)
    y = max(y, 175) + 6
    canvas.line((80, y, 1160, y), fill=INK, width=4)
    canvas.line((80, y + 7, 1160, y + 7), fill=INK, width=1)
    return y + 30


def _head(canvas, style, doc, f, size):
    y = doc["y"]
    bold = f.get("bold", size + 3)
    canvas.text((620, y), "DAFTAR NILAI", font=bold, fill=INK, anchor="ma")
    width = bold.getlength("DAFTAR NILAI")
    canvas.line((620 - width / 2, y + bold.size + 4, 620 + width / 2, y + bold.size + 4), fill=INK, width=2)
    y += round(bold.size * 1.5)
    canvas.text((620, y), f"Nomor: {doc['number']}", font=f.get("regular", size - 2), fill=INK, anchor="ma")
    y += round(size * 2.0)
    body, line = f.get("regular", size), round(size * 1.5)
    block = [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Tempat, Tgl. Lahir", doc["birth"]),
             ("Fakultas", style["faculty"]), ("Program Studi", style["programme"]),
             ("Semester", ps.semester_text(style, doc["semester"]))]
    label = max(body.getlength(k) for k, _ in block) + 30
    for key, value in block:
        canvas.text((95, y), key, font=body, fill=INK)
        canvas.text((95 + label, y), ":", font=body, fill=INK)
        canvas.text((95 + label + 18, y), value, font=body, fill=INK)
        y += line
    return y + line // 2


def _table(canvas, style, f, size, rows, first_number, y, totals):
    body, bold = f.get("regular", size), f.get("bold", size - 1)
    code_w = max(bold.getlength("Kode MK"), max(body.getlength(r["code"]) for r in rows)) + 22
    widths = [52, code_w, 0, 62, 86, 86, 78, 82]
    widths[2] = 1160 - 80 - sum(widths)
    xs = [80]
    for w in widths:
        xs.append(xs[-1] + w)
    head_h, row_h = round(size * 2.7), round(size * 1.7)
    top = y
    labels = [["No"], ["Kode MK"], ["Mata Kuliah"], ["SKS"], ["Nilai", "Angka"], ["Nilai", "Huruf"], ["Bobot"], ["Mutu"]]
    for k, words in enumerate(labels):
        for j, word in enumerate(words):
            offset = (j - (len(words) - 1) / 2) * bold.size * 1.15
            canvas.text(((xs[k] + xs[k + 1]) / 2, top + head_h / 2 + offset), word, font=bold, fill=INK, anchor="mm")
    y = top + head_h
    lines = [y]
    for n, r in enumerate(rows, first_number):
        bobot = ps.POINTS[style["grading"]][r["grade"]]
        cells = [str(n), r["code"], r["name"], str(r["sks"]), ps.number(style, r["score"], style["score_places"]), r["grade"],
                 _num(style, bobot), _num(style, r["sks"] * bobot)]
        for k, text in enumerate(cells):
            box = (xs[k], y, xs[k + 1], y + row_h)
            if k == 2:
                oa.cell(canvas, box, text, f.fitting("regular", size, text, xs[3] - xs[2] - 16))
            else:
                oa.cell(canvas, box, text, body, align="left" if k == 1 else "centre", pad=10)
        y += row_h
        lines.append(y)
    if totals:
        oa.cell(canvas, (xs[0], y, xs[3], y + row_h), "Jumlah", bold, align="centre")
        oa.cell(canvas, (xs[3], y, xs[4], y + row_h), str(totals[0]), bold, align="centre")
        oa.cell(canvas, (xs[7], y, xs[8], y + row_h), _num(style, totals[1]), bold, align="centre")
        y += row_h
        for k in (1, 2):  # the Jumlah label spans the first three columns
            canvas.line((xs[k], top, xs[k], y - row_h), fill=INK, width=1)
        for k in (0, 3, 4, 5, 6, 7, 8):
            canvas.line((xs[k], top, xs[k], y), fill=INK, width=2 if k in (0, 8) else 1)
        for ly in lines:
            canvas.line((xs[0], ly, xs[-1], ly), fill=INK, width=1)
        canvas.line((xs[0], top, xs[-1], top), fill=INK, width=2)
        canvas.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    else:
        pi_art.grid(canvas, xs, top, y, lines, INK, width=2)
    return y


def _footer(canvas, rng, style, doc, f, size, y):
    body, bold, line = f.get("regular", size), f.get("bold", size), round(size * 1.55)
    y += round(size * 0.9)
    pairs = [("Jumlah SKS", str(doc["total"])), ("Indeks Prestasi Kumulatif (IPK)", ps.number(style, doc["ipk"])),
             ("Predikat", ps.predikat(doc["ipk"]))]
    label = max(body.getlength(k) for k, _ in pairs) + 24
    for key, value in pairs:
        canvas.text((95, y), key, font=body, fill=INK)
        canvas.text((95 + label, y), ": " + value, font=bold if key.startswith("Indeks") else body, fill=INK)
        y += line
    floors, letters = ps.FLOORS[style["grading"]], list(ps.POINTS[style["grading"]])
    small = f.get("italic", size - 5)
    key = y + line // 2
    canvas.text((95, key), "Keterangan konversi nilai:", font=small, fill=INK)
    for k, letter in enumerate(letters):
        top = 100 if k == 0 else floors[k - 1] - 1
        canvas.text((95 + (k % 3) * 140, key + round(small.size * 1.4) * (1 + k // 3)),
                    f"{letter} = {floors[k]}-{top}", font=small, fill=INK)
    sign = [f"{doc['city']}, {ps.date_text(doc['day'])}"]
    if style["hijri"]:
        sign = [f"{doc['city']}, {ps.hijri(doc['day'])}", f"{' ' * len(doc['city'])}  {ps.date_text(doc['day'])} M"]
    sign += ["a.n. Dekan,", "Wakil Dekan Bidang Akademik,"]
    end = oa.signature_block(canvas, rng, 700, y + line // 2, sign, doc["official"], doc["nip"], f.get("regular", size - 1),
                             f.get("bold", size - 1), stamp_words=style["faculty"].upper() if rng.random() < 0.6 else None)
    return max(end, key + round(small.size * 1.4) * 4)


def render(style, doc, chunks, rng):
    f, size, canvases, number = oa.fonts(style), style["size"], [], 1
    for k, rows in enumerate(chunks):
        canvas = oa.sheet(rng)
        last = k == len(chunks) - 1
        if k == 0:
            doc["y"] = _kop(canvas, rng, style, f, size)
            y = _head(canvas, style, doc, f, size)
        else:
            y = 70
            canvas.text((80, y), f"Daftar Nilai - lanjutan (halaman {k + 1})", font=f.get("italic", size - 3), fill=INK)
            y += round(size * 2.2)
        y = _table(canvas, style, f, size, rows, number, y, (doc["total"], doc["mutu"]) if last else None)
        number += len(rows)
        if last:
            y = _footer(canvas, rng, style, doc, f, size, y)
        if len(chunks) > 1:
            canvas.text((1160, max(y + 40, 1650)), f"Hal. {k + 1}/{len(chunks)}", font=f.get("regular", size - 5), fill=INK, anchor="ra")
            y = max(y + 40, 1650) + size
        canvases.append(oa.finish(canvas, y))
    return canvases
