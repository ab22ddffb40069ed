"""The parts of a lambda sheet below the student block (lambda_sheet.py): the course table of one
semester (header band wrapped as a browser wraps it, long names wrapped in their cell, zebra rows,
full/row/no ruling, a Jumlah row), the semester summary (two label lists or a small table), the
conversion legend, and the footer (QR verification note, signer with signature and stamp)."""
from lambda_style import TABLES
from sheet_fonts import wrap

GRID = (150, 150, 150)

def _layout(sheet, block):
    keys, labels = TABLES[sheet.style["table"]]
    body, bold = sheet.font("regular", sheet.s), sheet.font("bold", sheet.s)
    widths = {}
    for key, label in zip(keys, labels):
        if key != "name":
            cells = [r["cells"][key] for r in block["rows"]] + [block["total"].get(key, "")]
            widest_word = max(bold.getlength(w) for w in label.split(" "))
            widths[key] = int(max([body.getlength(c) for c in cells] + [widest_word])) + 22
    widths["name"] = sheet.width - 2 * sheet.m - sum(widths.values())
    xs, x = {}, sheet.m
    for key in keys:
        xs[key] = x
        x += widths[key]
    header = [wrap(label, bold, widths[key] - 10) for key, label in zip(keys, labels)]
    return keys, xs, widths, header

def courses(sheet, canvas, y, block):
    st, doc, s = sheet.style, sheet.doc, sheet.s
    keys, xs, widths, header = _layout(sheet, block)
    body, bold = sheet.font("regular", s), sheet.font("bold", s)
    left, right = sheet.m, sheet.width - sheet.m
    pitch, line = int(s * 1.2), int(s * 1.85)
    head = max(len(h) for h in header) * pitch + int(s * 0.8)
    ink_head = (255, 255, 255) if st["head"] == "colour" else doc["ink"]
    if st["head"] != "plain":
        canvas.rectangle((left, y, right, y + head), fill=doc["colour"] if st["head"] == "colour" else (214, 214, 214))
    for key, lines in zip(keys, header):
        top = y + head / 2 - (len(lines) - 1) * pitch / 2
        for k, text in enumerate(lines):
            canvas.text((xs[key] + widths[key] / 2, top + k * pitch), text, font=bold, fill=ink_head, anchor="mm")
    bands, yy = [(y, y + head)], y + head
    for n, row in enumerate(block["rows"]):
        names = wrap(row["cells"]["name"], body, widths["name"] - 16)
        h = line + (len(names) - 1) * pitch
        if st["zebra"] and n % 2 == 1:
            canvas.rectangle((left + 1, yy + 1, right - 1, yy + h - 1), fill=(238, 238, 238))
        for key in keys:
            if key == "name":
                for k, text in enumerate(names):
                    canvas.text((xs[key] + 8, yy + line / 2 + k * pitch), text, font=body, fill=doc["ink"], anchor="lm")
            elif key == "code":
                canvas.text((xs[key] + 8, yy + h / 2), row["cells"][key], font=body, fill=doc["ink"], anchor="lm")
            else:
                canvas.text((xs[key] + widths[key] / 2, yy + h / 2), row["cells"][key], font=body, fill=doc["ink"], anchor="mm")
        bands.append((yy, yy + h))
        yy += h
    if st["total_row"]:
        label = block["total"]["label"]
        canvas.text((xs["name"] + widths["name"] - 10, yy + line / 2), label, font=bold, fill=doc["ink"], anchor="rm")
        for key in ("sks", "quality"):
            canvas.text((xs[key] + widths[key] / 2, yy + line / 2), block["total"][key], font=bold, fill=doc["ink"], anchor="mm")
        bands.append((yy, yy + line, "total"))
        yy += line
    _rules(sheet, canvas, bands, keys, xs)
    return yy

def _rules(sheet, canvas, bands, keys, xs):
    grid, left, right = sheet.style["grid"], sheet.m, sheet.width - sheet.m
    top, bottom = bands[0][0], bands[-1][1]
    if grid == "none":
        if sheet.style["head"] == "plain":
            canvas.line((left, bands[0][1], right, bands[0][1]), fill=sheet.doc["ink"], width=2)
        return
    for band in bands:
        canvas.line((left, band[0], right, band[0]), fill=GRID, width=1)
        if grid == "full":
            merged = len(band) == 3  # the Jumlah row spans the columns up to the name
            for key in keys[1:]:
                if not (merged and xs[key] <= xs["name"]):
                    canvas.line((xs[key], band[0], xs[key], band[1]), fill=GRID, width=1)
    canvas.line((left, bottom, right, bottom), fill=GRID, width=1)
    if grid == "full":
        canvas.line((left, top, left, bottom), fill=GRID, width=1)
        canvas.line((right, top, right, bottom), fill=GRID, width=1)

def summary(sheet, canvas, y, block):
    st, doc, s, m = sheet.style, sheet.doc, sheet.s, sheet.m
    if st["summary"] == "table":
        bold, body = sheet.font("bold", s - 1), sheet.font("regular", s)
        widths = [int(max(bold.getlength(l), body.getlength(v))) + 28 for l, v in block["summary"]]
        h, x = int(s * 1.7), m
        for (label, value), w in zip(block["summary"], widths):
            canvas.rectangle((x, y, x + w, y + h), fill=(226, 226, 226))
            canvas.text((x + w / 2, y + h / 2), label, font=bold, fill=doc["ink"], anchor="mm")
            canvas.text((x + w / 2, y + h * 1.5), value, font=body, fill=doc["ink"], anchor="mm")
            for yy in (y, y + h, y + 2 * h):
                canvas.line((x, yy, x + w, yy), fill=GRID, width=1)
            canvas.line((x, y, x, y + 2 * h), fill=GRID, width=1)
            x += w
        canvas.line((x, y, x, y + 2 * h), fill=GRID, width=1)
        return y + 2 * h
    half = len(block["summary"]) // 2
    face, pitch = sheet.font("regular", s), int(s * 1.55)
    end = sheet._pairs(canvas, block["summary"][:half], m, y, pitch, face, int(sheet.width * 0.52))
    return max(end, sheet._pairs(canvas, block["summary"][half:], int(sheet.width * 0.54), y, pitch, face, sheet.width - m))

def legend(sheet, canvas, y):
    small = sheet.font("regular", sheet.s - 3)
    lines = wrap(sheet.doc["legend"], small, sheet.width - 2 * sheet.m)
    for text in lines:
        canvas.text((sheet.m, y), text, font=small, fill=sheet.doc["ink"])
        y += int(small.size * 1.45)
    return y

def footer(sheet, canvas, y):
    st, doc, s, m = sheet.style, sheet.doc, sheet.s, sheet.m
    ink, body, small = doc["ink"], sheet.font("regular", s), sheet.font("italic", s - 4)
    end = y
    if st["footer"] in ("qr", "both"):
        block = doc["code_block"]
        canvas.paste(block, (m, y))
        room = int(sheet.width * 0.55) - m - block.width - 20 if st["footer"] == "both" else sheet.width - 2 * m - block.width - 20
        yy = y + 6
        for text in wrap(doc["verify_note"], small, room):
            canvas.text((m + block.width + 18, yy), text, font=small, fill=ink)
            yy += int(small.size * 1.45)
        end = max(y + block.height, yy)
    if st["footer"] in ("sign", "both"):
        x, pitch = int(sheet.width * 0.62), int(s * 1.45)
        for k, text in enumerate([doc["place_date"]] + doc["roles"]):
            canvas.text((x, y + k * pitch), text, font=body, fill=ink)
        top = y + (1 + len(doc["roles"])) * pitch
        canvas.paste(doc["signature"], (x + 10, top))
        if doc["stamp_on"]:
            canvas.paste(doc["stamp"], (x - 90, top - 40))
        yy = top + doc["signature"].height + 6
        bold = sheet.font("bold", s)
        canvas.text((x, yy), doc["signer"], font=bold, fill=ink)
        canvas.line((x, yy + s + 5, x + bold.getlength(doc["signer"]), yy + s + 5), fill=ink, width=1)
        canvas.text((x, yy + pitch + 4), doc["signer_id"], font=body, fill=ink)
        end = max(end, yy + 2 * pitch + 8)
    return end
