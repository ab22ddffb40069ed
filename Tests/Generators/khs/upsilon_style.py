"""What varies between upsilon documents, drawn once per document: the family (a private
university's SIAKAD "Kartu Hasil Studi Kumulatif" export with comma decimals, a Periode column, a
Kelas or Dosen column and the grade scale printed under the table; a state polytechnic's landscape
Diploma III transcript with English names in italics under the Indonesian ones and a Jumlah row
inside the table; a faculty's Surat Keterangan Nilai printed on a dot-matrix printer in a
monospaced font, columns aligned with spaces between dashed rules), the institution, the fonts,
the grade scale, the course code and student number styles and how numbers are written."""
import omicron_style as ost
import upsilon_catalogue as uc

FAMILIES = ["siakad", "diploma", "ketik"]
FONT_TABLE = ost.FONT_TABLE
POINTS = ost.POINTS
FLOORS = ost.FLOORS
FAMILY_FONTS = {"siakad": ["libsans", "carlito", "dvsans", "carlito"], "diploma": ["narrow", "dvcond", "dvserifcond", "narrow"],
                "ketik": ["libmono", "dvmono"]}
FAMILY_SCALES = {"siakad": ["letter_ab", "letter_pm"], "diploma": ["letter_ab", "letter_half"],
                 "ketik": ["letter_ab", "letter_pm", "letter_half"]}
PRIVATE = ["Universitas Mercu Lestari", "Universitas Pelita Bangsa Utara", "Universitas Widya Dharma Kapuas",
           "Universitas Budi Utomo Selatan", "Universitas Teknologi Nusantara Jaya", "Universitas Kristen Satya Kencana"]
POLYTECHNICS = ["Politeknik Negeri Banyuwangi Utara", "Politeknik Negeri Ketapang Raya", "Politeknik Negeri Balikpapan Timur",
                "Politeknik Negeri Nusa Utara Baru", "Politeknik Negeri Subang Selatan", "Politeknik Negeri Tanah Laut Raya"]
STATE = ["Universitas Negeri Tidar Raya", "Universitas Bengkulu Selatan", "Universitas Mataram Timur",
         "Universitas Palangka Raya Barat", "Universitas Halu Oleo Utara", "Universitas Khairun Ternate Baru"]
SPELLED = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan"]
ROMAN = ost.ROMAN
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
          "Desember"]


def draw_style(rng, family):
    programme = rng.choice(uc.programmes(family))
    grading = rng.choice(FAMILY_SCALES[family])
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": grading, "programme": programme,
             "name_upper": rng.random() < 0.6, "upper": False}
    if family == "siakad":
        style.update(size=rng.randint(17, 19), comma=True, institution=rng.choice(PRIVATE), faculty=uc.SIAKAD[programme][0],
                     prefix=uc.SIAKAD[programme][1], codes=rng.choice(["curr", "dash"]), curriculum=rng.choice([17, 19, 20, 21]),
                     grade_cells=rng.choice(["one", "two"]), extra=rng.choice(["kelas", "dosen"]),
                     legend=rng.choice(["grid", "line"]), nim=rng.choice(["dotted", "digits"]), qr=rng.random() < 0.6,
                     title=rng.choice(["KARTU HASIL STUDI KUMULATIF", "KARTU HASIL STUDI (KHS)", "KHS KUMULATIF MAHASISWA"]),
                     accent=rng.choice([(20, 70, 140), (130, 25, 35), (20, 105, 80), (70, 50, 120)]))
    elif family == "diploma":
        style.update(size=rng.randint(18, 20), comma=rng.random() < 0.4, institution=rng.choice(POLYTECHNICS),
                     jurusan=uc.DIPLOMA[programme][0], prefix=uc.DIPLOMA[programme][1], english_programme=uc.DIPLOMA[programme][2],
                     codes=rng.choice(["rcode", "rcode", "plain"]), curriculum=rng.choice([19, 20, 21, 22]),
                     english=rng.random() < 0.75, nim=rng.choice(["digits", "dotted"]), points_col=rng.random() < 0.7,
                     title=rng.choice(["TRANSKRIP AKADEMIK", "TRANSKRIP AKADEMIK SEMENTARA", "DAFTAR NILAI AKADEMIK"]))
    else:
        style.update(size=rng.choice([19, 20]), comma=rng.random() < 0.3, institution=rng.choice(STATE),
                     faculty=uc.KETIK[programme][0], prefix=uc.KETIK[programme][1], upper=rng.random() < 0.6,
                     codes=rng.choice(["spaced", "joined"]), grouped=rng.random() < 0.5, rule=rng.choice(["-", "=", "-"]),
                     paper=rng.choice(["form", "form", "plain"]), green=rng.random() < 0.4, nim=rng.choice(["letter", "digits"]),
                     mutu=rng.random() < 0.6, ribbon=rng.uniform(0.55, 0.9))
    return style


def course_code(style, semester, sks, serial, general):
    prefix = uc.GENERAL_PREFIX[style["family"]] if general else style["prefix"]
    family, kind = style["family"], style["codes"]
    if family == "siakad":
        if kind == "curr":  # SIF21304: prefix, curriculum year, semester, serial
            return f"{prefix}{style['curriculum']}{semester}{serial:02d}"
        return f"{prefix}-{semester}{serial:02d}{sks}"
    if family == "diploma":
        if kind == "rcode":  # RMI211004: R, programme letters, curriculum year, semester, serial
            return f"R{prefix}{style['curriculum']}{semester}{serial:03d}"
        return f"{prefix}{semester}{sks}{serial:02d}"
    if kind == "spaced":  # HKM 2304
        return f"{prefix} {semester}{sks}{serial:02d}"
    return f"{prefix}{(semester + 1) // 2}{serial:02d}{sks}"


def nim(rng, kind, entry):
    year = entry % 100
    if kind == "dotted":  # A11.2021.13456
        return f"{rng.choice('ABCDEFG')}{rng.randint(11, 22)}.{entry}.{rng.randint(10000, 14999)}"
    if kind == "letter":  # D1A019045
        return f"{rng.choice('ABCDEFGH')}{rng.randint(1, 3)}{rng.choice('ABCD')}{year:02d}{rng.randint(1, 180):03d}"
    return f"{year:02d}{rng.randint(1, 9):02d}{rng.randint(1, 4)}{rng.randint(10, 29)}{rng.randint(1, 140):03d}"


def number(style, value, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def periode(entry, semester):
    """The SIAKAD period code of the student's n-th semester: year it starts, 1 odd / 2 even (20221)."""
    return f"{entry + (semester - 1) // 2}{1 if semester % 2 else 2}"


def academic_year(entry, semester):
    start = entry + (semester - 1) // 2
    return f"{'Ganjil' if semester % 2 else 'Genap'} {start}/{start + 1}"


def predikat(ipk, english=False):
    pairs = [(3.51, "Dengan Pujian", "With Honours"), (3.01, "Sangat Memuaskan", "Very Satisfactory"),
             (2.76, "Memuaskan", "Satisfactory"), (2.0, "Cukup", "Fair")]
    for floor, word, english_word in pairs:
        if ipk >= floor:
            return f"{word} / {english_word}" if english else word
    return "-"


def date_text(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def legend(style):
    """(letter, point text, score range text) for each grade of the document's scale, best first."""
    points, floors = POINTS[style["scale"]], FLOORS[style["scale"]]
    rows = []
    for k, (letter, point) in enumerate(points.items()):
        top = 100 if k == 0 else floors[k - 1] - 0.01
        rows.append((letter, number(style, point), f"{floors[k]} - {number(style, top) if k else '100'}"))
    return rows
