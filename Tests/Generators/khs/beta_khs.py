"""The `beta` layout: transcripts in three families unlike the other layouts (beta_style.py): a PHONE
PHOTO OF A COMPUTER MONITOR showing the transcript (the applicant photographed the campus portal's
PDF in a viewer or a browser): the viewer's chrome (a toolbar with the page count and zoom, a grey
or dark background with the page's edge and shadow, a scroll bar; or a browser's tab strip and
address bar), sometimes the taskbar, the monitor's bezel and a dim room around it; moire from the
screen's subpixel grid beating with the camera's pixels, a slight perspective and rotation, a
brightness falloff towards the edges and a soft sheen, a cool white balance, a little focus or
motion blur, sensor noise and JPEG; the transcript on screen a clean digital print with semester
sub-headings and IPS lines, its own column order and wording, sometimes English (beta_layar.py);
a SCANNED PRINTOUT MARKED BY HAND: translucent highlighter strokes (yellow, green or pink) over a
few whole rows, uneven and running a little past the row, pen ticks in the margin, a pen ellipse
around a few grades or the IPK and an underline, a short handwritten note in the margin, a staple
in a corner and two punch holes, fed through an automatic document feeder that leaves one or two
thin vertical streaks, a slight skew (beta_stabilo.py); a LOW-RESOLUTION PHOTO FORWARDED THROUGH A
CHAT APP: a printed transcript on a desk photographed with mild perspective and uneven light, then
downscaled by the app to a long side of 1280-1600 px and JPEG-compressed hard (quality 45-65), so
body text is small (cap height about 10-14 px) and blocky; the print a compact table in a narrow or
condensed sans with zebra shading, right-aligned numbers and heavy top and bottom rules (no
vertical rules) and a summary box with the IPK (beta_kiriman.py). Written without reading the
reader; only made when asked for (`--layouts beta`). The family turns with the document number.

Every document holds all courses from semester 1 on, so its IPK can be recomputed from the rows.
In every ten documents four are eligible, four not eligible and two tampered (printed IPK off:
needs review). The marked scan is degraded further under xi's guard (body text never under 8 px);
the monitor photo and the forwarded photo carry their own camera work and are not degraded
further (the forwarded photo's downscale is chosen so body text stays 10-14 px in cap height, never
under 8 px em). Truth rows in print order, names as printed (a wrapped name joined with one space).
With --pdf each page is its own photo or scan; with --text-pdf the born-digital print, unmarked."""
import random

import beta_style as st
from eta_khs import _doc  # the same document facts as eta and alpha (dates, officials, NIP, totals, IPS)
from khs_files import family_courses, family_page

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}
NUMERIC_DRAWN = [g for g in st.POINTS["numeric"] if g != "2.75"]  # nine grades for family_courses' nine weights


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"beta-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged, most):
    points = st.points(style)
    if style["scale"] == "numeric":
        points = {g: points[g] for g in NUMERIC_DRAWN}
    return family_courses(rng, style, st.pool(style), points, shown, paged, most, ability=(0.7, 1.75),
                          head=6, jitter=1.6, general_first=rng.random() < 0.55, step=40,
                          code=lambda course, semester, serial: st.course_code(style, course, semester, serial))


def _bare(family, paged, text_pdf):
    """The monitor photo and the forwarded chat photo carry their own camera work."""
    return family in ("layar", "kiriman") and not text_pdf


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family_page("beta", st, index, seed, level, out, pdf, text_pdf, pdf_quality, gray, paged_most=36, divisor=4,
                bare=_bare, courses=_courses, outcome=_outcome, make_doc=_doc)
