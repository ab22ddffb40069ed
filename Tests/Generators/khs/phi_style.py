"""What varies between phi documents, drawn once per document: the family (a state university's
KHS printed from its web portal, a health polytechnic's Transkrip Akademik, a faculty's Daftar
Nilai Sementara grouped by course category), the institution, the fonts, the grade scale, the
column order, the course code and student number styles, and how the sheet reached the reader
(flat, or on guilloche security paper and scanned a few degrees askew). Fonts and grade points
are omicron's (omicron_style.py)."""
import omicron_style as ost
import phi_catalogue as pc

FAMILIES = ["portal", "poltekkes", "kategori"]
FONT_TABLE = ost.FONT_TABLE
POINTS = ost.POINTS
ROMAN = ost.ROMAN
FAMILY_FONTS = {"portal": ["narrow", "dvcond", "narrow"], "poltekkes": ["libserif", "carlito", "dvserif"],
                "kategori": ["libsans", "carlito", "dvserifcond"]}
FAMILY_SCALES = {"portal": ["letter_ab", "letter_pm"], "poltekkes": ["letter_pm"], "kategori": ["letter_ab", "letter_half"]}
STATE = ["Universitas Siliwangi Raya", "Universitas Jenderal Soedirman Barat", "Universitas Lambung Mangkurat Hulu",
         "Universitas Tadulako Selatan", "Universitas Sriwijaya Ilir", "Universitas Nusa Cendana Timur",
         "Universitas Negeri Gorontalo Raya"]
PORTALS = ["SIMAK", "Portal Akademik", "SIAKADU", "SISTER", "SIA Online"]
POLTEKKES = ["Politeknik Kesehatan Kemenkes Tanjungkarang Baru", "Politeknik Kesehatan Kemenkes Kupang Barat",
             "Politeknik Kesehatan Kemenkes Palu Raya", "Politeknik Kesehatan Kemenkes Bengkulu Selatan",
             "Politeknik Kesehatan Kemenkes Mamuju Utara", "Politeknik Kesehatan Kemenkes Sorong Raya"]
POLTEKKES_CODES = ["07120", "17420", "27820", "05130", "00320", "31310"]
FACULTY_CAMPUS = ["Universitas Tanjungpura Hilir", "Universitas Cenderawasih Baru", "Universitas Borneo Tarakan Utara",
                  "Universitas Malikussaleh Raya", "Universitas Trunojoyo Barat", "Universitas Musamus Selatan"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
          "Desember"]


def draw_style(rng, family):
    programme = rng.choice(pc.programmes(family))
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "name_upper": rng.random() < 0.55, "upper": False,
             "guilloche": rng.random() < 0.45, "skew": rng.choice([-1, 1]) * rng.uniform(2.0, 4.0) if rng.random() < 0.4 else 0.0,
             "paper": rng.choice([(236, 246, 238), (240, 238, 250), (250, 243, 232), (234, 242, 250)])}
    if family == "portal":
        faculty, prefix, _ = pc.PORTAL[programme]
        style.update(size=rng.randint(18, 20), institution=rng.choice(STATE), faculty=faculty, prefix=prefix,
                     portal=rng.choice(PORTALS), order=rng.choice(["grade_first", "sks_last"]), nim="digits13",
                     codes=rng.choice(["plain", "dotted"]), upper=rng.random() < 0.35,
                     accent=rng.choice([(16, 88, 150), (0, 110, 110), (150, 90, 10), (90, 40, 120)]),
                     zebra=rng.choice([(232, 240, 250), (236, 236, 236), (240, 248, 236)]))
    elif family == "poltekkes":
        jurusan, prefix, _ = pc.POLTEKKES[programme]
        style.update(size=rng.randint(18, 20), institution=rng.choice(POLTEKKES), jurusan=jurusan, prefix=prefix,
                     nim="poltekkes", unit=rng.choice(POLTEKKES_CODES), split=rng.random() < 0.6, roman=rng.random() < 0.7, name_width=rng.randint(300, 360),
                     title=rng.choice(["TRANSKRIP AKADEMIK", "TRANSKRIP NILAI AKADEMIK"]), comma=rng.random() < 0.3)
    else:
        faculty, prefix, _ = pc.KATEGORI[programme]
        style.update(size=rng.randint(18, 20), institution=rng.choice(FACULTY_CAMPUS), faculty=faculty, prefix=prefix,
                     nim="category", upper=rng.random() < 0.4, smt=rng.random() < 0.6,
                     title=rng.choice(["DAFTAR NILAI SEMENTARA", "DAFTAR NILAI SEMENTARA MAHASISWA"]))
    return style


def course_code(style, course, serial):
    sks, semester = course["sks"], course["semester"]
    family = style["family"]
    if family == "portal":
        prefix = "UNV" if course["general"] else style["prefix"]
        if style["codes"] == "dotted":  # AGT.3.204
            return f"{prefix}.{semester}.{sks}{serial:02d}"
        return f"{prefix}{semester}{serial:02d}{sks}"  # AGT3042
    if family == "poltekkes":  # KEP.3.04, MKU.1.02
        return f"{'MKU' if course['general'] else style['prefix']}.{semester}.{serial:02d}"
    prefix = {"MKDU": "MPK", "MKDK": style["prefix"], "MKK": style["prefix"], "Pilihan": style["prefix"] + "P"}[course["category"]]
    return f"{prefix}{1 if course['category'] == 'MKDK' else 2}{semester}{serial:02d}"  # HKM2405, MPK1102, HKMP2602


def nim(rng, style, entry):
    year = entry % 100
    if style["nim"] == "digits13":  # 2110631170045
        return f"{year:02d}{rng.randint(10, 19)}{rng.randint(100, 999)}{rng.randint(100, 199)}{rng.randint(1, 150):03d}"
    if style["nim"] == "poltekkes":  # P07120121045
        return f"P{style['unit']}{rng.randint(1, 2)}{year:02d}{rng.randint(1, 120):03d}"
    return f"{year:02d}{rng.choice('ABC')}{rng.randint(10, 99)}{rng.randint(1, 300):04d}"  # 21B140087


def number(style, value, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style.get("comma") else text


def date_text(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def academic_year(entry, semester):
    start = entry + (semester - 1) // 2
    return f"{start}/{start + 1} {'Ganjil' if semester % 2 else 'Genap'}"


def predikat(ipk):
    for floor, word in ((3.51, "Dengan Pujian"), (3.01, "Sangat Memuaskan"), (2.76, "Memuaskan"), (2.0, "Cukup")):
        if ipk >= floor:
            return word
    return "-"
