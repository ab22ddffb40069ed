"""The blocks of a zeta page around its tables, each drawn at a y and returning the y below it:
letterhead (emblem beside or above the centred lines, thick and thin rule), title with serial
number, student block (two columns or one, optionally boxed, pas-foto at the right), summary
(pairs under each other or on one line, graduate extras, grade legend as text or a small grid),
signature (wet with stamp, or electronic with a code block) and the electronic-signature note."""

from sheet_fonts import wrap


def letterhead(sheet, canvas):
    doc, s, m, w = sheet.doc, sheet.s, sheet.style["margin"], sheet.width
    emblem = doc["emblem"]
    if doc["centred_kop"]:
        canvas.paste(emblem, ((w - emblem.width) // 2, 35))
        left, right, y = m, w - m, 45 + emblem.height
    else:
        canvas.paste(emblem, (m, 35))
        left, right, y = m + emblem.width + 20, w - m, 42
    for text, kind, grow in doc["kop"]:
        face = _fitting(sheet, kind, s + grow, text, right - left)
        canvas.text(((left + right) // 2, y), text, font=face, fill=doc["kop_colour"], anchor="mt")
        y += int(face.size * 1.3)
    y = max(y, 35 + emblem.height) + 8
    canvas.line((m, y, w - m, y), fill=doc["kop_colour"], width=4)
    canvas.line((m, y + 7, w - m, y + 7), fill=doc["kop_colour"], width=1)
    y += 34
    title = sheet.font("bold", s + 5)
    canvas.text((w // 2, y), doc["title"], font=title, fill=doc["ink"], anchor="mt")
    y += int(s * 1.9)
    if doc["serial"]:
        canvas.text((w // 2, y), doc["serial"], font=sheet.font("regular", s - 1), fill=doc["ink"], anchor="mt")
        y += int(s * 1.5)
    return y + int(s * 0.6)


def _fitting(sheet, kind, size, text, width):
    while size > 10 and sheet.font(kind, size).getlength(text) > width:
        size -= 1
    return sheet.font(kind, size)


def _pairs(sheet, canvas, pairs, x, y, pitch, bold=False, limit=None):
    face = sheet.font("bold" if bold else "regular", sheet.s)
    colon = x + max(face.getlength(label) for label, _ in pairs) + 10
    for label, value in pairs:
        canvas.text((x, y), label, font=face, fill=sheet.doc["ink"])
        canvas.text((colon, y), ":", font=face, fill=sheet.doc["ink"])
        lines = wrap(value, face, limit - colon - 14) if limit else [value]
        for k, text in enumerate(lines):
            canvas.text((colon + 14, y + k * int(sheet.s * 1.25)), text, font=face, fill=sheet.doc["ink"])
        y += pitch + (len(lines) - 1) * int(sheet.s * 1.25)
    return y


def _extent(sheet, pairs, x):
    face = sheet.font("regular", sheet.s)
    return x + max(face.getlength(label) for label, _ in pairs) + 24 + max(face.getlength(value) for _, value in pairs)


def student(sheet, canvas, y):
    st, doc, s, m, w = sheet.style, sheet.doc, sheet.s, sheet.style["margin"], sheet.width
    pitch, top = int(s * 1.5), y
    limit = w - m - (doc["photo"].width + 25 if st["photo"] else 0)
    middle = m + int((w - 2 * m) * 0.5)
    if _extent(sheet, doc["student_left"], m + 10) < middle - 15 and _extent(sheet, doc["student_right"], middle) < limit:
        end = max(_pairs(sheet, canvas, doc["student_left"], m + 10, y + 8, pitch), _pairs(sheet, canvas, doc["student_right"], middle, y + 8, pitch))
    else:
        end = _pairs(sheet, canvas, doc["student_left"] + doc["student_right"], m + 10, y + 8, pitch, limit=limit)
    if st["photo"]:
        end = max(end, y + doc["photo"].height + 12)
        canvas.paste(doc["photo"], (w - m - doc["photo"].width, y + 4))
    if st["boxed_student"]:
        for line in ((m, top, w - m, top), (m, end, w - m, end), (m, top, m, end), (w - m, top, w - m, end)):
            canvas.line(line, fill=doc["ink"], width=1)
    return end + int(s * 0.9)


def summary(sheet, canvas, y):
    st, doc, s, m, w = sheet.style, sheet.doc, sheet.s, sheet.style["margin"], sheet.width
    bold = sheet.font("bold", s)
    if st["inline_summary"]:
        canvas.text((m, y), "     ".join(f"{label} : {value}" for label, value in doc["summary"]), font=bold, fill=doc["ink"])
        y += int(s * 1.7)
    else:
        y = _pairs(sheet, canvas, doc["summary"], m, y, int(s * 1.5), bold=True)
    if doc["extras"]:
        y = _pairs(sheet, canvas, doc["extras"], m, y + int(s * 0.3), int(s * 1.5), limit=int(w * 0.62))
    if st["legend"] or st["scale"] == "letter_half":  # B+ = 3.5 is not what readers assume: such pages say so
        y = _legend(sheet, canvas, y + int(s * 0.4))
    return y


def _legend(sheet, canvas, y):
    doc, s, m = sheet.doc, sheet.s, sheet.style["margin"]
    small = sheet.font("regular", s - 3)
    title = "Grading scale" if sheet.style["language"] == "en" else "Keterangan Nilai"
    if not doc["legend_grid"]:
        canvas.text((m, y), f"{title}: " + ";  ".join(f"{g} = {p}" for g, p in doc["legend"]), font=small, fill=doc["ink"])
        return y + int(s * 1.5)
    canvas.text((m, y), title, font=small, fill=doc["ink"])
    y += int(s * 1.3)
    cell, row = int(small.getlength("0,00")) + 18, int(s * 1.35)
    for k, (grade, point) in enumerate(doc["legend"]):
        x = m + k * cell
        canvas.text((x + cell / 2, y + row / 2), grade, font=small, fill=doc["ink"], anchor="mm")
        canvas.text((x + cell / 2, y + row * 1.5), point, font=small, fill=doc["ink"], anchor="mm")
        canvas.line((x, y, x, y + 2 * row), fill=doc["ink"], width=1)
    end = m + len(doc["legend"]) * cell
    for yy in (y, y + row, y + 2 * row):
        canvas.line((m, yy, end, yy), fill=doc["ink"], width=1)
    canvas.line((end, y, end, y + 2 * row), fill=doc["ink"], width=1)
    return y + 2 * row + int(s * 0.5)


def signature(sheet, canvas, y):
    st, doc, s, w = sheet.style, sheet.doc, sheet.s, sheet.width
    body, bold = sheet.font("regular", s), sheet.font("bold", s)
    x, pitch = int(w * 0.6), int(s * 1.45)
    lines = [doc["place_date"]] + doc["roles"]
    for k, text in enumerate(lines):
        canvas.text((x, y + k * pitch), text, font=body, fill=doc["ink"])
    top = y + len(lines) * pitch
    if st["esign"]:
        block = doc["code_block"]
        note = "Digitally signed by:" if st["language"] == "en" else "Ditandatangani secara elektronik oleh:"
        canvas.text((x, top), note, font=sheet.font("italic", s - 3), fill=doc["ink"])
        canvas.paste(block, (x, top + pitch))
        y = top + pitch + block.height + 12
    else:
        canvas.paste(doc["signature"], (x + 10, top))
        canvas.paste(doc["stamp"], (x - 90, top - 40))
        y = top + doc["signature"].height + 6
    canvas.text((x, y), doc["signer"], font=bold, fill=doc["ink"])
    canvas.line((x, y + s + 5, x + bold.getlength(doc["signer"]), y + s + 5), fill=doc["ink"], width=1)
    canvas.text((x, y + pitch + 4), doc["signer_id"], font=body, fill=doc["ink"])
    return y + 2 * pitch + 10


def esign_note(sheet, canvas, y):
    text = ("This document has been electronically signed using an electronic certificate issued by BSrE, BSSN."
            if sheet.style["language"] == "en" else
            "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE, BSSN.")
    canvas.text((sheet.style["margin"], y), text, font=sheet.font("italic", sheet.s - 4), fill=(80, 80, 80), anchor="lm")

