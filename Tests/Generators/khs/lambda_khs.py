"""The `lambda` layout: Kartu Hasil Studi (KHS) sheets as a SIAKAD portal prints them, one
semester per sheet, written from what real KHS printouts look like, not from what the reader
handles. Only made when asked for (`--layouts lambda`). See lambda_style.py for what varies per
institution, lambda_sheet.py/lambda_table.py for the page.

A KHS shows one semester's courses with the 0-100 score beside the letter, the grade weight and
SKS x weight, then SKS taken/passed, the IPS, the cumulative SKS and IPK, and the next semester's
SKS load. So that the page's rows are the whole record the IPK is computed from, a document holds
every semester from the first: a photo (JPEG) is one printed page with 1-3 semesters' KHS blocks
stacked (the portal's print of all semesters; one semester is a first-year KHS), a PDF
(--pdf/--text-pdf) is 2-5 single-semester KHS printouts merged, one per page, in order, each with
its own header (the student block names that sheet's semester). The printed semester (truth) is
the last one shown (on a photo, sometimes the one after it, under way when printed); the printed IPK (truth) is the last sheet's, earlier sheets print the IPK of
their time. Tampered documents (20 %) print a wrong final IPK or have one row's grade raised
(letter, score, weight and SKS x weight edited; IPS, totals and IPK left as they were).
Ground truth: the same keys as the other layouts; rows in print order, names as printed (a name
wrapped in its cell is joined with one space).
"""
import random
import time
from decimal import Decimal


import lambda_style as ls
from khs_files import document_start, write_document
from generate_khs import SCALES, requirements
from kappa import _cut
from lambda_document import block, surroundings
from lambda_sheet import Sheet


def _score(rng, style, letter):
    lows, letters = style["conversion"], list(style["conversion"])
    k = letters.index(letter)
    low = lows[letter] if letter != letters[-1] else 20
    high = 100 if k == 0 else lows[letters[k - 1]] - 0.01
    if style["score_places"] == 0:
        return int(rng.randint(int(low), int(high)))
    return round(rng.uniform(low, high), 2)


def _courses(rng, style, shown, paged):
    used, rows, codes = set(), [], set()
    for semester in range(1, shown + 1):
        count = rng.randint(7, 10) if paged else rng.randint(*{1: (8, 10), 2: (7, 9), 3: (6, 8)}[shown])
        near = [c for c in ls.CATALOGUE if c[0] not in used and abs(c[1] - min(semester, 6)) <= 1]
        pool = near if len(near) >= count else [c for c in ls.CATALOGUE if c[0] not in used]
        for name, _, sks in sorted(rng.sample(pool, count), key=lambda c: c[1]):
            used.add(name)
            code = ls.course_code(rng, style, semester)
            while code in codes:
                code = ls.course_code(rng, style, semester)
            codes.add(code)
            letter = rng.choices(list(style["conversion"]), ls.WEIGHTS[style["grades"]])[0]
            rows.append({"code": code, "natural": name, "name": name.upper() if style["upper"] else name, "semester": semester, "sks": sks,
                         "grade": letter, "point": SCALES[style["scale"]][letter], "score": _score(rng, style, letter),
                         "klass": ls.class_name(rng, style, semester)})
    return rows


def _tamper(rng, rows, style, total):
    """As kappa: a wrong printed IPK, or one row's grade raised (among the institution's letters) by at least 0.05 of IPK."""
    if rng.random() >= 0.2:
        return None
    if rng.random() < 0.5:
        candidates = [r for r in rows if r["sks"] >= 2 and r["point"] < 4.0]
        rng.shuffle(candidates)
        for row in candidates:
            better = [g for g in style["conversion"] if row["sks"] * (SCALES[style["scale"]][g] - row["point"]) / total >= 0.05]
            if better:
                row["grade"] = rng.choice(better)
                row["point"] = SCALES[style["scale"]][row["grade"]]
                row["score"] = _score(rng, style, row["grade"])
                return "grade"
    return "ipk"


def _cells(style, row, number):
    return {"no": f"{number}{'.' if style['table'] == 'no_score' else ''}", "code": row["code"], "name": row["name"], "klass": row["klass"],
            "sks": str(row["sks"]), "score": ls.number_text(row["score"], style, style["score_places"]), "letter": row["grade"],
            "point": ls.number_text(row["point"], style), "quality": ls.number_text(row["sks"] * row["point"], style)}


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    rng, style, fake, paged = document_start("lambda", seed, index, ls.draw_style, pdf, text_pdf)
    shown = rng.randint(2, 5) if paged else rng.choices([1, 2, 3], [25, 45, 30])[0]
    entry = rng.randint(2019, 2025 - (shown + 1) // 2)
    # a photo of the all-semesters page may name the semester under way; a single sheet names its own
    semester = shown + (rng.choice([0, 1]) if not paged and shown > 1 else 0)
    rows = _courses(rng, style, shown, paged)
    original = [dict(r) for r in rows]  # as the institution computed its IPS/IPK
    total = sum(r["sks"] for r in rows)
    tampered = _tamper(rng, rows, style, total)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    doc = surroundings(rng, fake, style, entry, shown)
    blocks = []
    for term in range(1, shown + 1):
        these = [r for r in original if r["semester"] == term]
        so_far = [r for r in original if r["semester"] <= term]
        ips = _cut([(r["sks"], r["point"]) for r in these], style)
        ipk = _cut([(r["sks"], r["point"]) for r in so_far], style)
        printed = [r for r in rows if r["semester"] == term]
        for number, row in enumerate(printed, 1):  # each semester's table numbers its own rows
            row["cells"] = _cells(style, row, number)
        quality = sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in these)
        passed = sum(r["sks"] for r in these if r["grade"] != "E")
        blocks.append(block(style, entry, term, printed, sum(r["sks"] for r in these), passed, quality, ips,
                            sum(r["sks"] for r in so_far), ipk))
    final = blocks[-1]["summary"]
    printed_ipk = _cut([(r["sks"], r["point"]) for r in original], style)
    if tampered == "ipk":
        delta = rng.uniform(0.15, 0.6)
        printed_ipk = round(printed_ipk - delta if printed_ipk + delta > 4.0 else printed_ipk + delta if printed_ipk - delta < 0
                            else printed_ipk + rng.choice([-1, 1]) * delta, 2)
        blocks[-1]["summary"] = [(l, ls.number_text(printed_ipk, style) if "IPK" in l else v) for l, v in final]
    extra = random.Random(f"lambda-{seed}-{index}-requirements")
    natural_rows = [{"code": r["code"], "name": r["natural"], "sks": r["sks"], "grade": r["grade"]} for r in rows]
    wanted, met = requirements(extra, natural_rows, ipk_true, semester, style["scale"], [c[0] for c in ls.CATALOGUE])

    sheet = Sheet(style, doc)
    canvases = [sheet.page([b], b["semester"], True) for b in blocks] if paged else [sheet.page(blocks, semester, shown == 1)]
    write_document(out, "lambda", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed_ipk, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)
