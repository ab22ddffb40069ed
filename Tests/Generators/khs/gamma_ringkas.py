"""gamma `ringkas`: a DENSE FINAL TRANSCRIPT ON ONE PAGE (two or three with --pdf) in two ruled
tables side by side, each with its own header row (Smt | No | Kode | Mata Kuliah | SKS | Nilai, or
No | Sem | Kode MK | Mata Kuliah | K | Huruf, or English Sem | No | Code | Course Title | Cr | Grade);
the courses run down the left table and continue at the top of the right one, numbered on. The
Semester column is a vertically merged cell spanning that semester's rows with the number written
once in its middle (arabic or roman), or a roman numeral repeated on every row. A small narrow or
condensed font (cap height 14-16 px on the page as drawn), names wrapped in their narrow cell.
Above the tables the letterhead, the title and the student in two columns; under them the thesis
title ("Judul Skripsi : ...", one or two lines), Jumlah SKS, the IPK and the Predikat, and the
signature over a stamp at the right.

The scan: a flatbed, the page a little askew (0.2-0.9 degrees) on the lid's white, a faint paper
tone, a little softness and mild grain; then degraded further under xi's guard (the body font's em
never under 8 px). The --text-pdf twin is the page as drawn."""
import math

from PIL import Image, ImageChops, ImageFilter

import gamma_style as st
from canvas import Canvas
from texture import seeded_noise

WIDTH, A4 = st.WIDTH, st.A4
LEFT, RIGHT, GAP = 44, 1196, 20


def capacity(style):
    return 44


def _cols(style, face, rows, left, right):
    code_w = max([face.getlength(r["code"]) for r in rows] + [face.getlength("Kode")]) + 12
    fixed = {"smt": 40, "no": 36, "code": round(code_w), "sks": 40, "grade": 50 if style["scale"] != "numeric" else 60}
    if style["smt_mode"] == "roman":
        fixed["smt"] = max(fixed["smt"], round(face.getlength("VIII")) + 14)
    return st.spans(style, style["columns"], fixed, left, right)


def _heights(style, face, cols, part):
    width = next(x1 - x0 for k, _, x0, x1 in cols if k == "name") - 12
    line, step = round(style["size"] * 1.38), round(style["size"] * 1.08)
    out = []
    for row in part:
        names = st.wrap(row["name"], face, width)
        out.append((names, line + step * (len(names) - 1)))
    return out


def _table(c, style, face, bold, cols, part, sized, number, y):
    """One of the two tables from y down; returns the y under it."""
    size = style["size"]
    left, right = cols[0][2], cols[-1][3]
    head = round(size * 1.7)
    top = y
    c.rectangle((left, y, right, y + head), fill=(232, 232, 232))
    for key, label, x0, x1 in cols:
        c.text(((x0 + x1) // 2, y + head // 2), label, font=bold, fill=st.INK, anchor="mm")
    y += head
    c.line((left, y, right, y), fill=st.INK, width=2)
    merged = style["smt_mode"] == "merged"
    smt = next((x0, x1) for k, _, x0, x1 in cols if k == "smt")
    line = round(size * 1.38)
    groups = []
    for n, (row, (names, height)) in enumerate(zip(part, sized)):
        if not groups or groups[-1][0] != row["semester"]:
            groups.append([row["semester"], y, y])
        for key, _, x0, x1 in cols:
            mid = y + line // 2
            if key == "name":
                for k, piece in enumerate(names):
                    c.text((x0 + 6, mid + k * round(size * 1.08)), piece, font=face, fill=st.INK, anchor="lm")
            elif key == "code":
                c.text((x0 + 6, mid), row["code"], font=face, fill=st.INK, anchor="lm")
            elif key == "smt":
                if not merged:
                    c.text(((x0 + x1) // 2, mid), st.ROMAN[row["semester"] - 1], font=face, fill=st.INK, anchor="mm")
            else:
                c.text(((x0 + x1) // 2, mid), st.cell(style, row, key, number + n), font=face, fill=st.INK, anchor="mm")
        y += height
        groups[-1][2] = y
        last_of_group = n == len(part) - 1 or part[n + 1]["semester"] != row["semester"]
        if merged and not last_of_group:
            c.line((smt[1], y, right, y) if smt[0] == left else (left, y, smt[0], y), fill=st.INK)
            if smt[0] != left:
                c.line((smt[1], y, right, y), fill=st.INK)
        else:
            c.line((left, y, right, y), fill=st.INK)
    if merged:
        for semester, y0, y1 in groups:
            text = st.ROMAN[semester - 1] if style["smt_roman"] else str(semester)
            c.text(((smt[0] + smt[1]) // 2, (y0 + y1) // 2), text, font=bold, fill=st.INK, anchor="mm")
    for _, _, x0, _ in cols[1:]:
        c.line((x0, top, x0, y), fill=st.INK)
    for x in (left, right):
        c.line((x, top, x, y), fill=st.INK, width=2)
    c.line((left, top, right, top), fill=st.INK, width=2)
    c.line((left, y, right, y), fill=st.INK, width=2)
    return y


def _halves(sized):
    """Where the rows break from the left table to the right: the heights as even as they come."""
    total, run = sum(h for _, h in sized), 0
    for k, (_, h) in enumerate(sized):
        if run + h / 2 > total / 2:
            return max(1, k)
        run += h
    return len(sized)


def _page(style, doc, part, rng, first, last, number, rows):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    words = st.labels(style)
    c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
    y = st.letterhead(c, style, rng, 56, LEFT + 30, RIGHT - 30, size)
    st.title(c, style, first, WIDTH // 2, y - 4)
    y += size + 26
    line = round(size * 1.38)
    if first:
        st.student_columns(c, style, doc, face, (LEFT, WIDTH // 2 + GAP // 2), y, line)
        y += 2 * line + 14
    else:
        st.name_line(c, style, doc, face, LEFT, y)
        y += line + 10
    mid = WIDTH // 2
    left_cols = _cols(style, face, rows, LEFT, mid - GAP // 2)
    right_cols = _cols(style, face, rows, mid + GAP // 2, RIGHT)
    sized = _heights(style, face, left_cols, part)
    cut = _halves(sized)
    y_left = _table(c, style, face, bold, left_cols, part[:cut], sized[:cut], number, y)
    y_right = _table(c, style, face, bold, right_cols, part[cut:], sized[cut:], number + cut, y) if cut < len(part) else y
    y = max(y_left, y_right) + 24
    if last:
        label = f"{style['thesis_label']} : "
        lines = st.wrap(style["thesis"], face, RIGHT - LEFT - face.getlength(label))
        c.text((LEFT, y), label, font=bold, fill=st.INK)
        for k, piece in enumerate(lines[:2]):
            c.text((LEFT + bold.getlength(label), y + k * line), piece, font=face, fill=st.INK)
        y += len(lines[:2]) * line + 14
        top = y
        items = [(words["total"], str(doc["total"])), (words["ipk"], st.number(style, doc["ipk"])),
                 (words["predikat"], st.predicate(style, doc["ipk"]))]
        y = st.summary(c, items, words["ipk"], LEFT, 330, y, line, face, bold)
        y = max(y, st.sign_block(c, style, doc, rng, RIGHT - 400, top, line, face, bold))
    else:
        y = st.continued(c, style, RIGHT, y, line)
    return st.trim(c, WIDTH, max(A4, y + 90))


def _scan(page, rng):
    """A flatbed: a slight skew on the lid's white, a faint paper tone, a little softness, mild grain."""
    skew = round(rng.uniform(0.2, 0.9) * rng.choice([-1, 1]), 2)
    page = page.rotate(skew, resample=Image.BICUBIC, fillcolor=(rng.randint(238, 250),) * 3)
    tone = (rng.randint(240, 252), rng.randint(238, 250), rng.randint(230, 244))
    page = ImageChops.multiply(page, Image.new("RGB", page.size, tone))
    blur = round(rng.uniform(0.3, 0.55), 2)
    page = page.filter(ImageFilter.GaussianBlur(blur))
    sigma = round(rng.uniform(2, 4), 1)
    page = ImageChops.add(page, Image.merge("RGB", [seeded_noise(rng, page.size, sigma)] * 3), 1.0, -128)
    return page, {"name": "flatbed_scan", "skew": skew, "paper": list(tone), "blur": blur, "noise": sigma}


def cap_height(style):
    face = st.font(style["font"], 200)
    box = face.getbbox("H")
    return round((box[3] - box[1]) / 200 * style["size"], 1)


def render(style, doc, rows, rng, paged, text_pdf):
    style["smt_roman"] = rng.random() < 0.4

    def scan(image):
        image, info = _scan(image, rng)
        info["cap_height_px"] = cap_height(style)
        return image, info

    canvases = st.pages(style, rows, rng, paged, text_pdf, 40,
                        lambda part, k, count, number: _page(style, doc, part, rng, k == 0, k == count - 1, number, rows), scan)
    style["body"] = style["size"]
    return canvases
