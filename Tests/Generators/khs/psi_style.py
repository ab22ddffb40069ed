"""What varies between psi documents, drawn once per document: the family (a photocopy of a legalised
transcript, a phone photo of a printed transcript held at an angle, a table with a two-level
header), the institution, fonts (Debian's Liberation, DejaVu and Carlito), grade scale, wording
(Indonesian, sometimes English headings), the IPK's wording, the student block's form, course code
and student number styles. Grade points are omicron's (omicron_style.py), courses psi_catalogue's."""
import os

from PIL import ImageFont

import omicron_style as ost
import psi_catalogue as pc
from chi_style import wrap  # noqa: F401 (psi_* call it as psi_style.wrap)

FAMILIES = ["fotokopi", "foto", "bertingkat"]
POINTS = ost.POINTS
FONTS = "/usr/share/fonts/truetype"
FAMILY_FONTS = {"fotokopi": ["libserif", "dvserifcond", "dvserif"], "foto": ["carlito", "narrow", "libsans"],
                "bertingkat": ["dvcond", "libsans", "carlito", "libserif"]}
FAMILY_SCALES = {"fotokopi": ["letter_ab", "letter_pm"], "foto": ["letter_pm", "letter_half"],
                 "bertingkat": ["letter_half", "letter_ab", "letter_pm"]}
CAMPUS = ["Universitas Jenderal Soedirman Raya", "Universitas Tadulako Barat", "Universitas Lambung Mangkurat Hulu",
          "Universitas Trisakti Selatan", "Universitas Negeri Gorontalo Raya", "Universitas Mulawarman Timur",
          "Universitas Islam Sultan Agung Baru", "Universitas Kristen Maranatha Utara", "Universitas Nusa Cendana Raya"]
CITIES = ["Purwokerto", "Palu", "Banjarmasin", "Jakarta", "Gorontalo", "Samarinda", "Semarang", "Bandung", "Kupang"]
IPK_WORDS = ["IPK", "Indeks Prestasi Kumulatif", "IP Kumulatif", "Indeks Prestasi Kumulatif (IPK)"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
          "Desember"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
WORDS = ["Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan"]
INK = (24, 24, 26)
_cache = {}


def font_named(name, size, weight=0):
    """weight 0 regular, 1 bold, 2 italic, in the named family of omicron's font table; loaded once."""
    path = os.path.join(FONTS, ost.FONT_TABLE[name][0][weight])
    key = (path, int(size))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(path, int(size))
    return _cache[key]


def font(style, size, weight=0):
    """weight 0 regular, 1 bold, 2 italic, in the document's font family."""
    return font_named(style["font"], size, weight)


def draw_style(rng, family):
    programme = rng.choice(sorted(pc.PROGRAMMES))
    faculty, prefix, _ = pc.PROGRAMMES[programme]
    campus = rng.randrange(len(CAMPUS))
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "faculty": faculty, "prefix": prefix, "institution": CAMPUS[campus],
             "city": CITIES[campus], "name_upper": rng.random() < 0.5, "upper": rng.random() < 0.3,
             "comma": rng.random() < 0.45, "codes": rng.choice(["plain", "dotted", "numeric"]),
             "nim": rng.choice(["dotted", "digits", "letter"]), "ipk_word": rng.choice(IPK_WORDS),
             "english": family == "bertingkat" and rng.random() < 0.3, "size": rng.randint(18, 21),
             "semester_kind": rng.randint(0, 2)}
    if family == "fotokopi":
        style.update(legend=rng.random() < 0.6, title=rng.choice(["TRANSKRIP AKADEMIK SEMENTARA", "DAFTAR NILAI AKADEMIK",
                                                                  "TRANSKRIP NILAI"]),
                     stamp_ink=rng.choice([(40, 60, 150), (110, 40, 120), (30, 30, 30)]), toner=rng.random() < 0.45)
    elif family == "foto":
        style.update(order=rng.choice(["name_first", "code_first"]), boxed=rng.random() < 0.6,
                     title=rng.choice(["TRANSKRIP NILAI", "KARTU HASIL STUDI KUMULATIF", "DAFTAR HASIL STUDI"]),
                     fold=rng.random() < 0.6, curl=rng.choice(["right", "bottom", "none"]))
    else:
        style.update(variant=rng.choice(["nilai", "sks", "both"]), fill=rng.choice([(225, 225, 225), (214, 230, 214), (226, 232, 244)]),
                     title=rng.choice(["TRANSKRIP NILAI", "REKAPITULASI NILAI MAHASISWA", "DAFTAR PRESTASI AKADEMIK"]),
                     inline=rng.random() < 0.5)
        if style["english"]:
            style["title"] = rng.choice(["ACADEMIC TRANSCRIPT", "TRANSCRIPT OF RECORDS"])
            style["ipk_word"] = rng.choice(["GPA", "Cumulative GPA", "IPK (GPA)"])
    return style


def pool(style):
    return pc.pool(style["programme"])


def course_code(style, course, serial):
    prefix = "MKU" if course["general"] else style["prefix"]
    if style["codes"] == "dotted":
        return f"{prefix}.{course['semester']}.{serial:02d}"
    if style["codes"] == "numeric":
        unit = 10 + sum(map(ord, prefix)) % 80
        return f"{unit}{course['semester']}{course['sks']}{serial:02d}"
    return f"{prefix}{course['semester']}{serial:02d}{course['sks']}"


def nim(rng, style, entry):
    year = entry % 100
    if style["nim"] == "dotted":
        return f"{rng.choice('ABCDFGH')}.{rng.randint(11, 95)}.{year:02d}.{rng.randint(1, 999):04d}"
    if style["nim"] == "letter":
        return f"{rng.choice('BCDEFHJK')}{rng.randint(1, 9)}{year:02d}{rng.randint(1, 9)}{rng.randint(1, 999):03d}"
    return f"{year:02d}{rng.randint(10, 99)}{rng.randint(1, 9)}{rng.randint(10000, 99999)}"


def number(style, value, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def score(rng, scale, grade):
    """A 0-100 score printed beside a letter (the Angka of a Huruf | Angka header), within the letter's band."""
    letters = list(POINTS[scale])
    floors = ost.FLOORS[scale]
    k = letters.index(grade)
    high = 100 if k == 0 else floors[k - 1] - 1
    return rng.randint(max(floors[k], 25), max(high, floors[k], 25))


def term(style, entry, semester):
    start = entry + (semester - 1) // 2
    if style.get("english"):
        return f"Semester {semester} ({'Odd' if semester % 2 else 'Even'} {start}/{start + 1})"
    return f"SEMESTER {ROMAN[semester - 1]} - {'GANJIL' if semester % 2 else 'GENAP'} {start}/{start + 1}"


def semester_text(style, semester):
    kind = style.get("semester_kind", 0)
    return [str(semester), f"{ROMAN[semester - 1]} ({WORDS[semester - 1]})", f"{semester} ({WORDS[semester - 1].lower()})"][kind]


def date_text(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def cell_text(style, row, key, number_mark=""):
    """A course row's cell as the table prints it: the row number (followed by `number_mark`), the
    points and mutu in the document's decimals, anything else as it is."""
    if key == "no":
        return f"{row['no']}{number_mark}"
    if key in ("point", "mutu"):
        return number(style, row[key], 2)
    return str(row[key])
