"""The `kappa` layout: a multi-semester transcript as Indonesian universities print them, made to
differ from sigma/tau/rho/omega the way real documents do (see kappa_style.py for what varies per
institution and kappa_sheet.py for the page). Only made when asked for (`--layouts kappa`).

Content: 8-13 courses over 2-6 semesters on one page (A4, or taller as F4 paper is) (15-24 over 3-7 semesters on 2-3 pages with
--pdf/--text-pdf), grouped under semester headings with Jumlah SKS and IPS per semester (or one
flat table with a Smt column), then the total SKS, the sum of grade points and the printed IPK.
The printed semester is the last semester shown or the one after it. Tampered transcripts (20 %)
either print a wrong IPK or have one row's grade raised (letter, grade point and SKS x N of that
row edited; IPS, totals and IPK left as they were). Ground truth: the same keys as the other
layouts (rows carry the name as printed; the English line of a bilingual row is not part of it).
"""
import random
from decimal import ROUND_DOWN, Decimal


import kappa_style as ks
from khs_files import document_start, write_document
from generate_khs import SCALES, grade_text, requirements
from kappa_document import surroundings
from kappa_sheet import render


def _cut(sks_points, style):
    """The index as the institution prints it: cut after two places, or rounded as ipk_true is."""
    total = sum(sks for sks, _ in sks_points)
    if style["truncate"]:
        exact = sum(Decimal(sks) * Decimal(str(p)) for sks, p in sks_points) / Decimal(total)
        return float(exact.quantize(Decimal("0.01"), ROUND_DOWN))
    return round(sum(sks * p for sks, p in sks_points) / total, 2)


def _courses(rng, style, count, semesters):
    sizes = [2] * semesters
    for _ in range(count - 2 * semesters):
        sizes[rng.randrange(semesters)] += 1
    pairs, rows, codes = rng.sample(ks.CATALOGUE, count), [], set()
    for semester, size in enumerate(sizes, 1):
        for _ in range(size):
            natural, english = pairs[len(rows)]
            code = ks.course_code(rng, style, semester)
            while code in codes:
                code = ks.course_code(rng, style, semester)
            codes.add(code)
            grade, point = grade_text(rng, style["scale"])
            rows.append({"code": code, "natural": natural, "english": english, "semester": semester, "grade": grade, "point": point,
                         "sks": rng.choices([1, 2, 3, 4], [1, 4, 5, 1])[0], "name": natural.upper() if style["upper"] else natural})
    return rows


def _tamper(rng, rows, style, total):
    """Returns the kind of tampering; a raised grade edits that row in place."""
    if rng.random() >= 0.2:
        return None
    scale = SCALES[style["scale"]]
    if rng.random() < 0.5:
        candidates = [r for r in rows if r["sks"] >= 2 and r["point"] < 4.0]
        rng.shuffle(candidates)
        for row in candidates:
            better = [g for g, p in scale.items() if _raise(row, p, total) >= 0.05]
            if better:
                row["grade"] = rng.choice(better)
                row["point"] = scale[row["grade"]]
                return "grade"
    return "ipk"


def _raise(row, point, total):
    """How much the IPK moves when the row's grade point becomes point."""
    return row["sks"] * (point - row["point"]) / total


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    rng, style, fake, paged = document_start("kappa", seed, index, ks.draw_style, pdf, text_pdf)
    count = rng.randint(15, 24) if paged else rng.randint(8, 13)
    shown = rng.randint(3, min(7, count // 3)) if paged else rng.randint(2, min(6, count // 2))
    semester = min(8, shown + rng.choice([0, 1]))
    entry = rng.randint(2018, 2025 - (semester - 1) // 2)
    rows = _courses(rng, style, count, shown)
    total = sum(r["sks"] for r in rows)
    original = _cut([(r["sks"], r["point"]) for r in rows], style)
    groups = {g: _cut([(r["sks"], r["point"]) for r in rows if r["semester"] == g], style) for g in range(1, shown + 1)}
    group_sums = {g: (sum(r["sks"] for r in rows if r["semester"] == g), sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in rows if r["semester"] == g))
                  for g in groups}
    quality_sum = sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in rows)
    tampered = _tamper(rng, rows, style, total)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    printed = original
    if tampered == "ipk":
        delta = rng.uniform(0.15, 0.6)
        printed = round(printed - delta if printed + delta > 4.0 else printed + delta if printed - delta < 0 else printed + rng.choice([-1, 1]) * delta, 2)
    extra = random.Random(f"kappa-{seed}-{index}-requirements")
    natural_rows = [{"code": r["code"], "name": r["natural"], "sks": r["sks"], "grade": r["grade"]} for r in rows]
    wanted, met = requirements(extra, natural_rows, ipk_true, semester, style["scale"], [n for n, _ in ks.CATALOGUE])

    doc = surroundings(rng, fake, style, entry, semester, groups, group_sums, total, quality_sum, printed)
    items = []
    for number, row in enumerate(rows, 1):
        row["number"] = number
        row["cells"] = {"no": str(number), "smt": str(row["semester"]), "code": row["code"], "name": row["name"], "sks": str(row["sks"]),
                        "letter": row["grade"], "point": ks.number_text(row["point"], style), "quality": ks.number_text(row["sks"] * row["point"], style)}
    doc["rows"] = rows
    for g in range(1, shown + 1):
        group = [("row", r) for r in rows if r["semester"] == g]
        items += group if style["table"] == "flat" else [("heading", g)] + group + [("subtotal", doc["groups"][g])]
    parts = _pages(rng, items) if paged else [items]
    canvases = [render(style, doc, part, k, len(parts)) for k, part in enumerate(parts, 1)]

    write_document(out, "kappa", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)


def _pages(rng, items):
    """Two or three pages, never breaking right after a semester heading."""
    cuts = [k for k in range(4, len(items) - 3) if items[k - 1][0] != "heading"]
    chosen = sorted(rng.sample(cuts, min(len(cuts), rng.choice([1, 2]))))
    chosen = [c for k, c in enumerate(chosen) if k == 0 or c - chosen[k - 1] >= 4]
    return [items[a:b] for a, b in zip([0] + chosen, chosen + [len(items)])]
