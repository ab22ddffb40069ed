"""The `pi` layout: transcript prints in three families unlike the other layouts (pi_style.py): an
Islamic state university's Daftar Nilai with Arabic-named courses in Latin script, 0-100 scores
beside the letter, bobot and mutu, IPK with predikat and the Wakil Dekan's signature (pi_daftar.py);
a teacher-education Lembar Hasil Ujian / Daftar Nilai Kumulatif as Universitas Terbuka or a PGRI
college prints it, with PDGK4101-style codes, a Smt column, the student in two columns and the
current semester written "Semester ke-5", "Smt. V" or "V (lima)" (pi_lhu.py); and a narrow, dense
grade list with lowercase (often bilingual) headers, grey banded rows, no vertical lines, English
and Indonesian titles and a stamp laid over the table's lower right (pi_ringkas.py). Written
without reading the transcript reader, for measuring it on a layout it was not tuned on; only made
when asked for (`--layouts pi`). The family turns with the document number.

Every document holds all courses from semester 1 on (8-22 rows over 2-4 semesters on a photo;
over 2-3 pages of a --pdf/--text-pdf, 8-20 rows a page, the table header repeated, the student
block on page 1 and the IPK on the last), so its IPK can be recomputed from the rows. The printed
semester is the last one with grades or the one under way after it. In every ten consecutive
documents four are eligible, four not eligible and two tampered (printed IPK 0.15-0.6 off, with
the predikat that IPK would earn: needs review). Degradations that would leave body text under 8 px
are drawn again, milder (xi's guard). Truth: the keys of the other layouts (khs_files.py); the
scale is the one the letters are on (plain A-E grades are letter_ab's subset); rows in print
order, names and codes as printed."""
import datetime
import random

import pi_catalogue as pc
import pi_lhu
import pi_style as ps
from khs_files import document_start, write_document
from omicron_style import half_up, mean
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements, tampered_ipk

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}


def _city(fake):
    return fake.city().replace("Kota Administrasi ", "").replace("Kota ", "")


def _outcome(seed, index):
    block = (index - 1) // 10
    order = [kind for kind, count in SHARES.items() for _ in range(count)]
    random.Random(f"pi-{seed}-decisions-{block}").shuffle(order)
    return order[(index - 1) % 10]


def _counts(rng, shown, paged, available):
    """Courses per semester: 8-22 in all on a photo; 5-7 a semester over a PDF."""
    for _ in range(500):
        counts = [rng.randint(5, 7) if paged else rng.randint(3, 7) for _ in range(shown)]
        if (paged or 8 <= sum(counts) <= 22) and sum(counts) <= available:
            return counts
    return [5 if paged else 4] * shown


def _courses(rng, style, shown, paged):
    pool = pc.pool(style["family"], style["programme"])
    points = ps.POINTS[style["grading"]]
    skill = rng.uniform(0.85, 1.7)
    weights = [w * skill ** -k for k, w in enumerate([7, 5, 5, 4, 3, 2, 1.2, 0.5][: len(points) - 1])] + [0.12]
    floors = ps.FLOORS[style["grading"]]
    rows, codes, taken, serials = [], set(), set(), {}
    for semester, want in enumerate(_counts(rng, shown, paged, len(pool)), 1):
        remaining = [c for c in pool if c[0] not in taken]
        ranked = sorted(remaining, key=lambda c: abs(c[1] - semester) + rng.random() * 1.5)
        chosen = sorted(ranked[:want], key=lambda c: (not c[3], c[1], c[0]))
        for name, usual, sks, general, prefix in chosen:
            taken.add(name)
            serials[prefix] = serials.get(prefix, 0) + rng.randint(1, 3)
            code = ps.course_code(style, prefix, usual if style["family"] == "lhu" else semester, sks, serials[prefix], general)
            while code in codes:
                serials[prefix] += 1
                code = ps.course_code(style, prefix, usual if style["family"] == "lhu" else semester, sks, serials[prefix], general)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            rank = list(points).index(grade)
            score = rng.uniform(floors[rank] or 20, 98 if rank == 0 else floors[rank - 1] - 0.6)
            score = round(score, style.get("score_places", 0))
            rows.append({"code": code, "name": name.upper() if style["upper"] else name, "sks": sks, "grade": grade,
                         "point": points[grade], "semester": semester, "score": score})
    if style["family"] == "lhu" and style["sort"] == "code":
        rows.sort(key=lambda r: r["code"])
    return rows


def _chunks(rng, rows, paged):
    if not paged:
        return [rows]
    pages = 2 if len(rows) <= 30 else 3
    for _ in range(500):
        cuts = sorted(rng.sample(range(8, len(rows) - 7), pages - 1))
        parts = [rows[a:b] for a, b in zip([0] + cuts, cuts + [len(rows)])]
        if all(8 <= len(p) <= 20 for p in parts):
            return parts
    size = -(-len(rows) // pages)
    return [rows[k:k + size] for k in range(0, len(rows), size)]


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = ps.FAMILIES[(index - 1) % len(ps.FAMILIES)]
    rng, style, fake, paged = document_start("pi", seed, index, lambda rng: ps.draw_style(rng, family), pdf, text_pdf)
    shown = rng.randint(4, 6) if paged else rng.randint(2, 4)
    shown = min(shown, len(pc.pool(family, style["programme"])) // (5 if paged else 3))  # what the curriculum can fill
    semester = min(8, shown + (1 if rng.random() < 0.35 else 0))
    entry = rng.randint(2017, 2025 - (semester + 1) // 2)
    rows = _courses(rng, style, shown, paged)
    total = sum(r["sks"] for r in rows)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    printed = half_up(mean(rows))
    outcome = _outcome(seed, index)
    tampered = None
    if outcome == "needs_review":
        printed = tampered_ipk(rng, printed, 0.7)
        tampered = "ipk"
    name = fake.name()
    year = entry + (semester + 1) // 2
    day = fake.date_between_dates(date_start=datetime.date(year, 1, 5), date_end=datetime.date(year, 12, 20))
    birth = fake.date_between_dates(date_start=datetime.date(entry - 21, 1, 1), date_end=datetime.date(entry - 17, 12, 31))
    doc = {"name": name.upper() if style["name_upper"] else name, "nim": ps.nim(rng, style["nim"], entry),
           "semester": semester, "entry": entry, "total": total, "mutu": sum(r["sks"] * r["point"] for r in rows),
           "ipk": printed, "city": _city(fake), "official": fake.name(), "day": day,
           "birth": f"{_city(fake)}, {ps.date_text(birth)}", "masa": pi_lhu.masa(entry, semester), "first_masa": pi_lhu.masa(entry, 1),
           "nip": f"{rng.randint(1965, 1990)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} "
                  f"{rng.randint(1992, 2019)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}",
           "nik": f"{rng.randint(1, 9)}{rng.randint(10, 99)}{rng.randint(100000, 999999)}",
           "number": f"B-{rng.randint(100, 4999)}/Un.{rng.randint(1, 30):02d}/{rng.choice(['I', 'II', 'III'])}.{rng.randint(1, 4)}"
                     f"/PP.00.9/{day.month:02d}/{day.year}"}
    extra = random.Random(f"pi-{seed}-{index}-requirements")
    catalogue = [c[0].upper() if style["upper"] else c[0] for c in pc.pool(family, style["programme"])]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, rows, ipk_true, semester, ps.POINTS[style["grading"]], catalogue, want_met)
    chunks = _chunks(rng, rows, paged)
    if family == "daftar":
        from pi_daftar import render
    elif family == "lhu":
        render = pi_lhu.render
    else:
        from pi_ringkas import render
    canvases = render(style, doc, chunks, rng)
    level = level if text_pdf else legible_level(canvases, rng, level, style["size"])
    write_document(out, "pi", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, style=style, doc=doc, rows=rows, printed=printed, ipk_true=ipk_true,
                   tampered=tampered, semester=semester, wanted=wanted, met=met)
