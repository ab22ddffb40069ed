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
import random

import theta_style as ts
from khs_files import family_courses, family_page, nip
from omicron_style import half_up, mean

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"theta-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _components(rng, style, row):
    if style["family"] == "komponen":
        row["scores"], row["final"] = ts.components(rng, style, style["scale"], row["grade"])


def _courses(rng, style, shown, paged, most):
    return family_courses(rng, style, ts.pool(style), ts.POINTS[style["scale"]], shown, paged, most, ability=(0.8, 1.7),
                          head=7, jitter=1.5, general_first=False, step=30, finish=_components,
                          code=lambda course, semester, serial: ts.course_code(style, dict(course, semester=semester), serial))


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
            "nip": nip(rng, born)}


def _bare(family, paged, text_pdf):
    """A screenshot: no camera; its own compression is in the style's `art`."""
    return family == "desktop" and not paged


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family_page("theta", ts, index, seed, level, out, pdf, text_pdf, pdf_quality, gray, paged_most=48, divisor=3,
                bare=_bare, courses=_courses, outcome=_outcome, make_doc=_doc)
