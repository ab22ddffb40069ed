"""The page chrome of each mu print family: the first page's letterhead, title and student block,
the running line of later pages, the page number, and the continuous-form paper (pale green bars,
tractor-feed holes, perforation) of line-printer prints."""
from PIL import Image, ImageDraw

import mu_style as ms

HOLE = Image.new("RGBA", (22, 22), (0, 0, 0, 0))
ImageDraw.Draw(HOLE).ellipse((1, 1, 20, 20), fill=(236, 236, 232, 255), outline=(200, 200, 195, 255), width=2)


def greenbar(canvas, height):
    w = canvas.size[0]
    for top in range(90, height - 40, 150):
        canvas.rectangle((62, top, w - 63, min(height - 1, top + 74)), fill=(226, 241, 226))
    for y in range(30, height - 20, 75):
        canvas.paste(HOLE, (18, y))
        canvas.paste(HOLE, (w - 40, y))
    for x in (52, w - 53):
        for y in range(0, height, 24):
            canvas.line((x, y, x, y + 12), fill=(205, 205, 200), width=1)


def _student(sheet, doc):
    st = sheet.st
    name_label = "Nama Mahasiswa" if st["print"] != "listing" else "NAMA"
    left = [(name_label, doc["name"]), (doc["number_label"], doc["nim"]), ("Tempat, Tgl. Lahir", doc["born"])]
    right = [("Program Studi", f"{doc['prodi']} ({doc['degree']})"), ("Semester", str(doc["semester"])), ("Angkatan", str(doc["entry"]))]
    if doc["unit"].startswith("Fakultas"):
        right.insert(0, ("Fakultas", doc["faculty"]))
    if st["print"] == "listing":
        left = [("NAMA", doc["name"]), (doc["number_label"], doc["nim"]), ("PROGRAM STUDI", right[-3][1])]
        left += [("FAKULTAS", doc["faculty"])] if doc["unit"].startswith("Fakultas") else []
        return [(l.upper(), v.upper()) for l, v in left], [("SEMESTER", str(doc["semester"])), ("ANGKATAN", str(doc["entry"]))]
    if st.get("bilingual"):
        english = {"Nama Mahasiswa": "Name", "Tempat, Tgl. Lahir": "Place, Date of Birth", "Program Studi": "Study Program",
                   "Fakultas": "Faculty", "Semester": "Semester", "Angkatan": "Year of Entry", "NIM": "Student ID",
                   "NPM": "Student ID", "No. Mahasiswa": "Student ID"}
        return [(f"{l} / {english[l]}", v) for l, v in left], [(f"{l} / {english[l]}", v) for l, v in right]
    return left, right


def _student_grid(sheet, canvas, y, left, right):
    """The student block as a bordered grid: label and value cells, two pairs a row."""
    s, m, w = sheet.s, sheet.m, sheet.width
    face, bold = sheet.font("regular", s - 1), sheet.font("bold", s - 1)
    pairs = [(a, b) for a, b in zip(left + [("", "")] * 4, right + [("", "")] * 4)][: max(len(left), len(right))]
    label_w = int(max(bold.getlength(l) for l, _ in left + right)) + 18
    half = (w - 2 * m) // 2
    h = int(s * 1.75)
    for k, (a, b) in enumerate(pairs):
        top = y + k * h
        for x0, (label, value) in ((m, a), (m + half, b)):
            canvas.rectangle((x0, top, x0 + label_w, top + h), fill=(238, 238, 238))
            canvas.text((x0 + 8, top + h / 2), label, font=bold, fill=sheet.ink, anchor="lm")
            canvas.text((x0 + label_w + 8, top + h / 2), value, font=sheet.fitting("regular", s - 1, value, half - label_w - 16),
                        fill=sheet.ink, anchor="lm")
    bottom = y + len(pairs) * h
    for k in range(len(pairs) + 1):
        canvas.line((m, y + k * h, w - m, y + k * h), fill=(90, 90, 90), width=1)
    for x in (m, m + label_w, m + half, m + half + label_w, w - m):
        canvas.line((x, y, x, bottom), fill=(90, 90, 90), width=1)
    return bottom


def chrome(sheet, canvas, first):
    st, doc, s, m, w = sheet.st, sheet.doc, sheet.s, sheet.m, sheet.width
    kind = st["print"]
    if kind == "listing":
        return _listing(sheet, canvas, first)
    y = 60
    if kind == "grid" and first:
        canvas.paste(doc["emblem"], (m, y))
        x0 = m + doc["emblem"].width + 10
        yy = y
        for text, weight, delta in doc["kop"]:
            face = sheet.fitting(weight, s + delta, text, w - m - x0)
            canvas.text(((x0 + w - m) / 2, yy), text, font=face, fill=doc["colour"], anchor="mt")
            yy += int(face.size * 1.3)
        yy = max(yy, y + doc["emblem"].height) + 8
        canvas.line((m, yy, w - m, yy), fill=doc["colour"], width=4)
        canvas.line((m, yy + 7, w - m, yy + 7), fill=doc["colour"], width=1)
        y = yy + 34
    elif kind == "ledger":
        canvas.text((m, y), doc["university"], font=sheet.font("bold", s + 5), fill=sheet.ink)
        canvas.text((m, y + int(s * 1.7)), "Biro Administrasi Akademik dan Kemahasiswaan (BAAK)", font=sheet.font("regular", s - 1), fill=sheet.ink)
        canvas.text((w - m, y + 4), f"Dicetak: {doc['printed']}", font=sheet.font("regular", s - 4), fill=sheet.ink, anchor="ra")
        y += int(s * 3.1)
        canvas.line((m, y, w - m, y), fill=sheet.ink, width=2)
        y += 24
    if first:
        title = sheet.font("bold", s + 4)
        canvas.text((w / 2, y), doc["title"], font=title, fill=sheet.ink, anchor="mt")
        if kind == "grid":
            width = title.getlength(doc["title"])
            canvas.line((w / 2 - width / 2, y + s + 10, w / 2 + width / 2, y + s + 10), fill=sheet.ink, width=1)
        y += int(s * 1.6)
        if doc.get("subtitle"):
            canvas.text((w / 2, y), doc["subtitle"], font=sheet.font("italic", s), fill=sheet.ink, anchor="mt")
            y += int(s * 1.5)
        if doc["letter_number"]:
            canvas.text((w / 2, y), doc["letter_number"], font=sheet.font("regular", s - 1), fill=sheet.ink, anchor="mt")
            y += int(s * 1.5)
        y += int(s * 0.8)
        left, right = _student(sheet, doc)
        if kind == "grid" and st["student"] == "grid":
            return _student_grid(sheet, canvas, y, left, right) + int(s * 1.2)
        face, pitch = sheet.font("regular", s), int(s * 1.55)
        end = sheet.pairs(canvas, left, m, y, face, pitch, int(w * 0.55))
        end = max(end, sheet.pairs(canvas, right, int(w * 0.56), y, face, pitch, w - m))
        return end + int(s * 0.8)
    face = sheet.font("regular", s - 1)
    canvas.text((m, y), f"{doc['name']}  ({doc['number_label']} {doc['nim']})", font=face, fill=sheet.ink)
    canvas.text((w - m, y), doc["title"].title(), font=sheet.font("italic", s - 1), fill=sheet.ink, anchor="ra")
    canvas.line((m, y + s + 10, w - m, y + s + 10), fill=(120, 120, 120), width=1)
    return y + s + 30


def _listing(sheet, canvas, first):
    doc, s, m = sheet.doc, sheet.s, sheet.m + 10
    face, bold, cw = sheet.font("regular", s), sheet.font("bold", s), sheet.cw
    pitch, y = int(s * 1.5), 70
    canvas.text((m, y), doc["university"], font=bold, fill=sheet.ink)
    canvas.text((m, y + pitch), doc["unit"].upper(), font=face, fill=sheet.ink)
    sheet.page_at = (m + 66 * cw, y)
    y += 2 * pitch
    canvas.text((m, y), "=" * 77, font=face, fill=sheet.ink)
    y += pitch
    if first:
        canvas.text((m + (77 - len(doc["title"])) / 2 * cw, y), doc["title"], font=bold, fill=sheet.ink)
        y += int(pitch * 1.5)
        left, right = _student(sheet, doc)
        for k, (label, value) in enumerate(left):
            canvas.text((m, y + k * pitch), f"{label:<14}: {value}", font=face, fill=sheet.ink)
        for k, (label, value) in enumerate(right):
            canvas.text((m + 52 * cw, y + k * pitch), f"{label:<9}: {value}", font=face, fill=sheet.ink)
        return y + max(len(left), len(right)) * pitch + pitch // 2
    canvas.text((m, y), f"NAMA : {doc['name'].upper()}   {doc['number_label'].upper()} : {doc['nim']}", font=face, fill=sheet.ink)
    return y + int(pitch * 1.5)


def page_number(sheet, canvas, number, total, height):
    kind, small = sheet.st["print"], sheet.font("regular", sheet.s - 3)
    if kind == "listing":
        canvas.text(sheet.page_at, f"HAL : {number}", font=sheet.font("regular", sheet.s), fill=sheet.ink)
    elif kind == "ledger":
        canvas.text((sheet.width - sheet.m, height - 50), f"Hal. {number}/{total}", font=small, fill=sheet.ink, anchor="rs")
    elif total > 1:
        canvas.text((sheet.width / 2, height - 50), f"Halaman {number} dari {total}", font=small, fill=sheet.ink, anchor="ms")
