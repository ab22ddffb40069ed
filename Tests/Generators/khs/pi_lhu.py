"""The pi "lhu" family: a teacher-education result sheet as Universitas Terbuka (or a PGRI college)
prints it: a left-aligned header with the open-book logo and the print time at the right, a title
(Lembar Hasil Ujian / Daftar Nilai Kumulatif / Lembar Kemajuan Akademik Mahasiswa) over the
registration period ("Masa Registrasi 2023.2") and often the student's semester ("Semester ke-5",
"Smt. V"), the student block in two columns (NIM, Nama, Program Studi | UPBJJ or Fakultas, Masa
Registrasi, ...), a table No | Kode MK | Nama Mata Kuliah | SKS | Smt | Nilai [| Masa Ujian] with
PDGK4101-style codes, a summary of SKS, mutu and IPK, and a note (UT) or a signature (college)."""
import omicron_art as oa
import pi_art
import pi_style as ps

INK = oa.INK
GREY = (120, 120, 125)


def masa(entry, semester):
    """The registration period of the student's n-th semester, counting from entry's second half."""
    k = semester - 1
    return f"{entry + (k + 1) // 2}.{2 if k % 2 == 0 else 1}"


def _header(canvas, rng, style, doc, f, size):
    colour = rng.choice([(20, 60, 140, 255), (15, 90, 150, 255), (110, 30, 40, 255)])
    canvas.paste(pi_art.open_book(rng, 96, colour), (85, 45))
    x = 200
    canvas.text((x, 52), style["institution"].upper(), font=f.get("bold", size + 6), fill=INK)
    second = f"UPBJJ-UT {style['upbjj']}" if style["ut"] else "Fakultas Keguruan dan Ilmu Pendidikan"
    canvas.text((x, 52 + round(size * 1.7)), second, font=f.get("regular", size), fill=INK)
    canvas.text((x, 52 + round(size * 3.0)), f"Jl. Pendidikan No. {rng.randint(1, 99)}, {doc['city']}",
                font=f.get("regular", size - 5), fill=GREY)
    canvas.text((1160, 52), f"Dicetak: {doc['day']:%d-%m-%Y} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
                font=f.get("regular", size - 5), fill=GREY, anchor="ra")
    y = 170
    canvas.line((80, y, 1160, y), fill=INK, width=2)
    y += 28
    canvas.text((620, y), style["title"], font=f.get("bold", size + 3), fill=INK, anchor="ma")
    y += round(size * 1.8)
    sub = f"Masa Registrasi {doc['masa']}"
    kind = style["semester_kind"]
    if kind == "ke":
        sub += f"  -  Semester ke-{doc['semester']}"
    elif kind == "smt_roman":
        sub = f"{ps.semester_text(style, doc['semester'])}  /  {sub}"
    canvas.text((620, y), sub, font=f.get("regular", size), fill=INK, anchor="ma")
    return y + round(size * 2.4)


def _student(canvas, style, doc, f, size, y):
    body, line = f.get("regular", size), round(size * 1.55)
    left = [("NIM", doc["nim"]), ("Nama", doc["name"]), ("Program Studi", style["programme"])]
    right = [("UPBJJ", style["upbjj"]) if style["ut"] else ("Fakultas", "FKIP"),
             ("Masa Reg. Awal", doc["first_masa"]), ("Masa Reg. Akhir", doc["masa"])]
    if style["semester_kind"] == "roman_paren":
        right.append(("Semester", ps.semester_text(style, doc["semester"])))
    for column, (x, pairs) in enumerate(((90, left), (700, right))):
        label = max(body.getlength(k) for k, _ in pairs) + 16
        for k, (key, value) in enumerate(pairs):
            canvas.text((x, y + k * line), key, font=body, fill=INK)
            canvas.text((x + label, y + k * line), ": " + value, font=body, fill=INK)
    return y + max(len(left), len(right)) * line + line // 2


def _table(canvas, style, doc, f, size, rows, first_number, y):
    body, bold = f.get("regular", size), f.get("bold", size - 1)
    cols = ["No", "Kode MK", "Nama Mata Kuliah", "SKS", "Smt", "Nilai"] + (["Masa Ujian"] if style["masa"] else [])
    code_w = max(bold.getlength("Kode MK"), max(body.getlength(r["code"]) for r in rows)) + 24
    widths = [56, code_w, 0, 64, 66, 78] + ([130] if style["masa"] else [])
    widths[2] = 1160 - 80 - sum(widths)
    xs = [80]
    for w in widths:
        xs.append(xs[-1] + w)
    head_h, row_h = round(size * 2.0), round(size * 1.65)
    top = y
    if not style["grid"]:
        canvas.rectangle((xs[0], top, xs[-1], top + head_h), fill=(228, 232, 240))
    for k, label in enumerate(cols):
        oa.cell(canvas, (xs[k], top, xs[k + 1], top + head_h), label, bold, align="left" if k == 2 else "centre")
    y = top + head_h
    lines = [y]
    for n, r in enumerate(rows, first_number):
        smt = ps.ROMAN[r["semester"] - 1] if style["roman_rows"] else str(r["semester"])
        cells = [str(n), r["code"], r["name"], str(r["sks"]), smt, r["grade"]] + ([masa(doc["entry"], r["semester"])] if style["masa"] else [])
        for k, text in enumerate(cells):
            font = f.fitting("regular", size, text, xs[3] - xs[2] - 16) if k == 2 else body
            oa.cell(canvas, (xs[k], y, xs[k + 1], y + row_h), text, font, align="left" if k in (1, 2) else "centre")
        y += row_h
        lines.append(y)
    if style["grid"]:
        pi_art.grid(canvas, xs, top, y, lines, INK)
    else:  # ruled rows only, grey separators
        canvas.line((xs[0], top, xs[-1], top), fill=INK, width=2)
        for ly in lines[1:-1]:
            canvas.line((xs[0], ly, xs[-1], ly), fill=(185, 185, 190), width=1)
        canvas.line((xs[0], lines[0], xs[-1], lines[0]), fill=INK, width=1)
        canvas.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    return y


def _summary(canvas, rng, style, doc, f, size, y):
    body, bold, line = f.get("regular", size), f.get("bold", size), round(size * 1.6)
    y += round(size * 1.2)
    pairs = [("Total SKS Kumulatif", str(doc["total"])), ("Total Mutu", ps.number(style, doc["mutu"])),
             ("Indeks Prestasi Kumulatif (IPK)", ps.number(style, doc["ipk"]))]
    label = max(body.getlength(k) for k, _ in pairs) + 20
    canvas.line((90, y - 10, 90 + label + 150, y - 10), fill=INK, width=1)
    for key, value in pairs:
        canvas.text((100, y), key, font=body, fill=INK)
        canvas.text((100 + label, y), ": " + value, font=bold if key.startswith("Indeks") else body, fill=INK)
        y += line
    canvas.line((90, y - 6, 90 + label + 150, y - 6), fill=INK, width=1)
    small = f.get("italic", size - 5)
    y += line // 2
    notes = ["Catatan: lembar ini bukan merupakan transkrip akademik resmi.",
             "Mata kuliah dengan nilai D dan E wajib ditempuh ulang."]
    for text in notes:
        canvas.text((90, y), text, font=small, fill=INK)
        y += round(small.size * 1.45)
    if style["ut"] and rng.random() < 0.5:
        return y
    role = f"Kepala UPBJJ-UT {style['upbjj']}," if style["ut"] else "Ketua Program Studi,"
    return oa.signature_block(canvas, rng, 720, y + 10, [f"{doc['city']}, {ps.date_text(doc['day'])}", role],
                              doc["official"], doc["nip"], f.get("regular", size - 1), f.get("bold", size - 1))


def render(style, doc, chunks, rng):
    f, size, canvases, number = oa.fonts(style), style["size"], [], 1
    for k, rows in enumerate(chunks):
        canvas = oa.sheet(rng)
        if k == 0:
            y = _header(canvas, rng, style, doc, f, size)
            y = _student(canvas, style, doc, f, size, y)
        else:
            y = 70
            canvas.text((80, y), f"{style['title'].title()} (lanjutan)", font=f.get("italic", size - 3), fill=GREY)
            y += round(size * 2.2)
        y = _table(canvas, style, doc, f, size, rows, number, y)
        number += len(rows)
        if k == len(chunks) - 1:
            y = _summary(canvas, rng, style, doc, f, size, y)
        if len(chunks) > 1:
            canvas.text((620, max(y + 40, 1650)), f"Halaman {k + 1} dari {len(chunks)}", font=f.get("regular", size - 5),
                        fill=GREY, anchor="ma")
            y = max(y + 40, 1650) + size
        canvases.append(oa.finish(canvas, y))
    return canvases
