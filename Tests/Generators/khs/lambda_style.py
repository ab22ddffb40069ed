"""What one lambda institution's SIAKAD prints and how, drawn once per document: the Kartu Hasil
Studi (one semester per sheet) of an academic-information portal, printed from the browser.
Table columns and their words (numeric score 0-100 beside the letter, the institution's
conversion), grade scale, fonts, header look (coloured or grey band), ruling, zebra rows,
student-block frame, summary form (label list or a small table), footer (QR verification,
signature, both), decimal comma, student-number and course-code styles."""

CATALOGUE = [  # (name, semester it is usually taken from, SKS)
    ("Pengantar Teknologi Informasi", 1, 3), ("Dasar Pemrograman", 1, 3), ("Praktikum Dasar Pemrograman", 1, 1),
    ("Matematika Dasar", 1, 3), ("Bahasa Indonesia", 1, 2), ("Pendidikan Agama", 1, 2), ("Pendidikan Pancasila", 1, 2),
    ("Logika Matematika", 1, 3), ("Fisika Terapan", 1, 2), ("Bahasa Inggris I", 1, 2),
    ("Pemrograman Berorientasi Objek", 2, 3), ("Praktikum Pemrograman Berorientasi Objek", 2, 1), ("Kalkulus", 2, 3),
    ("Sistem Digital", 2, 3), ("Matematika Diskrit", 2, 3), ("Pendidikan Kewarganegaraan", 2, 2), ("Bahasa Inggris II", 2, 2),
    ("Statistika dan Probabilitas", 2, 3), ("Organisasi dan Arsitektur Komputer", 2, 3),
    ("Struktur Data", 3, 3), ("Praktikum Struktur Data", 3, 1), ("Basis Data", 3, 3), ("Praktikum Basis Data", 3, 1),
    ("Aljabar Linier dan Matriks", 3, 3), ("Sistem Operasi", 3, 3), ("Desain Web", 3, 2), ("Analisis dan Desain Algoritma", 3, 3),
    ("Jaringan Komputer", 4, 3), ("Praktikum Jaringan Komputer", 4, 1), ("Pemrograman Web", 4, 3), ("Rekayasa Perangkat Lunak", 4, 3),
    ("Interaksi Manusia dan Komputer", 4, 3), ("Metode Numerik", 4, 2), ("Teori Bahasa dan Otomata", 4, 3), ("Kewirausahaan", 4, 2),
    ("Kecerdasan Buatan", 5, 3), ("Pemrograman Perangkat Bergerak", 5, 3), ("Keamanan Jaringan", 5, 3), ("Grafika Komputer", 5, 3),
    ("Manajemen Proyek Teknologi Informasi", 5, 2), ("Data Mining", 5, 3), ("Sistem Informasi Geografis", 5, 3),
    ("Pembelajaran Mesin", 6, 3), ("Komputasi Awan", 6, 3), ("Pengolahan Citra Digital", 6, 3), ("Metodologi Penelitian", 6, 2),
    ("Etika Profesi", 6, 2), ("Sistem Terdistribusi", 6, 3), ("Internet of Things", 6, 3),
]
FONTS = {  # family: (regular, bold, italic) under /usr/share/fonts/truetype, Debian package
    "arial": (("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf", "liberation/LiberationSans-Italic.ttf"),
              "fonts-liberation"),
    "verdana": (("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"), "fonts-dejavu-core"),
    "calibri": (("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf"), "fonts-crosextra-carlito"),
}
# column keys and header words; "score" is the 0-100 mark, "letter" the grade, "point" its weight
TABLES = {
    "angka_first": (["no", "code", "name", "sks", "score", "letter", "point", "quality"],
                    ["No", "Kode MK", "Nama Mata Kuliah", "SKS", "Nilai Angka", "Nilai Huruf", "Bobot", "SKS x Bobot"]),
    "kelas": (["no", "code", "name", "klass", "sks", "score", "letter", "point", "quality"],
              ["No", "Kode", "Mata Kuliah", "Kelas", "SKS", "Angka", "Huruf", "Bobot", "Mutu"]),
    "huruf_first": (["no", "name", "code", "letter", "score", "sks", "point", "quality"],
                    ["No", "Mata Kuliah", "Kode MK", "Huruf", "Nilai", "SKS", "Indeks", "N x K"]),
    "nilai_akhir": (["code", "name", "sks", "score", "letter", "quality"],
                    ["Kode MK", "Nama Mata Kuliah", "SKS", "Nilai Akhir", "Nilai Huruf", "Nilai Mutu"]),
    "no_score": (["no", "code", "name", "sks", "letter", "point", "quality"],
                 ["No.", "Kode Matakuliah", "Matakuliah", "Kredit", "Grade", "Bobot", "Kredit x Bobot"]),
}
# letter: lowest 0-100 score that earns it, per conversion (the institution prints its table)
CONVERSIONS = {
    "letter_pm": [{"A": 85, "A-": 80, "B+": 75, "B": 70, "B-": 65, "C+": 60, "C": 55, "D": 40, "E": 0},
                  {"A": 86, "A-": 81, "B+": 76, "B": 71, "B-": 66, "C+": 61, "C": 56, "D": 46, "E": 0}],
    "letter_ab": [{"A": 80, "AB": 75, "B": 69, "BC": 60, "C": 55, "D": 44, "E": 0},
                  {"A": 81, "AB": 76, "B": 71, "BC": 66, "C": 56, "D": 46, "E": 0}],
    "letter_plain": [{"A": 80, "B": 70, "C": 56, "D": 45, "E": 0}, {"A": 85, "B": 70, "C": 55, "D": 40, "E": 0}],
}
WEIGHTS = {"letter_pm": [7, 6, 5, 4, 2, 2, 1.5, 0.5, 0.3], "letter_ab": [7, 6, 5, 3, 2, 0.5, 0.3], "letter_plain": [7, 6, 3, 0.6, 0.3]}
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def draw_style(rng):
    grades = rng.choices(["letter_pm", "letter_ab", "letter_plain"], [45, 35, 20])[0]
    table = rng.choices(list(TABLES), [30, 20, 20, 15, 15])[0]
    return {
        "grades": grades, "scale": "letter_pm" if grades == "letter_pm" else "letter_ab",  # A-E alone is letter_ab without AB/BC
        "conversion": rng.choice(CONVERSIONS[grades]), "table": table,
        "family": rng.choices(list(FONTS), [40, 35, 25])[0], "size": rng.randint(16, 19),
        "comma": rng.random() < 0.5, "truncate": rng.random() < 0.25, "score_places": rng.choice([0, 0, 2]),
        "head": rng.choice(["colour", "grey", "plain"]), "grid": rng.choice(["full", "full", "rows", "none"]),
        "zebra": rng.random() < 0.45, "upper": rng.random() < 0.2, "total_row": rng.random() < 0.6,
        "summary": rng.choice(["pairs", "pairs", "table"]), "footer": rng.choice(["qr", "sign", "both"]),
        "browser": rng.random() < 0.65, "banner": rng.random() < 0.3, "frame": rng.random() < 0.35,
        "legend": rng.random() < 0.55, "landscape": rng.random() < 0.3, "period": rng.choice(["words", "caps", "code"]),
        "number": rng.choice(["nim10", "nim15", "letter9", "dotted"]), "klass": rng.choice(["letter", "digits", "group"]),
        "code_style": rng.choice(["dash", "long", "letters"]), "prefix": rng.choice(["TIF", "INF", "TI", "KOM", "SIF", "ILK"]),
        "number_label": rng.choice(["NIM", "NIM", "NPM", "No. Induk"]), "name_label": rng.choice(["Nama", "Nama Mahasiswa"]),
        "advisor_label": rng.choice(["Dosen Wali", "Dosen PA", "Pembimbing Akademik"]),
        "title": rng.choice(["KARTU HASIL STUDI", "KARTU HASIL STUDI (KHS)", "KARTU HASIL STUDI MAHASISWA"]),
        "portal": rng.choice(["SIAKAD", "SIA", "Portal Akademik", "SIMAK", "SIAKADU"]),
        "ips_label": rng.choice(["Indeks Prestasi Semester (IPS)", "IP Semester", "IPS"]),
        "ipk_label": rng.choice(["Indeks Prestasi Kumulatif (IPK)", "IP Kumulatif (IPK)", "IPK"]),
        "taken_label": rng.choice(["Jumlah SKS Diambil", "SKS Diambil", "Total SKS Semester"]),
        "total_label": rng.choice(["Jumlah", "Total", "Jumlah SKS"]),
    }


def number_text(value, style, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def student_number(rng, style, entry):
    yy, kind = entry % 100, style["number"]
    if kind == "nim10":
        return f"{yy:02d}{rng.randint(10, 99)}{rng.randint(1, 9)}{rng.randint(10, 99)}{rng.randint(1, 299):03d}"
    if kind == "nim15":
        return f"{entry}{rng.randint(10, 19)}{rng.randint(10, 99)}0{rng.randint(1, 9)}1{rng.randint(1, 999):03d}"
    if kind == "letter9":
        return f"{rng.choice('LDEFGHK')}{rng.randint(100, 300)}{yy:02d}{rng.randint(1, 999):03d}"
    return f"{rng.randint(1, 9)}.{yy:02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 9999):04d}"


def course_code(rng, style, semester):
    prefix = style["prefix"]
    if style["code_style"] == "dash":
        return f"{prefix}-{semester}{rng.randint(0, 9)}{rng.randint(1, 99):02d}"
    if style["code_style"] == "long":
        return f"{prefix}{rng.randint(20, 23)}{semester:02d}{rng.randint(1, 99):02d}"
    return f"{prefix}{rng.choice('ABKW')}{semester}{rng.randint(10, 99)}"


def class_name(rng, style, semester):
    if style["klass"] == "letter":
        return rng.choice("ABC")
    if style["klass"] == "digits":
        return f"{rng.randint(1, 4):02d}"
    return f"{style['prefix'][:2]}-{semester}{rng.choice('ABC')}"


def period(style, entry, semester):
    """The semester as the portal names it: Ganjil runs from August, Genap from February."""
    year = entry + (semester - 1) // 2
    odd = semester % 2 == 1
    if style["period"] == "code":
        return f"Periode {year}{1 if odd else 2} ({'Ganjil' if odd else 'Genap'} {year}/{year + 1})"
    text = f"Semester {'Ganjil' if odd else 'Genap'} {year}/{year + 1}"
    return text.upper() if style["period"] == "caps" else text


def load(sks_taken, ips):
    """Beban SKS maksimum semester depan, by the semester's IPS."""
    return 24 if ips >= 3.0 else 21 if ips >= 2.5 else 18 if ips >= 2.0 else 15
