"""Draws one kappa page on a Canvas: letterhead with emblem and double rule, title, student block,
the course table (semester headings, Jumlah/IPS lines, grid or rules), the summary with the IPK,
the grade legend, and the signature block with stamp; later pages repeat the table header under
a running line; pages of a multi-page document are numbered."""
from PIL import Image

from canvas import Canvas
from kappa_style import TABLES, heading_text, number_text

WIDTH, A4 = 1240, 1754

def render(style, doc, items, page_no, page_count):
    fonts, s, m = doc["fonts"], style["size"], style["margin"]
    canvas = Canvas(Image.new("RGB", (WIDTH, 4000), doc["paper"]))
    if style["watermark"]:
        canvas.paste(doc["watermark"], ((WIDTH - doc["watermark"].width) // 2, 720))
    if page_no == 1:
        y = _letterhead(canvas, style, doc)
        y = _student(canvas, style, doc, y)
    else:
        canvas.text((m, 60), f"{style['title'].title()} - {doc['name']} ({style['number_label']} {doc['nim']})", font=fonts.get("italic", s - 3), fill=doc["ink"])
        y = 60 + int(s * 2.2)
    y = _table(canvas, style, doc, items, y)
    if page_no == page_count:
        y = _summary(canvas, style, doc, y + s)
        y = _footer(canvas, style, doc, y + int(s * 1.5))
    height = max(A4, y + 110)
    if page_count > 1:
        canvas.text((WIDTH // 2, height - 55), f"Halaman {page_no} dari {page_count}", font=fonts.get("regular", s - 3), fill=doc["ink"], anchor="mm")
    if doc["printed_at"] and page_no == page_count:
        canvas.text((m, height - 55), doc["printed_at"], font=fonts.get("italic", s - 5), fill=(90, 90, 90), anchor="lm")
    canvas.image = canvas.image.crop((0, 0, WIDTH, height))
    return canvas

def _letterhead(canvas, style, doc):
    fonts, s, m = doc["fonts"], style["size"], style["margin"]
    emblem = doc["emblem"]
    canvas.paste(emblem, (m, 45))
    left, right = m + emblem.width + 15, WIDTH - m
    centre, room, y = (left + right) // 2, right - left, 50
    colour = doc["kop_ink"]
    for text, kind, size in doc["kop"]:
        face = fonts.fitting(kind, s + size, text, room)
        canvas.text((centre, y), text, font=face, fill=colour, anchor="mt")
        y += int(face.size * 1.3)
    y = max(y, 45 + emblem.height) + 10
    canvas.line((m - 10, y, WIDTH - m + 10, y), fill=colour, width=4)
    canvas.line((m - 10, y + 7, WIDTH - m + 10, y + 7), fill=colour, width=1)
    y += 40
    title = fonts.get("bold", s + 4)
    canvas.text((WIDTH // 2, y), style["title"], font=title, fill=doc["ink"], anchor="mt")
    half = title.getlength(style["title"]) / 2
    canvas.line((WIDTH // 2 - half, y + s + 10, WIDTH // 2 + half, y + s + 10), fill=doc["ink"], width=2)
    y += int(s * 1.9)
    if doc["letter_number"]:
        canvas.text((WIDTH // 2, y), doc["letter_number"], font=fonts.get("regular", s - 1), fill=doc["ink"], anchor="mt")
        y += int(s * 1.5)
    return y + int(s * 0.8)

def _pairs(canvas, fonts, s, ink, pairs, x, y, pitch, bold_last=False):
    faces = [fonts.get("bold" if bold_last and k == len(pairs) - 1 else "regular", s) for k in range(len(pairs))]
    colon = x + max(face.getlength(label) for face, (label, _) in zip(faces, pairs)) + 12
    for face, (label, value) in zip(faces, pairs):
        canvas.text((x, y), label, font=face, fill=ink)
        canvas.text((colon, y), ":", font=face, fill=ink)
        canvas.text((colon + 14, y), value, font=face, fill=ink)
        y += pitch
    return y

def _student(canvas, style, doc, y):
    fonts, s, m = doc["fonts"], style["size"], style["margin"]
    pitch = int(s * 1.55)
    body, right = fonts.get("regular", s), doc["student_right"]
    extent = int(WIDTH * 0.56) + max(body.getlength(label) for label, _ in right) + 26 + max(body.getlength(v) for _, v in right)
    if style["block"] == "two" and extent <= WIDTH - m:  # else the long values would run off the page: one column
        end = _pairs(canvas, fonts, s, doc["ink"], doc["student_left"], m, y, pitch)
        end = max(end, _pairs(canvas, fonts, s, doc["ink"], doc["student_right"], int(WIDTH * 0.56), y, pitch))
    else:
        end = _pairs(canvas, fonts, s, doc["ink"], doc["student_left"] + doc["student_right"], m, y, pitch)
    return end + int(s * 0.9)

def _columns(style, doc):
    keys, labels = TABLES[style["table"]]
    fonts, s, m = doc["fonts"], style["size"], style["margin"]
    body, bold = fonts.get("regular", s), fonts.get("bold", s)
    widths = {}
    for key, label in zip(keys, labels):
        cells = [row["cells"][key] for row in doc["rows"]] + [str(g.get(key, "")) for g in doc["groups"].values()]
        widths[key] = int(max([bold.getlength(label)] + [body.getlength(c) for c in cells])) + 24
    widths["name"] = WIDTH - 2 * m - sum(w for k, w in widths.items() if k != "name")
    xs, x = {}, m
    for key in keys:
        xs[key] = x
        x += widths[key]
    return keys, labels, xs, widths

def _table(canvas, style, doc, items, y):
    fonts, s, m, ink = doc["fonts"], style["size"], style["margin"], doc["ink"]
    keys, labels, xs, widths = _columns(style, doc)
    body, bold, italic = fonts.get("regular", s), fonts.get("bold", s), fonts.get("italic", s - 3)
    line = int(s * 1.75)
    bands = []  # (top, bottom, merged)
    split = style["table"] == "split"
    head = line * 2 if split else int(line * 1.15)
    for key, label in zip(keys, labels):
        if split and key in ("letter", "point"):
            canvas.text((xs[key] + widths[key] / 2, y + line * 1.5), label, font=bold, fill=ink, anchor="mm")
        else:
            canvas.text((xs[key] + widths[key] / 2, y + head / 2), label, font=bold, fill=ink, anchor="mm")
    if split:
        canvas.text(((xs["letter"] + xs["point"] + widths["point"]) / 2, y + line / 2), "Nilai", font=bold, fill=ink, anchor="mm")
        canvas.line((xs["letter"], y + line, xs["point"] + widths["point"], y + line), fill=ink, width=1)
    bands.append((y, y + head, "head"))
    y += head
    for kind, value in items:
        if kind == "heading":
            if style["shade"]:
                canvas.rectangle((m, y + 1, WIDTH - m, y + line - 1), fill=(222, 222, 222))
            canvas.text((m + 12, y + line / 2), heading_text(style, value, doc["entry"]), font=bold, fill=ink, anchor="lm")
            bands.append((y, y + line, "merged"))
            y += line
        elif kind == "row":
            tall = line + int(s * 0.95) if style["bilingual"] else line
            for key in keys:
                text = value["cells"][key]
                if key == "name":
                    mid = y + line / 2
                    canvas.text((xs[key] + 10, mid), text, font=body, fill=ink, anchor="lm")
                    if style["bilingual"]:
                        canvas.text((xs[key] + 10, mid + s * 0.95), value["english"], font=italic, fill=ink, anchor="lm")
                elif key == "code":
                    canvas.text((xs[key] + 10, y + tall / 2), text, font=body, fill=ink, anchor="lm")
                else:
                    canvas.text((xs[key] + widths[key] / 2, y + tall / 2), text, font=body, fill=ink, anchor="mm")
            bands.append((y, y + tall, "cells"))
            y += tall
        else:
            y = _subtotal(canvas, style, doc, value, y, line, xs, widths, bands)
    _rules(canvas, style, ink, bands, keys, xs, m)
    return y

def _subtotal(canvas, style, doc, group, y, line, xs, widths, bands):
    fonts, s, m, ink = doc["fonts"], style["size"], style["margin"], doc["ink"]
    body, bold = fonts.get("regular", s), fonts.get("bold", s)
    if style["subtotal"] == "line":
        text = f"Jumlah SKS : {group['sks']}     {style['ips_label']} : {group['ips']}"
        canvas.text((xs["name"] + 10, y + line / 2), text, font=bold, fill=ink, anchor="lm")
        bands.append((y, y + line, "merged"))
        return y + line
    canvas.text((xs["name"] + 10, y + line / 2), "Jumlah", font=bold, fill=ink, anchor="lm")
    canvas.text((xs["sks"] + widths["sks"] / 2, y + line / 2), str(group["sks"]), font=bold, fill=ink, anchor="mm")
    canvas.text((xs["quality"] + widths["quality"] / 2, y + line / 2), group["quality"], font=bold, fill=ink, anchor="mm")
    canvas.text((xs["name"] + 10, y + line * 1.5), style["ips_label"], font=body, fill=ink, anchor="lm")
    canvas.text((xs["point"] + widths["point"] / 2, y + line * 1.5), group["ips"], font=bold, fill=ink, anchor="mm")
    bands += [(y, y + line, "cells"), (y + line, y + 2 * line, "cells")]
    return y + 2 * line

def _rules(canvas, style, ink, bands, keys, xs, m):
    left, right = m, WIDTH - m
    top, bottom = bands[0][0], bands[-1][1]
    if style["grid"] == "header":
        for yy in (top, bands[0][1], bottom):
            canvas.line((left, yy, right, yy), fill=ink, width=2)
        return
    for index, (y0, y1, kind) in enumerate(bands):
        canvas.line((left, y0, right, y0), fill=ink, width=2 if index <= 1 else 1)
        if style["grid"] == "full" and kind != "merged":
            for key in keys[1:]:
                spanned = kind == "head" and key == "point" and style["table"] == "split"
                canvas.line((xs[key], (y0 + y1) / 2 if spanned else y0, xs[key], y1), fill=ink, width=1)
    canvas.line((left, bottom, right, bottom), fill=ink, width=2)
    if style["grid"] == "full":
        canvas.line((left, top, left, bottom), fill=ink, width=2)
        canvas.line((right, top, right, bottom), fill=ink, width=2)

def _summary(canvas, style, doc, y):
    fonts, s, m = doc["fonts"], style["size"], style["margin"]
    x = int(WIDTH * 0.55) if style["summary_right"] else m
    y = _pairs(canvas, fonts, s, doc["ink"], doc["summary"], x, y, int(s * 1.55), style["summary_bold"])
    if style["legend"]:
        small = fonts.get("regular", s - 4)
        words, lines = doc["legend"].split(" "), [""]
        for word in words:
            if small.getlength(lines[-1] + " " + word) > WIDTH - 2 * m:
                lines.append("")
            lines[-1] = (lines[-1] + " " + word).strip()
        y += int(s * 0.5)
        for text in lines:
            canvas.text((m, y), text, font=small, fill=doc["ink"])
            y += int(small.size * 1.4)
    return y

def _footer(canvas, style, doc, y):
    fonts, s, m, ink = doc["fonts"], style["size"], style["margin"], doc["ink"]
    body, bold = fonts.get("regular", s), fonts.get("bold", s)
    x = int(WIDTH * 0.58)
    pitch = int(s * 1.45)
    for k, text in enumerate(doc["signer_lines"]):
        canvas.text((x, y + k * pitch), text, font=body, fill=ink)
    top = y + len(doc["signer_lines"]) * pitch
    if style["code_block"]:
        block = doc["code_block"]
        canvas.paste(block, (m, y))
        canvas.text((m, y + block.height + 10), "Pindai kode untuk memeriksa keaslian dokumen", font=fonts.get("italic", s - 5), fill=ink)
    canvas.paste(doc["signature"], (x + 10, top))
    canvas.paste(doc["stamp"], (x - 95, top - 45))
    y = top + doc["signature"].height + 8
    canvas.text((x, y), doc["signer"], font=bold, fill=ink)
    canvas.line((x, y + s + 6, x + bold.getlength(doc["signer"]), y + s + 6), fill=ink, width=1)
    canvas.text((x, y + pitch + 4), doc["signer_id"], font=body, fill=ink)
    return y + 2 * pitch + 10
