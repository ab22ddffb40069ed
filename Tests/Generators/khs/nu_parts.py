"""The pieces of a `nu` page other than the table: the letterhead of each family (a centred kop
with a double rule; a coloured bar with white words; a centred emblem with bilingual titles), the
student block (one column, two columns in a shaded box, or bilingual labels), the summary with
the IPK, the signature block (stamp over the signer's lines, or a QR-like square with its note)
and the later pages' running line. Each function draws at y and returns the y below it."""
from sheet_fonts import wrap

W, LEFT, RIGHT = 1240, 80, 1160


def letterhead(canvas, fonts, style, doc, ink):
    size, family = style["size"], style["family"]
    if family == "khs":
        canvas.rectangle((0, 0, W, 150), fill=style["colour"])
        canvas.paste(doc["logo"], (LEFT, 15))
        white = (255, 255, 255)
        canvas.text((LEFT + 140, 30), doc["university"], font=fonts.fitting("bold", size + 12, doc["university"], 900), fill=white)
        canvas.text((LEFT + 140, 78), doc["faculty"], font=fonts.get("bold", size), fill=white)
        canvas.text((LEFT + 140, 112), doc["web"], font=fonts.get("regular", size - 4), fill=white)
        canvas.text((LEFT, 180), doc["title"], font=fonts.get("bold", size + 6), fill=style["colour"])
        y = 180 + size + 18
    elif family == "sementara":
        canvas.paste(doc["logo"], (LEFT, 30))
        centre = (LEFT + 130 + RIGHT) // 2
        lines = [(doc["university"], "bold", size + 8), (doc["faculty"], "bold", size + 1), (doc["address"], "regular", size - 5),
                 (doc["web"], "regular", size - 5)]
        y = 38
        for text, kind, s in lines:
            font = fonts.fitting(kind, s, text, RIGHT - LEFT - 150)
            canvas.text((centre, y), text, font=font, fill=ink, anchor="mt")
            y += s + 12
        canvas.line((LEFT, 176, RIGHT, 176), fill=ink, width=4)
        canvas.line((LEFT, 182, RIGHT, 182), fill=ink, width=1)
        title = fonts.get("bold", size + 4)
        canvas.text((W // 2, 205), doc["title"], font=title, fill=ink, anchor="mt")
        half = title.getlength(doc["title"]) / 2
        canvas.line((W // 2 - half, 207 + size + 6, W // 2 + half, 207 + size + 6), fill=ink, width=2)
        y = 205 + size + 18
    else:
        canvas.paste(doc["logo"], (W // 2 - 60, 26))
        canvas.text((W // 2, 158), doc["university"], font=fonts.fitting("bold", size + 8, doc["university"], 1000), fill=ink, anchor="mt")
        canvas.text((W // 2, 158 + size + 16), doc["faculty"], font=fonts.get("regular", size), fill=ink, anchor="mt")
        y = 158 + 2 * size + 40
        canvas.text((W // 2, y), doc["title"], font=fonts.get("bold", size + 4), fill=ink, anchor="mt")
        english = "ACADEMIC TRANSCRIPT" if doc["title"] == "TRANSKRIP AKADEMIK" else "TRANSCRIPT OF RECORDS"
        canvas.text((W // 2, y + size + 10), english, font=fonts.get("italic", size), fill=ink, anchor="mt")
        y += 2 * size + 20
    if doc["number"]:
        canvas.text((W // 2 if family != "khs" else LEFT, y), doc["number"], font=fonts.get("regular", size - 3), fill=ink,
                    anchor="mt" if family != "khs" else "la")
        y += size + 6
    return y + 18


def student(canvas, fonts, style, doc, y, ink):
    """The student block, from y down; returns the y below it."""
    size, family = style["size"], style["family"]
    body, line = fonts.get("regular", size), int(size * 1.65)
    programme = f"{doc['degree']} {doc['programme']}"
    if family == "khs":
        left = [("Nama", doc["name"]), (doc["nim_label"] if len(doc["nim_label"]) < 5 else "NIM", doc["nim"]), ("Program Studi", programme)]
        right = [("Semester", doc["semester_text"]), ("Dosen Wali", doc["adviser"]), ("Angkatan", str(doc["entry"]))]
        canvas.rectangle((LEFT, y, RIGHT, y + line * 3 + 20), fill=(244, 245, 247))
        for column, pairs, label_w in ((LEFT + 14, left, 170), (LEFT + 560, right, 150)):
            for k, (label, value) in enumerate(pairs):
                top = y + 12 + k * line
                canvas.text((column, top), label, font=body, fill=ink)
                canvas.text((column + label_w, top), ": " + value, font=fonts.fitting("regular", size, ": " + value, 530 - label_w - 10), fill=ink)
        return y + line * 3 + 40
    if family == "sementara":
        pairs = [("Nama Mahasiswa", doc["name"]), (doc["nim_label"], doc["nim"]), ("Tempat, Tgl. Lahir", doc["born"]),
                 ("Program Studi", programme), ("Semester", doc["semester_text"])]
        label_w = 290 if len(doc["nim_label"]) > 10 else 250
    else:
        pairs = [("Nama / Name", doc["name"]), ("NIM / Student Number", doc["nim"]), ("Tempat, Tgl. Lahir / Place, Date of Birth", doc["born"]),
                 ("Program Studi / Study Program", programme), ("Semester / Semester", doc["semester_text"])]
        label_w = 480
    for label, value in pairs:
        canvas.text((LEFT, y), label, font=fonts.fitting("regular", size, label, label_w - 10), fill=ink)
        canvas.text((LEFT + label_w, y), ": " + value, font=body, fill=ink)
        y += line
    return y + 14


def summary(canvas, fonts, style, doc, y, ink):
    size, family = style["size"], style["family"]
    body, bold, line = fonts.get("regular", size), fonts.get("bold", size), int(size * 1.7)
    if family == "khs":
        canvas.rectangle((LEFT, y, RIGHT, y + line + 16), fill=tuple(255 - (255 - c) // 6 for c in style["colour"]))
        canvas.text((LEFT + 16, y + 10), f"Total SKS Ditempuh : {doc['total']}", font=body, fill=ink)
        canvas.text((LEFT + 560, y + 10), f"Indeks Prestasi Kumulatif (IPK) : {doc['ipk']}", font=bold, fill=ink)
        return y + line + 30
    if family == "sementara":
        pairs = [("Jumlah SKS", doc["total"]), ("Jumlah Mutu", doc["mutu"]), ("Indeks Prestasi Kumulatif (IPK)", doc["ipk"])]
    else:
        pairs = [("Jumlah SKS / Total Credits", doc["total"]), ("Indeks Prestasi Kumulatif / Grade Point Average", doc["ipk"])]
    width = max(bold.getlength(p[0]) for p in pairs) + 20
    for k, (label, value) in enumerate(pairs):
        font = bold if k == len(pairs) - 1 else body
        canvas.text((LEFT, y), label, font=font, fill=ink)
        canvas.text((LEFT + width, y), ": " + value, font=font, fill=ink)
        y += line
    if doc.get("legend"):
        for text in wrap(doc["legend"], fonts.get("regular", size - 4), RIGHT - LEFT):
            canvas.text((LEFT, y), text, font=fonts.get("regular", size - 4), fill=ink)
            y += size
    return y + 10


def signature(canvas, fonts, style, doc, y, ink):
    size = style["size"]
    body, x = fonts.get("regular", size - 1), 740
    canvas.text((x, y), doc["place_date"], font=fonts.fitting("regular", size - 1, doc["place_date"], RIGHT - x), fill=ink)
    canvas.text((x, y + size + 8), doc["role"], font=fonts.fitting("regular", size - 1, doc["role"], RIGHT - x), fill=ink)
    if doc["wet"]:
        canvas.paste(doc["signature"], (x + 20, y + 2 * size + 20))
    else:
        canvas.text((x, y + 2 * size + 50), "Ditandatangani secara elektronik", font=fonts.get("italic", size - 4), fill=(60, 60, 66))
    name_y = y + 2 * size + 130
    canvas.text((x, name_y), doc["signer"], font=fonts.fitting("bold", size - 1, doc["signer"], RIGHT - x + 40), fill=ink)
    canvas.text((x, name_y + size + 6), doc["signer_id"], font=body, fill=ink)
    if doc["wet"]:
        canvas.paste(doc["stamp"], (x - 110, y + size))
    if not doc["wet"] or style["family"] == "khs":
        canvas.paste(doc["qr"], (LEFT, y + 10))
        canvas.text((LEFT, y + 160), "Pindai untuk verifikasi keaslian", font=fonts.get("italic", size - 5), fill=ink)
    note_y = name_y + 2 * size + 26
    canvas.text((LEFT, note_y), doc["note"], font=fonts.fitting("italic", size - 5, doc["note"], RIGHT - LEFT), fill=(60, 60, 66))
    return note_y + size + 10


def running(canvas, fonts, style, doc, ink):
    """The line heading every later page: title, name and number."""
    text = f"{doc['title']} - {doc['name']} - {doc['nim']}"
    canvas.text((LEFT, 56), text, font=fonts.fitting("regular", style["size"] - 3, text, RIGHT - LEFT), fill=ink)
    canvas.line((LEFT, 90, RIGHT, 90), fill=ink, width=1)
    return 110


def footer(canvas, fonts, style, doc, number, count, height, ink):
    small = fonts.get("regular", style["size"] - 6)
    canvas.text((LEFT, height - 60), doc["print_line"], font=small, fill=(90, 90, 96))
    pages = f"Halaman {number} dari {count}" if style["period"] in ("gasal", "roman") else f"Hal. {number}/{count}"
    canvas.text((RIGHT, height - 60), pages, font=small, fill=(90, 90, 96), anchor="ra")
