"""The `lanskap` family of the nu layout: a whole-study transcript printed on landscape A4
(1754 x 1240 at 150 px to the inch) whose courses run down the left half and continue down the
right half, each half with its own table header and semester headings; a letterhead with the
title on the right, the student block in three columns, and under both halves the totals with
the IPK on the left and the signature on the right. A --pdf/--text-pdf document continues on a
second landscape page (running line, both halves again); a photo is one page, taller when needed."""
import math

from PIL import Image, ImageDraw

from canvas import Canvas
from nu_style import FONTS, number_text, period
from nu_table import Table
from sheet_fonts import Fonts

W, H, M = 1754, 1240, 60
CLOSE = 330


def _letterhead(canvas, fonts, style, doc, ink):
    size = style["size"]
    canvas.paste(doc["logo"], (M, 22))
    canvas.text((M + 140, 30), doc["university"], font=fonts.get("bold", size + 6), fill=ink)
    canvas.text((M + 140, 36 + size + 8), doc["faculty"], font=fonts.get("regular", size - 2), fill=ink)
    canvas.text((M + 140, 42 + 2 * size + 10), doc["address"], font=fonts.get("regular", size - 7), fill=ink)
    canvas.text((W - M, 34), doc["title"], font=fonts.get("bold", size + 6), fill=style["colour"], anchor="ra")
    if doc["number"]:
        canvas.text((W - M, 42 + size + 8), doc["number"], font=fonts.get("regular", size - 6), fill=ink, anchor="ra")
    canvas.rectangle((M, 160, W - M, 164), fill=style["colour"])
    body, line, y = fonts.get("regular", size - 2), int(size * 1.5), 180
    columns = [[("Nama", doc["name"]), (doc["nim_label"] if len(doc["nim_label"]) < 5 else "NIM", doc["nim"])],
               [("Program Studi", f"{doc['degree']} {doc['programme']}"), ("Tempat, Tgl. Lahir", doc["born"])],
               [("Semester", doc["semester_text"]), ("Tahun Masuk", str(doc["entry"]))]]
    for x, pairs, label_w in zip((M, M + 560, M + 1200), columns, (150, 230, 170)):
        for k, (label, value) in enumerate(pairs):
            canvas.text((x, y + k * line), label, font=body, fill=ink)
            canvas.text((x + label_w, y + k * line), ": " + value, font=fonts.fitting("regular", size - 2, ": " + value, 620 - label_w - 80), fill=ink)
    return y + 2 * line + 20


def _closing(canvas, fonts, style, doc, y, ink):
    size = style["size"]
    body, bold, line = fonts.get("regular", size - 1), fonts.get("bold", size - 1), int(size * 1.5)
    pairs = [("Jumlah SKS", doc["total"])] + ([("Jumlah Mutu", doc["mutu"])] if "point" in style["order"] else [])
    pairs.append(("Indeks Prestasi Kumulatif (IPK)", doc["ipk"]))
    width = bold.getlength(pairs[-1][0]) + 20
    for k, (label, value) in enumerate(pairs):
        font = bold if k == len(pairs) - 1 else body
        canvas.text((M, y + k * line), label, font=font, fill=ink)
        canvas.text((M + width, y + k * line), ": " + value, font=font, fill=ink)
    if doc.get("legend"):
        canvas.text((M, y + len(pairs) * line + 8), doc["legend"], font=fonts.fitting("regular", size - 6, doc["legend"], 760), fill=ink)
    x = W - M - 470
    canvas.text((x, y), doc["place_date"], font=body, fill=ink)
    canvas.text((x, y + line), doc["role"], font=body, fill=ink)
    if doc["wet"]:
        canvas.paste(doc["signature"], (x + 30, y + 2 * line))
        canvas.paste(doc["stamp"], (x - 120, y + line - 10))
    else:
        canvas.paste(doc["qr"], (x - 200, y))
        canvas.text((x, y + 2 * line + 30), "Ditandatangani secara elektronik", font=fonts.get("italic", size - 5), fill=(60, 60, 66))
    canvas.text((x, y + 2 * line + 110), doc["signer"], font=fonts.fitting("bold", size - 1, doc["signer"], 480), fill=ink)
    canvas.text((x, y + 3 * line + 112), doc["signer_id"], font=body, fill=ink)
    canvas.text((M, y + 3 * line + 150), doc["note"], font=fonts.get("italic", size - 7), fill=(60, 60, 66))


def _items(style, doc, rows):
    items, number = [], 0
    for term in sorted({r["semester"] for r in rows}):
        items.append(("group", period(style, doc["entry"], term)))
        for row in (r for r in rows if r["semester"] == term):
            number += 1
            items.append(("row", (row, number)))
    return items


def _columns(items, per_column, first_limit):
    """Splits the items into columns of at most per_column (first page: first_limit in all),
    never leaving a semester heading at the foot of a column."""
    columns, start = [], 0
    while start < len(items):
        take = min(per_column, len(items) - start, first_limit // 2 if len(columns) < 2 and first_limit else per_column)
        take = max(1, take)
        if start + take < len(items) and items[start + take - 1][0] == "group":
            take -= 1
        columns.append(items[start:start + take])
        start += take
    return columns


def render(style, doc, rows, terms, paged):
    fonts, ink = Fonts(style["font"], FONTS), doc["ink"]
    halves = [Table(style, fonts, M, W // 2 - 18, rows), Table(style, fonts, W // 2 + 18, W - M, rows)]
    items, line = _items(style, doc, rows), halves[0].line
    first_top = 180 + 2 * int(style["size"] * 1.5) + 20
    if paged:
        per_column = (H - 90 - first_top - halves[0].header_height) // line
        limit = min(2 * per_column, math.ceil(len(items) * 0.6)) if len(items) <= 2 * per_column else 0
        columns = _columns(items, per_column, limit)
    else:
        columns = _columns(items, math.ceil(len(items) / 2) + 1, 0)
    pages, bottoms = [], []
    for k, column in enumerate(columns):
        if k % 2 == 0:
            canvas = Canvas(Image.new("RGB", (W, H if paged else 3000), doc["paper"]))
            pages.append(canvas)
            if k == 0:
                top = _letterhead(canvas, fonts, style, doc, ink)
            else:
                text = f"{doc['title']} - {doc['name']} - {doc['nim']}"
                canvas.text((M, 50), text, font=fonts.get("regular", style["size"] - 4), fill=ink)
                canvas.line((M, 86, W - M, 86), fill=ink, width=1)
                top = 104
            bottoms = []
        table = halves[k % 2]
        y = table.header(canvas, top, ink)
        for kind, payload in column:
            y = table.band(canvas, y, payload, ink) if kind == "group" else table.row(canvas, y, payload[0], payload[1], ink)
        table.close(canvas, y, ink)
        bottoms.append(y)
    y = max(bottoms) + 30
    if paged and y + CLOSE > H - 70:
        canvas = Canvas(Image.new("RGB", (W, H), doc["paper"]))
        pages.append(canvas)
        y = 110
    _closing(canvas, fonts, style, doc, y, ink)
    if not paged:
        canvas.image = canvas.image.crop((0, 0, W, max(H, y + CLOSE + 60)))
        canvas.draw = ImageDraw.Draw(canvas.image)
    small = fonts.get("regular", style["size"] - 8)
    for number, page in enumerate(pages, 1):
        height = page.size[1]
        page.text((M, height - 50), doc["print_line"], font=small, fill=(90, 90, 96))
        page.text((W - M, height - 50), f"Halaman {number} dari {len(pages)}", font=small, fill=(90, 90, 96), anchor="ra")
    return pages
