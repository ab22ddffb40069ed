"""The `upsilon` layout: transcript prints in three families unlike the other layouts
(upsilon_style.py): a private university's SIAKAD "Kartu Hasil Studi Kumulatif" export with comma
decimals everywhere, a Periode column (20221), a Kelas or Dosen column between the course and its
SKS, the grade as "AB (3,50)" in one cell or letter and points in two narrow cells, and the grade
scale printed as a legend under the table (upsilon_siakad.py); a state polytechnic's landscape
Diploma III transcript in a narrow font with RMI211004-style codes, the English name in italics
under each Indonesian one and a Jumlah row inside the table (upsilon_diploma.py); and a faculty's
Surat Keterangan Nilai printed on a dot-matrix printer in a monospaced font, on continuous form
paper or A4, its columns aligned with spaces between dashed rules, page header and footer lines
(upsilon_ketik.py). Written without reading the transcript reader, for measuring it on a layout
it was not tuned on; only made when asked for (`--layouts upsilon`). The family turns with the
document number.

Every document holds all courses from semester 1 on (8-22 rows over 2-4 semesters on a photo, up
to 15 on the landscape one; 4-6 semesters over 2-3 pages of a --pdf/--text-pdf, the heading and
table header repeated, the student block on page 1 and the IPK on the last), so its IPK can be
recomputed from the rows. The printed semester is the last one with grades or the one under way
after it. In every ten consecutive documents four are eligible, four not eligible and two tampered
(printed IPK 0.15-0.6 off: needs review). Degradations that would leave body text under 8 px are
drawn again, milder (xi's guard). Truth: the keys of the other layouts (khs_files.py); rows in
print order, names and codes as printed (upper-cased where the print is)."""
import datetime
import importlib
import random

import upsilon_catalogue as uc
import upsilon_style as us
from khs_files import document_start, write_document
from omicron_style import half_up, mean
from xi_khs import _legible_level as legible_level
from xi_requirements import requirements, tampered_ipk

SHARES = {"eligible": 4, "not_eligible": 4, "needs_review": 2}
PAGE_ROWS = {"siakad": (8, 20), "diploma": (6, 12), "ketik": (8, 22)}  # rows a scanned page holds
TITLES = ["S.Kom., M.Kom.", "S.E., M.M.", "M.T.", "S.Sos., M.I.Kom.", "M.Si.", "M.Pd.", "S.T., M.Eng."]


def _outcome(seed, index):
    """The decision document `index` calls for: each run of ten holds SHARES of them, shuffled."""
    deck = sum(([kind] * count for kind, count in SHARES.items()), [])
    shuffler = random.Random(f"upsilon-{seed}-decisions-{(index - 1) // 10}")
    shuffler.shuffle(deck)
    return deck[(index - 1) % len(deck)]


def _counts(rng, family, shown, paged, available):
    """Courses per semester: 5-7 each on a PDF; 3-7 each and 8-22 in all (15 landscape) on a photo."""
    if paged:
        counts = [rng.randint(5, 6 if family == "diploma" else 7) for _ in range(shown)]
    else:
        counts = [3] * shown
        total = rng.randint(max(8, 3 * shown), min(15 if family == "diploma" else 22, 7 * shown))
        while sum(counts) < total:
            counts[rng.choice([k for k, c in enumerate(counts) if c < 7])] += 1
    while sum(counts) > available:
        counts[counts.index(max(counts))] -= 1
    return counts


def _courses(rng, fake, style, shown, paged):
    pool = uc.pool(style["family"], style["programme"])
    points = us.POINTS[style["scale"]]
    skill = rng.uniform(0.8, 1.7)
    weights = [w * skill ** -k for k, w in enumerate([7, 5, 5, 4, 3, 2, 1.2, 0.6][: len(points) - 1])] + [0.15]
    rows, taken, codes = [], set(), set()
    for semester, want in enumerate(_counts(rng, style["family"], shown, paged, len(pool)), 1):
        open_ = [c for c in pool if c[0] not in taken and c[2] <= semester + 1]  # no thesis in the second year
        ranked = sorted(open_, key=lambda c: abs(c[2] - semester) + rng.random() * 1.4)
        general_first = rng.random() < 0.5
        chosen = sorted(ranked[:want], key=lambda c: (not c[4], c[0]) if general_first else (c[4], -c[3], c[0]))
        for serial, (name, english, _, sks, general) in enumerate(chosen, 1):
            taken.add(name)
            code = us.course_code(style, semester, sks, serial + (10 if general else 0), general)
            while code in codes:
                serial += 20
                code = us.course_code(style, semester, sks, serial, general)
            codes.add(code)
            grade = rng.choices(list(points), weights)[0]
            extra = (f"{style['prefix'][:2]}-{semester}{rng.choice('ABC')}" if style.get("extra") == "kelas"
                     else f"{fake.first_name()} {fake.last_name()}, {rng.choice(TITLES)}")
            rows.append({"code": code, "name": name.upper() if style["upper"] else name, "english": english, "sks": sks,
                         "grade": grade, "point": points[grade], "semester": semester, "extra": extra})
    return rows


def _chunks(rng, family, rows, paged):
    if not paged:
        return [rows]
    low, high = PAGE_ROWS[family]
    pages = 2 if len(rows) <= 2 * high - 4 and (len(rows) < 26 or rng.random() < 0.6) else 3
    pages = max(pages, -(-len(rows) // high))
    sizes = [min(low, len(rows) // pages)] * pages
    for _ in range(len(rows) - sum(sizes)):  # the rest handed out a row at a time to pages with room
        sizes[rng.choice([k for k, n in enumerate(sizes) if n < high])] += 1
    ends = [sum(sizes[:k + 1]) for k in range(pages)]
    return [rows[end - n:end] for n, end in zip(sizes, ends)]


def _city(fake):
    return fake.city().replace("Kota Administrasi ", "").replace("Kota ", "")


def _doc(rng, fake, style, rows, semester, entry, printed):
    start = entry + (semester - 1) // 2  # printed during the student's current semester
    first, end = ((datetime.date(start, 9, 2), datetime.date(start + 1, 1, 28)) if semester % 2
                  else (datetime.date(start + 1, 2, 3), datetime.date(start + 1, 7, 28)))
    day = fake.date_between_dates(date_start=first, date_end=end)
    birth = fake.date_between_dates(date_start=datetime.date(entry - 20, 1, 1), date_end=datetime.date(entry - 18, 12, 31))
    last = [r for r in rows if r["semester"] == max(r["semester"] for r in rows)]
    name = f"{fake.first_name()} {fake.last_name()}"  # no academic titles on a student
    return {"name": name.upper() if style["name_upper"] else name, "nim": us.nim(rng, style["nim"], entry), "semester": semester,
            "entry": entry, "total": sum(r["sks"] for r in rows), "mutu": sum(r["sks"] * r["point"] for r in rows),
            "ipk": printed, "ips": half_up(mean(last)), "city": _city(fake), "day": day,
            "birth": f"{_city(fake)}, {us.date_text(birth)}", "official": fake.name(),
            "wali": f"{fake.first_name()} {fake.last_name()}, {rng.choice(TITLES)}", "time": f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
            "nip": f"{rng.randint(1966, 1990)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1993, 2018)}"
                   f"{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 30):03d}",
            "number": f"{rng.randint(12, 980)}/{style['prefix']}/AK/{day.month:02d}/{day.year}"}


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    family = us.FAMILIES[(index - 1) % len(us.FAMILIES)]
    rng, style, fake, paged = document_start("upsilon", seed, index, lambda rng: us.draw_style(rng, family), pdf, text_pdf)
    pool = uc.pool(family, style["programme"])
    shown = rng.randint(4, 6) if paged else rng.randint(2, 4)
    shown = min(shown, len(pool) // (5 if paged else 3), 5 if family == "diploma" and paged else 8)
    semester = min(6 if family == "diploma" else 8, shown + (1 if rng.random() < 0.35 else 0))
    entry = rng.randint(2017, 2025 - (semester + 1) // 2)
    rows = _courses(rng, fake, style, shown, paged)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / sum(r["sks"] for r in rows), 2)
    outcome = _outcome(seed, index)
    tampered = "ipk" if outcome == "needs_review" else None  # only the printed IPK is wrong
    printed = tampered_ipk(rng, half_up(mean(rows)), 0.65) if tampered else half_up(mean(rows))
    doc = _doc(rng, fake, style, rows, semester, entry, printed)
    extra = random.Random(f"upsilon-{seed}-{index}-requirements")
    catalogue = [c[0].upper() if style["upper"] else c[0] for c in pool]
    want_met = outcome == "eligible" or (outcome == "needs_review" and extra.random() < 0.5)
    wanted, met = requirements(extra, rows, ipk_true, semester, us.POINTS[style["scale"]], catalogue, want_met)
    renderer = importlib.import_module(f"upsilon_{family}")
    canvases = renderer.render(style, doc, _chunks(rng, family, rows, paged), rng)
    if not text_pdf:  # a photo or scan whose body text would fall under 8 px is degraded more mildly
        level = legible_level(canvases, rng, level, style["size"])
    truth = {"style": style, "doc": doc, "rows": rows, "printed": printed, "ipk_true": ipk_true, "tampered": tampered,
             "semester": semester, "wanted": wanted, "met": met}
    write_document(out, "upsilon", index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, **truth)
