"""Courses for the `phi` layout, per family, written from published Indonesian curricula:
a state university's S1 programmes whose web portal prints the KHS (portal: name, usual semester,
SKS), a health polytechnic's (Poltekkes) Diploma III programmes whose credits are split into
Teori / Praktikum / Klinik (poltekkes: name, semester, T, P, K) and a faculty's S1 programmes whose
provisional grade list groups courses by category (kategori: name, semester, SKS, category).
Health course names are long on purpose: the transcript wraps them in a narrow cell."""

PORTAL = {  # programme: (faculty, code prefix, courses)
    "Agroteknologi": ("Fakultas Pertanian", "AGT", [
        ("Dasar-Dasar Agronomi", 1, 3), ("Biologi Pertanian", 1, 3), ("Kimia Pertanian", 1, 3), ("Pengantar Ilmu Tanah", 2, 3),
        ("Dasar-Dasar Perlindungan Tanaman", 2, 3), ("Agroklimatologi", 2, 2), ("Statistika Pertanian", 2, 3),
        ("Fisiologi Tumbuhan", 3, 3), ("Genetika Tanaman", 3, 3), ("Kesuburan Tanah", 3, 3), ("Ilmu Gulma", 3, 2),
        ("Rancangan Percobaan", 4, 3), ("Pemuliaan Tanaman", 4, 3), ("Teknologi Benih", 4, 3), ("Hama Tanaman", 4, 3),
        ("Teknologi Pupuk dan Pemupukan", 5, 3), ("Penyakit Tanaman", 5, 3), ("Bioteknologi Pertanian", 5, 2),
        ("Teknologi Budidaya Tanaman Pangan", 5, 3), ("Pertanian Organik", 6, 2), ("Manajemen Agribisnis", 6, 2),
        ("Teknologi Pascapanen", 6, 3), ("Metodologi Penelitian", 6, 2), ("Praktek Kerja Lapangan", 7, 2),
        ("Seminar Proposal", 7, 1), ("Skripsi", 8, 6)]),
    "Teknik Sipil": ("Fakultas Teknik", "TSP", [
        ("Matematika Teknik I", 1, 3), ("Fisika Teknik", 1, 3), ("Menggambar Teknik", 1, 2), ("Pengantar Teknik Sipil", 1, 2),
        ("Matematika Teknik II", 2, 3), ("Statika", 2, 3), ("Mekanika Fluida", 2, 2), ("Ilmu Ukur Tanah", 2, 3),
        ("Mekanika Bahan", 3, 3), ("Teknologi Bahan Konstruksi", 3, 2), ("Hidrologi Terapan", 3, 2), ("Mekanika Tanah I", 3, 3),
        ("Analisa Struktur I", 4, 3), ("Mekanika Tanah II", 4, 2), ("Hidrolika", 4, 2), ("Struktur Beton I", 4, 3),
        ("Rekayasa Lalu Lintas", 5, 2), ("Struktur Baja I", 5, 3), ("Rekayasa Pondasi", 5, 3), ("Perkerasan Jalan Raya", 5, 3),
        ("Irigasi dan Bangunan Air", 6, 3), ("Manajemen Konstruksi", 6, 2), ("Rencana Anggaran Biaya", 6, 2),
        ("Kerja Praktek", 7, 2), ("Teknik Gempa", 7, 2), ("Tugas Akhir", 8, 4)]),
    "Pendidikan Matematika": ("Fakultas Keguruan dan Ilmu Pendidikan", "PMT", [
        ("Pengantar Pendidikan", 1, 2), ("Kalkulus Diferensial", 1, 3), ("Logika Matematika", 1, 2), ("Geometri Bidang", 1, 3),
        ("Kalkulus Integral", 2, 3), ("Psikologi Pendidikan", 2, 2), ("Aljabar Linear Elementer", 2, 3), ("Teori Bilangan", 2, 2),
        ("Kalkulus Lanjut", 3, 3), ("Statistika Dasar", 3, 3), ("Strategi Belajar Mengajar", 3, 3), ("Geometri Analitik", 3, 3),
        ("Struktur Aljabar", 4, 3), ("Persamaan Diferensial", 4, 3), ("Evaluasi Pembelajaran", 4, 2), ("Program Linear", 4, 2),
        ("Analisis Real", 5, 3), ("Telaah Kurikulum Matematika", 5, 3), ("Media Pembelajaran", 5, 2), ("Matematika Diskrit", 5, 2),
        ("Micro Teaching", 6, 2), ("Metodologi Penelitian Pendidikan", 6, 3), ("Sejarah Matematika", 6, 2),
        ("Pengenalan Lapangan Persekolahan", 7, 4), ("Seminar Pendidikan Matematika", 7, 2), ("Skripsi", 8, 6)]),
}
PORTAL_GENERAL = [("Pendidikan Agama", 1, 2), ("Pendidikan Pancasila", 1, 2), ("Bahasa Indonesia", 1, 2),
                  ("Bahasa Inggris", 2, 2), ("Pendidikan Kewarganegaraan", 2, 2), ("Kewirausahaan", 5, 2),
                  ("Kuliah Kerja Nyata", 7, 3)]

POLTEKKES = {  # programme (Diploma III): (jurusan, code prefix, courses as name, semester, T, P, K)
    "Keperawatan": ("Jurusan Keperawatan", "KEP", [
        ("Anatomi dan Fisiologi Manusia", 1, 2, 1, 0), ("Konsep Dasar Keperawatan", 1, 2, 0, 0),
        ("Komunikasi dalam Praktik Keperawatan", 1, 1, 1, 0), ("Biokimia dan Biologi Dasar Keperawatan", 1, 1, 0, 0),
        ("Keperawatan Dasar dan Kebutuhan Dasar Manusia", 2, 2, 2, 0), ("Farmakologi dalam Keperawatan", 2, 2, 0, 0),
        ("Patofisiologi", 2, 2, 0, 0), ("Ilmu Gizi dan Diet", 2, 1, 1, 0),
        ("Keperawatan Medikal Bedah I", 3, 2, 1, 1), ("Keperawatan Maternitas", 3, 2, 1, 1),
        ("Keperawatan Anak dan Tumbuh Kembang", 3, 2, 1, 1), ("Promosi Kesehatan dan Pendidikan Kesehatan", 3, 1, 1, 0),
        ("Keperawatan Medikal Bedah II", 4, 2, 1, 1), ("Keperawatan Jiwa dan Psikososial", 4, 2, 1, 1),
        ("Keperawatan Kegawatdaruratan dan Manajemen Bencana", 4, 1, 1, 1), ("Metodologi Penelitian Keperawatan", 4, 2, 0, 0),
        ("Keperawatan Keluarga dan Komunitas", 5, 2, 1, 1), ("Keperawatan Gerontik", 5, 1, 1, 1),
        ("Manajemen Keperawatan dan Kepemimpinan", 5, 2, 0, 1), ("Praktik Klinik Keperawatan Lanjut", 6, 0, 0, 4),
        ("Karya Tulis Ilmiah", 6, 0, 3, 0)]),
    "Kebidanan": ("Jurusan Kebidanan", "BID", [
        ("Konsep Kebidanan dan Etikolegal", 1, 2, 0, 0), ("Anatomi Fisiologi Sistem Reproduksi", 1, 2, 1, 0),
        ("Biologi Dasar dan Biologi Perkembangan", 1, 1, 1, 0), ("Komunikasi dan Konseling dalam Kebidanan", 1, 1, 1, 0),
        ("Asuhan Kebidanan Kehamilan", 2, 2, 1, 1), ("Keterampilan Dasar Praktik Klinik Kebidanan", 2, 1, 2, 0),
        ("Farmakologi Kebidanan", 2, 2, 0, 0), ("Gizi dalam Kesehatan Reproduksi", 2, 1, 1, 0),
        ("Asuhan Kebidanan Persalinan dan Bayi Baru Lahir", 3, 2, 1, 1), ("Asuhan Kebidanan Nifas dan Menyusui", 3, 2, 1, 1),
        ("Kesehatan Reproduksi dan Keluarga Berencana", 3, 2, 1, 0), ("Mikrobiologi dan Parasitologi", 3, 1, 1, 0),
        ("Asuhan Kebidanan Neonatus Bayi Balita dan Anak Prasekolah", 4, 2, 1, 1), ("Kegawatdaruratan Maternal Neonatal", 4, 2, 1, 1),
        ("Pelayanan Kebidanan Komunitas", 4, 2, 0, 1), ("Metodologi Penelitian dan Statistik", 4, 2, 0, 0),
        ("Asuhan Kebidanan Kasus Kompleks", 5, 2, 1, 1), ("Praktik Kebidanan Komunitas", 5, 0, 0, 3),
        ("Manajemen Pelayanan Kebidanan", 5, 2, 0, 0), ("Praktik Klinik Kebidanan Lanjut", 6, 0, 0, 4),
        ("Laporan Tugas Akhir", 6, 0, 3, 0)]),
}
POLTEKKES_GENERAL = [("Pendidikan Agama", 1, 2, 0, 0), ("Pendidikan Pancasila", 1, 2, 0, 0),
                     ("Bahasa Inggris untuk Tenaga Kesehatan I", 1, 1, 1, 0), ("Pendidikan Kewarganegaraan", 2, 2, 0, 0),
                     ("Bahasa Indonesia", 2, 2, 0, 0), ("Bahasa Inggris untuk Tenaga Kesehatan II", 2, 1, 1, 0),
                     ("Budaya Anti Korupsi", 3, 1, 0, 0), ("Kewirausahaan Bidang Kesehatan", 5, 1, 1, 0)]

CATEGORIES = ["MKDU", "MKDK", "MKK", "Pilihan"]
CATEGORY_TITLES = {"MKDU": "Mata Kuliah Dasar Umum (MKDU)", "MKDK": "Mata Kuliah Dasar Keahlian (MKDK)",
                   "MKK": "Mata Kuliah Keahlian (MKK)", "Pilihan": "Mata Kuliah Pilihan"}
KATEGORI = {  # programme: (faculty, code prefix, courses as name, semester, SKS, category); MKDU comes from the list below
    "Ilmu Hukum": ("Fakultas Hukum", "HKM", [
        ("Pengantar Ilmu Hukum", 1, 4, "MKDK"), ("Pengantar Hukum Indonesia", 1, 4, "MKDK"), ("Ilmu Negara", 1, 2, "MKDK"),
        ("Hukum Perdata", 2, 4, "MKDK"), ("Hukum Pidana", 2, 4, "MKDK"), ("Hukum Tata Negara", 2, 3, "MKDK"),
        ("Hukum Administrasi Negara", 3, 3, "MKDK"), ("Hukum Adat", 3, 2, "MKDK"), ("Hukum Islam", 3, 2, "MKDK"),
        ("Hukum Dagang", 3, 2, "MKK"), ("Hukum Acara Perdata", 4, 3, "MKK"), ("Hukum Acara Pidana", 4, 3, "MKK"),
        ("Hukum Internasional", 4, 3, "MKK"), ("Hukum Agraria", 4, 2, "MKK"), ("Hukum Lingkungan", 5, 2, "MKK"),
        ("Hukum Ketenagakerjaan", 5, 2, "MKK"), ("Hukum Pajak", 5, 2, "MKK"), ("Filsafat Hukum", 6, 2, "MKK"),
        ("Hukum Perlindungan Konsumen", 5, 2, "Pilihan"), ("Hukum Perbankan", 6, 2, "Pilihan"),
        ("Kriminologi", 6, 2, "Pilihan"), ("Hukum Kesehatan", 6, 2, "Pilihan"), ("Legal Drafting", 7, 2, "MKK"),
        ("Praktik Peradilan", 7, 3, "MKK"), ("Skripsi", 8, 6, "MKK")]),
    "Ilmu Administrasi Negara": ("Fakultas Ilmu Sosial dan Ilmu Politik", "ANE", [
        ("Pengantar Ilmu Administrasi Negara", 1, 3, "MKDK"), ("Pengantar Ilmu Politik", 1, 3, "MKDK"),
        ("Pengantar Sosiologi", 1, 2, "MKDK"), ("Pengantar Ilmu Ekonomi", 2, 3, "MKDK"), ("Teori Organisasi", 2, 3, "MKDK"),
        ("Sistem Politik Indonesia", 2, 2, "MKDK"), ("Statistika Sosial", 3, 3, "MKDK"), ("Kebijakan Publik", 3, 3, "MKK"),
        ("Manajemen Sumber Daya Manusia Sektor Publik", 3, 3, "MKK"), ("Perilaku Organisasi", 3, 2, "MKK"),
        ("Administrasi Keuangan Negara", 4, 3, "MKK"), ("Hukum Administrasi Negara", 4, 2, "MKK"),
        ("Analisis Kebijakan Publik", 4, 3, "MKK"), ("Pelayanan Publik", 4, 2, "MKK"), ("Etika Administrasi Negara", 5, 2, "MKK"),
        ("Administrasi Pembangunan", 5, 3, "MKK"), ("Metode Penelitian Sosial", 5, 3, "MKK"), ("E-Government", 5, 2, "Pilihan"),
        ("Manajemen Bencana", 6, 2, "Pilihan"), ("Administrasi Perpajakan", 6, 2, "Pilihan"),
        ("Kepemimpinan Sektor Publik", 6, 2, "Pilihan"), ("Evaluasi Kebijakan Publik", 6, 3, "MKK"),
        ("Magang", 7, 3, "MKK"), ("Skripsi", 8, 6, "MKK")]),
}
KATEGORI_GENERAL = [("Pendidikan Agama", 1, 2, "MKDU"), ("Pendidikan Pancasila", 1, 2, "MKDU"),
                    ("Bahasa Indonesia", 1, 2, "MKDU"), ("Ilmu Sosial dan Budaya Dasar", 2, 2, "MKDU"),
                    ("Pendidikan Kewarganegaraan", 2, 2, "MKDU"), ("Bahasa Inggris", 2, 2, "MKDU"),
                    ("Kuliah Kerja Nyata", 7, 4, "MKDU")]


def programmes(family):
    return sorted({"portal": PORTAL, "poltekkes": POLTEKKES, "kategori": KATEGORI}[family])


def pool(family, programme):
    """The programme's courses as dicts {name, semester, sks, general, credits (T, P, K) or None, category}."""
    if family == "portal":
        return ([dict(name=n, semester=s, sks=k, general=False, credits=None, category=None) for n, s, k in PORTAL[programme][2]]
                + [dict(name=n, semester=s, sks=k, general=True, credits=None, category=None) for n, s, k in PORTAL_GENERAL])
    if family == "poltekkes":
        return ([dict(name=n, semester=s, sks=t + p + k, general=False, credits=(t, p, k), category=None)
                 for n, s, t, p, k in POLTEKKES[programme][2]]
                + [dict(name=n, semester=s, sks=t + p + k, general=True, credits=(t, p, k), category=None)
                   for n, s, t, p, k in POLTEKKES_GENERAL])
    return ([dict(name=n, semester=s, sks=k, general=False, credits=None, category=c) for n, s, k, c in KATEGORI[programme][2]]
            + [dict(name=n, semester=s, sks=k, general=True, credits=None, category=c) for n, s, k, c in KATEGORI_GENERAL])
