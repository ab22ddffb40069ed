"""What varies between theta documents, drawn once per document: the family (a SIAKAD KHS with the
component scores before the final grade, a desktop browser screenshot of a campus portal's
DataTables page, a pre-printed carbon-copy KHS form filled in by a dot-matrix printer or a
typewriter), the institution, fonts (Debian's Liberation, DejaVu and Carlito; monospaced for the
form's fill), grade scale, wording, course code and student number styles. Grade points and score
bands are omicron's (omicron_style.py), courses theta_catalogue's."""
from decimal import ROUND_HALF_UP, Decimal

import omicron_style as ost
import theta_catalogue as tc
from chi_style import wrap  # noqa: F401 (theta_* call it as theta_style.wrap)
from psi_style import font_named as font  # noqa: F401 (theta_* call it as theta_style.font)
from psi_style import number  # noqa: F401 (theta_* call it as theta_style.number)

FAMILIES = ["komponen", "desktop", "formulir"]
POINTS = ost.POINTS
FAMILY_FONTS = {"komponen": ["narrow", "dvcond", "libsans", "carlito"], "desktop": ["libsans", "dvsans", "carlito"],
                "formulir": ["libsans", "libserif", "dvserif", "dvcond"]}
FILL_FONTS = ["dvmono", "libmono"]
FAMILY_SCALES = {"komponen": ["letter_ab", "letter_pm"], "desktop": ["letter_ab", "letter_pm", "letter_half"],
                 "formulir": ["letter_ab", "letter_half", "letter_pm"]}
CAMPUS = ["Universitas Widya Mandala Raya", "Universitas Sriwijaya Ilir", "Universitas Tanjungpura Hulu",
          "Universitas Negeri Manado Utara", "Universitas Jember Kidul", "Universitas Khairun Ternate",
          "Universitas Bengkulu Pesisir", "Institut Teknologi Adhi Tama Raya", "Universitas Muhammadiyah Palopo Baru"]
CITIES = ["Surabaya", "Palembang", "Pontianak", "Tondano", "Jember", "Ternate", "Bengkulu", "Surabaya", "Palopo"]
SITES = ["siakad.uwmr.ac.id", "simak.unsri-ilir.ac.id", "siakad.untanhulu.ac.id", "portal.unimanut.ac.id",
         "sister.unejkidul.ac.id", "siakad.unkhair-ternate.ac.id", "akademik.unibpesisir.ac.id", "siakad.itatsraya.ac.id",
         "simak.umpalopo-baru.ac.id"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
          "Desember"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
COMPONENTS = ["hadir", "tugas", "quiz", "uts", "uas"]
def draw_style(rng, family):
    programme = rng.choice(sorted(tc.PROGRAMMES))
    faculty, prefix, _ = tc.PROGRAMMES[programme]
    campus = rng.randrange(len(CAMPUS))
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "faculty": faculty, "prefix": prefix, "institution": CAMPUS[campus],
             "city": CITIES[campus], "site": SITES[campus], "name_upper": rng.random() < 0.5,
             "upper": rng.random() < 0.25, "comma": rng.random() < 0.35, "codes": rng.choice(["plain", "dash", "numeric"]),
             "nim": rng.choice(["digits", "dotted", "letter"])}
    if family == "komponen":
        shown = [c for c in COMPONENTS if c in ("uts", "uas") or rng.random() < 0.7]
        raw = {c: rng.choice({"hadir": [5, 10], "tugas": [15, 20, 25], "quiz": [10, 15]}.get(c, [25, 30, 35])) for c in shown}
        total = sum(raw.values())
        raw = {c: 5 * round(20 * w / total) for c, w in raw.items()}  # percentages in fives, the UAS taking the rest
        raw["uas"] += 100 - sum(raw.values())
        style.update(components=shown, weights=raw, places=rng.choice([0, 1, 1, 2]), english=rng.random() < 0.3,
                     landscape=rng.random() < 0.5, size=rng.randint(17, 19), order=rng.choice(["sks_first", "sks_last", "sks_mid"]),
                     mutu=rng.random() < 0.6, bobot=rng.random() < 0.8, number_col=rng.random() < 0.6,
                     fill=rng.choice([(222, 230, 242), (230, 230, 230), (226, 240, 226)]))
    elif family == "desktop":
        wide = rng.random() < 0.5
        style.update(width=1920 if wide else 1366, viewport=1080 if wide else 768, full=rng.random() < 0.35,
                     size=rng.randint(15, 17) if wide else rng.randint(14, 15), theme=rng.choice(["dark", "light", "blue"]),
                     accent=rng.choice([(60, 141, 188), (0, 123, 255), (40, 167, 69), (111, 66, 193), (23, 162, 184)]),
                     badge=rng.random() < 0.5, recompress=rng.random() < 0.4, jpeg=rng.random() < 0.5,
                     columns=rng.choice(["a", "b", "c"]), hover=rng.random() < 0.8)
    else:
        style.update(fill_font=rng.choice(FILL_FONTS), paper=rng.choice(["yellow", "pink", "blue"]),
                     carbon=rng.choice([(78, 44, 140), (40, 54, 150), (84, 48, 116)]), size=rng.randint(19, 21),
                     typewriter=rng.random() < 0.4, form_ink=rng.choice([(30, 40, 110), (25, 25, 28), (20, 90, 60)]))
    return style


def pool(style):
    return tc.pool(style["programme"])


def course_code(style, course, serial):
    prefix = "UNV" if course["general"] else style["prefix"]
    kind = style["codes"]
    if kind == "dash":
        return f"{prefix}-{course['semester']}{serial:02d}"
    if kind == "numeric":
        unit = 20 + sum(map(ord, prefix)) % 70
        return f"{unit}0{course['semester']}{serial:02d}{course['sks']}"
    return f"{prefix}{course['semester']}{course['sks']}{serial:02d}"


def nim(rng, style, entry):
    year = entry % 100
    if style["nim"] == "dotted":
        return f"{year:02d}.{rng.randint(11, 89)}.{rng.randint(100, 999)}"
    if style["nim"] == "letter":
        return f"{rng.choice('ADFKLM')}{rng.randint(10, 99)}{year:02d}{rng.randint(1, 2999):04d}"
    return f"{2000 + year}{rng.randint(100, 999)}{rng.randint(1000, 9999)}"


def components(rng, style, scale, grade):
    """Component scores (0-100) and the final score of a row, the final score inside the band of
    the letter the row has (omicron's floors), rounded to the document's places."""
    letters = list(POINTS[scale])
    floors = ost.FLOORS[scale]
    k = letters.index(grade)
    low = max(floors[k], 22)
    high = 99.0 if k == 0 else floors[k - 1] - 0.6
    weights = style["weights"]
    total = sum(weights.values())
    for _ in range(80):
        target = rng.uniform(low, high)
        values = {c: max(0, min(100, round(target + rng.gauss(0, 7)))) for c in weights}
        if "hadir" in values:
            values["hadir"] = max(values["hadir"], rng.randint(70, 100)) if target > 50 else values["hadir"]
        final = _round(sum(weights[c] * values[c] for c in weights) / total, style["places"])
        if floors[k] <= final and (k == 0 or final < floors[k - 1]):
            return values, final
    value = round((low + high) / 2)
    return {c: value for c in weights}, value


def _round(value, places):
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return int(exact) if places == 0 else float(exact)


def date_text(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def term(entry, semester, english=False):
    start = entry + (semester - 1) // 2
    if english:
        return f"Semester {semester} - {'Odd' if semester % 2 else 'Even'} {start}/{start + 1}"
    return f"Semester {semester} - {'Ganjil' if semester % 2 else 'Genap'} {start}/{start + 1}"


def split(rng, rows, paged, per_page=None):
    """The rows over the pages of a --pdf: two or three pages (three when long), cut evenly with a
    little jitter, at least four rows a page; a photo's rows stay on one page."""
    if not paged:
        return [rows]
    pages = 3 if len(rows) > 30 or (len(rows) >= 22 and rng.random() < 0.35) else 2
    if per_page:
        pages = max(pages, -(-len(rows) // per_page))
    cuts, last = [], 0
    for k in range(1, pages):
        cut = round(len(rows) * k / pages) + rng.randint(-2, 2)
        cut = max(last + 4, min(cut, len(rows) - 4 * (pages - k)))
        cuts.append(cut)
        last = cut
    return [rows[a:b] for a, b in zip([0] + cuts, cuts + [len(rows)])]
