"""The phi "kategori" family: a faculty's Daftar Nilai Sementara whose courses are grouped by
category, not by semester. The emblem at the left of the university and faculty over one rule;
the title; the student in TWO columns to the right of a 3x4 photo box (a pas-foto, or an empty
box saying where to glue one); then one table ruled only across (No | Kode MK | Nama Mata Kuliah |
Smt | SKS | Nilai | N x K), a lettered heading over each group ("A. Mata Kuliah Dasar Umum
(MKDU)", MKDK, MKK, Pilihan), row numbers starting again at 1 in every group and a "Jumlah" row
under each group with its SKS and mutu. On the last page the total SKS and mutu, the IPK, the
note that this is not an official transcript and the Wakil Dekan's signature."""
import kappa_art
import omicron_art as oa
import phi_catalogue as pc
import phi_style as ps
import upsilon_art as ua
import zeta_art

INK, RULE = (22, 22, 26), (60, 60, 66)
LETTERS = "ABCD"


def _header(canvas, style, doc, f, size, emblem, first):
    canvas.paste(emblem, (84, 44))
    x = 84 + emblem.size[0] + 26
    canvas.text((x, 48), "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", font=f.get("regular", size - 2), fill=INK)
    canvas.text((x, 48 + round(size * 1.4)), style["institution"].upper(), font=f.get("bold", size + 6), fill=INK)
    canvas.text((x, 48 + round(size * 3.1)), style["faculty"].upper(), font=f.get("bold", size + 1), fill=INK)
    canvas.line((84, 168, 1156, 168), fill=INK, width=3)
    title = style["title"] if first else style["title"] + " (sambungan)"
    canvas.text((620, 190), title, font=f.get("bold", size + 3), fill=INK, anchor="ma")
    return 190 + round(size * 2.6)


def _student(canvas, style, doc, f, size, y, picture):
    body, step = f.get("regular", size - 1), round(size * 1.5)
    w, h = 150, 200
    if picture is not None:
        canvas.paste(picture, (84, y))
    else:
        for x0, y0, x1, y1 in ((84, y, 84 + w, y), (84, y + h, 84 + w, y + h), (84, y, 84, y + h), (84 + w, y, 84 + w, y + h)):
            length = max(x1 - x0, y1 - y0)
            for d in range(0, length, 14):  # a dashed box
                e = min(length, d + 8)
                canvas.line((x0 + (d if x1 > x0 else 0), y0 + (d if y1 > y0 else 0),
                             x0 + (e if x1 > x0 else 0), y0 + (e if y1 > y0 else 0)), fill=RULE, width=1)
        canvas.text((84 + w // 2, y + h // 2), "Foto 3 x 4", font=f.get("regular", size - 4), fill=RULE, anchor="mm")
    left = [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Tempat/Tgl. Lahir", doc["birth"])]
    right = [("Program Studi", style["programme"]), ("Jenjang", "Sarjana (S1)"), ("Semester", str(doc["semester"])),
             ("Angkatan", str(doc["entry"]))]
    for x, pairs in ((84 + w + 30, left), (760, right)):
        width = max(body.getlength(k) for k, _ in pairs) + 10
        for k, (key, value) in enumerate(pairs):
            canvas.text((x, y + 8 + k * step), key, font=body, fill=INK)
            canvas.text((x + width, y + 8 + k * step), ": " + value, font=body, fill=INK)
    return y + h + 26


def _columns(style, f, size):
    cols = [("No", 50, "centre"), ("Kode MK", 130, "left"), ("Nama Mata Kuliah", 0, "left")]
    cols += [("Smt", 54, "centre")] if style["smt"] else []
    cols += [("SKS", 60, "centre"), ("Nilai", 70, "centre"), ("N x K", 84, "centre")]
    cols = [(n, 1156 - 84 - sum(c[1] for c in cols) if not w else w, a) for n, w, a in cols]
    xs = [84]
    for _, w, _ in cols:
        xs.append(xs[-1] + w)
    return cols, xs


def _table(canvas, style, f, size, rows, plan, y):
    cols, xs = _columns(style, f, size)
    bold, body, italic = f.get("bold", size - 1), f.get("regular", size - 1), f.get("italic", size - 1)
    step = round(size * 1.6)
    canvas.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    for k, (label, _, align) in enumerate(cols):
        oa.cell(canvas, (xs[k], y, xs[k + 1], y + step + 6), label, bold, align=align)
    y += step + 6
    canvas.line((xs[0], y, xs[-1], y), fill=INK, width=1)
    names = [c[0] for c in cols]
    current = None
    for r in rows:
        number, first, last, totals = plan[id(r)]
        if r["category"] != current:
            current = r["category"]
            letter = LETTERS[pc.CATEGORIES.index(current)]
            heading = f"{letter}. {pc.CATEGORY_TITLES[current]}" + ("" if first else " (lanjutan)")
            oa.cell(canvas, (xs[0], y, xs[-1], y + step), heading, bold, pad=10)
            y += step
        values = {"No": str(number), "Kode MK": r["code"], "Nama Mata Kuliah": r["name"], "Smt": str(r["semester"]),
                  "SKS": str(r["sks"]), "Nilai": r["grade"], "N x K": f"{r['sks'] * r['point']:.2f}"}
        for k, (label, _, align) in enumerate(cols):
            font = f.fitting("regular", size - 1, values[label], xs[k + 1] - xs[k] - 14) if label == "Nama Mata Kuliah" else body
            oa.cell(canvas, (xs[k], y, xs[k + 1], y + step), values[label], font, align=align)
        y += step
        if last:  # the group's subtotal row
            canvas.line((xs[names.index("SKS")], y, xs[-1], y), fill=RULE, width=1)
            label = f"Jumlah {current if current != 'Pilihan' else 'Mata Kuliah Pilihan'}"
            canvas.text((xs[names.index("SKS")] - 14, y + step / 2), label, font=italic, fill=INK, anchor="rm")
            oa.cell(canvas, (xs[names.index("SKS")], y, xs[names.index("SKS") + 1], y + step), str(totals[0]), bold, align="centre")
            oa.cell(canvas, (xs[-2], y, xs[-1], y + step), f"{totals[1]:.2f}", bold, align="centre")
            y += step + 6
            canvas.line((xs[0], y - 3, xs[-1], y - 3), fill=(180, 180, 184), width=1)
    canvas.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    return y


def _plan(chunks):
    """Per row: its number within its category (from 1 in every group), whether it is the group's first,
    whether it closes the group (its subtotal row follows), and the group's SKS and mutu."""
    rows = [r for chunk in chunks for r in chunk]
    plan, counts = {}, {}
    for k, r in enumerate(rows):
        group = [g for g in rows if g["category"] == r["category"]]
        counts[r["category"]] = counts.get(r["category"], 0) + 1
        last = k == len(rows) - 1 or rows[k + 1]["category"] != r["category"]
        totals = (sum(g["sks"] for g in group), sum(g["sks"] * g["point"] for g in group))
        plan[id(r)] = (counts[r["category"]], counts[r["category"]] == 1, last, totals)
    return plan


def _closing(canvas, rng, style, doc, f, size, y):
    body, bold, step = f.get("regular", size), f.get("bold", size), round(size * 1.55)
    y += step // 2
    pairs = [("Total SKS", str(doc["total"])), ("Total Mutu", f"{doc['mutu']:.2f}"),
             ("Indeks Prestasi Kumulatif", f"{doc['ipk']:.2f}")]
    width = max(body.getlength(k) for k, _ in pairs) + 14
    for key, value in pairs:
        canvas.text((94, y), key, font=body, fill=INK)
        canvas.text((94 + width, y), ": " + value, font=bold if key.startswith("Indeks") else body, fill=INK)
        y += step
    note = f.get("italic", size - 4)
    canvas.text((94, y + 6), "Catatan: daftar nilai ini bukan transkrip resmi dan hanya berlaku untuk keperluan akademik.",
                font=note, fill=INK)
    lines = [f"{doc['city']}, {ps.date_text(doc['day'])}", "a.n. Dekan,", "Wakil Dekan Bidang Akademik,"]
    return oa.signature_block(canvas, rng, 740, y + step * 2, lines, doc["official"], doc["nip"], body, bold,
                              stamp_words=style["faculty"].upper() if rng.random() < 0.6 else None)


def render(style, doc, chunks, rng):
    f, size, canvases = oa.fonts(style), style["size"], []
    emblem = kappa_art.emblem(rng, 100, (120, 30, 40, 255), (230, 180, 40, 255))
    picture = zeta_art.photo(rng, 150, 200) if rng.random() < 0.6 else None
    plan = _plan(chunks)
    for k, rows in enumerate(chunks):
        canvas = oa.sheet(rng)
        y = _header(canvas, style, doc, f, size, emblem, k == 0)
        if k == 0:
            y = _student(canvas, style, doc, f, size, y, picture)
        y = _table(canvas, style, f, size, rows, plan, y)
        if k == len(chunks) - 1:
            y = _closing(canvas, rng, style, doc, f, size, y)
        y = ua.footer(canvas, max(y + 30, 1680), f"{style['faculty']} - {style['institution']}", k, len(chunks),
                      f.get("regular", size - 6))
        canvases.append(oa.finish(canvas, y - 40))
    return canvases
