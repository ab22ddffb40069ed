"""The `phi` layout: transcript prints in three families unlike the other layouts (phi_style.py):
a state university's Kartu Hasil Studi printed from its web portal in a narrow font, the grade
column FIRST (Nilai | Kode | Mata Kuliah | SKS | Bobot | Mutu) or the SKS column LAST after Bobot
and Mutu (N x K), zebra-shaded rows with no ruling lines, coloured semester bands, a QR-like block
and a verification footer (phi_portal.py); a health polytechnic's (Poltekkes Kemenkes) Transkrip
Akademik with "Semester III" group headings, course names wrapped onto two lines in a narrow ruled
cell, credits split into T / P / K beside their sum, A- / B+ / C+ grades and the 4.00 scale in the
footer (phi_poltekkes.py); and a faculty's Daftar Nilai Sementara grouped by course category
(MKDU / MKDK / MKK / Pilihan) with row numbers restarting in every group and a subtotal row under
each, the student in two columns right of a photo box (phi_kategori.py). Any of them may be printed
on guilloche security paper and, as a photo or scan, lie 2-4 degrees askew (phi_art.py). Written
without reading the transcript reader, for measuring it on a layout it was not tuned on; only made
when asked for (`--layouts phi`). The family turns with the document number.

Every document holds all courses from semester 1 on (8-22 rows over 2-4 semesters on a photo; 4-6
semesters over 2-3 pages of a --pdf/--text-pdf, the heading and table header repeated, the student
block on page 1 and the IPK on the last), so its IPK can be recomputed from the rows. The printed
semester is the last one with grades or the one under way after it. In every ten consecutive
documents four are eligible, four not eligible and two tampered (printed IPK 0.15-0.6 off: needs
review). Degradations that would leave body text under 8 px are drawn again, milder (xi's guard).
Truth: the keys of the other layouts (khs_files.py); rows in print order (by category in the
kategori family), names as printed (a wrapped name joined with one space, upper-cased where the
print is)."""
import datetime
import importlib
import random

import phi_art
import phi_catalogue as pc
import phi_style as ps
from khs_files import document_start, write_document
from omicron_style import half_up, mean
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements, tampered_ipk

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}
PAGE_ROWS = {"portal": (8, 20), "poltekkes": (8, 16), "kategori": (8, 18)}  # rows a page holds
LAST = {"portal": 8, "poltekkes": 6, "kategori": 8}  # Diploma III runs six semesters


def _outcome(seed, index):
    """The decision document `index` calls for: each run of ten holds SHARES of them, shuffled."""
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"phi-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _counts(rng, shown, paged, most):
    if paged:
        return [rng.randint(5, 6) for _ in range(shown)]
    counts = [3] * shown
    total = rng.randint(max(8, 3 * shown), min(most, 7 * shown))
    while sum(counts) < total:
        counts[rng.choice([k for k, c in enumerate(counts) if c < 7])] += 1
    return counts


def _courses(rng, style, shown, paged):
    family = style["family"]
    pool = pc.pool(family, style["programme"])
    points = ps.POINTS[style["scale"]]
    skill = rng.uniform(0.8, 1.7)
    weights = [w * skill ** -k for k, w in enumerate([7, 5, 5, 4, 3, 2, 1.2, 0.6][: len(points) - 1])] + [0.15]
    rows, taken, codes = [], set(), set()
    for semester, want in enumerate(_counts(rng, shown, paged, 15 if family == "poltekkes" else 22), 1):
        open_ = [c for c in pool if c["name"] not in taken and c["semester"] <= semester + 1]
        chosen = sorted(open_, key=lambda c: abs(c["semester"] - semester) + rng.random() * 1.4)[:want]
        general_first = rng.random() < 0.5
        chosen.sort(key=lambda c: (not c["general"], c["name"]) if general_first else (c["general"], -c["sks"], c["name"]))
        for serial, course in enumerate(chosen, 1):
            taken.add(course["name"])
            code = ps.course_code(style, course, serial)
            while code in codes:
                serial += 20
                code = ps.course_code(style, course, serial)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            name = course["name"].upper() if style["upper"] else course["name"]
            rows.append({"code": code, "name": name, "sks": course["sks"], "grade": grade, "point": points[grade],
                         "semester": semester, "credits": course["credits"], "category": course["category"]})
    if family == "kategori":  # printed by category, each group in semester order
        rows.sort(key=lambda r: (pc.CATEGORIES.index(r["category"]), r["semester"]))
    return rows


def _chunks(rng, family, rows, paged):
    if not paged:
        return [rows]
    low, high = PAGE_ROWS[family]
    pages = max(2 if len(rows) <= 2 * high - 4 and rng.random() < 0.7 else 3, -(-len(rows) // high))
    sizes = [min(low, len(rows) // pages)] * pages
    for _ in range(len(rows) - sum(sizes)):
        sizes[rng.choice([k for k, n in enumerate(sizes) if n < high])] += 1
    ends = [sum(sizes[:k + 1]) for k in range(pages)]
    return [rows[end - n:end] for n, end in zip(sizes, ends)]


def _doc(rng, fake, style, rows, semester, entry, printed):
    start = entry + (semester - 1) // 2
    first, end = ((datetime.date(start, 9, 2), datetime.date(start + 1, 1, 28)) if semester % 2
                  else (datetime.date(start + 1, 2, 3), datetime.date(start + 1, 7, 28)))
    day = fake.date_between_dates(date_start=first, date_end=end)
    last = [r for r in rows if r["semester"] == max(r["semester"] for r in rows)]
    city = fake.city().replace("Kota Administrasi ", "").replace("Kota ", "")
    name = f"{fake.first_name()} {fake.last_name()}"
    return {"name": name.upper() if style["name_upper"] else name, "nim": ps.nim(rng, style, entry), "semester": semester,
            "entry": entry, "total": sum(r["sks"] for r in rows), "mutu": sum(r["sks"] * r["point"] for r in rows),
            "ipk": printed, "ips": half_up(mean(last)), "city": city, "day": day, "official": fake.name(),
            "birth": f"{fake.city().replace('Kota ', '')}, {ps.date_text(fake.date_between_dates(date_start=datetime.date(entry - 20, 1, 1), date_end=datetime.date(entry - 18, 12, 31)))}",
            "nip": f"{rng.randint(1966, 1990)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1993, 2018)}"
                   f"{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 30):03d}",
            "time": f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}", "verify": "-".join(f"{rng.getrandbits(16):04X}" for _ in range(4)),
            "number": f"{rng.randint(12, 980)}/{style['prefix']}/AK/{day.month:02d}/{day.year}"}


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = ps.FAMILIES[(index - 1) % len(ps.FAMILIES)]
    rng, style, fake, paged = document_start("phi", seed, index, lambda rng: ps.draw_style(rng, family), pdf, text_pdf)
    shown = min(rng.randint(4, 6) if paged else rng.randint(2, 4), LAST[family] - 1)
    semester = min(LAST[family], shown + (1 if rng.random() < 0.35 else 0))
    entry = rng.randint(2017, 2025 - (semester + 1) // 2)
    rows = _courses(rng, style, shown, paged)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / sum(r["sks"] for r in rows), 2)
    outcome = _outcome(seed, index)
    tampered = "ipk" if outcome == "needs_review" else None  # only the printed IPK is wrong
    printed = tampered_ipk(rng, half_up(mean(rows)), 0.65) if tampered else half_up(mean(rows))
    doc = _doc(rng, fake, style, rows, semester, entry, printed)
    extra = random.Random(f"phi-{seed}-{index}-requirements")
    catalogue = [c["name"].upper() if style["upper"] else c["name"] for c in pc.pool(family, style["programme"])]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, rows, ipk_true, semester, ps.POINTS[style["scale"]], catalogue, want_met)
    renderer = importlib.import_module(f"phi_{family}")
    canvases = renderer.render(style, doc, _chunks(rng, family, rows, paged), rng)
    for canvas in canvases:  # security paper and a crooked scan: the raster only, never the text layer
        phi_art.finish_paper(canvas, style, rng, scanned=not text_pdf)
    if not text_pdf:
        level = legible_level(canvases, rng, level, style["size"])
    truth = {"style": style, "doc": doc, "rows": rows, "printed": printed, "ipk_true": ipk_true, "tampered": tampered,
             "semester": semester, "wanted": wanted, "met": met}
    write_document(out, "phi", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, **truth)
