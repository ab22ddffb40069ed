"""The `xi` layout: transcripts in three families unlike the centred-letterhead tables (xi_style.py):
a SIAKAD "Hasil Studi Mahasiswa" page printed from a browser (xi_portal.py), a faculty-typed
letter in a serif font with dotted leaders and the student in a sentence (xi_letter.py), and a
compact table holding two courses per physical row with Wajib/Pilihan groups and a summary grid
(xi_twoup.py). Written without reading the reader; only made when asked for (`--layouts xi`).

Every document holds all courses from semester 1 on (2-4 semesters on a photo, 5-8 over 2-3 pages
of a --pdf/--text-pdf), so its IPK can be recomputed from the rows. In every ten consecutive
documents four are eligible, three not eligible and three tampered (printed IPK off by 0.15-0.6:
needs review). A degradation that would leave body text under ~8 px is redrawn (then milder).
Truth: the keys of the other layouts; rows in print order (in the two-up table left course then
right course on each line)."""
import math
import random
from decimal import ROUND_HALF_UP, Decimal


import xi_style as xs
from degrade import degrade
from khs_files import document_start, write_document
from xi_requirements import requirements, tampered_ipk

SMALLEST = 8.0  # px of a body font's em on the final image


def _courses(rng, style, shown, paged):
    _, _, own = xs.PROGRAMMES[style["programme"]]
    catalogue = [(n, style["prefix"]) for n in own] + [(n, style["general_prefix"]) for n in xs.GENERAL]
    rng.shuffle(catalogue)
    points = xs.POINTS[style["scale"]]
    ability = rng.uniform(0.75, 1.6)
    weights = [w * ability ** -k for k, w in enumerate([6, 5, 5, 4, 3, 2, 1.5, 0.8, 0.4, 0.3][: len(points)])]
    rows, codes = [], set()
    for semester in range(1, shown + 1):
        count = min(rng.randint(6, 8) if paged else rng.randint(4, 7), len(catalogue) // (shown - semester + 1))
        for serial in range(1, count + 1):
            name, prefix = catalogue.pop()
            sks = rng.choices([1, 2, 3, 4], [1, 5, 6, 1])[0]
            code = xs.course_code(rng, style, prefix, semester, sks, serial)
            while code in codes:
                code = xs.course_code(rng, style, prefix, semester, sks, serial + rng.randint(10, 60))
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            rows.append({"code": code, "natural": name, "name": name.upper() if style["upper"] else name, "semester": semester,
                         "sks": sks, "grade": grade, "point": points[grade],
                         "kind": "P" if prefix != style["general_prefix"] and semester >= 3 and rng.random() < 0.3 else "W"})
    if style["family"] == "twoup":  # printed grouped: Mata Kuliah Wajib, then Pilihan
        rows.sort(key=lambda r: r["kind"] == "P")
    return rows


def _outcome(seed, index):
    pattern = ["eligible"] * 4 + ["not_eligible"] * 3 + ["needs_review"] * 3
    random.Random(f"xi-{seed}-outcomes-{(index - 1) // 10}").shuffle(pattern)
    return pattern[(index - 1) % 10]


def _smallest(image, log, width, size):
    corners = next((e["card_corners"] for e in log if "card_corners" in e), None)
    scale = image.size[0] / width
    if corners:
        top = math.dist(corners[0], corners[1])
        bottom = math.dist(corners[3], corners[2])
        scale = min(top, bottom) / width
    else:
        scale = min(scale, next((e["width"] for e in log if e["name"] == "lowres"), width) / width)
    return size * scale


def _legible_level(canvases, rng, level, size):
    """Draws the degradations write_document will apply (same rng calls) until body text stays
    at least SMALLEST px; a plan that shrinks it too far is skipped, after three tries a milder level."""
    for attempt in range(9):
        state = rng.getstate()
        used = level if attempt < 3 else "mixed"
        ok = True
        for canvas in canvases:
            image, log, _ = degrade(canvas.image, rng, used)
            rng.random()
            ok = ok and _smallest(image, log, canvas.size[0], size) >= SMALLEST
        rng.setstate(state)
        if ok:
            return used
        rng.random()
    return "none"


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    rng, style, fake, paged = document_start("xi", seed, index, xs.draw_style, pdf, text_pdf)
    shown = rng.randint(5, 8) if paged else rng.randint(2, 4) + (1 if style["family"] == "twoup" else 0)
    semester = min(8, shown + (1 if rng.random() < 0.4 else 0))
    entry = rng.randint(2018, 2025 - (semester + 1) // 2)
    rows = _courses(rng, style, shown, paged)
    total = sum(r["sks"] for r in rows)
    mutu = sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in rows)
    exact = mutu / Decimal(total)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    printed = float(exact.quantize(Decimal("0.01"), ROUND_HALF_UP))
    outcome = _outcome(seed, index)
    tampered = None
    if outcome == "needs_review":
        printed = tampered_ipk(rng, printed, 0.6)
        tampered = "ipk"
    last = [r for r in rows if r["semester"] == shown]
    ips = sum(r["sks"] * r["point"] for r in last) / sum(r["sks"] for r in last)
    name = fake.name()
    doc = {"name": name.upper() if style["name_upper"] else name, "nim": xs.nim(rng, style["nim"], entry),
           "semester": semester, "shown": shown, "entry": entry, "total": total, "mutu": float(mutu), "ipk": printed,
           "ips": round(ips, 2), "city": fake.city(), "official": fake.name(), "nip": "".join(rng.choice("0123456789") for _ in range(18)),
           "printed_on": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{entry + (semester + 1) // 2}",
           "time": f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}"}
    extra = random.Random(f"xi-{seed}-{index}-requirements")
    natural = [{"code": r["code"], "name": r["natural"], "sks": r["sks"], "grade": r["grade"]} for r in rows]
    catalogue = xs.PROGRAMMES[style["programme"]][2] + xs.GENERAL
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, natural, ipk_true, semester, xs.POINTS[style["scale"]], catalogue, want_met)
    if paged:
        room = {"letter": 22, "portal": 24, "twoup": 40}[style["family"]]  # rows a page holds (fewer on the first)
        parts = 3 if len(rows) > 1.6 * room or (len(rows) >= 24 and rng.random() < 0.3) else 2
        cuts = sorted({min(len(rows) - 3, max(4, round(len(rows) * k / parts) + rng.randint(-3, 2))) for k in range(1, parts)})
        chunks = [rows[a:b] for a, b in zip([0] + cuts, cuts + [len(rows)])]
    else:
        chunks = [rows]
    if style["family"] == "portal":
        from xi_portal import render
    elif style["family"] == "letter":
        from xi_letter import render
    else:
        from xi_twoup import render
    canvases = render(style, doc, chunks, rng)
    level = level if text_pdf else _legible_level(canvases, rng, level, style.get("body", style["size"]))
    write_document(out, "xi", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)
