"""The `theta` layout: transcripts in three families unlike the other layouts (theta_style.py): a
SIAKAD KHS whose course rows carry the component scores before the final grade (Hadir/Absensi %,
Tugas, Quiz, UTS, UAS, Nilai Akhir 0-100, Huruf, Bobot, SKS, K x N), the column order and wording
per campus, Indonesian or English headings, A/AB/B/BC or A/A-/B+ letters, a Total SKS / IPS / IPK
footer (theta_komponen.py); a DESKTOP browser screenshot of a campus portal (1366x768 or 1920x1080
viewport with tab strip and address bar, or a full-page capture): sidebar menu with icons, navbar
with the student's name, breadcrumb, an info panel with the IPK in a badge or an info box and a
DataTables-style table (Show 25 entries, Search, sort arrows, striped rows, a hovered row, "Showing
1 to 18 of 18 entries", Previous/1/Next), PNG-crisp or re-compressed; for --pdf the page printed to
PDF by the browser (date/title header, URL and page footer, the table header repeated on every
page) (theta_desktop.py); a pre-printed Kartu Hasil Studi FORM (ruled boxes, printed column
titles, a logo placeholder, "Lembar untuk Mahasiswa") filled in by a dot-matrix printer or a
typewriter with misregistration, on tinted carbonless copy paper in faint purple/blue carbon ink,
scanned with uneven tint and a slight rotation (theta_formulir.py; its --text-pdf twin is the form
as drawn, clean). Written without reading the reader; only made when asked for (`--layouts
theta`). The family turns with the document number.

Every document holds all courses from semester 1 on, so its IPK can be recomputed from the rows.
In every ten documents four are eligible, four not eligible and two tampered (printed IPK off:
needs review). Degradations that would leave body text under 8 px are drawn again, milder (xi's
guard). Truth rows in print order, names as printed (a wrapped name joined with one space)."""
import datetime
import importlib
import random

import theta_style as ts
from khs_files import amend_truth, document_start, graded, study_span, write_document
from omicron_style import half_up, mean
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"theta-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged, most):
    pool = ts.pool(style)
    points = ts.POINTS[style["scale"]]
    skill = rng.uniform(0.8, 1.7)
    weights = [w * skill ** -k for k, w in enumerate([7, 5, 5, 4, 3, 2, 1.2, 0.6][: len(points) - 1])] + [0.15]
    counts = [rng.randint(5, 7) if paged else rng.randint(3, 6) for _ in range(shown)]
    while sum(counts) > most:
        counts[counts.index(max(counts))] -= 1
    rows, taken, codes = [], set(), set()
    for semester, want in enumerate(counts, 1):
        open_ = [c for c in pool if c["name"] not in taken and c["semester"] <= semester + 1]
        chosen = sorted(open_, key=lambda c: abs(c["semester"] - semester) + rng.random() * 1.5)[:want]
        chosen.sort(key=lambda c: (c["general"], c["name"]))
        for serial, course in enumerate(chosen, 1):
            taken.add(course["name"])
            code = ts.course_code(style, dict(course, semester=semester), serial)
            while code in codes:
                serial += 30
                code = ts.course_code(style, dict(course, semester=semester), serial)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            row = {"code": code, "natural": course["name"], "name": course["name"].upper() if style["upper"] else course["name"],
                   "sks": course["sks"], "grade": grade, "point": points[grade], "semester": semester,
                   "mutu": course["sks"] * points[grade]}
            if style["family"] == "komponen":
                row["scores"], row["final"] = ts.components(rng, style, style["scale"], grade)
            rows.append(row)
    return rows


def _doc(rng, fake, style, rows, semester, entry, printed):
    start = entry + (semester - 1) // 2
    first = datetime.date(start, 9, 2) if semester % 2 else datetime.date(start + 1, 2, 3)
    day = fake.date_between_dates(date_start=first, date_end=min(first + datetime.timedelta(days=150), datetime.date(2026, 11, 20)))
    name = f"{fake.first_name()} {fake.last_name()}"
    last = max(r["semester"] for r in rows)
    born = rng.randint(1968, 1988)
    return {"name": name.upper() if style["name_upper"] else name, "nim": ts.nim(rng, style, entry), "semester": semester,
            "entry": entry, "total": sum(r["sks"] for r in rows), "mutu": sum(r["mutu"] for r in rows), "ipk": printed,
            "last": last, "ips": half_up(mean([r for r in rows if r["semester"] == last])),
            "last_sks": sum(r["sks"] for r in rows if r["semester"] == last), "day": day,
            "time": f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", "official": fake.name(), "advisor": fake.name(),
            "nip": f"{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{born + rng.randint(24, 32)}{rng.randint(1, 12):02d}"
                   f"{rng.randint(1, 2)}{rng.randint(1, 20):03d}"}


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = ts.FAMILIES[(index - 1) % len(ts.FAMILIES)]
    rng, style, fake, paged = document_start("theta", seed, index, lambda rng: ts.draw_style(rng, family), pdf, text_pdf)
    renderer = importlib.import_module(f"theta_{family}")
    most = 48 if paged else renderer.capacity(style)
    shown = rng.randint(4, 6) if paged else min(rng.randint(2, 4) + (most >= 24), max(2, most // 3))
    semester, entry = study_span(rng, shown)
    rows = _courses(rng, style, shown, paged, most)
    outcome = _outcome(seed, index)
    ipk_true, tampered, printed = graded(rng, rows, outcome)
    doc = _doc(rng, fake, style, rows, semester, entry, printed)
    extra = random.Random(f"theta-{seed}-{index}-requirements")
    natural = [dict(r, name=r["natural"]) for r in rows]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    catalogue = [c["name"] for c in ts.pool(style)]
    wanted, met = requirements(extra, natural, ipk_true, semester, ts.POINTS[style["scale"]], catalogue, want_met)
    canvases = renderer.render(style, doc, rows, rng, paged, text_pdf)
    art = style.pop("art", [])
    if family == "desktop" and not paged:  # a screenshot: no camera; its own compression is in `art`
        level = "none"
    elif not text_pdf:
        level = legible_level(canvases, rng, level, style.get("body", style["size"]))
    truth = {"style": style, "doc": doc, "rows": rows, "printed": printed, "ipk_true": ipk_true, "tampered": tampered,
             "semester": semester, "wanted": wanted, "met": met}
    write_document(out, "theta", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, **truth)

    def amend(written):
        written["family"] = family
        if art and not text_pdf:  # the scanner's or the screenshot tool's work, before the degradations drawn after it
            if paged:
                written["degradations"] = [[info] + log for info, log in zip(art, written["degradations"])]
            else:
                written["degradations"] = art + written["degradations"]
    amend_truth(out, "theta", index, amend)
