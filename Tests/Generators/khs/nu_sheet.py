"""Lays a `nu` document out (150 px to the inch, A4 1240 x 1754): the first page's letterhead and
student block, the course table as a stream of items (table headers, semester headings, course
rows, subtotal lines) flowed down the pages with the table header repeated after a break and a
running line with the name and number on later pages, then the summary with the IPK and the
signature block, and a footer with the print line and page numbers on every page.

A photo is one page, taller than A4 when its content needs it; a --pdf/--text-pdf document has
at least two pages (a short one breaks before a middle semester, as campus systems do)."""
from PIL import Image, ImageDraw

import nu_parts as parts
from nu_style import FONTS, number_text, period
from nu_table import Table
from canvas import Canvas
from sheet_fonts import Fonts

W, H = 1240, 1754
BOTTOM = H - 110
SIGN = 330
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"]


def _items(style, doc, rows, terms):
    """The table as items: (kind, payload)."""
    items, family, number = [], style["family"], 0
    semesters = sorted({r["semester"] for r in rows})
    if family != "khs":
        items.append(("header", None))
    for term in semesters:
        these = [r for r in rows if r["semester"] == term]
        heading = period(style, doc["entry"], term)
        if family == "khs":
            items += [("title", heading), ("header", None)]
            number = 0
        elif family == "sementara":
            items.append(("group", heading))
        elif style["grouped"]:
            items.append(("group", f"Semester {term} / {ORDINALS[term - 1]} Semester"))
        for k, row in enumerate(these):
            number += 1
            items.append(("row", (row, number, style["zebra"] and k % 2 == 1)))
        sks, ips = terms[term]
        if family == "khs":
            items += [("sub", (f"Jumlah SKS : {sks}", f"IPS : {number_text(ips, style)}")), ("close", None)]
        elif family == "sementara":
            items.append(("sub", (f"Jumlah SKS Semester : {sks}", f"Indeks Prestasi Semester (IPS) : {number_text(ips, style)}")))
    if family != "khs":
        items.append(("close", None))
    return items + [("summary", None), ("sign", None)]


def _height(kind, table, style):
    return {"header": table.header_height, "group": table.line, "title": table.line + 22, "row": table.row_height,
            "sub": table.line, "close": 14, "summary": int(style["size"] * 1.7) * 3 + 3 * style["size"] + 30, "sign": SIGN}[kind]


def _flow(style, doc, items, table, fonts, ink, paper, paged, forced):
    """Draws the items and returns the pages (canvases); `forced`: an item that starts a page."""
    pages, canvas = [], None
    tall = 4200

    def new_page(first):
        nonlocal canvas
        canvas = Canvas(Image.new("RGB", (W, H if paged else tall), paper))
        pages.append(canvas)
        if first:
            return parts.student(canvas, fonts, style, doc, parts.letterhead(canvas, fonts, style, doc, ink), ink)
        return parts.running(canvas, fonts, style, doc, ink)

    y, open_table = new_page(True), False
    for index, (kind, payload) in enumerate(items):
        need = _height(kind, table, style) + (table.row_height if kind in ("title", "group", "header") else 0)
        need += table.header_height if kind == "title" else SIGN if kind == "summary" else 0  # keep with what follows
        if paged and (y + need > BOTTOM or index == forced):
            y = new_page(False)
            if open_table and kind in ("row", "sub", "group"):
                y = table.header(canvas, y, ink)
        if kind == "header":
            y, open_table = table.header(canvas, y, ink), True
        elif kind == "title":
            canvas.text((parts.LEFT, y + 14), payload, font=fonts.get("bold", style["size"]), fill=style["colour"])
            y += table.line + 22
        elif kind == "group":
            y = table.band(canvas, y, payload, ink)
        elif kind == "row":
            row, number, shade = payload
            y = table.row(canvas, y, row, number, ink, shade)
        elif kind == "sub":
            y = table.band(canvas, y, payload[0], ink, bold=False, right_text=payload[1])
        elif kind == "close":
            table.close(canvas, y, ink)
            y, open_table = y + 14, False
        elif kind == "summary":
            y = parts.summary(canvas, fonts, style, doc, y + 10, ink)
        else:
            y = parts.signature(canvas, fonts, style, doc, y + 10, ink)
    if not paged:
        canvas.image = canvas.image.crop((0, 0, W, max(H, y + 100)))
        canvas.draw = ImageDraw.Draw(canvas.image)
    for number, page in enumerate(pages, 1):
        parts.footer(page, fonts, style, doc, number, len(pages), page.size[1], ink)
    return pages


def render(style, doc, rows, terms, paged):
    fonts = Fonts(style["font"], FONTS)
    ink = doc["ink"]
    table = Table(style, fonts, parts.LEFT, parts.RIGHT, rows)
    items = _items(style, doc, rows, terms)
    pages = _flow(style, doc, items, table, fonts, ink, doc["paper"], paged, None)
    if paged and len(pages) < 2:
        starts = [k for k, (kind, _) in enumerate(items) if kind in ("group", "title")] or [k for k, (kind, _) in enumerate(items) if kind == "row"]
        pages = _flow(style, doc, items, table, fonts, ink, doc["paper"], paged, starts[len(starts) // 2])
    return pages
