"""Draws lambda pages on a Canvas: a KHS sheet as a SIAKAD portal prints it from the browser
(the browser's date/title line on top and address/page count at the bottom), the letterhead
(logo and left-aligned lines, or a coloured portal banner), title and period, the student block
in two columns, then one semester block or several stacked (each: period band, course table
with a coloured/grey/plain header, optional zebra rows and Jumlah row, the semester summary as
label list or small table), the conversion legend, and the footer (QR verification, signature)."""

from PIL import Image

from canvas import Canvas
from sheet_fonts import Fonts
import lambda_table as table
from lambda_style import FONTS

A4_SHORT, A4_LONG = 1240, 1754

class Sheet:
    def __init__(self, style, doc):
        self.style, self.doc = style, doc
        fonts = Fonts(style["family"], FONTS)
        self.font, self.fitting = fonts.get, fonts.fitting

    def page(self, blocks, semester, single):
        """One sheet: landscape when the institution prints so and it fits, else portrait A4 (taller when needed)."""
        for landscape in ([True, False] if self.style["landscape"] and single else [False]):
            canvas = self._render(blocks, semester, single, landscape)
            if not landscape or canvas.size[1] <= A4_SHORT:
                return canvas
        return canvas

    def _render(self, blocks, semester, single, landscape):
        st, doc = self.style, self.doc
        self.width = A4_LONG if landscape else A4_SHORT
        self.s, self.m = st["size"] + (1 if landscape else 0), 80 if landscape else 66
        canvas = Canvas(Image.new("RGB", (self.width, 5000), doc["paper"]))
        y = 36
        if st["browser"]:
            small = self.font("regular", 13)
            canvas.text((24, 22), doc["printed_clock"], font=small, fill=(40, 40, 40))
            canvas.text((self.width // 2, 22), f"{st['portal']} - Kartu Hasil Studi", font=small, fill=(40, 40, 40), anchor="ma")
            y = 58
        y = self._letterhead(canvas, y)
        title = self.font("bold", self.s + 5)
        canvas.text((self.width // 2, y), st["title"], font=title, fill=doc["ink"], anchor="mt")
        y += int(self.s * 1.7)
        if single:
            canvas.text((self.width // 2, y), blocks[0]["period"], font=self.font("bold", self.s + 1), fill=doc["ink"], anchor="mt")
            y += int(self.s * 1.6)
        y = self._student(canvas, y + int(self.s * 0.6), semester, blocks[-1] if single else None)
        for block in blocks:
            if not single:
                y = self._band(canvas, y, block)
            y = table.courses(self, canvas, y, block)
            y = table.summary(self, canvas, y + int(self.s * 0.7), block)
            y += int(self.s * 0.9)
        if st["legend"]:
            y = table.legend(self, canvas, y)
        y = table.footer(self, canvas, y + int(self.s * 0.8))
        height = max(A4_SHORT if landscape else A4_LONG, y + 70)
        if st["browser"]:
            small = self.font("regular", 13)
            canvas.text((24, height - 26), doc["url"], font=small, fill=(40, 40, 40), anchor="ls")
            canvas.text((self.width - 24, height - 26), "1/1", font=small, fill=(40, 40, 40), anchor="rs")
        canvas.image = canvas.image.crop((0, 0, self.width, height))
        return canvas

    def _letterhead(self, canvas, y):
        st, doc, s, m = self.style, self.doc, self.s, self.m
        if st["banner"]:  # the portal's coloured bar, as printed with background graphics on
            canvas.rectangle((m - 20, y, self.width - m + 20, y + 112), fill=doc["colour"])
            canvas.paste(doc["logo_small"], (m, y + 12))
            x = m + doc["logo_small"].width + 22
            canvas.text((x, y + 18), f"{st['portal'].upper()} - SISTEM INFORMASI AKADEMIK", font=self.font("regular", s - 1), fill=(255, 255, 255))
            canvas.text((x, y + 44), doc["university"], font=self.fitting("bold", s + 9, doc["university"], self.width - m - x), fill=(255, 255, 255))
            canvas.text((x, y + 80), doc["faculty_line"], font=self.font("regular", s - 1), fill=(255, 255, 255))
            return y + 150
        canvas.paste(doc["logo"], (m, y))
        x = m + doc["logo"].width + 24
        room = self.width - m - x
        yy = y + 2
        for text, kind, delta in doc["kop"]:
            face = self.fitting(kind, s + delta, text, room)
            canvas.text((x, yy), text, font=face, fill=doc["kop_ink"])
            yy += int(face.size * 1.32)
        yy = max(yy, y + doc["logo"].height) + 10
        canvas.line((m - 10, yy, self.width - m + 10, yy), fill=doc["kop_ink"], width=3)
        return yy + 30

    def _pairs(self, canvas, pairs, x, y, pitch, face, limit):
        colon = x + max(face.getlength(label) for label, _ in pairs) + 12
        for label, value in pairs:
            canvas.text((x, y), label, font=face, fill=self.doc["ink"])
            canvas.text((colon, y), ":", font=face, fill=self.doc["ink"])
            canvas.text((colon + 14, y), value, font=self.fitting("regular", face.size, value, limit - colon - 14), fill=self.doc["ink"])
            y += pitch
        return y

    def _student(self, canvas, y, semester, block):
        st, doc, s, m = self.style, self.doc, self.s, self.m
        face, pitch = self.font("regular", s), int(s * 1.6)
        left = [(st["name_label"], doc["name"]), (st["number_label"], doc["nim"]), ("Program Studi", doc["prodi"])]
        right = [("Fakultas", doc["faculty"]), (st["advisor_label"], doc["advisor"]), ("Semester", str(semester))]
        right.append(("Tahun Akademik", block["year"]) if block else ("Angkatan", str(doc["entry"])))
        top = y
        if st["frame"]:
            y += int(s * 0.6)
        end = self._pairs(canvas, left, m + (12 if st["frame"] else 0), y, pitch, face, int(self.width * 0.52))
        end = max(end, self._pairs(canvas, right, int(self.width * 0.54), y, pitch, face, self.width - m - 8))
        if st["frame"]:
            end += int(s * 0.2)
            for a, b in (((m, top), (self.width - m, top)), ((m, end), (self.width - m, end)), ((m, top), (m, end)),
                         ((self.width - m, top), (self.width - m, end))):
                canvas.line(a + b, fill=(110, 110, 110), width=1)
        return end + int(s * 0.9)

    def _band(self, canvas, y, block):
        s, m = self.s, self.m
        h = int(s * 1.8)
        canvas.rectangle((m, y, self.width - m, y + h), fill=(228, 232, 238))
        text = f"Semester {block['semester']}  -  {block['period']}"
        canvas.text((m + 10, y + h / 2), text, font=self.font("bold", s), fill=self.doc["ink"], anchor="lm")
        return y + h + int(s * 0.4)
