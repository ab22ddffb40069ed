"""xi family 3: a compact ruled table holding two courses on each physical row
(Kode | Mata Kuliah | SKS | Nilai || Kode | Mata Kuliah | SKS | Nilai), in a narrow or condensed
sans font. A left-set heading with the title in a box on the right, the student in a ruled grid
(the semester as "6" or "6 (Enam)" under one of several labels), full-width group rows "MATA
KULIAH WAJIB" / "MATA KULIAH PILIHAN", long names wrapped inside their cell, and a summary grid at
the bottom (Total SKS, Total Mutu, IPK, Predikat). Print order is left course, right course, line
by line; later pages repeat the column header."""
import xi_style as xs
from sheet_fonts import wrap
from xi_paper import INK, WIDTH, box, centre, finish, fonts, right, sheet

HALF = [("Kode", 0, 120), ("Mata Kuliah", 120, 320), ("SKS", 440, 50), ("Nilai", 490, 70)]
LEFT, GAP = 50, 560
SHADE = (232, 232, 232)


def _cell_lines(row, font):
    return wrap(row["name"], font, 306)


def _half(c, row, x, y, font, line):
    for label, dx, w in HALF:
        if label == "Mata Kuliah":
            for k, part in enumerate(_cell_lines(row, font)):
                c.text((x + dx + 7, y + k * line), part, font=font, fill=INK)
        elif label == "Kode":
            c.text((x + dx + 7, y), row["code"], font=font, fill=INK)
        else:
            centre(c, x + dx + w / 2, y, str(row["sks"]) if label == "SKS" else row["grade"], font)


def _grid_lines(c, top, bottom):
    for side in (0, 1):
        for _, dx, _ in HALF[1:]:
            c.line((LEFT + side * GAP + dx, top, LEFT + side * GAP + dx, bottom), fill=INK)
    c.line((LEFT + GAP, top, LEFT + GAP, bottom), fill=INK, width=3)


def render(style, doc, chunks, rng):
    f = fonts(style)
    size = max(18, style["size"] - 2)
    style["body"] = size
    body, bold = f.get("regular", size), f.get("bold", size)
    line = int(size * 1.45)
    pad = 8
    semester_label = rng.choice(["Semester", "Semester Saat Ini", "Smt. Berjalan"])
    semester_text = f"{doc['semester']} ({xs.NUMBERS[doc['semester']].capitalize()})" if rng.random() < 0.5 else str(doc["semester"])
    title = rng.choice(["KARTU HASIL STUDI KUMULATIF", "TRANSKRIP NILAI SEMENTARA", "REKAP NILAI MAHASISWA"])
    canvases = []
    for page_no, chunk in enumerate(chunks, 1):
        c = sheet(rng)
        y = 60
        c.text((LEFT, y), style["university"].upper(), font=f.get("bold", size + 6), fill=INK)
        c.text((LEFT, y + size + 16), f"{style['faculty']} - Program Studi {style['programme']}", font=body, fill=INK)
        tw = f.get("bold", size + 2).getlength(title)
        box(c, (WIDTH - LEFT - tw - 30, y + 100, WIDTH - LEFT, y + 100 + line + 10), width=2)
        right(c, WIDTH - LEFT - 15, y + 108, title, f.get("bold", size + 2))
        y += 170 + line
        if page_no == 1:
            cells = [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Tahun Masuk", str(doc["entry"])),
                     (semester_label, semester_text), ("Dosen PA", doc["official"]), ("Jenjang", "S1")]
            for i, (label, value) in enumerate(cells):
                x, yy = LEFT + (i % 2) * GAP, y + (i // 2) * (line + 10)
                c.text((x + 8, yy + 5), label, font=bold, fill=INK)
                c.text((x + 200, yy + 5), value, font=body, fill=INK)
            box(c, (LEFT, y - 4, LEFT + 2 * GAP, y + 3 * (line + 10)))
            for k in (1, 2):
                c.line((LEFT, y - 4 + k * (line + 10), LEFT + 2 * GAP, y - 4 + k * (line + 10)), fill=INK)
            c.line((LEFT + GAP, y - 4, LEFT + GAP, y + 3 * (line + 10)), fill=INK)
            y += 3 * (line + 10) + 30
        else:
            c.text((LEFT, y), f"{doc['name']}  /  {doc['nim']}  (lanjutan)", font=body, fill=INK)
            y += line + 20
        top = y
        c.rectangle((LEFT, y, LEFT + 2 * GAP, y + line + 2 * pad), fill=SHADE)
        for side in (0, 1):
            for label, dx, w in HALF:
                centre(c, LEFT + side * GAP + dx + w / 2, y + pad, label, bold)
        y += line + 2 * pad
        c.line((LEFT, y, LEFT + 2 * GAP, y), fill=INK, width=2)
        groups = [(kind, [r for r in chunk if r["kind"] == kind]) for kind in ("W", "P")]
        for kind, members in groups:
            if not members:
                continue
            c.rectangle((LEFT + 1, y + 1, LEFT + 2 * GAP - 1, y + line + 2 * pad - 1), fill=(245, 245, 245))
            c.text((LEFT + 10, y + pad), "MATA KULIAH WAJIB" if kind == "W" else "MATA KULIAH PILIHAN", font=bold, fill=INK)
            y += line + 2 * pad
            c.line((LEFT, y, LEFT + 2 * GAP, y), fill=INK)
            for i in range(0, len(members), 2):
                pair = members[i:i + 2]
                height = max(len(_cell_lines(r, body)) for r in pair) * line + 2 * pad
                for side, row in enumerate(pair):
                    _half(c, row, LEFT + side * GAP, y + pad, body, line)
                _grid_lines(c, y, y + height)
                y += height
                c.line((LEFT, y, LEFT + 2 * GAP, y), fill=INK)
        box(c, (LEFT, top, LEFT + 2 * GAP, y), width=2)
        if page_no == len(chunks):
            y += 40
            mutu = xs.number(style, doc["mutu"], rng.choice([1, 2]))
            summary = [("Total SKS", str(doc["total"])), ("Total Mutu", mutu), ("IPK", xs.number(style, doc["ipk"])),
                       ("Predikat", xs.predicate(doc["ipk"]))]
            widths = [200, 220, 180, 320]
            x = LEFT
            for (label, value), w in zip(summary, widths):
                c.rectangle((x, y, x + w, y + line + 2 * pad), fill=SHADE)
                box(c, (x, y, x + w, y + 2 * (line + 2 * pad)))
                centre(c, x + w / 2, y + pad, label, bold)
                centre(c, x + w / 2, y + line + 3 * pad, value, bold if label == "IPK" else body)
                x += w
            c.line((LEFT, y + line + 2 * pad, x, y + line + 2 * pad), fill=INK)
            y += 2 * (line + 2 * pad) + 50
            c.text((780, y), f"{doc['city']}, {doc['printed_on']}", font=body, fill=INK)
            c.text((780, y + line), "Ketua Program Studi,", font=body, fill=INK)
            c.text((780, y + 4 * line), doc["official"], font=bold, fill=INK)
            y += 5 * line
        finish(c, y)
        right(c, WIDTH - LEFT, c.size[1] - 50, f"Hal. {page_no}/{len(chunks)}", body)
        canvases.append(c)
    return canvases
