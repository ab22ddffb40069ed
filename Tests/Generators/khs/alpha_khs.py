"""The `alpha` layout: transcripts in three families unlike the other layouts (alpha_style.py): an
OLDER TRANSCRIPT TYPED ON A TYPEWRITER and photocopied: every character struck on its own (a
little off the baseline, a little turned, some faint, some struck twice), columns lined up with
spaces, the table ruled by hand with a pen and a ruler (wobbly, ends not meeting, some rules
missing), a letter typed over a wrong one here and there (never in a code, SKS or grade), letter
grades (A-E, some campuses AB/BC), a "Jumlah" line and the IPK typed under the table, then grey
photocopy toner, speckle and darker edges (alpha_ketik.py); a transcript EXPORTED FROM A
SPREADSHEET and printed with the sheet's column letters and row numbers and light grey
gridlines, Bobot, Mutu (SKS x Bobot) and Ket. columns, long course names cut off at the cell
border, the header row repeated on each printed page and the IPK in a labelled cell below
(alpha_lembar.py); a PHONE PHOTO OF A PAGE IN A BOUND TRANSCRIPT BOOKLET held open on a table:
the page bending into the spine so the lines curve near the gutter, the gutter's shadow, a strip
of the facing page, a thumb on the outer margin, dim indoor light, sensor noise and mild JPEG
(alpha_buku.py). Written without reading the reader; only made when asked for
(`--layouts alpha`). The family turns with the document number.

Every document holds all courses from semester 1 on, so its IPK can be recomputed from the rows.
In every ten documents four are eligible, four not eligible and two tampered (printed IPK off:
needs review). Degradations that would leave body text under 8 px are drawn again, milder (xi's
guard); the booklet photo carries its own camera work and is not degraded further. Truth rows in
print order, names AS PRINTED: a wrapped name joined with one space; a spreadsheet name cut at
the cell border is recorded as its visible part (the characters whose ink lies at least half inside
the cell, trailing spaces dropped), and a requirement on such a course names it by its code
(alpha_lembar.visible)."""
import random

import alpha_style as st
from eta_khs import _doc  # the same document facts as eta (dates, officials, NIP, totals)
from khs_files import family_courses, family_page

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}
NUMERIC_DRAWN = [g for g in st.POINTS["numeric"] if g != "2.75"]  # nine grades for family_courses' nine weights


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"alpha-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged, most):
    points = st.points(style)
    if style["scale"] == "numeric":
        points = {g: points[g] for g in NUMERIC_DRAWN}
    rows = family_courses(rng, style, st.pool(style), points, shown, paged, most, ability=(0.7, 1.8),
                          head=5, jitter=1.5, general_first=rng.random() < 0.6, step=30,
                          code=lambda course, semester, serial: st.course_code(style, course, semester, serial))
    if style["family"] == "lembar":
        import alpha_lembar
        for row in rows:
            shown_name = alpha_lembar.visible(style, row["name"])
            if shown_name != row["name"]:  # cut at the cell border: the truth is what shows
                style.setdefault("cut_names", []).append(row["natural"])  # never drawn as an "absent" course
                row.update(full=row["name"], name=shown_name, natural=row["code"], cut=True)
    return rows


def _bare(family, paged, text_pdf):
    """The booklet photo carries its own camera work (a second camera on top would undo it)."""
    return family == "buku" and not text_pdf


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family_page("alpha", st, index, seed, level, out, pdf, text_pdf, pdf_quality, gray, paged_most=44, divisor=4,
                bare=_bare, courses=_courses, outcome=_outcome, make_doc=_doc)
