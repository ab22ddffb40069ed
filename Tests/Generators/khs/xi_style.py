"""What varies between xi documents, drawn once per document: the family (a SIAKAD portal page
printed from a browser, a faculty-typed letter with dotted leaders, a compact two-courses-per-row
table), the institution and its wording, the fonts, the case of course names, the course code
style (letters+digits, numeric, dotted), the grade scale (A/AB/B/BC/C/D/E, A..E with +/-, numeric
0-4 only), the decimal separator of printed numbers and where the IPK and semester are printed.
Written from what Indonesian campus documents look like, not from the reader."""

FAMILIES = ["portal", "letter", "twoup"]
FONT_TABLE = {
    "libsans": (("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                 "liberation/LiberationSans-Italic.ttf"), "fonts-liberation"),
    "narrow": (("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                "liberation/LiberationSansNarrow-Italic.ttf"), "fonts-liberation"),
    "carlito": (("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf"), "fonts-crosextra-carlito"),
    "dvsans": (("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"), "fonts-dejavu-core"),
    "dvcond": (("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                "dejavu/DejaVuSansCondensed-Oblique.ttf"), "fonts-dejavu-extra"),
    "libserif": (("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                  "liberation/LiberationSerif-Italic.ttf"), "fonts-liberation"),
    "dvserif": (("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"), "fonts-dejavu-core"),
    "dvserifcond": (("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf",
                     "dejavu/DejaVuSerifCondensed-Italic.ttf"), "fonts-dejavu-extra"),
}
FAMILY_FONTS = {"portal": ["libsans", "carlito", "dvsans"], "letter": ["libserif", "dvserif", "dvserifcond"],
                "twoup": ["narrow", "dvcond", "carlito", "libsans"]}
FAMILY_SCALES = {"portal": ["letter_ab", "letter_pm"], "letter": ["letter_ab", "letter_pm", "numeric"],
                 "twoup": ["letter_ab", "letter_pm", "numeric"]}
NUMERIC = ["4.00", "3.75", "3.50", "3.25", "3.00", "2.75", "2.50", "2.00", "1.00", "0.00"]
POINTS = {"numeric": {g: float(g) for g in NUMERIC},
          "letter_ab": {"A": 4.0, "AB": 3.5, "B": 3.0, "BC": 2.5, "C": 2.0, "D": 1.0, "E": 0.0},
          "letter_pm": {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "E": 0.0}}
SCORE_FLOORS = {"letter_ab": [80, 75, 70, 65, 56, 45, 0], "letter_pm": [85, 80, 75, 70, 65, 60, 55, 45, 0]}
UNIVERSITIES = ["Universitas Nusa Bangsa", "Universitas Negeri Tanjungpura Raya", "Institut Teknologi Sumatera Utara Baru",
                "Universitas Muhammadiyah Purwodadi", "Universitas Islam Negeri Sunan Ampel Jaya", "Politeknik Negeri Batam Raya",
                "Universitas Kristen Satya Mulia", "Sekolah Tinggi Ilmu Komputer Cipta Karya", "Universitas Pakuan Sejahtera"]
PROGRAMMES = {
    "Informatika": ("Fakultas Ilmu Komputer", ["IF", "TIF", "KOM"], [
        "Algoritma dan Pemrograman", "Struktur Data", "Basis Data", "Sistem Operasi", "Jaringan Komputer",
        "Pemrograman Berorientasi Objek", "Rekayasa Perangkat Lunak", "Kecerdasan Buatan", "Pemrograman Web",
        "Interaksi Manusia dan Komputer", "Grafika Komputer", "Teori Bahasa dan Automata", "Sistem Digital",
        "Keamanan Informasi", "Pembelajaran Mesin", "Komputasi Awan", "Arsitektur Komputer", "Analisis Algoritma"]),
    "Teknik Sipil": ("Fakultas Teknik", ["TS", "SIP", "TSP"], [
        "Mekanika Teknik I", "Mekanika Teknik II", "Menggambar Teknik", "Ilmu Ukur Tanah", "Mekanika Tanah I",
        "Mekanika Fluida", "Hidrologi", "Struktur Beton I", "Struktur Baja I", "Bahan Bangunan", "Rekayasa Lalu Lintas",
        "Perancangan Jalan Raya", "Manajemen Konstruksi", "Analisis Struktur", "Irigasi dan Bangunan Air", "Teknik Pondasi"]),
    "Pendidikan Biologi": ("Fakultas Keguruan dan Ilmu Pendidikan", ["BIO", "PBI", "KPB"], [
        "Biologi Sel", "Botani Tumbuhan Rendah", "Zoologi Invertebrata", "Genetika", "Mikrobiologi", "Ekologi Umum",
        "Fisiologi Hewan", "Fisiologi Tumbuhan", "Anatomi Tumbuhan", "Evolusi", "Biokimia", "Strategi Belajar Mengajar",
        "Perencanaan Pembelajaran Biologi", "Evaluasi Pembelajaran", "Taksonomi Hewan", "Praktikum Biologi Dasar"]),
    "Akuntansi": ("Fakultas Ekonomi dan Bisnis", ["AK", "AKT", "EKA"], [
        "Pengantar Akuntansi I", "Pengantar Akuntansi II", "Akuntansi Keuangan Menengah", "Akuntansi Biaya",
        "Akuntansi Manajemen", "Pengauditan I", "Perpajakan", "Sistem Informasi Akuntansi", "Akuntansi Sektor Publik",
        "Manajemen Keuangan", "Ekonomi Mikro", "Ekonomi Makro", "Hukum Bisnis", "Statistika Ekonomi", "Teori Akuntansi"]),
}
GENERAL = ["Pendidikan Agama", "Pendidikan Pancasila", "Kewarganegaraan", "Bahasa Indonesia", "Bahasa Inggris",
           "Kalkulus I", "Kalkulus II", "Statistika Dasar", "Kewirausahaan", "Fisika Dasar I", "Metodologi Penelitian"]
NUMBERS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def draw_style(rng):
    family = rng.choice(FAMILIES)
    university = rng.choice(UNIVERSITIES)
    offered = {"Sekolah": ["Informatika"], "Politeknik": ["Informatika", "Teknik Sipil", "Akuntansi"]}.get(university.split()[0], list(PROGRAMMES))
    programme = rng.choice(offered)
    scale = rng.choice(FAMILY_SCALES[family])
    numeric = scale == "numeric"  # numeric grades print as 3.50, and the IPK then with the same point
    return {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": scale,
            "programme": programme, "faculty": PROGRAMMES[programme][0], "university": university,
            "prefix": rng.choice(PROGRAMMES[programme][1]), "general_prefix": rng.choice(["MKU", "UNV", "MPK", "UMM"]),
            "codes": rng.choice(["alnum", "alnum", "numeric", "dotted", "dotted_numeric"]), "upper": rng.random() < 0.35,
            "comma": rng.random() < 0.55 and not numeric, "nim": rng.choice(["digits", "digits", "alnum", "dotted"]),
            "size": rng.randint(20, 24), "name_upper": rng.random() < 0.5}


def course_code(rng, style, prefix, semester, sks, serial):
    if style["codes"] == "numeric":
        return f"{rng.choice([52, 54, 61, 71])}{semester}{sks}{serial:02d}{rng.randint(0, 9)}"
    if style["codes"] == "dotted":
        return f"{prefix}.{semester}{serial:02d}"
    if style["codes"] == "dotted_numeric":
        return f"{10 + sum(map(ord, prefix)) % 26}.{semester}.{serial:02d}{sks}"  # one unit number per prefix
    return f"{prefix}{semester}{sks}{serial:02d}"


def nim(rng, kind, entry):
    year = entry % 100
    if kind == "digits":
        return f"{year:02d}" + "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10])))
    if kind == "alnum":
        return rng.choice("ABCDFGHKLM") + f"{rng.randint(1, 9)}{rng.randint(1, 9)}{year:02d}{rng.randint(1, 999):03d}"
    return f"{year:02d}.{rng.randint(11, 99)}.{rng.randint(1000, 9999)}"


def number(style, value, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def in_words(value):
    """3.41 as "tiga koma empat satu", the way a typed letter spells the IPK out."""
    whole, frac = f"{value:.2f}".split(".")
    return f"{NUMBERS[int(whole)]} koma {NUMBERS[int(frac[0])]} {NUMBERS[int(frac[1])]}"


def period(entry, semester):
    """The academic year and half a semester falls in, e.g. ("2023/2024", "Genap")."""
    start = entry + (semester - 1) // 2
    return f"{start}/{start + 1}", "Ganjil" if semester % 2 else "Genap"


def predicate(ipk):
    return "Dengan Pujian" if ipk >= 3.51 else "Sangat Memuaskan" if ipk >= 3.01 else "Memuaskan" if ipk >= 2.76 else "Cukup"
