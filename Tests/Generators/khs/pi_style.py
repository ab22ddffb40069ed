"""What varies between pi documents, drawn once per document: the family (an Islamic university's
Daftar Nilai with 0-100 scores, letter, bobot and mutu; a teacher-college Lembar Hasil Ujian /
Daftar Nilai Kumulatif with a two-column student block and a Smt column; a narrow dense table with
lowercase bilingual headers, grey banded rows and a stamp over its lower right), the institution,
the fonts (Debian's Liberation, DejaVu and Carlito), the grade scale and the conversion of 0-100
scores to letters, the course code and student number styles, and how numbers and the student's
semester are written (3,45 or 3.45; "Semester ke-5", "Smt. V", "VI (Enam)")."""
import pi_catalogue as pc
from omicron_style import ROMAN

FAMILIES = ["daftar", "lhu", "ringkas"]
FAMILY_FONTS = {"daftar": ["libserif", "dvserif", "libsans", "carlito"], "lhu": ["libsans", "dvsans", "narrow", "carlito"],
                "ringkas": ["narrow", "dvcond", "carlito", "libsans"]}
PLAIN = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "E": 0.0}  # printed on the letter_ab scale (its subset)
POINTS = {"plain": PLAIN,
          "letter_ab": {"A": 4.0, "AB": 3.5, "B": 3.0, "BC": 2.5, "C": 2.0, "D": 1.0, "E": 0.0},
          "letter_pm": {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "E": 0.0},
          "letter_half": {"A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0, "E": 0.0}}
TRUTH_SCALE = {"plain": "letter_ab", "letter_ab": "letter_ab", "letter_pm": "letter_pm", "letter_half": "letter_half"}
FLOORS = {"plain": [80, 70, 60, 50, 0], "letter_ab": [80, 73, 66, 60, 55, 40, 0],
          "letter_pm": [85, 80, 75, 70, 65, 60, 55, 45, 0], "letter_half": [80, 75, 70, 65, 60, 55, 50, 0]}
FAMILY_SCALES = {"daftar": ["plain", "letter_pm", "letter_half"], "lhu": ["letter_pm", "letter_half", "plain"],
                 "ringkas": ["letter_ab", "letter_pm", "letter_half"]}
ISLAMIC_PLACES = ["Sunan Kalijaga Wetan", "Raden Intan Lampung Barat", "Syarif Hidayatullah Cipasung", "Walisongo Kendal",
                  "Sunan Gunung Jati Majalengka", "Antasari Banjarbaru", "Alauddin Gowa", "Imam Bonjol Pariaman"]
IAIN = ["Institut Agama Islam Negeri (IAIN) Kudus Raya", "Institut Agama Islam Negeri (IAIN) Ponorogo Selatan",
        "Institut Agama Islam Negeri (IAIN) Curup Timur"]
COLLEGES = ["STKIP PGRI Sumenep Raya", "IKIP PGRI Bojonegoro Timur", "Universitas PGRI Madiun Wetan", "STKIP Muhammadiyah Kuningan Barat"]
PRIVATE = ["Universitas Bina Nusantara Jaya", "Institut Bisnis dan Informatika Kwik Selatan", "Universitas Prasetiya Mulya Raya",
           "President University Cikarang Baru", "Universitas Multimedia Tangerang Raya"]
UPBJJ = ["Bandung", "Semarang", "Surabaya", "Makassar", "Medan", "Palembang", "Denpasar", "Banjarmasin", "Kupang", "Jember"]
SPELLED = ["Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
          "Desember"]


def draw_style(rng, family):
    programme = rng.choice(pc.programmes(family))
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "grading": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "comma": rng.random() < (0.6 if family != "ringkas" else 0.2),
             "name_upper": rng.random() < (0.7 if family != "ringkas" else 0.3), "upper": False}
    style["scale"] = TRUTH_SCALE[style["grading"]]
    if family == "daftar":
        style.update(size=rng.randint(19, 22), upper=rng.random() < 0.3, codes=rng.choice(["joined", "spaced", "dashed"]),
                     institution=("Universitas Islam Negeri " + rng.choice(ISLAMIC_PLACES)) if rng.random() < 0.7 else rng.choice(IAIN),
                     faculty=pc.ISLAMIC[programme][0], score_places=rng.choice([0, 0, 1]), bobot_places=rng.choice([0, 2, 2]),
                     semester_words=rng.random() < 0.5, hijri=rng.random() < 0.5, nim=rng.choice(["uin10", "uin_dotted"]))
    elif family == "lhu":
        ut = rng.random() < 0.6
        style.update(size=rng.randint(18, 21), ut=ut, institution="Universitas Terbuka" if ut else rng.choice(COLLEGES),
                     title=rng.choice(["LEMBAR HASIL UJIAN", "DAFTAR NILAI KUMULATIF", "LEMBAR KEMAJUAN AKADEMIK MAHASISWA"]),
                     upbjj=rng.choice(UPBJJ), semester_kind=rng.choice(["ke", "smt_roman", "roman_paren"]),
                     sort=rng.choice(["semester", "code"]), roman_rows=rng.random() < 0.3, grid=rng.random() < 0.5,
                     masa=rng.random() < 0.5, nim="ut9" if ut else "college")
    else:
        style.update(size=rng.randint(15, 17), institution=rng.choice(PRIVATE), codes=rng.choice(["joined", "dashed", "dotted"]),
                     bilingual=rng.random() < 0.6, width=rng.uniform(0.55, 0.68), centred=rng.random() < 0.4,
                     shade=rng.choice([(236, 236, 236), (242, 242, 242), (230, 233, 238)]), numbered=rng.random() < 0.6,
                     nim=rng.choice(["letter", "dashed"]), upper=False)
    return style


def course_code(style, prefix, usual, sks, serial, general):
    family = style["family"]
    if family == "lhu":  # PDGK4101: S1 level 4, then the course's level (1-4) and a serial
        return f"{prefix}4{(usual + 1) // 2}{serial:02d}"
    kind = style["codes"]
    body = f"{usual}{sks}{serial:02d}" if family == "daftar" else f"{(usual + 1) // 2}{usual}{serial:02d}"
    if kind == "spaced":
        return f"{prefix} {body}"
    if kind == "dashed":
        return f"{prefix}-{body}"
    if kind == "dotted":
        return f"{prefix}.{body}"
    return prefix + body


def nim(rng, kind, entry):
    year = entry % 100
    if kind == "uin10":  # 1203040056: year, faculty, programme, number
        return f"{year:02d}{rng.randint(1, 9):02d}{rng.randint(1, 9):02d}{rng.randint(1, 450):04d}"
    if kind == "uin_dotted":  # 21.2.1.0045
        return f"{year:02d}.{rng.randint(1, 6)}.{rng.randint(1, 4)}.{rng.randint(1, 450):04d}"
    if kind == "ut9":  # nine digits
        return f"{rng.choice(['85', '83', '04', '03', '82'])}{rng.randint(1000000, 9999999)}"
    if kind == "college":  # 2021.1.00147
        return f"{entry}.{rng.randint(1, 3)}.{rng.randint(1, 999):05d}"
    if kind == "letter":  # B1A021045
        return f"{rng.choice('ABCFHK')}{rng.randint(1, 2)}{rng.choice('ABCD')}{year:03d}{rng.randint(1, 150):03d}"
    return f"{entry}-{rng.randint(10, 40)}-{rng.randint(1, 300):03d}"


def number(style, value, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def semester_text(style, semester):
    """How the student's current semester is printed, e.g. "Semester ke-5", "Smt. V", "VI (Enam)"."""
    family = style["family"]
    if family == "daftar":
        return f"{ROMAN[semester - 1]} ({SPELLED[semester - 1]})" if style["semester_words"] else str(semester)
    if family == "lhu":
        kind = style["semester_kind"]
        return (f"Semester ke-{semester}" if kind == "ke" else f"Smt. {ROMAN[semester - 1]}" if kind == "smt_roman"
                else f"{ROMAN[semester - 1]} ({SPELLED[semester - 1].lower()})")
    return str(semester)


def predikat(ipk):
    if ipk > 3.50:
        return "Dengan Pujian (Cumlaude)"
    if ipk > 3.00:
        return "Sangat Memuaskan"
    if ipk >= 2.76:
        return "Memuaskan"
    return "Cukup" if ipk >= 2.0 else "-"


def date_text(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def hijri(day):
    """The arithmetic (tabular) Islamic date of `day`, e.g. "12 Jumadil Awal 1446 H"."""
    jd = day.toordinal() + 1721425  # Julian day number at noon
    days = jd - 1948440 + 10632
    n = (days - 1) // 10631
    days = days - 10631 * n + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * ((43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * days) // 709
    date = days - (709 * month) // 24
    year = 30 * n + j - 30
    names = ["Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir", "Rajab", "Sya'ban",
             "Ramadhan", "Syawal", "Dzulqa'dah", "Dzulhijjah"]
    return f"{date} {names[month - 1]} {year} H"
