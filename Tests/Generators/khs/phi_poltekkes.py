"""The phi "poltekkes" family: a health polytechnic's (Poltekkes Kemenkes) Transkrip Akademik of a
Diploma III programme. The ministry above the polytechnic, centred between two emblems over a
thick-thin double rule; the title underlined with its number; the student as key : value lines,
the semester written in Roman numerals with the word ("III (Tiga)") or as a digit; then one fully
ruled table whose group rows read "SEMESTER III", with a NARROW course-name cell where long names
wrap onto two (or three) lines, the credits split into T / P / K under an SKS heading beside their
sum (or one SKS column), the letter, its bobot and the mutu. On the last page the totals and IPK,
the 4.00 grade scale in a boxed footer line and the director's signature with NIP and stamp."""
import kappa_art
import omicron_art as oa
import phi_style as ps
import upsilon_art as ua
from sheet_fonts import wrap

INK = (20, 20, 24)
WORDS = ["Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan"]


def _header(canvas, style, doc, f, size, emblems, first):
    canvas.paste(emblems[0], (80, 40))
    canvas.paste(emblems[1], (1160 - emblems[1].size[0], 40))
    lines = [("KEMENTERIAN KESEHATAN REPUBLIK INDONESIA", f.get("bold", size - 1)),
             (style["institution"].upper(), f.get("bold", size + 5)),
             (style["jurusan"].upper(), f.get("bold", size)),
             (f"Jl. {doc['official'].split()[0]} No. {doc['nip'][5:7]}, {doc['city']}  Telp. (0{doc['nip'][:3]}) {doc['nip'][9:15]}",
              f.get("regular", size - 4))]
    y = 44
    for text, font in lines:
        canvas.text((620, y), text, font=font, fill=INK, anchor="ma")
        y += round(font.size * 1.45)
    y += 6
    canvas.line((80, y, 1160, y), fill=INK, width=4)
    canvas.line((80, y + 6, 1160, y + 6), fill=INK, width=1)
    y += 30
    title = style["title"] if first else style["title"] + " (Lanjutan)"
    bold = f.get("bold", size + 3)
    canvas.text((620, y), title, font=bold, fill=INK, anchor="ma")
    width = bold.getlength(title)
    canvas.line((620 - width / 2, y + bold.size + 4, 620 + width / 2, y + bold.size + 4), fill=INK, width=2)
    y += round(bold.size * 1.6)
    canvas.text((620, y), f"Nomor : {doc['number']}", font=f.get("regular", size - 2), fill=INK, anchor="ma")
    return y + round(size * 2.0)


def _student(canvas, style, doc, f, size, y):
    body, step = f.get("regular", size), round(size * 1.5)
    semester = doc["semester"]
    shown = f"{ps.ROMAN[semester - 1]} ({WORDS[semester - 1]})" if style["roman"] else str(semester)
    pairs = [("Nama Mahasiswa", doc["name"]), ("NIM", doc["nim"]), ("Tempat, Tanggal Lahir", doc["birth"]),
             ("Program Studi", f"Diploma III {style['programme']}"), ("Semester", shown), ("Tahun Masuk", str(doc["entry"]))]
    width = max(body.getlength(k) for k, _ in pairs) + 16
    for key, value in pairs:
        canvas.text((100, y), key, font=body, fill=INK)
        canvas.text((100 + width, y), f": {value}", font=body, fill=INK)
        y += step
    return y + step // 2


def _columns(style, f, size):
    cols = [("No", 46), ("Kode MK", 126), ("Mata Kuliah", style["name_width"])]
    cols += [("T", 46), ("P", 46), ("K", 46), ("Jml", 58)] if style["split"] else [("SKS", 66)]
    cols += [("Huruf", 76), ("Bobot", 80), ("Mutu", 86)]
    left = 620 - sum(w for _, w in cols) // 2
    xs = [left]
    for _, w in cols:
        xs.append(xs[-1] + w)
    return [c for c, _ in cols], xs


def _head(canvas, style, f, size, labels, xs, y):
    bold, step = f.get("bold", size - 2), round(size * 1.5)
    canvas.rectangle((xs[0], y, xs[-1], y + 2 * step), fill=(232, 232, 232))
    split = style["split"]
    for k, label in enumerate(labels):
        if split and label in ("T", "P", "K", "Jml"):
            oa.cell(canvas, (xs[k], y + step, xs[k + 1], y + 2 * step), label, bold, align="centre")
        else:
            oa.cell(canvas, (xs[k], y, xs[k + 1], y + 2 * step), label, bold, align="left" if label == "Mata Kuliah" else "centre")
    inner = []
    if split:
        first, last = labels.index("T"), labels.index("Jml")
        oa.cell(canvas, (xs[first], y, xs[last + 1], y + step), "SKS", bold, align="centre")
        canvas.line((xs[first], y + step, xs[last + 1], y + step), fill=INK, width=1)
        inner = [xs[k] for k in range(first + 1, last + 1)]
    outer = [x for x in xs if x not in inner]
    for x in outer:
        canvas.line((x, y, x, y + 2 * step), fill=INK, width=1)
    for x in inner:
        canvas.line((x, y + step, x, y + 2 * step), fill=INK, width=1)
    canvas.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    canvas.line((xs[0], y + 2 * step, xs[-1], y + 2 * step), fill=INK, width=1)
    return y + 2 * step


def _table(canvas, style, f, size, rows, number, y):
    labels, xs = _columns(style, f, size)
    top = y
    y = body_top = _head(canvas, style, f, size, labels, xs, y)
    body, line = f.get("regular", size - 1), round(size * 1.25)
    lines, current, spans = [y], None, []
    for n, r in enumerate(rows, number):
        if r["semester"] != current:
            current = r["semester"]
            height = round(size * 1.55)
            oa.cell(canvas, (xs[0], y, xs[-1], y + height), f"SEMESTER {ps.ROMAN[current - 1]}", f.get("bold", size - 1), pad=14)
            spans.append(y)
            y += height
            lines.append(y)
        name_lines = wrap(r["name"], body, xs[3] - xs[2] - 16)
        height = max(1, len(name_lines)) * line + round(size * 0.5)
        for k, text in enumerate(name_lines):  # the name's lines one after the other: a text layer reads them in order
            canvas.text((xs[2] + 8, y + round(size * 0.25) + k * line), text, font=body, fill=INK)
        t, p, c = r["credits"]
        cells = [str(n), r["code"]] + ([None] + [str(v) if v else "-" for v in (t, p, c)] if style["split"] else [None])
        cells += [str(r["sks"]), r["grade"], ps.number(style, r["point"]), ps.number(style, r["sks"] * r["point"])]
        for k, text in enumerate(cells):
            if text is not None:
                oa.cell(canvas, (xs[k], y, xs[k + 1], y + height), text, body, align="left" if k == 1 else "centre")
        y += height
        lines.append(y)
    for k, ly in enumerate(lines):
        canvas.line((xs[0], ly, xs[-1], ly), fill=INK, width=1)
    for x in xs:  # vertical rules stop at each SEMESTER row, which spans the table
        edges = [body_top] + sorted(spans + [s + round(size * 1.55) for s in spans]) + [y]
        for a, b in zip(edges[::2], edges[1::2]):
            canvas.line((x, a, x, b), fill=INK, width=1)
    for x in (xs[0], xs[-1]):
        canvas.line((x, top, x, y), fill=INK, width=1)
    canvas.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    return y


def _closing(canvas, rng, style, doc, f, size, y):
    body, bold, step = f.get("regular", size), f.get("bold", size), round(size * 1.5)
    y += step
    pairs = [("Jumlah SKS", str(doc["total"])), ("Jumlah Mutu", ps.number(style, doc["mutu"])),
             ("Indeks Prestasi Kumulatif (IPK)", ps.number(style, doc["ipk"]))]
    width = max(body.getlength(k) for k, _ in pairs) + 16
    for key, value in pairs:
        canvas.text((100, y), key, font=body, fill=INK)
        canvas.text((100 + width, y), f": {value}", font=bold if key.startswith("Indeks") else body, fill=INK)
        y += step
    small = f.get("regular", size - 4)
    scale = "; ".join(f"{g} = {ps.number(style, p)}" for g, p in ps.POINTS[style["scale"]].items())
    note = f"Skala penilaian (skala {ps.number(style, 4.0)}): {scale}"
    canvas.rectangle((96, y + 8, 110 + small.getlength(note), y + 14 + round(small.size * 1.6)), fill=(246, 246, 246))
    canvas.text((104, y + 12), note, font=small, fill=INK)
    y += step * 2
    lines = [f"{doc['city']}, {ps.date_text(doc['day'])}", "Direktur,"]
    return oa.signature_block(canvas, rng, 760, y, lines, doc["official"], doc["nip"], body, bold,
                              stamp_words=style["institution"].upper() if rng.random() < 0.7 else None)


def render(style, doc, chunks, rng):
    f, size, canvases, number = oa.fonts(style), style["size"], [], 1
    emblems = (kappa_art.emblem(rng, 92, (20, 120, 110, 255), (235, 190, 40, 255)),
               kappa_art.emblem(rng, 92, (30, 60, 140, 255), (220, 60, 50, 255)))
    for k, rows in enumerate(chunks):
        canvas = oa.sheet(rng)
        y = _header(canvas, style, doc, f, size, emblems, k == 0)
        if k == 0:
            y = _student(canvas, style, doc, f, size, y)
        y = _table(canvas, style, f, size, rows, number, y)
        number += len(rows)
        if k == len(chunks) - 1:
            y = _closing(canvas, rng, style, doc, f, size, y)
        y = ua.footer(canvas, max(y + 30, 1680), f"{style['institution']} - {style['jurusan']}", k, len(chunks),
                      f.get("italic", size - 6))
        canvases.append(oa.finish(canvas, y - 40))
    return canvases
