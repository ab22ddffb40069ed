"""chi `lembar`: a department's grade sheet exported from a spreadsheet and printed WITH the sheet's
gridlines and headings: column letters (A B C ...) in a grey band along the top, row numbers down
the left, merged title cells (no inner gridlines), the student as label / ": value" cells, a bold
header row with a grey fill, then No | (Smt) | Kode | Mata Kuliah | SKS | Nilai | (Bobot) |
(Keterangan Lulus/Mengulang), Jumlah SKS and the IPK as a formula result with two decimals (a comma
in an Indonesian locale), a signature block in cells. Later pages continue the row numbers and,
when the sheet repeats its title rows, the header row; "Halaman n dari m" as the print footer."""
from PIL import Image, ImageDraw

import chi_art
import chi_style as cs
from canvas import Canvas

WIDTH, HEIGHT = 1240, 1754
GRID, HEAD, INK = (205, 205, 205), (236, 236, 236), (0, 0, 0)
LETTERS = "ABCDEFGHIJ"


def _columns(style):
    cols = [("No", 46)] + ([("Smt", 56)] if style["smt"] else []) + [("Kode", 138), ("Mata Kuliah", 500), ("SKS", 58), ("Nilai", 70)]
    cols += ([("Bobot", 74)] if style["bobot"] else []) + ([("Keterangan", 128)] if style["keterangan"] else [])
    xs, x = [], 126
    for label, width in cols:
        xs.append((label, x, width))
        x += width
    return xs


class Sheet:
    def __init__(self, c, style, cols, top):
        self.c, self.style, self.cols, self.y = c, style, cols, top
        self.h = round(style["size"] * 1.7)
        self.right = cols[-1][1] + cols[-1][2]
        self.rows = []  # (row number, y) drawn on this page

    def row(self, number, cells, bold=False, fill=None, merged=None, border=False):
        """cells: {column index: (text, align)}; merged: (first, last) columns drawn as one cell."""
        y, h, c = self.y, self.h, self.c
        if fill:
            c.rectangle((self.cols[0][1], y, self.right, y + h), fill=fill)
        for k, (label, x, width) in enumerate(self.cols):
            inside = merged and merged[0] < k <= merged[1]
            if not inside:
                c.line((x, y, x, y + h), fill=INK if border else GRID, width=1)
        c.line((self.right, y, self.right, y + h), fill=INK if border else GRID, width=1)
        c.line((self.cols[0][1], y + h, self.right, y + h), fill=INK if border else GRID, width=1)
        face = cs.font(self.style, self.style["size"] + (3 if bold == "title" else 0), 1 if bold else 0)
        for k, (text, align) in cells.items():
            label, x, width = self.cols[k]
            if merged and k == merged[0]:
                width = self.cols[merged[1]][1] + self.cols[merged[1]][2] - x
            tx = {"l": x + 6, "c": x + width / 2, "r": x + width - 6}[align]
            c.text((tx, y + h / 2 + 1), text, font=face, fill=INK, anchor={"l": "lm", "c": "mm", "r": "rm"}[align])
        self.rows.append((number, y))
        self.y += h

    def headings(self, top):
        c, small = self.c, cs.font(self.style, self.style["size"] - 4)
        band = 26
        c.rectangle((80, top - band, self.right, top), fill=HEAD)
        c.rectangle((80, top - band, 126, self.y), fill=HEAD)
        for k, (_, x, width) in enumerate(self.cols):
            c.line((x, top - band, x, top), fill=(160, 160, 160), width=1)
            c.text((x + width / 2, top - band / 2), LETTERS[k], font=small, fill=(60, 60, 60), anchor="mm")
        c.line((self.right, top - band, self.right, top), fill=(160, 160, 160), width=1)
        c.line((80, top, self.right, top), fill=(160, 160, 160), width=1)
        for number, y in self.rows:
            c.line((80, y + self.h, 126, y + self.h), fill=(160, 160, 160), width=1)
            c.text((103, y + self.h / 2 + 1), str(number), font=small, fill=(60, 60, 60), anchor="mm")
        c.line((80, top - band, 80, self.y), fill=(160, 160, 160), width=1)


def _course_cells(style, cols, row, number):
    points = cs.POINTS[style["scale"]]
    values = {"No": (str(number), "c"), "Smt": (str(row["semester"]), "c"), "Kode": (row["code"], "l"),
              "Mata Kuliah": (row["name"], "l"), "SKS": (str(row["sks"]), "c"), "Nilai": (row["grade"], "c"),
              "Bobot": (cs.number(style, points[row["grade"]]), "r"),
              "Keterangan": ("Lulus" if points[row["grade"]] >= 2.0 else "Mengulang", "l")}
    return {k: values[label] for k, (label, _, _) in enumerate(cols)}


def render(style, doc, chunks, rng, paged, text_pdf):
    cols = _columns(style)
    last_col = len(cols) - 1
    header = {k: (label, "c") for k, (label, _, _) in enumerate(cols)}
    name_col = [label for label, _, _ in cols].index("Mata Kuliah")
    canvases, sheet_row, number = [], 1, 1
    if paged:  # printed at a larger zoom, pages filled to the foot; the totals may spill onto a page of their own
        style["size"] = rng.randint(21, 23)
        rows, usable = [r for chunk in chunks for r in chunk], (HEIGHT - 200) // round(style["size"] * 1.7)
        rest = usable - (1 if style["repeat"] else 0)
        chunks = cs.fill(rows, [1] * len(rows), usable - 8, rest)
        if len(chunks[-1]) + 8 > (rest if len(chunks) > 1 else usable - 8):
            chunks.append([])
    for k, rows in enumerate(chunks):
        c = Canvas(Image.new("RGB", (WIDTH, HEIGHT if paged else 2 * HEIGHT), (255, 255, 255)))
        top = 100
        s = Sheet(c, style, cols, top)
        if k == 0:
            s.row(1, {0: (style["title"], "c")}, bold="title", merged=(0, last_col))
            s.row(2, {0: (f"PROGRAM STUDI {style['programme'].upper()} - {style['institution'].upper()}", "c")}, bold=True, merged=(0, last_col))
            s.row(3, {})
            for n, (label, value) in enumerate((("Nama", doc["name"]), ("NIM", doc["nim"]), ("Semester", str(doc["semester"]))), 4):
                s.row(n, {name_col - 1: (label, "l"), name_col: (": " + value, "l")})
            s.row(7, {})
            s.row(8, header, bold=True, fill=style["fill"], border=True)
            sheet_row = 9
        elif style["repeat"]:
            s.row(8, header, bold=True, fill=style["fill"], border=True)
        for row in rows:
            s.row(sheet_row, _course_cells(style, cols, row, number), border=True)
            sheet_row, number = sheet_row + 1, number + 1
        if k == len(chunks) - 1:
            sks, grade = [label for label, _, _ in cols].index("SKS"), [label for label, _, _ in cols].index("Nilai")
            target = [label for label, _, _ in cols].index("Bobot") if style["bobot"] else grade
            s.row(sheet_row, {sks - 1: ("Jumlah SKS", "r"), sks: (str(doc["total"]), "c")}, bold=True)
            s.row(sheet_row + 1, {sks - 1: ("IPK", "r"), target: (cs.number(style, doc["ipk"]), "c")}, bold=True)
            s.row(sheet_row + 2, {})
            s.row(sheet_row + 3, {name_col: (f"{doc['day'].day} {cs.MONTHS[doc['day'].month - 1]} {doc['day'].year}", "r")})
            s.row(sheet_row + 4, {name_col: ("Ketua Program Studi,", "r")})
            for extra in range(5, 7):
                s.row(sheet_row + extra, {})
            s.row(sheet_row + 7, {name_col: (doc["official"], "r")}, bold=True)
            sheet_row += 8
        s.headings(top)
        foot = HEIGHT - 60 if paged else max(HEIGHT - 60, s.y + 60)
        c.text((WIDTH / 2, foot), f"Halaman {k + 1} dari {len(chunks)}", font=cs.font(style, style["size"] - 3), fill=INK, anchor="mm")
        if not paged:
            c.image = c.image.crop((0, 0, WIDTH, foot + 50))
            c.draw = ImageDraw.Draw(c.image)
            if not text_pdf and rng.random() < 0.6:
                c.image = chi_art.uneven_light(c.image, rng)
                style["lit"] = True
        canvases.append(c)
    return canvases
