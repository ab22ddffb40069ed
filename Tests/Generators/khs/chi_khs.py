"""The `chi` layout: transcripts in three families unlike the other layouts (chi_style.py): a phone
SCREENSHOT of a campus mobile app's Transkrip / KHS screen (status bar, app bar with a back arrow,
a summary card with the IPK large, semester section headers and the courses as a compact table or a
list with coloured grade badges, a bottom navigation bar; crisp, or re-compressed by a chat app,
sometimes in dark mode; for --pdf the screenshots printed one to a page) (chi_layar.py); a print of
a national-database style Riwayat Studi: emblem box, the student as a key/value table, then ONE
table of all courses with a Semester column on every row and the grade both as a letter and as an
index ("3.50" / "3,50"), totals and a "dicetak dari sistem" footer, photographed on a desk under
uneven light or scanned (chi_pddikti.py); a department's grade sheet printed from a spreadsheet
with its gridlines, column letters along the top and row numbers down the left, merged title
cells, a grey bold header row and the IPK as a formula result (chi_lembar.py). Written without
reading the transcript reader; only made when asked for (`--layouts chi`). The family turns with
the document number.

Every document holds all courses from semester 1 on (8-22 rows on a photo, more over 2-3 pages of a
--pdf/--text-pdf), so its IPK can be recomputed from the rows. In every ten documents four are
eligible, four not eligible and two tampered (printed IPK off: needs review). Degradations that
would leave body text under 8 px are drawn again, milder (xi's guard). Truth rows in print order,
names as printed (a wrapped name joined with one space)."""
import datetime
import importlib
import random

import chi_style as cs
from degrade import jpeg
from PIL import Image
from khs_files import amend_truth, document_start, graded, study_span, write_document
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}
PAGE_ROWS = {"layar": (7, 12), "pddikti": (10, 24), "lembar": (10, 26)}


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"chi-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged):
    pool = cs.pool(style["programme"])
    points = cs.POINTS[style["scale"]]
    skill = rng.uniform(0.8, 1.7)
    weights = [w * skill ** -k for k, w in enumerate([7, 5, 5, 4, 3, 2, 1.2, 0.6][: len(points) - 1])] + [0.15]
    most = 22 if not (style["family"] == "layar" and not style["table"]) else 16
    counts = [rng.randint(5, 7) for _ in range(shown)] if paged else [3] * shown
    if not paged:
        total = rng.randint(max(8, 3 * shown), min(most, 7 * shown))
        while sum(counts) < total:
            counts[rng.choice([k for k, c in enumerate(counts) if c < 7])] += 1
    rows, taken, codes = [], set(), set()
    for semester, want in enumerate(counts, 1):
        open_ = [c for c in pool if c["name"] not in taken and c["semester"] <= semester + 1]
        chosen = sorted(open_, key=lambda c: abs(c["semester"] - semester) + rng.random() * 1.4)[:want]
        general_last = rng.random() < 0.5
        chosen.sort(key=lambda c: (c["general"] and general_last, c["name"]))
        for serial, course in enumerate(chosen, 1):
            taken.add(course["name"])
            code = cs.course_code(style, dict(course, semester=semester), serial)
            while code in codes:
                serial += 20
                code = cs.course_code(style, dict(course, semester=semester), serial)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            rows.append({"code": code, "name": course["name"], "sks": course["sks"], "grade": grade, "point": points[grade],
                         "semester": semester})
    return rows


def _chunks(rng, family, rows, paged):
    if not paged:
        return [rows]
    low, high = PAGE_ROWS[family]
    pages = max(2 if rng.random() < 0.6 else 3, -(-len(rows) // high))
    sizes = [min(low, len(rows) // pages)] * pages
    for _ in range(len(rows) - sum(sizes)):
        sizes[rng.choice([k for k, n in enumerate(sizes) if n < high] or [0])] += 1
    ends = [sum(sizes[:k + 1]) for k in range(pages)]
    return [rows[end - n:end] for n, end in zip(sizes, ends)]


def _doc(rng, fake, style, rows, semester, entry, printed):
    start = entry + (semester - 1) // 2
    first, end = ((datetime.date(start, 9, 2), datetime.date(start + 1, 1, 28)) if semester % 2
                  else (datetime.date(start + 1, 2, 3), datetime.date(start + 1, 7, 28)))
    day = fake.date_between_dates(date_start=first, date_end=min(end, datetime.date(2026, 11, 20)))
    name = f"{fake.first_name()} {fake.last_name()}"
    return {"name": name.upper() if style["name_upper"] else name, "nim": cs.nim(rng, style, entry), "semester": semester,
            "entry": entry, "total": sum(r["sks"] for r in rows), "ipk": printed, "day": day,
            "time": f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", "official": fake.name()}


def _chat(canvases, rng, style):
    """A screenshot sent through a chat app: down to 720 wide, JPEG quality 55-75 (the raster only)."""
    log = []
    if not style.get("chat"):
        return log
    image = canvases[0].image
    if image.size[0] > 720:
        image = image.resize((720, round(image.size[1] * 720 / image.size[0])), Image.LANCZOS)
        log.append({"name": "lowres", "width": 720})
    quality = rng.randint(55, 75)
    canvases[0].image = jpeg(image, quality)
    log.append({"name": "jpeg", "quality": quality})
    return log


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = cs.FAMILIES[(index - 1) % len(cs.FAMILIES)]
    rng, style, fake, paged = document_start("chi", seed, index, lambda rng: cs.draw_style(rng, family), pdf, text_pdf)
    shown = rng.randint(4, 6) if paged else rng.randint(2, 4)
    semester, entry = study_span(rng, shown)
    rows = _courses(rng, style, shown, paged)
    outcome = _outcome(seed, index)
    ipk_true, tampered, printed = graded(rng, rows, outcome)
    doc = _doc(rng, fake, style, rows, semester, entry, printed)
    extra = random.Random(f"chi-{seed}-{index}-requirements")
    catalogue = [c["name"] for c in cs.pool(style["programme"])]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, rows, ipk_true, semester, cs.POINTS[style["scale"]], catalogue, want_met)
    renderer = importlib.import_module(f"chi_{family}")
    canvases = renderer.render(style, doc, _chunks(rng, family, rows, paged), rng, paged, text_pdf)
    chat = []
    if family == "layar" and not paged:  # a screenshot: no camera, perhaps a chat app's re-compression
        chat, level = _chat(canvases, rng, style), "none"
    elif not text_pdf:
        level = legible_level(canvases, rng, level, style.get("body", style["size"]))
    truth = {"style": style, "doc": doc, "rows": rows, "printed": printed, "ipk_true": ipk_true, "tampered": tampered,
             "semester": semester, "wanted": wanted, "met": met}
    write_document(out, "chi", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, **truth)

    def amend(written):
        written["family"] = family
        if chat or (family == "layar" and not paged and style["dark"]):
            written["degradations"] = chat + ([{"name": "dark_mode"}] if style["dark"] else [])
        if style.get("lit"):  # a desk photo's uneven light, drawn before the camera's degradations
            written["degradations"].insert(0, {"name": "uneven_light"})
    amend_truth(out, "chi", index, amend)
