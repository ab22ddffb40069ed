"""alpha `lembar`: a transcript EXPORTED FROM A SPREADSHEET and printed with the sheet's headings and
gridlines. Every printed page carries the column letters (A B C ...) in a grey band along the top
and the sheet's row numbers down the left, light grey gridlines around every cell (merged title
cells have none inside), the sheet's name as the print header and "Page n" / "Halaman n" as its
footer. The sheet: merged title rows, the student as label / ": value" cells, a bold grey header
row (No | (Smt) | Kode MK | Nama Mata Kuliah | SKS | Nilai | Bobot | Mutu | Ket.), repeated at the
top of every printed page (rows to repeat, with its own row number), then one row per course:
Bobot the grade point with two decimals, Mutu = SKS x Bobot, Ket. "Lulus" / "Tidak Lulus"; numbers
right-aligned, a comma or a dot per locale. A letter +/- campus (A, A-, B+ ... E) or a numeric one
(Nilai 0-4 with two decimals, no Bobot column). Under the rows a Jumlah row (SUM of SKS and Mutu),
the IPK in a cell labelled "IPK" or "Indeks Prestasi Kumulatif", and a signature block in cells.

A course name longer than its cell is CUT AT THE CELL BORDER, as a spreadsheet does when the next
cell holds a value. The truth records the name AS PRINTED: its visible part, the characters whose
ink lies at least half inside the cell (the last may be cut through at the border; less than half
of a glyph showing is not part of the name), trailing spaces dropped (`visible`). The --text-pdf
twin holds that visible part as text."""
from PIL import Image, ImageDraw

import alpha_style as st
import kappa_art
import phi_catalogue as pc
from canvas import Canvas

WIDTH, A4 = 1240, 1754
LEFT, TOP = 56, 92
HEADING, GRID, BAND, INK = 42, (200, 200, 200), (232, 232, 232), (0, 0, 0)


def capacity(style):
    return 24


def _name_width(style):
    """The name column's width: the width at which the campus's longest names no longer fit (a
    quantile `cut` of its course names' printed widths), within what the page leaves."""
    if "name_w" not in style:
        face = st.font(style["font"], style["size"])
        names = [c["name"].upper() if style["upper"] else c["name"] for c in pc.pool(style["source"], style["programme"])]
        widths = sorted(face.getlength(n) for n in names)
        wanted = round(widths[min(len(widths) - 1, int(style["cut"] * len(widths)))]) + 12
        style["name_w"] = max(270, min(wanted, 500 - (50 if style["smt"] else 0)))
    return style["name_w"]


def visible(style, name):
    """What of `name` shows in its cell, the cell's text cut at its border: the characters whose ink
    lies at least half inside the cell (the last of them may be cut through), trailing spaces dropped."""
    face = st.font(style["font"], style["size"])
    room = _name_width(style) - 6 - 1  # 6 px cell padding, the border
    if face.getbbox(name)[2] <= room:
        return name
    k = 0
    while k < len(name):
        left = face.getlength(name[:k]) + face.getbbox(name[k])[0]
        right = face.getbbox(name[:k + 1])[2]
        if name[k] != " " and room - left < 0.5 * max(1, right - left):
            break
        k += 1
    return name[:k].rstrip()


def _columns(style):
    numeric = style["scale"] == "numeric"
    cols = [("no", "No", 46)] + ([("smt", "Smt", 50)] if style["smt"] else []) + [
        ("code", "Kode MK", 124), ("name", "Nama Mata Kuliah", _name_width(style)), ("sks", "SKS", 58),
        ("grade", "Nilai Angka" if numeric else "Nilai", 124 if numeric else 62)]
    cols += ([] if numeric else [("point", "Bobot", 72)]) + [("mutu", "Mutu", 78), ("note", "Ket.", 124)]
    out, x = [], LEFT + HEADING
    for key, label, w in cols:
        out.append((key, label, x, w))
        x += w
    return out


class Sheet:
    """One printed page of the sheet: rows of cells at the sheet's row numbers, gridlines around each."""

    def __init__(self, c, style, cols, raster):
        self.c, self.style, self.cols, self.raster = c, style, cols, raster
        self.h = round(style["size"] * 1.65)
        self.face, self.bold = st.font(style["font"], style["size"]), st.font(style["font"], style["size"], 1)
        self.right = cols[-1][2] + cols[-1][3]
        self.y = TOP + round(self.h * 0.9)
        c.rectangle((LEFT, TOP, self.right, self.y), fill=BAND)
        small = st.font(style["font"], style["size"] - 3)
        for n, (_, _, x, w) in enumerate(cols):
            c.line((x, TOP, x, self.y), fill=(160, 160, 160))
            c.text((x + w // 2, (TOP + self.y) // 2), "ABCDEFGHIJ"[n], font=small, fill=(70, 70, 70), anchor="mm")
        c.line((LEFT, self.y, self.right, self.y), fill=(160, 160, 160))
        c.line((self.right, TOP, self.right, self.y), fill=(160, 160, 160))

    def row(self, number, cells, bold=False, fill=None, merged=()):
        """cells: {column index: (text, align)}; merged: (first, last) spans drawn as one cell."""
        c, y, h = self.c, self.y, self.h
        c.rectangle((LEFT, y, LEFT + HEADING, y + h), fill=BAND)
        c.text((LEFT + HEADING // 2, y + h // 2), str(number), font=st.font(self.style["font"], self.style["size"] - 3),
               fill=(70, 70, 70), anchor="mm")
        if fill:
            c.rectangle((LEFT + HEADING + 1, y + 1, self.right - 1, y + h - 1), fill=fill)
        inner = {i for a, b in merged for i in range(a + 1, b + 1)}
        for n, (_, _, x, w) in enumerate(self.cols):
            if n not in inner:
                c.line((x, y, x, y + h), fill=GRID if n else (160, 160, 160))
        c.line((self.right, y, self.right, y + h), fill=GRID)
        c.line((LEFT, y + h, self.right, y + h), fill=GRID)
        face = self.bold if bold else self.face
        for n, (text, align) in cells.items():
            span = next(((a, b) for a, b in merged if a == n), (n, n))
            x0, x1 = self.cols[span[0]][2], self.cols[span[1]][2] + self.cols[span[1]][3]
            if align == "r":
                c.text((x1 - 6, y + h // 2), text, font=face, fill=INK, anchor="rm")
            elif align == "c":
                c.text(((x0 + x1) // 2, y + h // 2), text, font=face, fill=INK, anchor="mm")
            else:
                c.text((x0 + 6, y + h // 2), text, font=face, fill=INK, anchor="lm")
        self.y += h

    def clipped(self, index, full):
        """A cut name drawn whole and clipped at the cell border (raster only; the text twin holds the visible part)."""
        if not self.raster:
            return
        _, _, x, w = self.cols[index]
        y = self.y - self.h
        cell = Image.new("L", (w - 1, self.h), 0)
        ImageDraw.Draw(cell).text((6, self.h // 2), full, font=self.face, fill=255, anchor="lm")
        self.c.image.paste(Image.new("RGB", cell.size, INK), (x + 1, y), cell)


def _course_cells(style, cols, row, number):
    keys = [k for k, _, _, _ in cols]
    numeric = style["scale"] == "numeric"
    mutu = row["sks"] * row["point"]
    cells = {"no": (str(number), "r"), "smt": (str(row["semester"]), "c"), "code": (row["code"], "l"), "name": (row["name"], "l"),
             "sks": (str(row["sks"]), "r"), "grade": (row["grade"], "r" if numeric else "c"),
             "point": (st.grade_number(style, row["point"]), "r"), "mutu": (st.number(style, mutu), "r"),
             "note": ("Lulus" if st.passed(row["point"]) else "Tidak Lulus", "l")}
    return {keys.index(k): v for k, v in cells.items() if k in keys}


def render(style, doc, rows, rng, paged, text_pdf):
    cols = _columns(style)
    keys = [k for k, _, _, _ in cols]
    last_col = len(cols) - 1
    chunks = st.split(rng, rows, paged, 30)
    header = {n: (label, "c") for n, (_, label, _, _) in enumerate(cols)}
    canvases, number, sheet_row = [], 1, 11
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (WIDTH, A4 + 400), (255, 255, 255)))
        c.text((WIDTH // 2, 44), style["sheet"], font=st.font(style["font"], style["size"] - 2), fill=INK, anchor="mm")
        s = Sheet(c, style, cols, not text_pdf)
        if k == 0:
            s.row(1, {0: ("TRANSKRIP NILAI MAHASISWA", "c")}, bold=True, merged=[(0, last_col)])
            for n, text in enumerate([style["institution"].upper(), style["faculty"], f"Program Studi {style['programme']}"]):
                s.row(2 + n, {0: (text, "c")}, merged=[(0, last_col)])
            s.row(5, {})
            for n, (label, value) in enumerate([("Nama", doc["name"]), ("NIM", doc["nim"]), ("Semester", str(doc["semester"]))]):
                s.row(6 + n, {keys.index("code"): (label, "l"), keys.index("name"): (f": {value}", "l")}, bold=label == "Nama")
            s.row(9, {})
        s.row(10, header, bold=True, fill=(217, 217, 217))
        for row in part:
            cells = _course_cells(style, cols, row, number)
            if row.get("cut") and not text_pdf:
                cells.pop(keys.index("name"))
            s.row(sheet_row, cells)
            if row.get("cut"):
                s.clipped(keys.index("name"), row["full"])
            number += 1
            sheet_row += 1
        if k == len(chunks) - 1:
            total_mutu = sum(r["sks"] * r["point"] for r in rows)
            s.row(sheet_row, {keys.index("name"): ("Jumlah", "l"), keys.index("sks"): (str(doc["total"]), "r"),
                              keys.index("mutu"): (st.number(style, total_mutu), "r")}, bold=True)
            s.row(sheet_row + 1, {})
            label = style["ipk_label"]
            s.row(sheet_row + 2, {keys.index("name"): (label, "l"), keys.index("sks"): (st.number(style, doc["ipk"]), "r")},
                  bold=True, merged=[(keys.index("sks"), keys.index("grade"))])
            s.row(sheet_row + 3, {})
            at = keys.index("point") if "point" in keys else keys.index("grade")
            lines = [f"{style['city']}, {st.date_text(doc['day'])}", "Ketua Program Studi,", "", "", doc["official"], f"NIP. {doc['nip']}"]
            for n, text in enumerate(lines):
                if n == 2:
                    c.paste(kappa_art.signature(rng, 200, 70, (30, 40, 120)), (cols[at][2] + 10, s.y - 6))
                s.row(sheet_row + 4 + n, {at: (text, "l")} if text else {}, bold=n == 4, merged=[(at, last_col)])
        bottom = max(A4, s.y + 120)
        footer = ("Page" if style["sheet"] in ("Sheet1", "REKAP") else "Halaman") + f" {k + 1}"
        c.text((WIDTH // 2, bottom - 50), footer, font=st.font(style["font"], style["size"] - 2), fill=INK, anchor="mm")
        c.image = c.image.crop((0, 0, WIDTH, bottom))
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["body"] = style["size"]
    return canvases
