"""What varies between omicron documents, drawn once per document: the family (a polytechnic
Kartu Hasil Studi in a fully ruled grid, an English international-programme transcript, a dense
Rekap Nilai whose semester blocks flow down two or three columns), the institution and its
wording, the fonts (Debian's Liberation, DejaVu and Carlito families, monospaced for the rekap),
the column order, the course code style (TI-2104, MKB3203, 2110342, ACC2103), the student number
style and the grade scale. Written from what Indonesian campus documents look like, not from the
transcript reader."""
from decimal import ROUND_HALF_UP, Decimal

import omicron_catalogue as oc
import xi_style

FAMILIES = ["grid", "english", "rekap"]
FONT_TABLE = dict(xi_style.FONT_TABLE, **{
    "dvmono": (("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"), "fonts-dejavu-core"),
    "libmono": (("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                 "liberation/LiberationMono-Italic.ttf"), "fonts-liberation"),
})
FAMILY_FONTS = {"grid": ["libsans", "libserif", "carlito", "dvcond"], "english": ["libserif", "narrow", "dvserifcond", "carlito"],
                "rekap": ["dvmono", "libmono", "dvmono", "narrow", "dvcond"]}
FAMILY_SCALES = {"grid": ["letter_ab", "letter_pm"], "english": ["letter_pm", "letter_half"],
                 "rekap": ["letter_ab", "letter_pm", "letter_half"]}
POINTS = {"letter_ab": {"A": 4.0, "AB": 3.5, "B": 3.0, "BC": 2.5, "C": 2.0, "D": 1.0, "E": 0.0},
          "letter_pm": {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "E": 0.0},
          "letter_half": {"A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0, "E": 0.0}}
FLOORS = {"letter_ab": [80, 73, 66, 60, 55, 40, 0], "letter_pm": [85, 80, 75, 70, 65, 60, 55, 40, 0],
          "letter_half": [80, 75, 69, 60, 55, 50, 44, 0]}  # lowest score (0-100) printed with each letter
POLYTECHNICS = ["Politeknik Negeri Cilacap Barat", "Politeknik Negeri Madiun Raya", "Politeknik Manufaktur Tanjung Priok",
                "Politeknik Negeri Kupang Timur", "Politeknik Elektronika Negeri Sidoarjo", "Politeknik Caltex Dumai",
                "Politeknik Negeri Lhokseumawe Utara", "Politeknik Harapan Bangsa Tegal"]
UNIVERSITIES = ["Universitas Gadjah Wijaya", "Universitas Brawijaya Timur", "Universitas Islam Indonesia Raya",
                "Universitas Katolik Parahyangan Baru", "Universitas Andalas Selatan", "Institut Pertanian Bogor Utara",
                "Universitas Sam Ratulangi Jaya", "Universitas Muhammadiyah Semarang Raya", "Universitas Udayana Bukit"]
INTERNATIONAL = ["International Undergraduate Program", "International Class Program", "International Program",
                 "Bilingual International Class", "Global Undergraduate Programme"]
CODE_STYLES = {"grid": ["dash", "group", "numeric"], "english": ["letters", "dash", "numeric"], "rekap": ["group", "numeric", "dash", "letters"]}
NIM_STYLES = {"grid": ["poly_digits", "poly_dotted", "poly_letter"], "english": ["slash", "digits", "poly_letter"],
              "rekap": ["poly_digits", "slash", "digits", "poly_dotted"]}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def draw_style(rng, family):
    polytechnic = family == "grid" or (family == "rekap" and rng.random() < 0.5)
    programme = rng.choice(sorted(oc.POLYTECHNIC) if polytechnic else oc.UNIVERSITY_PROGRAMMES + ["Teknik Informatika"])
    faculty, degree, english, _, _ = oc.programme(programme)
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "faculty": faculty, "degree": degree, "english_programme": english,
             "institution": rng.choice(POLYTECHNICS if polytechnic else UNIVERSITIES), "polytechnic": polytechnic,
             "codes": rng.choice(CODE_STYLES[family]), "nim": rng.choice(NIM_STYLES[family]),
             "unit": rng.randint(11, 39), "group_names": rng.sample(["MKB", "MKK", "MPK", "MBB", "MPB"], 2),
             "general_prefix": rng.choice(["MKU", "MPK", "UNI", "NAS"]), "upper": family != "english" and rng.random() < 0.45,
             "name_upper": rng.random() < 0.6, "comma": family != "english" and rng.random() < 0.35,
             "size": rng.randint(19, 22) if family != "rekap" else rng.randint(17, 19), "terms": rng.randint(0, 2)}
    if family == "english" and rng.random() < 0.5:
        style["institution"] = rng.choice(UNIVERSITIES)
    return style


def course_code(rng, style, semester, sks, serial, general):
    """A course code in the document's style, e.g. TI-2104, MKB3203, 2110342 or ACC2103."""
    abbr = style["general_prefix"] if general else oc.ABBREVIATION[style["programme"]]
    kind = style["codes"]
    if kind == "dash":
        return f"{abbr}-{semester}{sks}{serial:02d}"
    if kind == "group":
        group = style["general_prefix"] if general else style["group_names"][serial % 2]
        return f"{group}{semester}{sks}{serial:02d}"
    if kind == "numeric":
        return f"{style['unit']}{9 if general else 1}{semester:02d}{serial % 10}{sks}"
    return f"{abbr}{(semester + 1) // 2}{semester}{serial:02d}"


def nim(rng, kind, entry):
    year = entry % 100
    if kind == "poly_digits":  # 2141720088: year, jurusan, programme, class, number
        return f"{year:02d}{rng.randint(31, 47)}{rng.randint(1, 9)}{rng.randint(10, 40)}{rng.randint(1, 120):03d}"
    if kind == "poly_dotted":  # 3.32.21.1.07
        return f"{rng.randint(3, 4)}.{rng.randint(31, 41)}.{year:02d}.{rng.randint(0, 3)}.{rng.randint(1, 32):02d}"
    if kind == "poly_letter":  # E31211234
        return f"{rng.choice('BCEGHK')}{rng.randint(3, 4)}{rng.randint(1, 9)}{year:02d}{rng.randint(1, 1999):04d}"
    if kind == "slash":  # 21/478231/TK/52814
        return f"{year:02d}/{rng.randint(420000, 519999)}/{rng.choice(['TK', 'EK', 'PA', 'SA', 'HK', 'FA'])}/{rng.randint(10000, 59999)}"
    return f"{2000 + year}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


def number(style, value, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def half_up(value):
    """A mean printed to two places the way campus systems round it (0.005 up)."""
    return float(Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def mean(rows):
    credits = sum(r["sks"] for r in rows)
    return sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in rows) / Decimal(credits)


def term(style, entry, semester, english=False):
    """A semester heading, e.g. "Odd Semester 2022/2023", "Semester III - Ganjil 2021/2022"."""
    start = entry + (semester - 1) // 2
    year = f"{start}/{start + 1}"
    odd = semester % 2 == 1
    kind = style["terms"]
    if english:
        if kind == 0:
            return f"{'Odd' if odd else 'Even'} Semester {year}"
        if kind == 1:
            return f"Semester {semester}"
        return f"Semester {semester} ({'Odd' if odd else 'Even'} {year})"
    word = _half_word(kind, odd)
    if kind == 0:
        return f"SEMESTER {ROMAN[semester - 1]} - {word} {year}"
    if kind == 1:
        return f"Semester {semester} ({word} {year})"
    return f"SMT {semester} / {word} {year}"


def _half_word(kind, odd):
    if kind == 2:
        return "GASAL" if odd else "GENAP"
    return ("Ganjil" if odd else "Genap") if kind == 1 else ("GANJIL" if odd else "GENAP")
