"""What one `mu` institution prints and how, drawn once per document. Three families of print
are found on Indonesian campuses and each is drawn here with its own options:
  grid    a word-processor style transcript: a bordered table whose first column is one merged
          cell per semester, totals and the IPK as the table's last rows, the student block as a
          bordered grid of label and value cells;
  ledger  a flat course list in the order the courses were taken, with the academic period of
          each course (`2021/2022 Gasal`, `20211`, `2021.1`) in its own column, light rules, the
          summary as an IPK = mutu / SKS line;
  listing a continuous-form line-printer print (monospaced, rules drawn with = and -, semester
          groups with their own SKS and IPS line), sometimes on green-bar paper.
Courses come from real study programmes' curricula (civil engineering, accounting, agrotechnology)."""

PROGRAMMES = {  # name: (faculty, course prefixes, [(course, usual semester, SKS)])
    "Teknik Sipil": ("Teknik", ["TSP", "SIP", "TS", "CE"], [
        ("Kalkulus I", 1, 3), ("Fisika Dasar I", 1, 3), ("Kimia Teknik", 1, 2), ("Menggambar Teknik", 1, 2), ("Pengantar Teknik Sipil", 1, 2),
        ("Kalkulus II", 2, 3), ("Fisika Dasar II", 2, 3), ("Statika", 2, 3), ("Geologi Teknik", 2, 2), ("Ilmu Ukur Tanah", 2, 2),
        ("Praktikum Ilmu Ukur Tanah", 2, 1), ("Mekanika Bahan", 3, 3), ("Matematika Teknik", 3, 3), ("Bahan Bangunan", 3, 2),
        ("Mekanika Fluida", 3, 3), ("Hidrologi", 3, 2), ("Probabilitas dan Statistika", 3, 2), ("Analisa Struktur I", 4, 3),
        ("Mekanika Tanah I", 4, 3), ("Praktikum Mekanika Tanah", 4, 1), ("Hidrolika", 4, 3), ("Teknologi Beton", 4, 2),
        ("Rekayasa Lalu Lintas", 4, 2), ("Metode Numerik", 4, 2), ("Analisa Struktur II", 5, 3), ("Struktur Beton Bertulang I", 5, 3),
        ("Mekanika Tanah II", 5, 2), ("Perancangan Geometrik Jalan", 5, 3), ("Irigasi dan Bangunan Air", 5, 3), ("Struktur Baja I", 5, 3),
        ("Struktur Beton Bertulang II", 6, 3), ("Struktur Baja II", 6, 2), ("Rekayasa Pondasi I", 6, 3), ("Perkerasan Jalan Raya", 6, 3),
        ("Manajemen Konstruksi", 6, 2), ("Analisis Mengenai Dampak Lingkungan", 6, 2), ("Rekayasa Gempa", 7, 2), ("Rekayasa Pondasi II", 7, 2),
        ("Estimasi Biaya Konstruksi", 7, 2), ("Teknik Pantai", 7, 2), ("Kerja Praktek", 7, 2), ("Metodologi Penelitian", 7, 2),
        ("Perancangan Struktur Jembatan", 7, 2), ("Tugas Akhir", 8, 4), ("Etika Profesi Teknik Sipil", 8, 2)]),
    "Akuntansi": ("Ekonomi dan Bisnis", ["AKT", "AK", "EKA", "ACC"], [
        ("Pengantar Akuntansi I", 1, 3), ("Pengantar Ekonomi Mikro", 1, 3), ("Pengantar Bisnis", 1, 3), ("Matematika Ekonomi", 1, 3),
        ("Pengantar Manajemen", 1, 3), ("Pengantar Akuntansi II", 2, 3), ("Pengantar Ekonomi Makro", 2, 3), ("Statistika Ekonomi I", 2, 3),
        ("Hukum Bisnis", 2, 2), ("Komunikasi Bisnis", 2, 2), ("Akuntansi Keuangan Menengah I", 3, 3), ("Akuntansi Biaya", 3, 3),
        ("Manajemen Keuangan", 3, 3), ("Statistika Ekonomi II", 3, 3), ("Sistem Informasi Manajemen", 3, 3),
        ("Akuntansi Keuangan Menengah II", 4, 3), ("Akuntansi Manajemen", 4, 3), ("Perpajakan I", 4, 3), ("Sistem Informasi Akuntansi", 4, 3),
        ("Ekonomi Manajerial", 4, 2), ("Akuntansi Keuangan Lanjutan I", 5, 3), ("Auditing I", 5, 3), ("Perpajakan II", 5, 3),
        ("Akuntansi Sektor Publik", 5, 3), ("Praktikum Akuntansi Komputer", 5, 2), ("Akuntansi Keuangan Lanjutan II", 6, 3),
        ("Auditing II", 6, 3), ("Teori Akuntansi", 6, 3), ("Penganggaran Perusahaan", 6, 2), ("Akuntansi Syariah", 6, 3),
        ("Analisis Laporan Keuangan", 6, 3), ("Seminar Akuntansi", 7, 3), ("Etika Bisnis dan Profesi", 7, 2),
        ("Metodologi Penelitian Akuntansi", 7, 3), ("Akuntansi Forensik", 7, 2), ("Praktik Kerja Lapangan", 7, 2),
        ("Sistem Pengendalian Manajemen", 7, 3), ("Akuntansi Internasional", 8, 2), ("Skripsi", 8, 6)]),
    "Agroteknologi": ("Pertanian", ["AGT", "AGR", "PNA", "AGRO"], [
        ("Pengantar Ilmu Pertanian", 1, 2), ("Biologi Umum", 1, 3), ("Kimia Dasar", 1, 3), ("Matematika Dasar", 1, 2),
        ("Klimatologi Pertanian", 1, 2), ("Dasar-Dasar Ilmu Tanah", 2, 3), ("Botani", 2, 3), ("Fisiologi Tumbuhan", 2, 3),
        ("Dasar-Dasar Agronomi", 2, 3), ("Statistika", 2, 3), ("Biokimia", 2, 2), ("Dasar-Dasar Perlindungan Tanaman", 3, 3),
        ("Genetika Tanaman", 3, 3), ("Kesuburan Tanah dan Pemupukan", 3, 3), ("Dasar-Dasar Hortikultura", 3, 3), ("Ekologi Pertanian", 3, 2),
        ("Rancangan Percobaan", 3, 3), ("Ilmu Hama Tumbuhan", 4, 3), ("Ilmu Penyakit Tumbuhan", 4, 3), ("Pemuliaan Tanaman", 4, 3),
        ("Teknologi Benih", 4, 3), ("Mikrobiologi Pertanian", 4, 2), ("Ekonomi Pertanian", 4, 2),
        ("Teknologi Produksi Tanaman Pangan", 5, 3), ("Teknologi Produksi Tanaman Perkebunan", 5, 3), ("Pengelolaan Gulma", 5, 2),
        ("Bioteknologi Pertanian", 5, 3), ("Agroklimatologi Terapan", 5, 2), ("Penyuluhan Pertanian", 5, 2), ("Pertanian Organik", 6, 2),
        ("Manajemen Agribisnis", 6, 2), ("Teknologi Pascapanen", 6, 3), ("Kultur Jaringan Tanaman", 6, 3),
        ("Pengendalian Hama Terpadu", 6, 3), ("Sistem Informasi Geografis Pertanian", 6, 2), ("Kuliah Kerja Nyata", 7, 3),
        ("Praktek Kerja Lapang", 7, 2), ("Metodologi Penelitian", 7, 2), ("Seminar Usulan Penelitian", 7, 1),
        ("Kewirausahaan Agribisnis", 7, 2), ("Skripsi", 8, 6)]),
}
GENERAL = [("Pendidikan Agama", 1, 2), ("Pendidikan Pancasila", 1, 2), ("Bahasa Inggris", 1, 2), ("Bahasa Indonesia", 2, 2),
           ("Pendidikan Kewarganegaraan", 2, 2), ("Ilmu Sosial dan Budaya Dasar", 3, 2), ("Kewirausahaan", 5, 2)]
FONTS = {  # family: (regular, bold, italic) under /usr/share/fonts/truetype, Debian package
    "times": (("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf", "liberation/LiberationSerif-Italic.ttf"),
              "fonts-liberation"),
    "dejavu_serif": (("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"), "fonts-dejavu-core"),
    "calibri": (("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf"), "fonts-crosextra-carlito"),
    "narrow": (("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                "liberation/LiberationSansNarrow-Italic.ttf"), "fonts-liberation"),
    "courier": (("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf", "liberation/LiberationMono-Italic.ttf"),
                "fonts-liberation"),
    "mono": (("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"), "fonts-dejavu-core"),
}
WEIGHTS = {"letter_ab": [8, 6, 6, 3, 2, 0.5, 0.25], "letter_pm": [8, 6, 5, 5, 3, 2, 1.5, 0.5, 0.25],
           "letter_half": [8, 6, 6, 3, 2, 0.5, 0.4, 0.25]}
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
WORDS = ["SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH", "DELAPAN"]


def draw_style(rng):
    family = rng.choices(["grid", "ledger", "listing"], [40, 33, 27])[0]
    style = {"print": family, "programme": rng.choice(list(PROGRAMMES)),
             "scale": rng.choices(["letter_ab", "letter_pm", "letter_half"], [40, 40, 20])[0], "wording": rng.randrange(3), "point_places": rng.choice([1, 2, 2]),
             "comma": rng.random() < (0.1 if family == "listing" else 0.55), "truncate": rng.random() < 0.3,
             "upper": family == "listing" or rng.random() < 0.15, "code_style": rng.choice(["sks_last", "dash", "digits", "plain"]),
             "number": rng.choice(["npm", "dotted", "letter", "long"]), "legend": rng.random() < 0.5,
             "signature": rng.choice(["wet", "wet", "electronic", "none"]), "margin": rng.randint(70, 100),
             "unit_digits": f"{rng.randint(1, 9)}{rng.randint(1, 29):02d}", "general_prefix": rng.choice(["MKU", "UNV", "MPK", "UMU"])}
    if family == "grid":
        style.update(family=rng.choice(["times", "calibri", "dejavu_serif"]), size=rng.randint(17, 20),
                     columns=rng.choice([["smt", "code", "name", "sks", "letter", "point", "quality"],
                                         ["smt", "no", "code", "name", "sks", "letter", "quality"],
                                         ["smt", "code", "name", "kind", "sks", "letter", "point"]]),
                     smt_text=rng.choice(["roman", "arabic", "term"]), bilingual=rng.random() < 0.3,
                     student=rng.choice(["grid", "grid", "lines"]), head_fill=rng.choice([None, (225, 225, 225), (210, 225, 240)]))
    elif family == "ledger":
        style.update(family=rng.choice(["narrow", "dejavu_serif", "calibri"]), size=rng.randint(17, 19),
                     period=rng.choice(["words", "code5", "dotted"]), columns=rng.choice([["no", "code", "name", "sks", "letter", "period"],
                                                                                           ["no", "period", "code", "name", "sks", "letter", "point"],
                                                                                           ["no", "code", "name", "period", "sks", "letter", "quality"]]),
                     rules=rng.choice(["head", "rows"]), student="lines", summary=rng.choice(["fraction", "boxed"]))
    else:
        style.update(family=rng.choice(["courier", "mono"]), size=rng.randint(19, 21), greenbar=rng.random() < 0.55,
                     signature=rng.choice(["wet", "wet", "none"]), point_places=2,
                     columns=rng.choice([["no", "code", "name", "sks", "letter", "point", "quality"], ["no", "code", "name", "sks", "letter", "point"]]),
                     student="lines", comma=False)
    return style


def number_text(value, style, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def point_text(value, style):
    """A grade point as the institution prints it in its table."""
    return number_text(value, style, style["point_places"])


def student_number(rng, style, entry):
    yy, kind = entry % 100, style["number"]
    if kind == "npm":
        return f"{yy:02d}{rng.randint(1, 9)}{rng.randint(10, 99)}{rng.randint(1, 999):03d}{rng.randint(0, 9)}"
    if kind == "dotted":
        return f"{yy:02d}.{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(1, 99):02d}"
    if kind == "letter":
        return f"{rng.choice('ABCDFH')}{rng.randint(1, 9)}{rng.randint(1, 9)}{entry}{rng.randint(1, 999):03d}"
    return f"{entry}{rng.randint(1000, 9999)}{rng.randint(100, 999)}"


def course_code(rng, style, prefix, semester, sks, serial):
    if style["code_style"] == "sks_last":
        return f"{prefix}{(semester + 1) // 2}{semester}{serial:01d}{sks}"
    if style["code_style"] == "dash":
        return f"{prefix}-{semester}{serial:02d}"
    if style["code_style"] == "digits":
        return f"{style['unit_digits']}{semester}{serial:02d}{sks}"
    return f"{prefix}{semester}{serial:02d}"


def period(style, entry, semester):
    """The academic period a semester was taken in, as the ledger prints it."""
    year, odd = entry + (semester - 1) // 2, semester % 2 == 1
    if style.get("period") == "code5":
        return f"{year}{1 if odd else 2}"
    if style.get("period") == "dotted":
        return f"{year}.{1 if odd else 2}"
    return f"{year}/{year + 1} {'Gasal' if odd else 'Genap'}"
