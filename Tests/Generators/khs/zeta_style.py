"""What one zeta institution prints and how, drawn once per document: a whole-study transcript
("Transkrip Akademik", "Daftar Nilai", "Academic Transcript") whose courses run down two tables
side by side. Language (Indonesian, bilingual labels, English), column set and header words,
grouping (semester headings, course-category headings, or a flat list with a Smt column), grade
scale (A-/B+, AB/BC, or B+ = 3.5 with D+), decimal comma, fonts, student-number style."""
from kappa_style import CATALOGUE as KAPPA_CATALOGUE

CATALOGUE = KAPPA_CATALOGUE + [
    ("Pengantar Teknologi Informasi", "Introduction to Information Technology"), ("Logika Informatika", "Logic for Informatics"),
    ("Desain dan Analisis Algoritma", "Design and Analysis of Algorithms"), ("Pemrograman Perangkat Bergerak", "Mobile Programming"),
    ("Penambangan Data", "Data Mining"), ("Sistem Terdistribusi", "Distributed Systems"), ("Teknik Kompilasi", "Compiler Construction"),
    ("Riset Operasi", "Operations Research"), ("Pemodelan dan Simulasi", "Modelling and Simulation"),
    ("Sistem Basis Data Lanjut", "Advanced Database Systems"), ("Seminar Tugas Akhir", "Final Project Seminar"),
    ("Tugas Akhir", "Undergraduate Thesis"), ("Teknologi Multimedia", "Multimedia Technology"),
    ("Analisis dan Perancangan Sistem", "Systems Analysis and Design"), ("Penjaminan Mutu Perangkat Lunak", "Software Quality Assurance"),
    ("Sistem Pendukung Keputusan", "Decision Support Systems"), ("Kapita Selekta Informatika", "Selected Topics in Informatics"),
    ("Ilmu Sosial dan Budaya Dasar", "Basic Social and Cultural Sciences"), ("Bahasa Inggris II", "English II"),
    ("Internet of Things", "Internet of Things"), ("Pemrograman Fungsional", "Functional Programming"),
    ("Statistika Inferensial", "Inferential Statistics"), ("Komunikasi Data", "Data Communication"),
]
GENERAL = {"Bahasa Inggris", "Bahasa Inggris II", "Bahasa Indonesia", "Pendidikan Pancasila", "Pendidikan Kewarganegaraan",
           "Pendidikan Agama Islam", "Kewirausahaan", "Ilmu Sosial dan Budaya Dasar", "Kuliah Kerja Nyata (KKN)", "Etika Profesi"}
FINAL = {"Tugas Akhir", "Seminar Tugas Akhir", "Kerja Praktik", "Metodologi Penelitian"}
FONTS = {  # family: (regular, bold, italic) under /usr/share/fonts/truetype, Debian package
    "sans": (("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf", "liberation/LiberationSans-Italic.ttf"), "fonts-liberation"),
    "serif_condensed": (("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf", "dejavu/DejaVuSerifCondensed-Italic.ttf"),
                        "fonts-dejavu-extra"),
    "mono": (("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf", "liberation/LiberationMono-Italic.ttf"), "fonts-liberation"),
}
# column keys per table; header words per language (id, bilingual two-line, en)
COLUMNS = {
    "basic": ["no", "code", "name", "sks", "letter"],
    "points": ["code", "name", "sks", "letter", "point", "quality"],
    "smt": ["smt", "code", "name", "sks", "letter"],
    "graded": ["no", "code", "name", "sks", "letter", "point"],
}
WORDS = {
    "id": [{"no": "No.", "smt": "Smt", "code": "Kode MK", "name": "Nama Mata Kuliah", "sks": "sks", "letter": "Nilai", "point": "Bobot", "quality": "Mutu"},
           {"no": "NO", "smt": "SMT", "code": "KODE", "name": "MATAKULIAH", "sks": "KREDIT", "letter": "NILAI", "point": "ANGKA", "quality": "KxN"},
           {"no": "No", "smt": "Sem", "code": "Kode", "name": "Mata Kuliah", "sks": "Kr", "letter": "Huruf", "point": "Angka", "quality": "Kr x A"}],
    "bi": [{"no": "No.\nNo.", "smt": "Smt\nSem", "code": "Kode\nCode", "name": "Mata Kuliah\nCourse Title", "sks": "SKS\nCredits",
            "letter": "Nilai\nGrade", "point": "Bobot\nPoint", "quality": "Mutu\nQuality"}],
    "en": [{"no": "No", "smt": "Sem", "code": "Course Code", "name": "Course Title", "sks": "Credits", "letter": "Grade", "point": "Grade Point",
            "quality": "Quality Point"},
           {"no": "No.", "smt": "Term", "code": "Code", "name": "Subject", "sks": "Cr", "letter": "Grade", "point": "Point", "quality": "Cr x Pt"}],
}
SCALE_WEIGHTS = {"letter_pm": [7, 5, 5, 4, 2, 2, 1.5, 0.6, 0.2], "letter_ab": [7, 6, 5, 3, 2, 0.6, 0.2],
                 "letter_half": [8, 6, 4, 2.5, 1.5, 0.6, 0.4, 0.2]}
STUDENT_NUMBERS = ["digits15", "digits12", "digits8", "letter7", "pokok", "dotted"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def draw_style(rng):
    language = rng.choices(["id", "bi", "en"], [60, 20, 20])[0]
    number = rng.choice(STUDENT_NUMBERS)
    grouping = rng.choices(["semester", "category", "flat"], [45, 25, 30])[0]
    columns = "smt" if grouping == "flat" and rng.random() < 0.7 else rng.choice(["basic", "points", "graded"])
    ids = {"id": ["NIM", "NPM", "No. Pokok Mahasiswa", "No. Induk Mahasiswa"], "bi": ["NIM / Student ID"], "en": ["Student ID Number", "Student Number"]}
    return {
        "language": language, "number": number, "grouping": grouping, "columns": columns,
        "words": rng.choice(WORDS[language]), "number_label": rng.choice(ids[language]),
        "family": rng.choices(list(FONTS), [50, 30, 20])[0],
        "scale": rng.choices(["letter_pm", "letter_ab", "letter_half"], [40, 30, 30])[0],
        "comma": language != "en" and rng.random() < 0.6, "truncate": rng.random() < 0.25,
        "landscape": rng.random() < 0.35, "grid": rng.choice(["full", "rows", "open"]), "zebra": rng.random() < 0.2,
        "photo": rng.random() < 0.5, "boxed_student": rng.random() < 0.35, "watermark": rng.choice([None, "text", "emblem"]),
        "tint": rng.random() < 0.3, "esign": rng.random() < 0.35, "graduated": rng.random() < 0.4, "legend": rng.random() < 0.5,
        "inline_summary": rng.random() < 0.4, "upper_names": rng.random() < 0.2, "centre_code": rng.random() < 0.3,
        "size": rng.randint(16, 19), "margin": rng.randint(55, 85), "gutter": rng.randint(22, 40),
        "prefix": rng.choice(["IF", "TI", "INF", "KOM", "CS", "SIF", "TIK", "MI"]), "general_prefix": rng.choice(["MKU", "UNI", "UMU", "MPK"]),
        "code_style": rng.choice(["compact", "hyphen", "long"]), "heading": rng.choice(["roman", "caps", "plain"]),
    }


def student_number(rng, style, year):
    yy, kind = year % 100, style["number"]
    if kind == "digits15":
        return f"{yy:02d}{rng.randint(5, 9)}{rng.randint(1, 2)}{rng.randint(10, 99)}0{rng.randint(10, 99)}11{rng.randint(0, 999):03d}"
    if kind == "digits12":
        return f"{rng.randint(10, 99)}{rng.randint(10, 99)}{rng.randint(10, 20)}{yy:02d}{rng.randint(0, 9999):04d}"
    if kind == "digits8":
        return f"{rng.randint(101, 199)}{yy:02d}{rng.randint(0, 999):03d}"
    if kind == "letter7":
        return f"{rng.choice('ABGHIKLM')}{rng.randint(1, 9):02d}{yy:02d}{rng.randint(0, 999):03d}"
    if kind == "pokok":
        return f"{rng.choice('ABDEFGHJ')}{rng.randint(11, 99)}{rng.randint(1, 9)}{yy:02d}{rng.randint(1000, 1999)}"
    return f"{rng.choice('ABGKL')}.{rng.randint(111, 999)}.{yy:02d}.{rng.randint(1, 999):04d}"


def course_code(rng, style, semester, general):
    prefix = style["general_prefix"] if general else style["prefix"]
    level = (semester + 1) // 2
    if style["code_style"] == "hyphen":
        return f"{prefix}-{level}{semester}{rng.randint(0, 99):02d}"
    if style["code_style"] == "long":
        return f"{prefix}{rng.randint(17, 21)}{level}{semester}{rng.randint(0, 99):02d}"
    return f"{prefix}{level}{rng.randint(0, 9)}{rng.randint(0, 99):02d}"


def number_text(value, style, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def point_text(value, style):
    """Grade points as the institution prints them: 4, 3.5, 3.7 (A scale without trailing zeros) or 4.00."""
    return number_text(value, style) if style["scale"] == "letter_pm" or style["truncate"] else number_text(value, style, 1 if value % 1 else 0)


def heading_text(style, semester, entry):
    year = entry + (semester - 1) // 2
    if style["language"] == "en":
        return f"Semester {semester} ({'Odd' if semester % 2 else 'Even'} {year}/{year + 1})"
    if style["heading"] == "roman":
        return f"Semester {ROMAN[semester - 1]} - {'Gasal' if semester % 2 else 'Genap'} {year}/{year + 1}"
    return f"SEMESTER {semester}" if style["heading"] == "caps" else f"Semester {semester}"


def category_text(style, category):
    names = {"id": {"general": "A. MATA KULIAH UMUM (MKU)", "core": "B. MATA KULIAH WAJIB PROGRAM STUDI", "elective": "C. MATA KULIAH PILIHAN",
                    "final": "D. TUGAS AKHIR / SKRIPSI"},
             "en": {"general": "A. General Courses", "core": "B. Compulsory Courses", "elective": "C. Elective Courses", "final": "D. Final Project"}}
    return names["en" if style["language"] == "en" else "id"][category]
