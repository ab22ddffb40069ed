"""The `nu` layout: transcripts as Indonesian campus academic systems print them, in four
families with different structure (nu_style.py): a Transkrip Nilai Sementara with semester group
rows and bobot/mutu columns, stacked per-semester Kartu Hasil Studi sheets with a two-column
student block and an IPS + IPK summary, and a bilingual whole-study transcript with the English
course name in italics under each Indonesian one, and a landscape transcript whose courses run down
two side-by-side halves. Written from what real documents look like,
without reading the transcript reader, for measuring it on a layout it was not tuned on. Only
made when asked for (`--layouts nu`); the family turns with the document number.

A document holds every semester from the first to the last with grades (2-5 on a photo by family,
4-8 on a --pdf/--text-pdf of 2-3 pages), so the printed IPK can be recomputed from its rows; the student
block prints the semester the student is in (the last with grades, or the one under way after
it), which is the truth's `semester`. In every ten consecutive documents four are eligible,
three not eligible and three tampered (a printed IPK 0.15-0.6 off: needs review); requirements
are drawn around the truth to call for that decision (nu_requirements.py). Ground truth: the keys
of the other layouts (khs_files.py), rows in print order with names as printed."""
import random
from decimal import Decimal


import nu_catalogue as cat
import nu_style as ns
from generate_khs import SCALES
from khs_files import document_start, write_document
from nu_document import surroundings
from nu_requirements import requirements
from nu_landscape import render as landscape
from nu_legible import settle
from nu_sheet import render

FAMILIES = ["sementara", "khs", "bilingual", "lanskap"]


def _courses(rng, style, shown, paged):
    """Courses of semesters 1..shown: mostly those the curriculum puts in that semester."""
    faculty, prefix, _, own = cat.PROGRAMMES[style["programme"]]
    catalogue = [(n, e, s, k, False) for n, e, s, k in own] + [(n, e, s, k, True) for n, e, s, k in cat.GENERAL]
    ability = rng.uniform(0.75, 1.6)
    used, codes, rows = set(), set(), []
    for semester in range(1, shown + 1):
        left = [c for c in catalogue if c[0] not in used]
        count = min(rng.randint(5, 7) if paged else rng.randint(4, 6), len(left) // (shown - semester + 1))
        pool = [c for c in left if c[2] == semester]
        for near in (1, 2, 3, 8):
            if len(pool) < count:
                pool += [c for c in left if 0 < abs(c[2] - semester) <= near and c not in pool]
        chosen = sorted(rng.sample(pool, min(count, len(pool))), key=lambda c: (not c[4], c[0]))
        for serial, (name, english, _, sks, general) in enumerate(chosen, 1):
            used.add(name)
            code = ns.course_code(rng, style, prefix, semester, sks, serial, general)
            while code in codes:
                serial += 10
                code = ns.course_code(rng, style, prefix, semester, sks, serial, general)
            codes.add(code)
            if style["scale"] == "numeric":
                value = rng.choices([v for v, _ in ns.NUMERIC], [w * ability ** -k for k, (_, w) in enumerate(ns.NUMERIC)])[0]
                grade = f"{value:.2f}"
            else:
                weights = [w * ability ** -k for k, w in enumerate(ns.WEIGHTS[style["scale"]])]
                grade = rng.choices(list(SCALES[style["scale"]]), weights)[0]
                value = SCALES[style["scale"]][grade]
            rows.append({"code": code, "natural": name, "name": name.upper() if style["upper"] else name, "english": english,
                         "semester": semester, "sks": sks, "grade": grade, "point": value})
    return rows


def _outcome(seed, index):
    """Four eligible, three not eligible, three tampered in every ten documents, seeded order."""
    pattern = ["eligible"] * 4 + ["not_eligible"] * 3 + ["needs_review"] * 3
    random.Random(f"nu-{seed}-outcomes-{(index - 1) // 10}").shuffle(pattern)
    return pattern[(index - 1) % 10]


def _style(rng, index):
    style = ns.draw_style(rng, FAMILIES[(index - 1) % len(FAMILIES)])
    style["programme"] = rng.choice(sorted(cat.PROGRAMMES))
    style["faculty_no"], style["prodi_no"] = rng.randint(11, 59), rng.randint(1, 8)
    style["groups"] = rng.sample(ns.GROUPS[1:], 2)
    style["general_prefix"] = rng.choice(cat.GENERAL_PREFIX)
    if style["scale"] == "numeric":
        style["comma"] = False  # numeric grades print with a point; the IPK under them too
    return style


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    rng, style, fake, paged = document_start("nu", seed, index, lambda rng: _style(rng, index), pdf, text_pdf)
    if paged:
        shown = rng.randint(4, 6) if style["family"] == "bilingual" else rng.randint(5, 8)
    else:
        shown = rng.randint(2, 3) if style["family"] == "bilingual" else rng.randint(3, 5) if style["family"] == "lanskap" else rng.randint(2, 4)
    semester = min(8, shown + (1 if rng.random() < 0.4 else 0))
    entry = rng.randint(2016, 2025 - (semester + 1) // 2)
    rows = _courses(rng, style, shown, paged)
    pairs = [(r["sks"], r["point"]) for r in rows]
    total = sum(s for s, _ in pairs)
    mutu = sum(Decimal(s) * Decimal(str(p)) for s, p in pairs)
    terms = {t: (sum(r["sks"] for r in rows if r["semester"] == t),
                 ns.ipk_value([(r["sks"], r["point"]) for r in rows if r["semester"] == t], style)) for t in range(1, shown + 1)}
    outcome = _outcome(seed, index)
    ipk_true = round(sum(s * p for s, p in pairs) / total, 2)
    printed = ns.ipk_value(pairs, style)
    tampered = None
    if outcome == "needs_review":
        delta = rng.uniform(0.15, 0.6)
        up = printed + delta <= 4.0 and (printed - delta < 0 or rng.random() < 0.6)
        printed, tampered = round(printed + delta if up else printed - delta, 2), "ipk"
    doc = surroundings(rng, fake, style, entry, semester, total, mutu, printed)
    doc["ink"] = rng.choice([(15, 15, 20), (0, 0, 0), (35, 35, 45)])
    doc["paper"] = rng.choice([(255, 255, 255), (254, 253, 249), (250, 250, 250)])
    if style["scale"] != "numeric" and (style["family"] != "khs" and rng.random() < 0.7):
        doc["legend"] = "Keterangan nilai: " + "; ".join(f"{g} = {ns.number_text(p, style)}" for g, p in SCALES[style["scale"]].items())
    extra = random.Random(f"nu-{seed}-{index}-requirements")
    natural = [{"code": r["code"], "name": r["natural"], "sks": r["sks"], "grade": r["grade"]} for r in rows]
    catalogue = [c[0] for c in cat.PROGRAMMES[style["programme"]][3]] + [c[0] for c in cat.GENERAL]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, natural, ipk_true, semester, style["scale"], catalogue, want_met)
    canvases = (landscape if style["family"] == "lanskap" else render)(style, doc, rows, terms, paged)
    if not text_pdf:  # a born-digital twin drops its degradations
        settle(rng, canvases, level, style["size"], paged)
    write_document(out, "nu", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)
