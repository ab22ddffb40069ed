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
import random

import iota_style as st
from khs_files import family_courses, family_page, nip
from omicron_style import half_up, mean

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"iota-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged, most):
    """Courses semester by semester (each semester's own courses, general ones first), graded by
    a student of a drawn ability."""
    return family_courses(rng, style, st.pool(style), st.POINTS[style["scale"]], shown, paged, most, ability=(0.75, 1.7),
                          head=6, jitter=2, general_first=True, step=10,
                          code=lambda course, semester, serial: st.course_code(style, course, semester, serial))


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
            "nip": nip(rng, born)}


def _bare(family, paged, text_pdf):
    """The fax is received bilevel: any degradation more would bring grey back."""
    return family == "faks" and not text_pdf


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family_page("iota", st, index, seed, level, out, pdf, text_pdf, pdf_quality, gray, paged_most=44, divisor=4,
                bare=_bare, courses=_courses, outcome=_outcome, make_doc=_doc)
