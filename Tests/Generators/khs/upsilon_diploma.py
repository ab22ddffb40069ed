"""The upsilon "diploma" family: a state polytechnic's Diploma III transcript on a landscape page in
a narrow font. The ministry line, the polytechnic and its jurusan centred beside a cog logo over a
double rule; a bilingual title and number; the student in three short two-column lines (the
semester among them); then one ruled table at the left, No | Kode MK | Mata Kuliah | Smt | SKS |
Nilai | Bobot | N x K with bilingual two-line headers and (mostly) the English course name in
italics under each Indonesian one, closed on the last page by a Jumlah row inside the table. A
sidebar at the right holds the pas-foto on page 1 and, on the last page, the IPK with its
predikat and the Wakil Direktur's signature."""
import omicron_art as oa
import pi_art
import upsilon_art as ua
import upsilon_style as us
import zeta_art

INK = ua.INK
LEFT, TABLE_RIGHT, SIDE, RIGHT = 70, 1236, 1286, 1684


def _header(canvas, style, f, size, logo, address):
    canvas.paste(logo, (96, 26))
    lines = [("regular", size, "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI"),
             ("bold", size + 8, style["institution"].upper()), ("bold", size + 2, f"JURUSAN {style['jurusan'].upper()}"),
             ("regular", size - 4, address)]
    y = 28
    for kind, px, text in lines:
        canvas.text((877, y), text, font=f.get(kind, px), fill=INK, anchor="ma")
        y += round(px * 1.45)
    canvas.line((LEFT, y + 6, RIGHT, y + 6), fill=INK, width=3)
    canvas.line((LEFT, y + 11, RIGHT, y + 11), fill=INK, width=1)
    return y + 26


def _title(canvas, style, doc, f, size, y, first):
    title = style["title"] + ("" if first else " (LANJUTAN)")
    english = {"TRANSKRIP AKADEMIK": "Academic Transcript", "TRANSKRIP AKADEMIK SEMENTARA": "Provisional Academic Transcript",
               "DAFTAR NILAI AKADEMIK": "Academic Record"}[style["title"]]
    canvas.text((877, y), title, font=f.get("bold", size + 4), fill=INK, anchor="ma")
    canvas.text((877, y + round(size * 1.55)), english, font=f.get("italic", size), fill=INK, anchor="ma")
    y += round(size * 2.8)
    if first:
        canvas.text((877, y), f"Nomor: {doc['number']}", font=f.get("regular", size - 1), fill=INK, anchor="ma")
        y += round(size * 1.5)
    return y + round(size * 0.6)


def _student(canvas, style, doc, f, size, y):
    body, italic, step = f.get("regular", size), f.get("italic", size - 3), round(size * 1.5)
    semester = f"{us.ROMAN[doc['semester'] - 1]} ({us.SPELLED[doc['semester'] - 1].title()})"
    pairs = [(("Nama", "Name", doc["name"]), ("NIM", "Student ID", doc["nim"])),
             (("Tempat, Tgl. Lahir", "Place, Date of Birth", doc["birth"]), ("Program Studi", "Study Program",
                                                                               f"D-III {style['programme']}")),
             (("Jenjang", "Level", "Diploma III (D3)"), ("Semester", "Current Term", semester))]
    for x, side in ((LEFT + 10, 0), (880, 1)):
        width = max(body.getlength(p[side][0]) + italic.getlength(" / " + p[side][1]) for p in pairs) + 14
        for k, row in enumerate(pairs):
            key, english, value = row[side]
            canvas.text((x, y + k * step), key, font=body, fill=INK)
            canvas.text((x + body.getlength(key), y + k * step + 3), " / " + english, font=italic, fill=ua.GREY)
            canvas.text((x + width, y + k * step), ": " + value, font=body, fill=INK)
    return y + 3 * step + round(size * 0.5)


def _table(canvas, style, doc, f, size, rows, number, y, last):
    bold, italic, body = f.get("bold", size - 1), f.get("italic", size - 3), f.get("regular", size)
    head = [("No", ""), ("Kode MK", "Code"), ("Mata Kuliah", "Course"), ("Smt", "Sem"), ("SKS", "Credit"), ("Nilai", "Grade")]
    head += [("Bobot", "Point")] if style["points_col"] else []
    head += [("N x K", "Credit Point")]
    widths = [46, max(body.getlength(r["code"]) for r in rows) + 26, 0, 52, 64, 66] + ([70] if style["points_col"] else []) + [104]
    widths[2] = TABLE_RIGHT - LEFT - sum(widths)
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    top, head_h = y, round(size * 2.6)
    for k, (word, english) in enumerate(head):
        middle = (xs[k] + xs[k + 1]) / 2 if k != 2 else xs[k] + 8 + bold.getlength(word) / 2
        canvas.text((middle, top + 6), word, font=bold, fill=INK, anchor="ma")
        canvas.text((middle, top + 8 + round(size * 1.15)), english, font=italic, fill=INK, anchor="ma")
    y = top + head_h
    lines, step = [y], round(size * (2.45 if style["english"] else 1.7))
    for n, r in enumerate(rows, number):
        cells = [str(n), r["code"], r["name"], str(r["semester"]), str(r["sks"]), r["grade"]]
        cells += [us.number(style, r["point"])] if style["points_col"] else []
        cells += [us.number(style, r["sks"] * r["point"])]
        upper = (y, y + round(size * 1.45)) if style["english"] else (y, y + step)
        for k, text in enumerate(cells):
            oa.cell(canvas, (xs[k], upper[0] + 2, xs[k + 1], upper[1] + 2), text, body, align="left" if k in (1, 2) else "centre")
        if style["english"]:
            canvas.text((xs[2] + 8, y + round(size * 1.3)), r["english"], font=italic, fill=INK)
        y += step
        lines.append(y)
    if last:
        tail = round(size * 1.8)
        label = "Jumlah / Total"
        oa.cell(canvas, (xs[0], y, xs[4], y + tail), label, f.get("bold", size), align="right", pad=14)
        oa.cell(canvas, (xs[4], y, xs[5], y + tail), str(doc["total"]), f.get("bold", size), align="centre")
        oa.cell(canvas, (xs[-2], y, xs[-1], y + tail), us.number(style, doc["mutu"]), f.get("bold", size), align="centre")
        y += tail
        lines.append(y)
    pi_art.grid(canvas, xs, top, y, lines[:-1], INK, vertical=False)
    for x in xs:  # the Jumlah row spans the first four columns
        inner = last and xs[0] < x < xs[4]
        canvas.line((x, top, x, lines[-2] if inner else y), fill=INK, width=1)
    return y


def _side(canvas, rng, style, doc, f, size, top, first, last):
    body, bold, italic = f.get("regular", size), f.get("bold", size), f.get("italic", size - 3)
    y = top
    if first:
        canvas.paste(zeta_art.photo(rng, 150, 200), (SIDE + 10, y))
        y += 230
    if not last:
        return y
    step = round(size * 1.5)
    for key, english, value in (("Jumlah SKS", "Total Credits", str(doc["total"])),
                                ("IPK", "Grade Point Average", us.number(style, doc["ipk"])),
                                ("Predikat", "Predicate", us.predikat(doc["ipk"]))):
        canvas.text((SIDE, y), key, font=body, fill=INK)
        canvas.text((SIDE + body.getlength(key) + 6, y + 3), f"/ {english}", font=italic, fill=ua.GREY)
        canvas.text((SIDE + 14, y + step), value, font=bold, fill=INK)
        y += round(step * 2.2)
    lines = [f"{doc['city']}, {us.date_text(doc['day'])}", "Wakil Direktur Bidang Akademik,"]
    return ua.sign(canvas, rng, SIDE, y + 10, lines, doc["official"], f"NIP. {doc['nip']}", (f.get("regular", size - 1), bold),
                   stamp_words=style["institution"].upper(), stamp_shift=(-150, -90))


def render(style, doc, chunks, rng):
    f, size, canvases, number = oa.fonts(style), style["size"], [], 1
    logo = oa.cog(rng, 118, rng.choice([(20, 60, 130, 255), (0, 95, 140, 255)]))  # the same on every page
    address = (f"Jalan Politeknik No. {rng.randint(1, 120)}  Telepon (0{rng.randint(21, 99)}) {rng.randint(400000, 899999)}  "
               f"Laman: www.{style['institution'].split()[-2].lower()}.ac.id")
    for k, rows in enumerate(chunks):
        first, last = k == 0, k == len(chunks) - 1
        canvas = oa.sheet(rng, landscape=True)
        y = _header(canvas, style, f, size, logo, address)
        y = _title(canvas, style, doc, f, size, y, first)
        if first:
            y = _student(canvas, style, doc, f, size, y)
        side = _side(canvas, rng, style, doc, f, size, y, first, last)
        y = _table(canvas, style, doc, f, size, rows, number, y, last)
        number += len(rows)
        y = max(y, side) + 20
        if len(chunks) > 1:
            y = ua.footer(canvas, max(y, 1170), f"{style['title'].title()} - {doc['nim']}", k, len(chunks),
                          f.get("regular", size - 5), margin=(LEFT, 70))
        canvases.append(oa.finish(canvas, y - 60, landscape=True))
    return canvases
