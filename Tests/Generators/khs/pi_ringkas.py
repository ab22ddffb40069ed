"""The pi "ringkas" family: a compact grade list a private campus's academic office prints, in a
small font: the institution in bold at the left over a thin rule, a lowercase title (bilingual at
times: "transkrip nilai sementara / provisional transcript"), a short student block with lowercase
labels, a NARROW table (55-68 % of the page, at the left margin or centred) with lowercase headers
("kode", "matakuliah", "sks", "nilai"), alternating grey bands and no vertical lines, course titles
in English and Indonesian mixed, then total sks and ipk, and a signature with a round stamp laid
over the lower right part of the table."""
import kappa_art
import omicron_art as oa
import pi_style as ps

INK = (30, 30, 34)
GREY = (110, 110, 115)


def _label(style, indonesian, english):
    return f"{indonesian} / {english}" if style["bilingual"] else indonesian


def _top(canvas, rng, style, doc, f, size):
    canvas.text((80, 55), style["institution"].upper(), font=f.get("bold", size + 5), fill=INK)
    canvas.text((80, 55 + round(size * 1.8)), _label(style, "biro administrasi akademik", "academic affairs office"),
                font=f.get("regular", size - 2), fill=GREY)
    y = 55 + round(size * 3.3)
    canvas.line((80, y, 1160, y), fill=GREY, width=1)
    y += round(size * 1.4)
    title = rng.choice(["transkrip nilai sementara", "daftar nilai mahasiswa", "rekap nilai"])
    english = {"transkrip nilai sementara": "provisional transcript", "daftar nilai mahasiswa": "student grade list",
               "rekap nilai": "grade summary"}[title]
    canvas.text((80, y), _label(style, title, english), font=f.get("bold", size + 3), fill=INK)
    y += round(size * 2.3)
    body, line = f.get("regular", size), round(size * 1.45)
    pairs = [(_label(style, "nama", "name"), doc["name"]), (_label(style, "nim", "student id"), doc["nim"]),
             (_label(style, "prodi", "program"), style["programme"]), (_label(style, "semester", "semester")
                                                                       if not style["bilingual"] else "semester", str(doc["semester"]))]
    label = max(body.getlength(k) for k, _ in pairs) + 14
    for key, value in pairs:
        canvas.text((80, y), key, font=body, fill=INK)
        canvas.text((80 + label, y), ": " + value, font=body, fill=INK)
        y += line
    return y + line // 2


def _labels(style):
    return {"no": "no", "kode": _label(style, "kode", "code"), "matakuliah": _label(style, "matakuliah", "course"),
            "sks": _label(style, "sks", "cr"), "nilai": _label(style, "nilai", "grade")}


def _geometry(style, f, size, rows):
    """Column x positions: each column as wide as its widest cell or header, the course column up to
    the style's share of the page."""
    body, bold, labels = f.get("regular", size), f.get("bold", size), _labels(style)
    cols = (["no"] if style["numbered"] else []) + ["kode", "matakuliah", "sks", "nilai"]
    cells = {"no": [str(len(rows))], "kode": [r["code"] for r in rows], "matakuliah": [r["name"] for r in rows],
             "sks": ["4"], "nilai": ["A-"]}
    need = {c: max(bold.getlength(labels[c]), max(body.getlength(t) for t in cells[c])) + 20 for c in cols}
    others = sum(need[c] for c in cols if c != "matakuliah")
    need["matakuliah"] = min(need["matakuliah"] + 40, max(1080 * style["width"] - others, 300))
    width = round(sum(need.values()))
    left = 80 if not style["centred"] else 620 - width // 2
    xs, x = {}, left
    for col in cols:
        xs[col] = x
        x += need[col]
    xs["end"] = left + width
    return cols, xs, left, left + width


def _table(canvas, style, f, size, rows, first_number, y, geometry, stamp=None):
    """The banded table; a stamp (picture, offset left of the right edge, offset up from the bottom) is
    laid after the bands and before the text, so the print stays dark where the ink crosses it."""
    cols, xs, left, right = geometry
    body, bold = f.get("regular", size), f.get("bold", size)
    labels = _labels(style)
    row_h = round(size * 1.55)
    top = y + row_h
    for k in range(1, len(rows), 2):
        canvas.rectangle((left, top + k * row_h + 1, right, top + (k + 1) * row_h - 1), fill=style["shade"])
    if stamp:
        picture, dx, dy = stamp
        canvas.paste(picture, (right - dx, top + len(rows) * row_h - dy))
    canvas.line((left, y, right, y), fill=INK, width=1)
    for col in cols:
        canvas.text((xs[col] + 6, y + row_h / 2), labels[col], font=bold, fill=INK, anchor="lm")
    y += row_h
    canvas.line((left, y, right, y), fill=INK, width=1)
    room = xs[(cols + ["end"])[cols.index("matakuliah") + 1]] - xs["matakuliah"] - 10
    for n, r in enumerate(rows, first_number):
        cells = {"no": str(n), "kode": r["code"], "matakuliah": r["name"], "sks": str(r["sks"]), "nilai": r["grade"]}
        for col in cols:
            font = f.fitting("regular", size, cells[col], room) if col == "matakuliah" else body
            canvas.text((xs[col] + 6, y + row_h / 2), cells[col], font=font, fill=INK, anchor="lm")
        y += row_h
    canvas.line((left, y, right, y), fill=INK, width=1)
    return y


def _close(canvas, rng, style, doc, f, size, y, geometry):
    _, _, left, right = geometry
    body, bold, line = f.get("regular", size), f.get("bold", size), round(size * 1.5)
    y += round(size * 0.8)
    canvas.text((left + 6, y), f"total sks : {doc['total']}", font=body, fill=INK)
    y += line
    canvas.text((left + 6, y), f"{_label(style, 'ipk', 'gpa')} : {ps.number(style, doc['ipk'])}", font=bold, fill=INK)
    y += line
    canvas.text((left + 6, y), _label(style, "dicetak", "printed") + f" : {doc['day']:%d/%m/%Y}", font=f.get("italic", size - 2), fill=GREY)
    y += line
    widest = max(body.getlength(_label(style, "kepala biro akademik", "head of academic affairs")), bold.getlength(doc["official"]))
    x = min(max(right - 60, 560), 1160 - widest)
    pen = rng.choice([(25, 35, 120), (20, 20, 30)])
    sign_y = y - 3 * line
    canvas.text((x, sign_y), f"{doc['city'].lower()}, {ps.date_text(doc['day']).lower()}", font=body, fill=INK)
    canvas.text((x, sign_y + line), _label(style, "kepala biro akademik", "head of academic affairs"), font=body, fill=INK)
    canvas.paste(kappa_art.signature(rng, 220, 80, pen), (x + rng.randint(-10, 30), sign_y + 2 * line - 10))
    canvas.text((x, sign_y + 2 * line + 80), doc["official"], font=bold, fill=INK)
    canvas.text((x, sign_y + 3 * line + 80), f"NIK. {doc['nik']}", font=body, fill=INK)
    return max(y, sign_y + 4 * line + 80)


def render(style, doc, chunks, rng):
    f, size, canvases, number = oa.fonts(style), style["size"], [], 1
    geometry = _geometry(style, f, size, [r for rows in chunks for r in rows])
    for k, rows in enumerate(chunks):
        canvas = oa.sheet(rng)
        if k == 0:
            y = _top(canvas, rng, style, doc, f, size)
        else:
            y = 70
            canvas.text((80, y), f"{doc['nim']} - {_label(style, 'lanjutan', 'continued')}", font=f.get("italic", size - 2), fill=GREY)
            y += round(size * 2.2)
        stamp = None
        if k == len(chunks) - 1:  # over the table's lower right
            stamp = (kappa_art.stamp(rng, rng.randint(150, 175), rng.choice([(60, 70, 160), (140, 50, 120), (40, 110, 90)]),
                                     style["institution"].upper(), f.get("bold", 20).path), rng.randint(150, 230), rng.randint(95, 135))
        y = _table(canvas, style, f, size, rows, number, y, geometry, stamp)
        number += len(rows)
        if k == len(chunks) - 1:
            y = _close(canvas, rng, style, doc, f, size, y, geometry)
        if len(chunks) > 1:
            canvas.text((1160, max(y + 40, 1650)), f"{k + 1}/{len(chunks)}", font=f.get("regular", size - 3), fill=GREY, anchor="ra")
            y = max(y + 40, 1650) + size
        canvases.append(oa.finish(canvas, y))
    return canvases
