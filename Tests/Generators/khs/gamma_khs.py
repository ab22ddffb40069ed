"""The `gamma` layout: transcripts in three families unlike the other layouts (gamma_style.py): a
transcript SCANNED WITH A PHONE SCANNER APP (CamScanner-style) and exported as JPEG: a classic
ruled table (No | Kode | Mata Kuliah | SKS | Nilai in the campus's own wording: Kode MK, Nama Mata
Kuliah, K, HM or Huruf, sometimes AM / Bobot and M / K x N) with semester sub-headings, a light
grey header and sometimes zebra rows; the app's "magic colour" or "B&W document" filter blows the
paper to white and pushes the ink dark, wipes out or blotches the light fills and thins the small
strokes, its sharpening leaves halos round the letters, its edge detection leaves a residual
trapezoid, a slight barrel curvature and a sliver of the desk on one or two sides; sometimes a
grey-mode export; a small "Scanned with <App>" mark in a bottom corner (gamma_pindai.py); a NIGHT
PHONE PHOTO WITH THE FLASH of a printout that was folded in four and crumpled: a table whose header
row is white on navy, maroon or dark green, SKS and grade centred, the summary (Total SKS, IPK,
predicate) in a bordered box to the right under the table; a specular hotspot from the flash, strong
vignetting, warm noisy corners, two crossing fold lines and a few small wrinkles each with a light
and a dark edge and the text slightly displaced across them, mild motion blur, JPEG
(gamma_kilat.py); a DENSE ONE-PAGE FINAL TRANSCRIPT in two tables side by side (each with its own
header row, the courses running from the bottom of the left table to the top of the right), a
small font (cap height 14-16 px), a Semester column as a merged cell per semester or a roman
numeral on every row, the thesis title under the tables, Jumlah SKS, IPK and Predikat, scanned on
a flatbed with a slight skew and mild noise (gamma_ringkas.py). Written without reading the reader;
only made when asked for (`--layouts gamma`). The family turns with the document number.

Every document holds all courses from semester 1 on, so its IPK can be recomputed from the rows.
In every ten documents four are eligible, four not eligible and two tampered (printed IPK off:
needs review). The flatbed scan is degraded further under xi's guard (body text never under 8 px);
the scanner-app page and the flash photo carry their own camera work and are not degraded further.
Truth rows in print order (the left table before the right), names as printed (a wrapped name
joined with one space). With --pdf each page is its own scan or photo; with --text-pdf the
born-digital print."""
import random

import gamma_style as st
from eta_khs import _doc  # the same document facts as eta, alpha and beta (dates, officials, NIP, totals, IPS)
from khs_files import family_courses, family_page

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}
NUMERIC_DRAWN = [g for g in st.POINTS["numeric"] if g != "2.75"]  # nine grades for family_courses' nine weights


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"gamma-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged, most):
    points = st.points(style)
    if style["scale"] == "numeric":
        points = {g: points[g] for g in NUMERIC_DRAWN}
    return family_courses(rng, style, st.pool(style), points, shown, paged, most, ability=(0.7, 1.7),
                          head=6, jitter=1.5, general_first=rng.random() < 0.5, step=30,
                          code=lambda course, semester, serial: st.course_code(style, course, semester, serial))


def _bare(family, paged, text_pdf):
    """The scanner-app page and the flash photo carry their own camera work."""
    return family in ("pindai", "kilat") and not text_pdf


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family_page("gamma", st, index, seed, level, out, pdf, text_pdf, pdf_quality, gray, paged_most=36, divisor=4,
                bare=_bare, courses=_courses, outcome=_outcome, make_doc=_doc)
