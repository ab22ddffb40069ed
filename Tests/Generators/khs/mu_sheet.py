"""Lays a mu document out on A4 pages (150 px to the inch): the page chrome of its print family
(letterhead and student block on the first page, a running line with the name and number on
later ones, page numbers), the course table (mu_table.py) flowed over pages with its header
repeated, and the footer (legend, footnotes, signature or electronic-signature note, print line).
A photo is one page, taller than A4 when its content needs it (F4 paper)."""
from PIL import Image

from canvas import Canvas
import mu_paper as paper
import mu_table as tables
from sheet_fonts import wrap

A4_WIDTH, A4_HEIGHT = 1240, 1754


class Sheet:
    def __init__(self, style, doc):
        self.st, self.doc = style, doc
        self.font, self.fitting = doc["fonts"].get, doc["fonts"].fitting
        self.s, self.m, self.width = style["size"], style["margin"], A4_WIDTH
        self.ink = doc["ink"]
        self.cw = self.font("regular", self.s).getlength("M")  # a character cell, for the line-printer family

    def new_page(self, height):
        canvas = Canvas(Image.new("RGB", (self.width, height), self.doc["paper"]))
        if self.st["print"] == "listing" and self.st["greenbar"]:
            paper.greenbar(canvas, height)
        return canvas

    def pairs(self, canvas, pairs, x, y, face, pitch, limit, colon=None):
        colon = colon or x + max(face.getlength(label) for label, _ in pairs) + 12
        for label, value in pairs:
            canvas.text((x, y), label, font=face, fill=self.ink)
            canvas.text((colon, y), ":", font=face, fill=self.ink)
            canvas.text((colon + 14, y), value, font=self.fitting("regular", face.size, value, limit - colon - 14), fill=self.ink)
            y += pitch
        return y

    def footer(self, canvas, y):
        st, doc, s, m = self.st, self.doc, self.s, self.m
        small = self.font("regular", s - 3)
        if st["legend"]:
            for text in wrap(doc["legend"], small, self.width - 2 * m):
                canvas.text((m, y), text, font=small, fill=self.ink)
                y += int(small.size * 1.45)
            y += 6
        italic = self.font("italic", s - 3)
        for note in doc["footnotes"]:
            canvas.text((m, y), ("* " if st["print"] != "listing" else "- ") + note, font=italic, fill=self.ink)
            y += int(italic.size * 1.45)
        y += int(s * 0.8)
        end = y
        if st["signature"] == "electronic":
            block = doc["code_block"]
            canvas.paste(block, (m, y))
            note = (f"Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik. Keaslian dokumen dapat "
                    f"diperiksa di https://{doc['domain']}/verifikasi/{doc['token']}")
            yy = y + 4
            for text in wrap(note, italic, int(self.width * 0.5) - block.width - 20):
                canvas.text((m + block.width + 16, yy), text, font=italic, fill=self.ink)
                yy += int(italic.size * 1.45)
            end = max(y + block.height, yy)
        if st["signature"] != "none":
            x, pitch, body = int(self.width * 0.6), int(s * 1.45), self.font("regular", s)
            for k, text in enumerate([doc["place_date"]] + doc["roles"]):
                canvas.text((x, y + k * pitch), text, font=body, fill=self.ink)
            top = y + (1 + len(doc["roles"])) * pitch
            if st["signature"] == "wet":
                canvas.paste(doc["signature"], (x + 10, top))
                canvas.paste(doc["stamp"], (x - 95, top - 35))
                top += doc["signature"].height + 6
            else:
                canvas.text((x, top + 20), "ttd.", font=italic, fill=self.ink)
                top += 70
            bold = self.font("bold", s)
            canvas.text((x, top), doc["signer"], font=self.fitting("bold", s, doc["signer"], self.width - x - 20), fill=self.ink)
            canvas.line((x, top + s + 5, x + min(bold.getlength(doc["signer"]), self.width - x - 20), top + s + 5), fill=self.ink, width=1)
            canvas.text((x, top + pitch + 4), doc["signer_id"], font=body, fill=self.ink)
            end = max(end, top + 2 * pitch + 10)
        if st["print"] == "listing":
            canvas.text((m, end + 20), f"DICETAK OLEH : {doc['operator'].upper()}   TANGGAL : {doc['printed']}", font=small, fill=self.ink)
            end += 20 + small.size
        return end


def render(style, doc, rows, paged):
    sheet = Sheet(style, doc)
    table = tables.make(sheet, rows)
    items = table.items()
    limit = A4_HEIGHT - 110
    height = A4_HEIGHT if paged else 4200
    scratch = Canvas(Image.new("RGB", (A4_WIDTH, 2000), (255, 255, 255)))
    footer_height = sheet.footer(scratch, 0)
    pages, placed = [], []
    canvas = sheet.new_page(height)
    y = table.head(canvas, paper.chrome(sheet, canvas, True))
    for item in items:
        if paged and placed and y + item["h"] > limit:
            table.close(canvas, placed)
            pages.append((canvas, y))
            canvas, placed = sheet.new_page(height), []
            y = table.head(canvas, paper.chrome(sheet, canvas, False))
        item["draw"](canvas, y)
        placed.append((item, y))
        y += item["h"]
    table.close(canvas, placed)
    y += int(sheet.s * 1.2)
    if paged and y + footer_height > limit:
        pages.append((canvas, y))
        canvas = sheet.new_page(height)
        y = paper.chrome(sheet, canvas, False) + 20
    pages.append((canvas, sheet.footer(canvas, y)))
    out = []
    for number, (canvas, end) in enumerate(pages, 1):
        final = A4_HEIGHT if paged else max(A4_HEIGHT, end + 90)
        paper.page_number(sheet, canvas, number, len(pages), final)
        canvas.image = canvas.image.crop((0, 0, A4_WIDTH, final))
        out.append(canvas)
    return out
