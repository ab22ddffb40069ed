"""The `psi` layout: transcripts in three families unlike the other layouts (psi_style.py): a PHOTOCOPY
of a legalised transcript (serif letterhead, K | HM | AM | M columns, semester blocks closed by
Jumlah and IPS, a round DILEGALISIR stamp with "Sesuai dengan aslinya", a date and a signature
partly over the last rows and the totals; grey toner background, darker edges, speckle, a cut-off
margin beside the copier lid's dark band, a slight skew) (psi_fotokopi.py); a PHONE PHOTO of a
printed transcript held at an angle (a real keystone, a page curl along one edge, a fold crease, a
soft shadow across part of the page, uneven light) (psi_foto.py); a table whose header has two
levels ("Nilai" over Huruf | Angka | Mutu, "SKS" over T | P | Jml), its own column order, semester
blocks closed by "Jumlah" and "IPS", 0-100 scores beside the letters, sometimes English headings
(psi_bertingkat.py). Written without reading the reader; only made when asked for (`--layouts
psi`). The family turns with the document number.

Every document holds all courses from semester 1 on (8-20 rows on a single page, more over 2-3
pages of a --pdf/--text-pdf), so its IPK can be recomputed from the rows. In every ten documents
four are eligible, four not eligible and two tampered (printed IPK off: needs review). Degradations
that would leave body text under 8 px are drawn again, milder (xi's guard). Truth rows in print
order, names as printed (a wrapped name joined with one space)."""
import datetime
import importlib
import random

import psi_style as ps
from khs_files import amend_truth, document_start, graded, study_span, write_document
from omicron_style import half_up, mean
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}


def _outcome(seed, index):
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    random.Random(f"psi-{seed}-decisions-{(index - 1) // 10}").shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _courses(rng, style, shown, paged):
    pool = ps.pool(style)
    points = ps.POINTS[style["scale"]]
    skill = rng.uniform(0.8, 1.7)
    weights = [w * skill ** -k for k, w in enumerate([7, 5, 5, 4, 3, 2, 1.2, 0.6][: len(points) - 1])] + [0.15]
    counts = [rng.randint(5, 7) if paged else rng.randint(3, 6) for _ in range(shown)]
    while not paged and sum(counts) > 18:
        counts[counts.index(max(counts))] -= 1
    while sum(counts) < 8:
        counts[rng.randrange(shown)] += 1
    rows, taken, codes, number = [], set(), set(), 1
    for semester, want in enumerate(counts, 1):
        open_ = [c for c in pool if c["name"] not in taken and c["semester"] <= semester + 1]
        chosen = sorted(open_, key=lambda c: abs(c["semester"] - semester) + rng.random() * 1.5)[:want]
        chosen.sort(key=lambda c: (not c["general"], c["name"]))
        for serial, course in enumerate(chosen, 1):
            taken.add(course["name"])
            code = ps.course_code(style, dict(course, semester=semester), serial)
            while code in codes:
                serial += 30
                code = ps.course_code(style, dict(course, semester=semester), serial)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            rows.append({"code": code, "natural": course["name"], "name": course["name"].upper() if style["upper"] else course["name"],
                         "sks": course["sks"], "grade": grade, "point": points[grade], "semester": semester, "no": number,
                         "mutu": course["sks"] * points[grade], "score": ps.score(rng, style["scale"], grade),
                         "t": course["sks"] - course["practical"], "p": course["practical"],
                         "kind": "W" if course["general"] or course["semester"] <= 4 or rng.random() < 0.6 else "P"})
            number += 1
    return rows


def _doc(rng, fake, style, rows, semester, entry, printed):
    start = entry + (semester - 1) // 2
    first = datetime.date(start, 9, 2) if semester % 2 else datetime.date(start + 1, 2, 3)
    day = fake.date_between_dates(date_start=first, date_end=min(first + datetime.timedelta(days=150), datetime.date(2026, 11, 10)))
    legal = day + datetime.timedelta(days=rng.randint(3, 200))
    name = f"{fake.first_name()} {fake.last_name()}"
    born = datetime.date(entry - 18 - rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
    ips = {s: half_up(mean([r for r in rows if r["semester"] == s])) for s in {r["semester"] for r in rows}}
    return {"name": name.upper() if style["name_upper"] else name, "nim": ps.nim(rng, style, entry), "semester": semester,
            "entry": entry, "total": sum(r["sks"] for r in rows), "mutu": sum(r["mutu"] for r in rows), "ipk": printed,
            "ips": ips, "day": day, "legal_day": legal.strftime("%d-%m-%Y"), "official": fake.name(),
            "nip": f"{born.year - rng.randint(10, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1995, 2015)}"
                   f"{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 20):03d}",
            "birth": f"{fake.city()}, {ps.date_text(born)}", "letter": f"{rng.randint(100, 2999)}/UN{rng.randint(1, 60)}.{rng.randint(1, 20)}/AK/{legal.year}"}


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = ps.FAMILIES[(index - 1) % len(ps.FAMILIES)]
    rng, style, fake, paged = document_start("psi", seed, index, lambda rng: ps.draw_style(rng, family), pdf, text_pdf)
    shown = rng.randint(4, 6) if paged else rng.randint(2, 4)
    semester, entry = study_span(rng, shown)
    rows = _courses(rng, style, shown, paged)
    outcome = _outcome(seed, index)
    ipk_true, tampered, printed = graded(rng, rows, outcome)
    doc = _doc(rng, fake, style, rows, semester, entry, printed)
    extra = random.Random(f"psi-{seed}-{index}-requirements")
    natural = [dict(r, name=r["natural"]) for r in rows]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    catalogue = ps.pc.names(style["programme"])
    wanted, met = requirements(extra, natural, ipk_true, semester, ps.POINTS[style["scale"]], catalogue, want_met)
    renderer = importlib.import_module(f"psi_{family}")
    canvases = renderer.render(style, doc, rows, rng, paged, text_pdf)
    if not text_pdf:
        level = legible_level(canvases, rng, level, style.get("body", style["size"]))
    art = style.pop("art", [])
    truth = {"style": style, "doc": doc, "rows": rows, "printed": printed, "ipk_true": ipk_true, "tampered": tampered,
             "semester": semester, "wanted": wanted, "met": met}
    write_document(out, "psi", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, **truth)

    def amend(written):
        written["family"] = family
        if art and not text_pdf:  # the copier's or the camera's work, before the degradations drawn after it
            if paged:
                written["degradations"] = [[info] + log for info, log in zip(art, written["degradations"])]
            else:
                written["degradations"].insert(0, art[0])
    amend_truth(out, "psi", index, amend)
