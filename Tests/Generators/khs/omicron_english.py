"""Family `english` of omicron: an international-programme Academic Transcript in English. The
university and programme left-aligned in small capitals beside a round emblem, a coloured rule,
the student in two label columns (Student Name / Student ID Number / Study Program / Year of Entry),
then courses under semester headings ("Odd Semester 2022/2023", "Semester 3") in an open table
ruled only above and below (Course Code | Course Title | Credits | Grade | Grade Points, order
varying), a Semester GPA line per semester, and Total Credits and Cumulative GPA at the end, with the
institution's grading scale. On a PDF the heading repeats on every page; the student is on the first."""
import kappa_art
import omicron_art as art
import omicron_style as ost
from sheet_fonts import wrap

MARGIN = 80
ORDERS = [["code", "name", "sks", "grade", "points"], ["no", "code", "name", "sks", "grade", "points"],
          ["name", "code", "sks", "grade", "points"], ["code", "name", "grade", "sks", "points"]]
LABELS = {"no": ["No.", "#"], "code": ["Course Code", "Code"], "name": ["Course Title", "Course Name"],
          "sks": ["Credits", "Credit Units", "Cr."], "grade": ["Grade", "Letter Grade"], "points": ["Grade Points", "Quality Points"]}
WIDTHS = {"no": 60, "code": 170, "sks": 110, "grade": 120, "points": 150}
COLOURS = [(18, 52, 110), (120, 20, 35), (10, 90, 80), (70, 40, 110)]


def _heading(canvas, style, f, look, first):
    size = style["size"]
    canvas.paste(look["emblem"], (1240 - MARGIN - 120, 36))
    ink = look["colour"]
    y = 78
    art.small_caps(canvas, MARGIN, y, style["institution"], lambda s: f.get("bold", s), size + 12, ink)
    y += round(size * 1.5)
    art.small_caps(canvas, MARGIN, y, look["programme_line"], lambda s: f.get("regular", s), size + 2, ink)
    y += round(size * 1.25)
    canvas.text((MARGIN, y - size + 4), look["office"], font=f.get("italic", size - 3), fill=art.INK)
    y = max(y + 20, 170)
    canvas.rectangle((MARGIN, y, 1240 - MARGIN, y + 4), fill=ink)
    y += 40
    title = "Academic Transcript" if first else "Academic Transcript (continued)"
    width = art.small_caps_width(title, lambda s: f.get("bold", s), size + 8, 1.5)
    art.small_caps(canvas, 620 - width / 2, y + size, title, lambda s: f.get("bold", s), size + 8, art.INK, 1.5)
    y += round(size * 1.6)
    if first:
        canvas.text((620, y), look["number"], font=f.get("regular", size - 3), fill=art.INK, anchor="mt")
        y += round(size * 1.2)
    return y + 22


def _student(canvas, style, doc, f, y, look):
    size = style["size"]
    body, bold = f.get("regular", size), f.get("bold", size)
    line = round(size * 1.55)
    left = [("Student Name", doc["name"]), ("Student ID Number", doc["nim"]),
            ("Study Program", f"{look['degree']} {style['english_programme']}")]
    right = [("Year of Entry", str(doc["entry"])), (look["semester_label"], str(doc["semester"])),
             ("Level", look["level"])]
    label_width = max(body.getlength(label) for label, _ in left) + 20
    for k, (label, value) in enumerate(left):
        canvas.text((MARGIN, y + k * line), label, font=body, fill=art.INK)
        canvas.text((MARGIN + label_width, y + k * line), ": " + value, font=bold if k == 0 else body, fill=art.INK)
    x = 760 if look["wide_right"] else 720
    for k, (label, value) in enumerate(right):
        canvas.text((x, y + k * line), label, font=body, fill=art.INK)
        value_font = body if body.getlength(value) < 1240 - MARGIN - x - 190 else f.get("regular", size - 4)
        canvas.text((x + 185, y + k * line), ": " + value, font=value_font, fill=art.INK)
    return y + 3 * line + 18


def _columns(order):
    fixed = sum(WIDTHS[c] for c in order if c != "name")
    xs, x = {}, MARGIN
    for col in order:
        width = 1240 - 2 * MARGIN - fixed if col == "name" else WIDTHS[col]
        xs[col] = (x, x + width)
        x += width
    return xs


def _table_head(canvas, xs, labels, f, size, y):
    canvas.line((MARGIN, y, 1240 - MARGIN, y), fill=art.INK, width=3)
    y += 10
    for col, (x0, x1) in xs.items():
        text = labels[col]
        font_of = lambda s: f.get("bold", s)  # noqa: E731
        width = art.small_caps_width(text, font_of, size - 1)
        x = x0 + 6 if col in ("name", "code") else (x0 + x1) / 2 - width / 2
        art.small_caps(canvas, x, y + size, text, font_of, size - 1)
    y += round(size * 1.45)
    canvas.line((MARGIN, y, 1240 - MARGIN, y), fill=art.INK, width=1)
    return y + 8


def _course(canvas, xs, row, number, style, f, size, y):
    body = f.get("regular", size)
    line = round(size * 1.4)
    names = wrap(row["name"], body, xs["name"][1] - xs["name"][0] - 12)
    cells = {"no": str(number), "code": row["code"], "sks": str(row["sks"]), "grade": row["grade"],
             "points": f"{row['sks'] * row['point']:.2f}"}
    for col, (x0, x1) in xs.items():
        if col == "name":
            for k, text in enumerate(names):
                canvas.text((x0 + 6, y + k * line), text, font=body, fill=art.INK)
        elif col == "code":
            canvas.text((x0 + 6, y), cells[col], font=body, fill=art.INK)
        else:
            canvas.text(((x0 + x1) / 2, y), cells[col], font=body, fill=art.INK, anchor="ma")
    return y + line * len(names)


def render(style, doc, chunks, rng):
    f = art.fonts(style)
    size = style["size"]
    order = rng.choice(ORDERS)
    labels = {col: rng.choice(options) for col, options in LABELS.items()}
    colour = rng.choice(COLOURS)
    look = {"colour": colour, "emblem": kappa_art.emblem(rng, 120, colour + (255,), (205, 165, 40, 255)),
            "programme_line": rng.choice(ost.INTERNATIONAL), "office": rng.choice(["Office of Academic Affairs",
                                                                                     "Directorate of Education", "Registrar's Office"]),
            "number": f"No. {doc['number']}", "level": {"S1": "Undergraduate (S1)", "D4": "Applied Bachelor (D4)",
                                                        "D3": "Diploma III (D3)"}[style["degree"]],
            "degree": "Bachelor of" if style["degree"] in ("S1", "D4") else "Diploma in",
            "semester_label": rng.choice(["Current Semester", "Semester", "Semester Enrolled"]), "wide_right": rng.random() < 0.5,
            "gpa_label": rng.choice(["Semester GPA", "GPA this Semester", "Semester GPA (IPS)"])}
    xs = _columns(order)
    canvases, number = [], 1
    total_pages = len(chunks)
    for page_no, chunk in enumerate(chunks):
        canvas = art.sheet(rng)
        y = _heading(canvas, style, f, look, page_no == 0)
        if page_no == 0:
            y = _student(canvas, style, doc, f, y, look)
        else:
            canvas.text((MARGIN, y), f"{doc['name']}  -  {doc['nim']}", font=f.get("italic", size - 3), fill=art.INK)
            y += round(size * 1.6)
        y = _table_head(canvas, xs, labels, f, size, y)
        for k, row in enumerate(chunk):
            if k == 0 or row["semester"] != chunk[k - 1]["semester"]:
                head = ost.term(style, doc["entry"], row["semester"], english=True)
                if k == 0 and page_no and chunks[page_no - 1][-1]["semester"] == row["semester"]:
                    head += " (continued)"
                canvas.text((MARGIN + 6, y + 6), head, font=f.get("bold", size), fill=colour)
                y += round(size * 1.75)
            y = _course(canvas, xs, row, number, style, f, size, y)
            number += 1
            following = chunk[k + 1] if k + 1 < len(chunk) else (chunks[page_no + 1][0] if page_no + 1 < total_pages else None)
            if following is None or following["semester"] != row["semester"]:
                credits = sum(r["sks"] for c in chunks for r in c if r["semester"] == row["semester"])
                text = f"Credits: {credits}     {look['gpa_label']}: {doc['ips'][row['semester']]:.2f}"
                canvas.line((xs[order[-3]][0], y + 2, 1240 - MARGIN, y + 2), fill=(120, 120, 125), width=1)
                canvas.text((1240 - MARGIN - 6, y + 8), text, font=f.get("italic", size - 1), fill=art.INK, anchor="ra")
                y += round(size * 2.1)
        canvas.line((MARGIN, y, 1240 - MARGIN, y), fill=art.INK, width=3)
        y += 18
        if page_no + 1 == total_pages:
            y = _closing(canvas, rng, style, doc, f, y, look)
        else:
            canvas.text((1240 - MARGIN, y), "continued on next page", font=f.get("italic", size - 4), fill=art.INK, anchor="ra")
        foot = max(y + 40, 1754 - 100)
        small = f.get("regular", size - 5)
        canvas.text((1240 - MARGIN, foot), f"Page {page_no + 1} of {total_pages}", font=small, fill=art.INK, anchor="ra")
        canvas.text((MARGIN, foot), f"{style['institution']} - {look['programme_line']}", font=small, fill=art.INK)
        canvases.append(art.finish(canvas, foot + 20))
    return canvases


def _closing(canvas, rng, style, doc, f, y, look):
    size = style["size"]
    body, bold = f.get("regular", size), f.get("bold", size + 1)
    line = round(size * 1.6)
    canvas.text((MARGIN, y), "Total Credits Earned", font=body, fill=art.INK)
    canvas.text((MARGIN + 300, y), f": {doc['total']}", font=body, fill=art.INK)
    canvas.text((MARGIN, y + line), "Cumulative GPA", font=bold, fill=art.INK)
    canvas.text((MARGIN + 300, y + line), f": {doc['ipk']:.2f}", font=bold, fill=art.INK)
    y += 2 * line + 10
    scale = "; ".join(f"{g} = {p:.2f}" for g, p in ost.POINTS[style["scale"]].items())
    canvas.text((MARGIN, y), f"Grading scale: {scale}", font=f.get("italic", size - 4), fill=art.INK)
    y += round(size * 2.4)
    day = doc["day"]
    lines = [f"{doc['city']}, {ost.MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
             rng.choice([f"Director, {look['programme_line']}", "Vice Dean for Academic Affairs", "Head of Study Program"])]
    return art.signature_block(canvas, rng, 760, y, lines, doc["official"], doc["nip"], f.get("regular", size - 1),
                               f.get("bold", size - 1), style["institution"].upper() if rng.random() < 0.4 else None)
