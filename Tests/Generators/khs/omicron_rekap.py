"""Family `rekap` of omicron: a dense Rekap Nilai printed by a campus system in a monospaced or
condensed font. Every semester is its own narrow ruled block (a shaded title bar, a column caption,
the courses, an SKS and IPS line); the blocks flow down two columns of a portrait page or three of a
landscape one, read down each column and then the next. The student block and the IPK close the
page at the bottom. On a PDF the heading repeats on every page, the student block closes the first
page and the IPK the last; a page cuts between semesters."""
from itertools import combinations

import omicron_art as art
import omicron_style as ost
from sheet_fonts import wrap
from xi_paper import box

MARGIN, GAP = 60, 26
ORDERS = [["code", "name", "sks", "grade"], ["no", "code", "name", "sks", "grade"], ["code", "name", "grade", "sks"]]
CAPTIONS = [{"no": "NO", "code": "KODE", "name": "MATA KULIAH", "sks": "SKS", "grade": "NILAI"},
            {"no": "No", "code": "Kode", "name": "Nama Matakuliah", "sks": "SKS", "grade": "Nil"},
            {"no": "#", "code": "KODE MK", "name": "MATAKULIAH", "sks": "K", "grade": "HM"}]
TITLES = ["REKAP NILAI MAHASISWA", "REKAPITULASI NILAI", "DAFTAR REKAP NILAI AKADEMIK", "REKAP NILAI PER SEMESTER"]


def _block_lines(rows, body, widths):
    return [max(1, len(wrap(r["name"], body, widths["name"] - 8))) for r in rows]


def _layout(heights, columns):
    """Contiguous groups of blocks, one per column, with the tallest column as short as can be."""
    best = None
    for cuts in combinations(range(1, len(heights)), min(columns, len(heights)) - 1):
        bounds = [0, *cuts, len(heights)]
        tallest = max(sum(heights[a:b]) for a, b in zip(bounds, bounds[1:]))
        if best is None or tallest < best[0]:
            best = (tallest, bounds)
    bounds = best[1]
    return [list(range(a, b)) for a, b in zip(bounds, bounds[1:])]


def _block(canvas, x, y, width, semester, rows, doc, style, f, look, widths, number):
    size = style["size"]
    body, bold = f.get("regular", size), f.get("bold", size)
    line = round(size * 1.42)
    canvas.rectangle((x, y, x + width, y + line + 4), fill=look["bar"])
    canvas.text((x + 8, y + 4), ost.term(style, doc["entry"], semester), font=bold, fill=look["bar_ink"])
    y += line + 6
    cx = x
    for col in look["order"]:
        canvas.text((cx + 4, y), look["captions"][col], font=f.get("bold", size - 2), fill=art.INK)
        cx += widths[col]
    y += line
    canvas.line((x, y - 3, x + width, y - 3), fill=art.INK, width=1)
    for row in rows:
        cx, tall = x, 1
        for col in look["order"]:
            if col == "name":
                parts = wrap(row["name"], body, widths["name"] - 8)
                for k, part in enumerate(parts):
                    canvas.text((cx + 4, y + k * line), part, font=body, fill=art.INK)
                tall = len(parts)
            else:
                text = {"no": str(number), "code": row["code"], "sks": str(row["sks"]), "grade": row["grade"]}[col]
                canvas.text((cx + 4, y), text, font=body, fill=art.INK)
            cx += widths[col]
        number += 1
        y += tall * line
    canvas.line((x, y + 2, x + width, y + 2), fill=art.INK, width=1)
    credits = sum(r["sks"] for r in rows)
    canvas.text((x + 8, y + 7), f"{look['sks_word']}: {credits}   IPS: {ost.number(style, doc['ips'][semester])}",
                font=bold, fill=art.INK)
    y += line + 10
    return y, number


def _widths(look, body, bold, width):
    char = body.getlength("0")
    widths = {"no": char * 3, "code": max(body.getlength(code) for code in look["codes"]), "sks": char * 2,
              "grade": max(body.getlength(g) for g in ("AB", "B+", "C-"))}
    widths = {col: round(max(w, bold.getlength(look["captions"][col]))) + 14 for col, w in widths.items()}
    widths["name"] = width - sum(widths[c] for c in look["order"] if c != "name")
    return widths


def _heading(canvas, style, f, look, page_no, pages):
    size, width = style["size"], canvas.size[0]
    canvas.text((MARGIN, 40), style["institution"].upper(), font=f.get("bold", size + 4), fill=art.INK)
    where = f"{'JURUSAN' if style['polytechnic'] else 'FAKULTAS'} {style['faculty'].upper()} - PRODI {style['degree']} {style['programme'].upper()}"
    canvas.text((MARGIN, 40 + round(size * 1.6)), where, font=f.get("regular", size - 1), fill=art.INK)
    canvas.text((width - MARGIN, 40), look["title"], font=f.get("bold", size + 4), fill=art.INK, anchor="ra")
    canvas.text((width - MARGIN, 40 + round(size * 1.6)), f"Hal. {page_no + 1}/{pages}", font=f.get("regular", size - 1),
                fill=art.INK, anchor="ra")
    y = 40 + round(size * 3.2)
    canvas.line((MARGIN, y, width - MARGIN, y), fill=art.INK, width=2)
    return y + 16


def _student(canvas, style, doc, f, y, look):
    size = style["size"]
    body = f.get("regular", size)
    line = round(size * 1.45)
    pairs = [("Nama", doc["name"]), (look["nim_word"], doc["nim"]),
             ("Program Studi", f"{style['degree']} {style['programme']}"), ("Semester", str(doc["semester"]))]
    label = max(body.getlength(p[0]) for p in pairs) + 14
    top = y
    for k, (word, value) in enumerate(pairs):
        canvas.text((MARGIN + 10, y + 6), word, font=body, fill=art.INK)
        canvas.text((MARGIN + 10 + label, y + 6), f": {value}", font=body, fill=art.INK)
        y += line
    box(canvas, (MARGIN, top, MARGIN + max(560, label + body.getlength(doc["name"]) + 60), y + 10))
    return y + 10


def _ipk(canvas, style, doc, f, y, look):
    size, width = style["size"], canvas.size[0]
    bold, body = f.get("bold", size + 2), f.get("regular", size)
    line = round(size * 1.6)
    x = width - MARGIN - 420
    items = [("Total SKS", str(doc["total"]), body), (look["mutu_word"], ost.number(style, doc["mutu"]), body),
             (look["ipk_word"], ost.number(style, doc["ipk"]), bold)]
    for k, (word, value, font) in enumerate(items):
        canvas.text((x + 12, y + 8 + k * line), word, font=font, fill=art.INK)
        canvas.text((x + 250, y + 8 + k * line), f": {value}", font=font, fill=art.INK)
    box(canvas, (x, y, width - MARGIN, y + 3 * line + 14), width=2)
    return y + 3 * line + 14


def render(style, doc, chunks, rng):
    f = art.fonts(style)
    crowded = max(len({r["semester"] for r in chunk}) for chunk in chunks) >= 3
    landscape = crowded and rng.random() < 0.55
    columns = 3 if landscape else 2
    if landscape:  # a landscape sheet is photographed from further away: the campus prints it larger
        style["size"] += 1
    size = style["size"]
    look = {"order": rng.choice(ORDERS), "captions": rng.choice(CAPTIONS), "title": rng.choice(TITLES),
            "bar": rng.choice([(220, 220, 220), (40, 40, 48), (205, 215, 235)]), "codes": [r["code"] for c in chunks for r in c],
            "sks_word": rng.choice(["SKS", "Jml SKS", "Total SKS Smt"]), "nim_word": rng.choice(["NIM", "NPM", "No. Mhs"]),
            "mutu_word": rng.choice(["Total Mutu", "Jumlah Bobot"]),
            "ipk_word": rng.choice(["IPK", "IP Kumulatif"]), "printed": f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"}
    look["bar_ink"] = (250, 250, 250) if look["bar"][0] < 100 else art.INK
    body = f.get("regular", size)
    canvases, number = [], 1
    for page_no, chunk in enumerate(chunks):
        canvas = art.sheet(rng, landscape)
        width = canvas.size[0]
        y0 = _heading(canvas, style, f, look, page_no, len(chunks))
        semesters = sorted({r["semester"] for r in chunk})
        col_width = (width - 2 * MARGIN - (columns - 1) * GAP) // columns
        widths = _widths(look, body, f.get("bold", size - 2), col_width)
        line = round(size * 1.42)
        heights = [(4 + sum(_block_lines([r for r in chunk if r["semester"] == s], body, widths))) * line + 30 for s in semesters]
        bottom = y0
        for k, group in enumerate(_layout(heights, columns)):
            x, y = MARGIN + k * (col_width + GAP), y0
            for index in group:
                rows = [r for r in chunk if r["semester"] == semesters[index]]
                y, number = _block(canvas, x, y, col_width, semesters[index], rows, doc, style, f, look, widths, number)
                y += 10
            bottom = max(bottom, y)
        y = bottom + 10
        canvas.line((MARGIN, y, width - MARGIN, y), fill=art.INK, width=2)
        y += 16
        end = y
        if page_no == 0:
            end = _student(canvas, style, doc, f, y, look)
        if page_no + 1 == len(chunks):
            end = max(end, _ipk(canvas, style, doc, f, y, look))
        stamp = f"Dicetak {doc['day'].day:02d}-{doc['day'].month:02d}-{doc['day'].year} {look['printed']}"
        canvas.text((MARGIN, end + 18), stamp, font=f.get("regular", size - 3), fill=art.INK)
        slip = round(width * 0.62) if len(chunks) == 1 else None  # a photographed print is cut below the text
        canvases.append(art.finish(canvas, end + 40, landscape, slip))
    return canvases
