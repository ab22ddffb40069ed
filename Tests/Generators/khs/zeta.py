"""The `zeta` layout: a whole-study transcript ("Transkrip Akademik", "Daftar Nilai", "Academic
Transcript") whose courses run down TWO tables side by side, as many Indonesian universities print
them; written from what real transcripts look like, not from what the reader handles. Only made
when asked for (`--layouts zeta`). See zeta_style.py for what varies per institution and
zeta_sheet.py for the page.

Content: 14-28 courses over 2-8 semesters on one page (A4 portrait, or landscape; taller when the
content needs it), 36-52 courses over 5-8 semesters on two pages with --pdf/--text-pdf (page 1 filled). A
graduate's transcript (40 %) covers 8 semesters and prints the length of study, graduation date,
predikat and thesis title; otherwise the current semester (the last shown or the next) is
printed. Tampered transcripts (20 %) print a wrong IPK or have one row's grade raised (as kappa).
Ground truth: the same keys as the other layouts; rows in reading order (left table, then right);
a course name wrapped onto two lines is joined with one space.
"""
import random
from decimal import Decimal


import zeta_style as zs
from khs_files import document_start, write_document
from generate_khs import SCALES, requirements
from kappa import _cut, _tamper
from zeta_document import surroundings
from sheet_fonts import ROOT
from zeta_sheet import Sheet


def _category(name, semester, rng):
    if name in zs.GENERAL:
        return "general"
    if name in zs.FINAL:
        return "final"
    return "elective" if semester >= 5 and rng.random() < 0.35 else "core"


def _courses(rng, style, count, semesters):
    sizes = [2] * semesters
    for _ in range(count - 2 * semesters):
        sizes[rng.randrange(semesters)] += 1
    pairs, rows, codes = rng.sample(zs.CATALOGUE, count), [], set()
    pairs.sort(key=lambda pair: pair[0] in zs.FINAL)  # thesis, internship and seminar come last
    letters = list(SCALES[style["scale"]])
    for semester, size in enumerate(sizes, 1):
        for _ in range(size):
            natural, english = pairs[len(rows)]
            category = _category(natural, semester, rng)
            code = zs.course_code(rng, style, semester, category == "general")
            while code in codes:
                code = zs.course_code(rng, style, semester, category == "general")
            codes.add(code)
            grade = rng.choices(letters, zs.SCALE_WEIGHTS[style["scale"]])[0]
            shown = english if style["language"] == "en" else natural
            rows.append({"code": code, "natural": shown, "semester": semester, "category": category, "grade": grade,
                         "point": SCALES[style["scale"]][grade], "sks": rng.choices([1, 2, 3, 4], [1, 5, 6, 1])[0],
                         "name": shown.upper() if style["upper_names"] else shown})
    return rows


def _order(style, rows):
    """Rows in print order and the items (headings and rows) of the tables."""
    if style["grouping"] == "category":
        kinds = [k for k in ("general", "core", "elective", "final") if any(r["category"] == k for r in rows)]
        ordered = [r for k in kinds for r in rows if r["category"] == k]
        items = [i for k in kinds for i in [("heading", zs.category_text(style, k))] + [("row", r) for r in rows if r["category"] == k]]
        return ordered, items
    if style["grouping"] == "semester":
        semesters = sorted({r["semester"] for r in rows})
        return rows, [i for s in semesters for i in [("heading", s)] + [("row", r) for r in rows if r["semester"] == s]]
    return rows, [("row", r) for r in rows]


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    rng, style, fake, paged = document_start("zeta", seed, index, zs.draw_style, pdf, text_pdf)
    shown = 8 if style["graduated"] else rng.randint(5, 7) if paged else rng.randint(2, 7)
    count = rng.randint(36, 52) if paged else rng.randint(max(14, 2 * shown), 28 if shown > 4 else 20)
    semester = shown if style["graduated"] else min(8, shown + rng.choice([0, 1]))
    entry = rng.randint(2016, 2025 - semester // 2)  # printed in the semester shown, by 2025
    rows = _courses(rng, style, count, shown)
    total = sum(r["sks"] for r in rows)
    original = _cut([(r["sks"], r["point"]) for r in rows], style)
    quality_sum = sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in rows)
    tampered = _tamper(rng, rows, style, total)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    printed = original
    if tampered == "ipk":
        delta = rng.uniform(0.15, 0.6)
        printed = round(printed - delta if printed + delta > 4.0 else printed + delta if printed - delta < 0 else printed + rng.choice([-1, 1]) * delta, 2)
    extra = random.Random(f"zeta-{seed}-{index}-requirements")
    natural_rows = [{"code": r["code"], "name": r["natural"], "sks": r["sks"], "grade": r["grade"]} for r in rows]
    catalogue = [e if style["language"] == "en" else n for n, e in zs.CATALOGUE]
    wanted, met = requirements(extra, natural_rows, ipk_true, semester, style["scale"], catalogue)

    doc = surroundings(rng, fake, style, ROOT, entry, semester, total, quality_sum, printed)
    rows, items = _order(style, rows)
    for number, row in enumerate(rows, 1):
        row["cells"] = {"no": str(number), "smt": str(row["semester"]), "code": row["code"], "name": row["name"], "sks": str(row["sks"]),
                        "letter": row["grade"], "point": zs.point_text(row["point"], style), "quality": zs.point_text(row["sks"] * row["point"], style)}
    canvases = Sheet(style, doc, rows).pages(items, paged)

    write_document(out, "zeta", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)
