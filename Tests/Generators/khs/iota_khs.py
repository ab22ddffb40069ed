"""The `iota` layout: transcripts in three families unlike the other layouts (iota_style.py): a
transcript FAXED by the faculty and received as a bilevel 200 dpi image (pure black and white,
thresholded, no grey): a fax transmission line across the top, the letterhead's logo in halftone
dots, strokes broken where the toner was light and thickened where it was heavy, dropped scan
lines and specks; each course in one cell as "MKU1012 - Pendidikan Pancasila" or with its code in
brackets after the name, letter grades, and the IPK and total SKS in a sentence under the table
("Indeks Prestasi Kumulatif (IPK) = 3,41 dari 112 SKS") (iota_faks.py); a PHONE PHOTO of a
transcript inside a clear plastic sleeve lying on a desk: the sleeve's edge and punched binder
strip, specular glare from a window and a lamp washing out parts of some cells (never a grade
beyond legibility), a faint haze, mild tilt and perspective, warm indoor white balance; the
table holds "SEMESTER GANJIL 2021/2022" sub-headings and an IPS line per semester inside it
(iota_sampul.py); a NARROW print from a campus app (a mobile "print to PDF" page or a 80 mm
thermal slip in a monospaced font): the student as "Nama Mahasiswa : ..." key lines, then one
small block of two or three lines per course (name, then "Kode: IF2101  SKS: 3  Nilai: B+
(3,30)"), thin or dashed rules between them, the IPK at the bottom (iota_struk.py). Written
without reading the reader; only made when asked for (`--layouts iota`). The family turns with
the document number.

Every document holds all courses from semester 1 on, so its IPK can be recomputed from the rows.
In every ten documents four are eligible, four not eligible and two tampered (printed IPK off:
needs review). Degradations that would leave body text under 8 px are drawn again, milder (xi's
guard); the fax is not degraded further (it would stop being bilevel). Truth rows in print order,
names as printed without their code (a wrapped name joined with one space)."""
import datetime
import importlib
import random

import iota_style as st
from khs_files import amend_truth, document_start, graded, study_span, write_document
from omicron_style import half_up, mean
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"iota-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged, most):
    """Courses semester by semester (each semester's own courses, general ones first), graded by
    a student of a drawn ability."""
    pool = st.pool(style)
    points = st.POINTS[style["scale"]]
    ability = rng.uniform(0.75, 1.7)
    weights = [w * ability ** -k for k, w in enumerate([6, 5, 5, 4, 3, 2, 1.2, 0.6][: len(points) - 1])] + [0.15]
    counts = [rng.randint(5, 7) if paged else rng.randint(3, 6) for _ in range(shown)]
    while sum(counts) > most:
        counts[counts.index(max(counts))] -= 1
    rows, taken, codes = [], set(), set()
    for semester, want in enumerate(counts, 1):
        open_ = [c for c in pool if c["name"] not in taken and c["semester"] <= semester + 1]
        chosen = sorted(open_, key=lambda c: abs(c["semester"] - semester) + rng.random() * 2)[:want]
        chosen.sort(key=lambda c: (not c["general"], c["name"]))
        for serial, course in enumerate(chosen, 1):
            taken.add(course["name"])
            code = st.course_code(style, course, semester, serial)
            while code in codes:
                serial += 10
                code = st.course_code(style, course, semester, serial)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            rows.append({"code": code, "natural": course["name"], "name": course["name"].upper() if style["upper"] else course["name"],
                         "sks": course["sks"], "grade": grade, "point": points[grade], "semester": semester,
                         "mutu": course["sks"] * points[grade]})
    return rows


def _doc(rng, fake, style, rows, semester, entry, printed):
    start = entry + (semester - 1) // 2
    first = datetime.date(start, 9, 4) if semester % 2 else datetime.date(start + 1, 2, 10)
    day = fake.date_between_dates(date_start=first, date_end=min(first + datetime.timedelta(days=140), datetime.date(2026, 11, 20)))
    name = f"{fake.first_name()} {fake.last_name()}"
    born = rng.randint(1967, 1988)
    ips = {s: half_up(mean([r for r in rows if r["semester"] == s])) for s in sorted({r["semester"] for r in rows})}
    return {"name": name.upper() if style["name_upper"] else name, "nim": st.nim(rng, style, entry), "semester": semester,
            "entry": entry, "total": sum(r["sks"] for r in rows), "mutu": sum(r["mutu"] for r in rows), "ipk": printed, "ips": ips,
            "day": day, "time": f"{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}", "official": fake.name(),
            "nip": f"{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{born + rng.randint(24, 32)}{rng.randint(1, 12):02d}"
                   f"{rng.randint(1, 2)}{rng.randint(1, 20):03d}"}


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = st.FAMILIES[(index - 1) % len(st.FAMILIES)]
    rng, style, fake, paged = document_start("iota", seed, index, lambda rng: st.draw_style(rng, family), pdf, text_pdf)
    renderer = importlib.import_module(f"iota_{family}")
    most = 44 if paged else renderer.capacity(style)
    shown = rng.randint(4, 6) if paged else min(rng.randint(2, 4) + (most >= 24), max(2, most // 4))
    semester, entry = study_span(rng, shown)
    rows = _courses(rng, style, shown, paged, most)
    outcome = _outcome(seed, index)
    ipk_true, tampered, printed = graded(rng, rows, outcome)
    doc = _doc(rng, fake, style, rows, semester, entry, printed)
    extra = random.Random(f"iota-{seed}-{index}-requirements")
    natural = [dict(r, name=r["natural"]) for r in rows]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    catalogue = [c["name"] for c in st.pool(style)]
    wanted, met = requirements(extra, natural, ipk_true, semester, st.POINTS[style["scale"]], catalogue, want_met)
    canvases = renderer.render(style, doc, rows, rng, paged, text_pdf)
    art = style.pop("art", [])
    if family == "faks" and not text_pdf:  # received bilevel: anything more would bring grey back
        level = "none"
    elif not text_pdf:
        level = legible_level(canvases, rng, level, style.get("body", style["size"]))
    truth = {"style": style, "doc": doc, "rows": rows, "printed": printed, "ipk_true": ipk_true, "tampered": tampered,
             "semester": semester, "wanted": wanted, "met": met}
    write_document(out, "iota", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, **truth)

    def amend(written):
        written["family"] = family
        if art and not text_pdf:  # the fax's or the camera's work, before the degradations drawn after it
            if paged:
                written["degradations"] = [[info] + log for info, log in zip(art, written["degradations"])]
            else:
                written["degradations"] = art + written["degradations"]
    amend_truth(out, "iota", index, amend)
