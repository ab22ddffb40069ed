"""What one kappa institution prints and how: drawn once per document, the way real Indonesian
transcripts differ from one university to the next (fonts, column order and wording, grade
scale, decimal comma, how the IPK is cut, ruling, bilingual course names, student-number style)."""

CATALOGUE = [
    ("Kalkulus I", "Calculus I"), ("Kalkulus II", "Calculus II"), ("Fisika Dasar I", "Basic Physics I"),
    ("Fisika Dasar II", "Basic Physics II"), ("Kimia Dasar", "Basic Chemistry"), ("Algoritma dan Pemrograman", "Algorithms and Programming"),
    ("Struktur Data", "Data Structures"), ("Basis Data", "Databases"), ("Praktikum Basis Data", "Database Laboratory"),
    ("Jaringan Komputer", "Computer Networks"), ("Sistem Operasi", "Operating Systems"), ("Statistika Dasar", "Basic Statistics"),
    ("Aljabar Linear", "Linear Algebra"), ("Matematika Diskrit", "Discrete Mathematics"), ("Pemrograman Web", "Web Programming"),
    ("Rekayasa Perangkat Lunak", "Software Engineering"), ("Kecerdasan Buatan", "Artificial Intelligence"),
    ("Bahasa Inggris", "English"), ("Bahasa Indonesia", "Indonesian Language"), ("Pendidikan Pancasila", "Pancasila Education"),
    ("Pendidikan Kewarganegaraan", "Civic Education"), ("Pendidikan Agama Islam", "Islamic Religious Education"),
    ("Metode Numerik", "Numerical Methods"), ("Probabilitas dan Statistika", "Probability and Statistics"),
    ("Arsitektur dan Organisasi Komputer", "Computer Architecture and Organization"), ("Sistem Digital", "Digital Systems"),
    ("Interaksi Manusia dan Komputer", "Human-Computer Interaction"), ("Grafika Komputer", "Computer Graphics"),
    ("Teori Bahasa dan Automata", "Formal Languages and Automata"), ("Pembelajaran Mesin", "Machine Learning"),
    ("Pengolahan Citra Digital", "Digital Image Processing"), ("Keamanan Informasi", "Information Security"),
    ("Sistem Informasi Manajemen", "Management Information Systems"), ("Manajemen Proyek Perangkat Lunak", "Software Project Management"),
    ("Metodologi Penelitian", "Research Methodology"), ("Kewirausahaan", "Entrepreneurship"), ("Etika Profesi", "Professional Ethics"),
    ("Pemrograman Berorientasi Objek", "Object-Oriented Programming"), ("Komputasi Awan", "Cloud Computing"),
    ("Elektronika Dasar", "Basic Electronics"), ("Praktikum Fisika Dasar", "Basic Physics Laboratory"), ("Biologi Umum", "General Biology"),
    ("Analisis Real I", "Real Analysis I"), ("Kerja Praktik", "Internship"), ("Kuliah Kerja Nyata (KKN)", "Community Service Program"),
]
FONTS = {  # family: (regular, bold, italic), paths under /usr/share/fonts/truetype, Debian package
    "serif": (("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf", "liberation/LiberationSerif-Italic.ttf"), "fonts-liberation"),
    "carlito": (("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf"), "fonts-crosextra-carlito"),
    "narrow": (("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                "liberation/LiberationSansNarrow-Italic.ttf"), "fonts-liberation"),
}
TABLES = {  # column keys and header words; "split" puts Huruf/Angka under one "Nilai"
    "mutu": (["no", "name", "code", "sks", "letter", "point", "quality"], ["No", "Mata Kuliah", "Kode", "SKS", "Nilai Huruf", "Angka Mutu", "SKS×N"]),
    "bobot": (["no", "code", "name", "sks", "letter", "point", "quality"], ["No", "Kode MK", "Mata Kuliah", "SKS", "Nilai", "Bobot", "Mutu"]),
    "short": (["no", "code", "name", "sks", "letter", "point", "quality"], ["No", "Kode", "Nama Mata Kuliah", "K", "HM", "AM", "K×AM"]),
    "split": (["no", "code", "name", "sks", "letter", "point", "quality"], ["No", "Kode", "Mata Kuliah", "SKS", "Huruf", "Angka", "Mutu"]),
    "flat": (["no", "smt", "code", "name", "sks", "letter", "point"], ["No", "Smt", "Kode", "Mata Kuliah", "SKS", "Nilai", "Bobot"]),
}
STUDENT_NUMBERS = ["npm10", "nrp14", "slashed", "dotted", "mixed", "digits8"]


def draw_style(rng):
    family = rng.choices(list(FONTS), [45, 35, 20])[0]
    table = rng.choice(list(TABLES))
    number = rng.choice(STUDENT_NUMBERS)
    return {
        "family": family, "table": table, "number": number,
        "number_label": "NRP" if number == "nrp14" else rng.choice(["NPM", "NIM", "No. BP", "No. Mahasiswa", "NPM"]),
        "name_label": rng.choice(["Nama Mahasiswa", "Nama", "Nama Lengkap"]),
        "scale": rng.choice(["letter_ab", "letter_pm"]),
        "comma": rng.random() < 0.55, "truncate": rng.random() < 0.3,
        "grid": rng.choices(["full", "rows", "header"], [45, 20, 35])[0],
        "bilingual": rng.random() < 0.25, "upper": rng.random() < 0.25,
        "subtotal": rng.choice(["row", "line"]), "heading": rng.choice(["arabic", "roman", "term"]),
        "shade": rng.random() < 0.3, "watermark": rng.random() < 0.3, "code_block": rng.random() < 0.5,
        "legend": rng.random() < 0.4, "state": rng.random() < 0.5, "kop_colour": rng.random() < 0.3,
        "block": rng.choice(["two", "one"]), "summary_right": rng.random() < 0.4, "summary_bold": rng.random() < 0.5,
        "size": rng.randint(18, 22), "margin": rng.randint(80, 115),
        "code_prefix": rng.choice(["IF", "TIF", "KOM", "CSGE", "MII", "INF", "SI", "MAT", "UNI", "MKU"]),
        "code_digits": rng.choice([3, 4, 5, 6]),
        "title": rng.choice(["TRANSKRIP NILAI", "TRANSKRIP AKADEMIK SEMENTARA", "DAFTAR NILAI AKADEMIK", "KARTU HASIL STUDI KUMULATIF"]),
        "sks_label": rng.choice(["Jumlah SKS", "Total SKS", "Jumlah SKS Kumulatif", "Total Kredit"]),
        "ipk_label": rng.choice(["Indeks Prestasi Kumulatif (IPK)", "IPK", "Indeks Prestasi Kumulatif", "IP Kumulatif"]),
        "ips_label": rng.choice(["Indeks Prestasi Semester (IPS)", "IPS", "IP Semester"]),
    }


def student_number(rng, style, year):
    yy = year % 100
    kind = style["number"]
    if kind == "npm10":
        return f"{yy:02d}{rng.randint(1, 99):02d}{rng.randint(0, 999999):06d}"
    if kind == "nrp14":
        return f"05{rng.randint(11, 99)}{yy:02d}40000{rng.randint(1, 199):03d}"
    if kind == "slashed":
        return f"{yy:02d}/{rng.randint(400000, 499999)}/{rng.choice(['PA', 'TK', 'SV', 'EK', 'SA'])}/{rng.randint(10000, 19999)}"
    if kind == "dotted":
        return f"{rng.choice('ABCDEFG')}{rng.randint(11, 22)}.{year}.{rng.randint(0, 99999):05d}"
    if kind == "mixed":
        return f"{rng.choice('ABCDFGHIJKL')}{rng.randint(1, 9)}{rng.choice('ABCDEFG')}0{yy:02d}{rng.randint(1, 199):03d}"
    return f"{yy:02d}{rng.randint(100, 999)}{rng.randint(0, 999):03d}"


def course_code(rng, style, semester):
    digits = style["code_digits"]
    level = (semester + 1) // 2
    tail = str(level) + "".join(str(rng.randint(0, 9)) for _ in range(digits - 1))
    return style["code_prefix"] + tail


def number_text(value, style, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def term(entry_year, semester):
    year = entry_year + (semester - 1) // 2
    return f"{'Ganjil' if semester % 2 else 'Genap'} {year}/{year + 1}"


def heading_text(style, semester, entry_year):
    if style["heading"] == "roman":
        return f"SEMESTER {ROMAN[semester - 1]}"
    if style["heading"] == "term":
        return f"Semester {semester} ({term(entry_year, semester)})"
    return f"Semester {semester}"
