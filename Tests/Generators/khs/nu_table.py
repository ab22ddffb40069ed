"""The course table of a `nu` document: column positions from the header words and the widest
cells, a header (plain with rules, or a coloured bar with white words), course rows (one line, or
two in the bilingual family with the English name in italics under the Indonesian one), semester
group rows and subtotal lines, in the document's ruling (grid, row rules or none) and zebra
shading. Every cell stays on one line: a long course name is set smaller rather than wrapped."""
from nu_style import number_text

ALIGN = {"no": "c", "code": "l", "name": "l", "smt": "c", "sks": "c", "grade": "c", "point": "c", "mutu": "r"}
GRID = (120, 120, 125)
LIGHT = (200, 200, 205)


class Table:
    def __init__(self, style, fonts, left, right, rows):
        self.style, self.fonts, self.left, self.right = style, fonts, left, right
        self.size = style["size"]
        self.body, self.bold = fonts.get("regular", self.size), fonts.get("bold", self.size - 1)
        self.line = int(self.size * 1.75)
        self.row_height = int(self.line * (1.75 if style["family"] == "bilingual" else 1.0))
        self.header_height = int(self.line * (1.2 if style["family"] != "khs" else 1.3))
        widths = {}
        for col in style["order"]:
            label = self.bold.getlength(style["labels"][col]) + 18
            cells = [self.body.getlength(self.cell(col, r, 99)) + 18 for r in rows] if col != "name" else [0]
            widths[col] = max(label, max(cells), 46)
        widths["name"] = right - left - sum(w for c, w in widths.items() if c != "name")
        self.x, x = {}, left
        for col in style["order"]:
            self.x[col] = (x, x + widths[col])
            x += widths[col]

    def cell(self, col, row, number):
        style = self.style
        if col == "no":
            return str(number)
        if col == "sks":
            return str(row["sks"])
        if col == "point":
            return number_text(row["point"], style)
        if col == "mutu":
            return number_text(row["sks"] * row["point"], style)
        if col == "smt":
            return str(row["semester"])
        return str(row[col])

    def _put(self, canvas, col, y, text, font, fill):
        x0, x1 = self.x[col]
        align = ALIGN[col]
        if align == "l":
            canvas.text((x0 + 8, y), text, font=font, fill=fill, anchor="lm")
        elif align == "r":
            canvas.text((x1 - 10, y), text, font=font, fill=fill, anchor="rm")
        else:
            canvas.text(((x0 + x1) // 2, y), text, font=font, fill=fill, anchor="mm")

    def _verticals(self, canvas, top, bottom):
        if self.style["ruling"] == "grid":
            for x0, _ in self.x.values():
                canvas.line((x0, top, x0, bottom), fill=GRID, width=1)
            canvas.line((self.right, top, self.right, bottom), fill=GRID, width=1)

    def header(self, canvas, y, ink):
        h, style = self.header_height, self.style
        if style["family"] == "khs":
            canvas.rectangle((self.left, y, self.right, y + h), fill=style["colour"])
            fill = (255, 255, 255)
        else:
            if style["ruling"] == "grid":
                canvas.rectangle((self.left, y, self.right, y + h), fill=(236, 236, 238))
            canvas.line((self.left, y, self.right, y), fill=ink, width=2)
            canvas.line((self.left, y + h, self.right, y + h), fill=ink, width=2 if style["ruling"] != "grid" else 1)
            fill = ink
        for col in style["order"]:
            label = style["labels"][col]
            font = self.fonts.fitting("bold", self.size - 1, label, self.x[col][1] - self.x[col][0] - 6)
            self._put(canvas, col, y + h // 2, label, font, fill)
        self._verticals(canvas, y, y + h)
        return y + h

    def row(self, canvas, y, row, number, ink, shade=False):
        h, style = self.row_height, self.style
        if shade:
            canvas.rectangle((self.left, y, self.right, y + h - 1), fill=tuple(255 - (255 - c) // 9 for c in style["colour"]))
        mid = y + (self.line // 2 if style["family"] == "bilingual" else h // 2) + 2
        for col in style["order"]:
            text = self.cell(col, row, number)
            font = self.body
            if col == "name":
                font = self.fonts.fitting("regular", self.size, text, self.x[col][1] - self.x[col][0] - 14)
            self._put(canvas, col, mid, text, font, ink)
        if style["family"] == "bilingual":
            english = row["english"]
            font = self.fonts.fitting("italic", self.size - 3, english, self.x["name"][1] - self.x["name"][0] - 14)
            self._put(canvas, "name", y + int(self.line * 1.25), english, font, (70, 70, 78))
        if style["ruling"] in ("grid", "rows"):
            canvas.line((self.left, y + h, self.right, y + h), fill=GRID if style["ruling"] == "grid" else LIGHT, width=1)
        self._verticals(canvas, y, y + h)
        return y + h

    def band(self, canvas, y, text, ink, bold=True, right_text=None):
        """A full-width line inside the table: a semester heading or a subtotal (Jumlah / IPS)."""
        h = self.line
        font = self.bold if bold else self.body
        canvas.text((self.left + 10, y + h // 2 + 2), text, font=font, fill=ink, anchor="lm")
        if right_text:
            canvas.text((self.right - 12, y + h // 2 + 2), right_text, font=font, fill=ink, anchor="rm")
        if self.style["ruling"] == "grid":
            canvas.line((self.left, y + h, self.right, y + h), fill=GRID, width=1)
            canvas.line((self.left, y, self.left, y + h), fill=GRID, width=1)
            canvas.line((self.right, y, self.right, y + h), fill=GRID, width=1)
        return y + h

    def close(self, canvas, y, ink):
        canvas.line((self.left, y, self.right, y), fill=ink, width=2)
