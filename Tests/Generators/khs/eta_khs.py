"""The `eta` layout: transcripts in three families unlike the other layouts (eta_style.py): a SCAN
THAT ARRIVED TURNED: an ordinary campus table (portrait, or a landscape transcript scanned on a
portrait bed) whose whole page lies rotated 90, 180 or 270 degrees in the image, often with the
reverse side's text showing through faintly mirrored, a slight skew, the scanner lid's edge and
mild sensor noise; in a --pdf the pages are turned each its own way, some upright (eta_balik.py);
a transcript SENT BY E-MAIL and printed from the mail client: the client's print header and
footer (title, date, URL, "page x of y"), a mail header block (Dari/Kepada/Tanggal/Perihal or
From/To/Date/Subject), a greeting, the transcript as plain text in a proportional font whose
columns were lined up with tabs or spaces and so drift, lines of the earlier message quoted with
"> ", a signature block (eta_surel.py); a CERTIFIED COPY ("SALINAN SESUAI ASLI") of a transcript
in colour with a large light diagonal watermark across the table, grades printed as the point with
the letter in brackets ("3,50 (B+)", "4 (A)"), codes like "21.04.1103" or "IK-2-07", and a blue or
violet round stamp and an ink signature lying over the grade and SKS columns of the last rows
(eta_salinan.py). Written without reading the reader; only made when asked for (`--layouts eta`).
The family turns with the document number.

Every document holds all courses from semester 1 on, so its IPK can be recomputed from the rows.
In every ten documents four are eligible, four not eligible and two tampered (printed IPK off:
needs review). Degradations that would leave body text under 8 px are drawn again, milder (xi's
guard); the turned scan carries its own scanner work and is not degraded further. Truth rows in
print order, names as printed (a wrapped name joined with one space)."""
import datetime
import random

import eta_style as st
from khs_files import family_courses, family_page, nip
from omicron_style import half_up, mean

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"eta-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged, most):
    return family_courses(rng, style, st.pool(style), st.POINTS[style["scale"]], shown, paged, most, ability=(0.75, 1.7),
                          head=6, jitter=1.8, general_first=rng.random() < 0.5, step=20,
                          code=lambda course, semester, serial: st.course_code(style, course, semester, serial))


def _doc(rng, fake, style, rows, semester, entry, printed):
    start = entry + (semester - 1) // 2
    first = datetime.date(start, 9, 8) if semester % 2 else datetime.date(start + 1, 2, 16)
    day = fake.date_between_dates(date_start=first, date_end=min(first + datetime.timedelta(days=140), datetime.date(2026, 11, 20)))
    name = f"{fake.first_name()} {fake.last_name()}"
    born = rng.randint(1966, 1989)
    ips = {s: half_up(mean([r for r in rows if r["semester"] == s])) for s in sorted({r["semester"] for r in rows})}
    return {"name": name.upper() if style["name_upper"] else name, "nim": st.nim(rng, style, entry), "semester": semester,
            "entry": entry, "total": sum(r["sks"] for r in rows), "mutu": sum(r["mutu"] for r in rows), "ipk": printed, "ips": ips,
            "day": day, "time": f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}", "official": fake.name(),
            "nip": nip(rng, born), "clerk": fake.name()}


def _bare(family, paged, text_pdf):
    """The turned scan carries its own scanner work (a camera on top would undo the scan)."""
    return family == "balik" and not text_pdf


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family_page("eta", st, index, seed, level, out, pdf, text_pdf, pdf_quality, gray, paged_most=44, divisor=4,
                bare=_bare, courses=_courses, outcome=_outcome, make_doc=_doc)
