"""The `omicron` layout: transcripts in three families unlike the other layouts (omicron_style.py):
a polytechnic Kartu Hasil Studi in a fully ruled grid with a shaded two-line header (Nilai over
Angka | Huruf | Mutu), a K x M column, semester subtotals, a totals row and IPS / IPK in a small ruled
box (omicron_grid.py); an English-language international-programme academic transcript with the
student in two columns, "Odd Semester 2022/2023" headings, Semester GPA lines and a Cumulative GPA
(omicron_english.py); and a dense Rekap Nilai whose semester blocks flow down two or three columns in
a monospaced or condensed font, with the student block and IPK at the bottom (omicron_rekap.py).
Written without reading the transcript reader, for measuring it on a layout it was not tuned on;
only made when asked for (`--layouts omicron`). The family turns with the document number.

Every document holds all courses from semester 1 on (2-4 semesters on a photo, 5-8 over 2-3 pages
of a --pdf/--text-pdf; a D3 programme stops at 6), so its IPK can be recomputed from the rows. In
every ten consecutive documents four are eligible, three not eligible and three tampered (printed
IPK off by 0.15-0.6: needs review). Degradations that would leave body text under 8 px are drawn
again, milder (xi's guard). Truth: the keys of the other layouts (khs_files.py); rows in reading
order (in the rekap down each column, then the next), names as printed (English in the English
family)."""
import datetime
import random


import omicron_catalogue as oc
import omicron_style as ost
from khs_files import document_start, write_document
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements, tampered_ipk

SHARES = {"eligible": 4, "not_eligible": 3, "needs_review": 3}


def _courses(rng, style, shown, paged):
    """Courses of semesters 1..shown, mostly those the curriculum puts in that semester; general
    courses first in a semester, as campus systems sort them."""
    _, _, _, own, general = oc.programme(style["programme"])
    pool = [(c, False) for c in own if c[2] <= shown + 1] + [(c, True) for c in general if c[2] <= shown + 1]
    points = ost.POINTS[style["scale"]]
    skill = rng.uniform(0.9, 1.7)
    weights = [w * skill ** -k for k, w in enumerate([7, 5, 5, 4, 3, 2, 1.2, 0.5, 0.3][: len(points) - 1])] + [0.12]
    rows, codes, taken = [], set(), set()
    for semester in range(1, shown + 1):
        remaining = [p for p in pool if p[0][0] not in taken]
        want = min(rng.randint(5, 7) if paged else rng.randint(4, 6), len(remaining) // (shown - semester + 1))
        ranked = sorted(remaining, key=lambda p: (abs(p[0][2] - semester) + rng.random() * 1.5))
        chosen = sorted(ranked[:want], key=lambda p: (not p[1], p[0][2], p[0][0]))
        for serial, ((name, english, _, sks), general) in enumerate(chosen, 1):
            taken.add(name)
            code = ost.course_code(rng, style, semester, sks, serial, general)
            bump = serial
            while code in codes:
                bump += 7
                code = ost.course_code(rng, style, semester, sks, bump, general)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            printed = english if style["family"] == "english" else (name.upper() if style["upper"] else name)
            floors = ost.FLOORS[style["scale"]]
            rank = list(points).index(grade)
            score = rng.uniform(floors[rank] or 18, 100 if rank == 0 else floors[rank - 1] - 0.6)
            rows.append({"code": code, "name": printed, "sks": sks, "grade": grade, "point": points[grade],
                         "semester": semester, "score": score})
    return rows


def _outcome(seed, index):
    """The decision document `index` calls for: each run of ten holds SHARES of each, seeded order."""
    block = (index - 1) // 10
    order = [kind for kind, count in SHARES.items() for _ in range(count)]
    random.Random(f"omicron-{seed}-decisions-{block}").shuffle(order)
    return order[(index - 1) % 10]


def _chunks(rng, style, rows, paged):
    """The rows per page: all on a photo; over 2-3 pages of a PDF (the rekap cuts between semesters)."""
    if not paged:
        return [rows]
    semesters = sorted({r["semester"] for r in rows})
    pages = 3 if len(semesters) >= 7 or (len(rows) > 34 and rng.random() < 0.6) else 2
    if style["family"] == "rekap":  # whole semester blocks, three or four to a page
        pages = 3 if len(semesters) >= 8 or (len(semesters) == 7 and rng.random() < 0.5) else 2
        per = [len(semesters) // pages + (1 if k < len(semesters) % pages else 0) for k in range(pages)]
        bounds, start = [], 0
        for count in per:
            bounds.append(semesters[start:start + count])
            start += count
        return [[r for r in rows if r["semester"] in group] for group in bounds]
    cuts, size = [], len(rows) / pages
    for k in range(1, pages):
        cuts.append(max(cuts[-1] + 4 if cuts else 4, min(len(rows) - 4 * (pages - k), round(size * k) + rng.randint(-3, 3))))
    return [rows[a:b] for a, b in zip([0] + cuts, cuts + [len(rows)])]


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = ost.FAMILIES[(index - 1) % len(ost.FAMILIES)]
    rng, style, fake, paged = document_start("omicron", seed, index, lambda rng: ost.draw_style(rng, family), pdf, text_pdf)
    most = 6 if style["degree"] == "D3" else 8
    shown = min(most, rng.randint(5, 8)) if paged else rng.randint(2, 4)
    semester = min(most, shown + (1 if rng.random() < 0.35 else 0))
    entry = rng.randint(2017, 2025 - (semester + 1) // 2)
    rows = _courses(rng, style, shown, paged)
    total = sum(r["sks"] for r in rows)
    exact = ost.mean(rows)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    printed = ost.half_up(exact)
    outcome = _outcome(seed, index)
    tampered = None
    if outcome == "needs_review":
        printed = tampered_ipk(rng, printed, 0.65)
        tampered = "ipk"
    ips = {s: ost.half_up(ost.mean([r for r in rows if r["semester"] == s])) for s in range(1, shown + 1)}
    name = fake.name()
    year = entry + (semester + 1) // 2
    day = fake.date_between_dates(date_start=datetime.date(year, 1, 5), date_end=datetime.date(year, 12, 20))
    doc = {"name": name.upper() if style["name_upper"] else name, "nim": ost.nim(rng, style["nim"], entry),
           "semester": semester, "shown": shown, "entry": entry, "total": total,
           "mutu": sum(r["sks"] * r["point"] for r in rows), "ipk": printed, "ips": ips, "city": fake.city(),
           "official": fake.name(), "nip": f"{rng.randint(1965, 1992)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} "
                                            f"{rng.randint(1990, 2020)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 30):03d}",
           "adviser": fake.name(), "day": day, "number": f"{rng.randint(100, 2999)}/{rng.choice(['PL', 'AK', 'IUP', 'BAAK'])}{rng.randint(1, 40)}/{day.year}"}
    extra = random.Random(f"omicron-{seed}-{index}-requirements")
    _, _, _, own, general = oc.programme(style["programme"])
    catalogue = [c[1] if style["family"] == "english" else c[0].upper() if style["upper"] else c[0] for c in own + general]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, rows, ipk_true, semester, ost.POINTS[style["scale"]], catalogue, want_met)
    chunks = _chunks(rng, style, rows, paged)
    if style["family"] == "grid":
        from omicron_grid import render
    elif style["family"] == "english":
        from omicron_english import render
    else:
        from omicron_rekap import render
    canvases = render(style, doc, chunks, rng)
    level = level if text_pdf else legible_level(canvases, rng, level, style["size"])
    write_document(out, "omicron", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)
