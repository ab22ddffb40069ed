"""The `mu` layout: whole-study transcripts (Transkrip Nilai / Daftar Nilai Akademik / Daftar
Kumpulan Nilai) in three families of print found on Indonesian campuses (mu_style.py), written
from what real documents look like, without reading the reader. Only made when asked for
(`--layouts mu`).

A document holds every semester from the first to the last one with grades (2-4 on a photo,
5-8 on a --pdf/--text-pdf of 2-3 pages), so the printed IPK can be recomputed from its rows. The
student block prints the semester (the last one with grades, or the one under way after it); the
truth's `semester` is that number. In every ten consecutive documents four are eligible, three not
eligible and three tampered (needs review: a wrong printed IPK, or one row's grade raised with the
totals and IPK left as they were); the requirements are drawn to call for that decision.
Ground truth: the keys of the other layouts; rows in print order, names as printed (a name
wrapped in its cell joined with one space)."""
import random
from decimal import Decimal


import mu_style as ms
from generate_khs import SCALES
from kappa import _cut
from khs_files import document_start, write_document
from mu_document import surroundings
from mu_requirements import requirements
from mu_sheet import render


def _courses(rng, style, shown, paged):
    faculty, prefixes, own = ms.PROGRAMMES[style["programme"]]
    prefix = rng.choice(prefixes)
    catalogue = [(n, s, k, prefix) for n, s, k in own] + [(n, s, k, style["general_prefix"]) for n, s, k in ms.GENERAL]
    weights = ms.WEIGHTS[style["scale"]]
    ability = rng.uniform(0.8, 1.5)  # some students mostly get A, some mostly B and C
    weights = [w * ability ** -k for k, w in enumerate(weights)]
    used, codes, rows = set(), set(), []
    for semester in range(1, shown + 1):
        count = rng.randint(6, 8) if paged else rng.randint(4, 7)
        left = [c for c in catalogue if c[0] not in used]
        count = min(count, len(left) // (shown - semester + 1))  # leave courses for the later semesters
        pool = [c for c in left if c[1] == semester]
        for near in (1, 2, 8):
            if len(pool) < count:
                pool += [c for c in left if 0 < abs(c[1] - semester) <= near and c not in pool]
        chosen = sorted(rng.sample(pool, min(count, len(pool))), key=lambda c: (c[3] != style["general_prefix"], c[0]))
        for serial, (name, _, sks, pre) in enumerate(chosen, 1):
            used.add(name)
            code = ms.course_code(rng, style, pre, semester, sks, serial)
            while code in codes:
                serial += len(chosen)
                code = ms.course_code(rng, style, pre, semester, sks, serial)
            codes.add(code)
            letter = rng.choices(list(SCALES[style["scale"]]), weights)[0]
            rows.append({"code": code, "natural": name, "name": name.upper() if style["upper"] else name, "semester": semester,
                         "sks": sks, "grade": letter, "point": SCALES[style["scale"]][letter], "kind": "P" if pre != style["general_prefix"] and semester >= 5 and rng.random() < 0.25 else "W"})
    return rows


def _outcome(seed, index):
    """The decision a document is made to call for: in every ten consecutive documents four
    eligible, three not eligible and three tampered (needs review), in a seeded order."""
    pattern = ["eligible"] * 4 + ["not_eligible"] * 3 + ["needs_review"] * 3
    random.Random(f"mu-{seed}-outcomes-{(index - 1) // 10}").shuffle(pattern)
    return pattern[(index - 1) % 10]


def _tamper(rng, rows, style, total, outcome):
    if outcome != "needs_review":
        return None
    if rng.random() < 0.5:
        candidates = [r for r in rows if r["sks"] >= 2 and r["point"] < 4.0]
        rng.shuffle(candidates)
        for row in candidates:
            better = [g for g, p in SCALES[style["scale"]].items() if row["sks"] * (p - row["point"]) / total >= 0.05]
            if better:
                row["grade"] = rng.choice(better)
                row["point"] = SCALES[style["scale"]][row["grade"]]
                return "grade"
    return "ipk"


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    rng, style, fake, paged = document_start("mu", seed, index, ms.draw_style, pdf, text_pdf)
    shown = rng.randint(6, 8) if paged else rng.randint(2, 4)
    semester = min(8, shown + (1 if rng.random() < 0.35 else 0))
    entry = rng.randint(2017, 2025 - (semester + 1) // 2)
    rows = _courses(rng, style, shown, paged)
    original = [(r["sks"], r["point"]) for r in rows]
    total = sum(r["sks"] for r in rows)
    mutu = sum(Decimal(s) * Decimal(str(p)) for s, p in original)
    terms = {}
    for term in range(1, shown + 1):
        these = [(r["sks"], r["point"]) for r in rows if r["semester"] == term]
        terms[term] = {"sks": sum(s for s, _ in these), "ips": _cut(these, style),
                       "mutu": sum(Decimal(s) * Decimal(str(p)) for s, p in these)}
    outcome = _outcome(seed, index)
    tampered = _tamper(rng, rows, style, total, outcome)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    printed = _cut(original, style)
    if tampered == "ipk":
        delta = rng.uniform(0.15, 0.6)
        printed = round(printed - delta if printed + delta > 4.0 else printed + delta if printed - delta < 0
                        else printed + rng.choice([-1, 1]) * delta, 2)
    doc = surroundings(rng, fake, style, entry, semester, (total, mutu), printed)
    doc["terms"] = terms
    extra = random.Random(f"mu-{seed}-{index}-requirements")
    natural = [{"code": r["code"], "name": r["natural"], "sks": r["sks"], "grade": r["grade"]} for r in rows]
    catalogue = [c[0] for c in ms.PROGRAMMES[style["programme"]][2]] + [c[0] for c in ms.GENERAL]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, natural, ipk_true, semester, style["scale"], catalogue, want_met)
    canvases = render(style, doc, rows, paged)
    write_document(out, "mu", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)
