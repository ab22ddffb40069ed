"""Draws zeta pages on a Canvas: letterhead, title, student block with pas-foto, then the course
items flowing down a left table and on into a right table beside it (each with its own header
row; semester or category headings span a table; long course names wrap inside their cell), and
on the last page the summary, legend and signature (zeta_blocks.py). Landscape pages that would
overflow are drawn portrait; portrait pages grow past A4 when the content needs it."""
import random

from PIL import Image

import zeta_art as art
import zeta_blocks
from canvas import Canvas
from sheet_fonts import Fonts, wrap
from zeta_style import COLUMNS, FONTS, heading_text

A4_SHORT, A4_LONG = 1240, 1754

class Sheet:
    def __init__(self, style, doc, rows):
        self.style, self.doc, self.rows = style, doc, rows
        self.font = Fonts(style["family"], FONTS).get

    def pages(self, items, paged):
        """The canvases of the document: one page, or two with page 1 filled with as many items as
        fit (leaving at least 8 for page 2, which carries the summary); landscape only when every
        page fits on it."""
        for landscape in ([True, False] if self.style["landscape"] else [False]):
            self._geometry(landscape)
            parts = self._split(items) if paged else [items]
            canvases = [self._render(part, k, len(parts)) for k, part in enumerate(parts, 1)]
            if not landscape or all(c.size[1] <= A4_SHORT for c in canvases):
                return canvases
        return canvases

    def _split(self, items):
        scratch = Canvas(Image.new("RGB", (self.width, 4000), (255, 255, 255)))
        room = self.paper_height - 90 - zeta_blocks.student(self, scratch, zeta_blocks.letterhead(self, scratch)) - self._head()
        cut = len(items) - 8
        while cut > 1 and (items[cut - 1][0] == "heading" or self._tables_height(items[:cut]) > room):
            cut -= 1
        return [items[:cut], items[cut:]]

    def _tables_height(self, items):
        left, right = _halves(items, [self._height(i) for i in items])
        return max(sum(self._height(i) for i in left), sum(self._height(i) for i in right))

    def _head(self):
        return max(len(lines) for lines in self.header) * int(self.s * 1.2) + int(self.s * 0.6)

    def _geometry(self, landscape):
        st = self.style
        self.width = A4_LONG if landscape else A4_SHORT
        self.paper_height = A4_SHORT if landscape else A4_LONG
        self.s = st["size"] + (1 if landscape else 0)
        self.table_width = (self.width - 2 * st["margin"] - st["gutter"]) // 2
        self.keys = COLUMNS[st["columns"]]
        body, bold = self.font("regular", self.s), self.font("bold", self.s)
        self.widths = {}
        for key in self.keys:
            if key == "name":
                continue
            cells = [r["cells"][key] for r in self.rows]
            words = [w for w in st["words"][key].replace("\n", " ").split(" ")]
            self.widths[key] = int(max([body.getlength(c) for c in cells] + [bold.getlength(w) for w in words])) + 16
        self.widths["name"] = self.table_width - sum(self.widths.values())
        self.line = int(self.s * 1.6)
        self.wrapped = {id(r): wrap(r["cells"]["name"], body, self.widths["name"] - 14) for r in self.rows}
        self.header = [_wrap_label(st["words"][k], bold, self.widths[k] - 8) for k in self.keys]

    def _render(self, items, page_no, page_count):
        st, doc, s, m = self.style, self.doc, self.s, self.style["margin"]
        canvas = Canvas(Image.new("RGB", (self.width, 4000), doc["paper"]))
        if st["tint"]:
            canvas.paste(art.tint((self.width, self.paper_height), random.Random(doc["tint_seed"]), doc["tint_colour"]), (0, 0))
        if st["watermark"] == "text":
            canvas.paste(art.text_watermark((self.width, self.paper_height), doc["short"], doc["bold_path"], doc["watermark_colour"], 16), (0, 0))
        elif st["watermark"] == "emblem":
            big = doc["emblem"].resize((doc["emblem"].width * 4, doc["emblem"].height * 4), Image.LANCZOS)
            canvas.paste(_faint(big, 0.08), ((self.width - big.width) // 2, (self.paper_height - big.height) // 2))
        if page_no == 1:
            y = zeta_blocks.letterhead(self, canvas)
            y = zeta_blocks.student(self, canvas, y)
        else:
            running = f"{doc['title'].split(' / ')[0]}  -  {doc['name']}  ({st['number_label']} {doc['nim']})"
            canvas.text((m, 50), running, font=self.font("italic", s - 2), fill=doc["ink"])
            y = 50 + int(s * 2.2)
        left, right = _halves(items, [self._height(i) for i in items])
        bottom = max(self._table(canvas, left, m, y), self._table(canvas, right, m + self.table_width + st["gutter"], y) if right else y)
        if page_no == page_count:
            bottom = zeta_blocks.summary(self, canvas, bottom + int(s * 1.2))
            bottom = zeta_blocks.signature(self, canvas, bottom + int(s * 1.2))
        height = max(self.paper_height, bottom + 90)
        if page_count > 1:
            text = f"Page {page_no} of {page_count}" if st["language"] == "en" else f"Halaman {page_no} dari {page_count}"
            canvas.text((self.width - m, height - 45), text, font=self.font("regular", s - 3), fill=doc["ink"], anchor="rm")
        if st["esign"] and page_no == page_count:
            zeta_blocks.esign_note(self, canvas, height - 45)
        canvas.image = canvas.image.crop((0, 0, self.width, height))
        return canvas

    def _height(self, item):
        if item[0] == "heading":
            return self.line
        return self.line + (len(self.wrapped[id(item[1])]) - 1) * int(self.s * 1.15)

    def _table(self, canvas, items, x, y):
        st, doc, s = self.style, self.doc, self.s
        ink, body, bold = doc["ink"], self.font("regular", s), self.font("bold", s)
        xs, cx = {}, x
        for key in self.keys:
            xs[key] = cx
            cx += self.widths[key]
        head = self._head()
        if st["grid"] != "open":
            canvas.rectangle((x, y, x + self.table_width, y + head), fill=(232, 232, 232))
        for key, lines in zip(self.keys, self.header):
            top = y + head / 2 - (len(lines) - 1) * s * 0.6
            for k, text in enumerate(lines):
                canvas.text((xs[key] + self.widths[key] / 2, top + k * s * 1.2), text, font=bold, fill=ink, anchor="mm")
        bands, yy = [(y, y + head, "head")], y + head
        for n, (kind, value) in enumerate(items):
            h = self._height((kind, value))
            if kind == "heading":
                text = heading_text(st, value, doc["entry"]) if isinstance(value, int) else value
                canvas.text((x + 8, yy + h / 2), text, font=bold, fill=ink, anchor="lm")
                bands.append((yy, yy + h, "span"))
            else:
                if st["zebra"] and n % 2:
                    canvas.rectangle((x + 1, yy + 1, x + self.table_width - 1, yy + h - 1), fill=(240, 240, 240))
                for key in self.keys:
                    if key == "name":
                        for k, text in enumerate(self.wrapped[id(value)]):
                            canvas.text((xs[key] + 7, yy + self.line / 2 + k * s * 1.15), text, font=body, fill=ink, anchor="lm")
                    elif key == "code" and not st["centre_code"]:
                        canvas.text((xs[key] + 7, yy + self.line / 2), value["cells"][key], font=body, fill=ink, anchor="lm")
                    else:
                        canvas.text((xs[key] + self.widths[key] / 2, yy + self.line / 2), value["cells"][key], font=body, fill=ink, anchor="mm")
                bands.append((yy, yy + h, "cells"))
            yy += h
        self._rules(canvas, bands, xs, x)
        return yy

    def _rules(self, canvas, bands, xs, x):
        grid, ink, right = self.style["grid"], self.doc["ink"], x + self.table_width
        top, bottom = bands[0][0], bands[-1][1]
        if grid == "open":
            for yy in (top, bands[0][1], bottom):
                canvas.line((x, yy, right, yy), fill=ink, width=2 if yy != bands[0][1] else 1)
            return
        for y0, y1, kind in bands:
            canvas.line((x, y0, right, y0), fill=ink, width=1)
            if grid == "full" and kind != "span":
                for key in self.keys[1:]:
                    canvas.line((xs[key], y0, xs[key], y1), fill=ink, width=1)
        canvas.line((x, bottom, right, bottom), fill=ink, width=2)
        canvas.line((x, top, x, bottom), fill=ink, width=1)
        canvas.line((right, top, right, bottom), fill=ink, width=1)

def _halves(items, heights):
    """Split where the two tables come out most nearly equal, never leaving a heading last on the left."""
    total, best, run = sum(heights), (float("inf"), len(items)), 0
    for k in range(1, len(items) + 1):
        run += heights[k - 1]
        if items[k - 1][0] != "heading" and max(run, total - run) < best[0]:
            best = (max(run, total - run), k)
    return items[: best[1]], items[best[1]:]

def _wrap_label(label, font, width):
    return [line for part in label.split("\n") for line in wrap(part, font, width)]

def _faint(picture, strength):
    faded = picture.copy()
    faded.putalpha(picture.getchannel("A").point(lambda v: int(v * strength)))
    return faded
