"""Courses for the `pi` layout, as (name, usual semester, SKS), per family: an Islamic state
university (UIN / IAIN) with its institutional courses of Arabic names written in Latin script and
three programmes; a teacher-education programme as Universitas Terbuka and PGRI colleges publish it
(course codes such as PDGK4101: four letters, 4 for S1, then the level and a serial); and the
business / IT programmes of a private campus whose curriculum mixes English and Indonesian titles.
Written from published curricula, not from the reader."""

ISLAMIC_GENERAL = [  # the institution's compulsory courses (Mata Kuliah Institut)
    ("Pancasila", 1, 2), ("Bahasa Indonesia", 1, 2), ("Bahasa Arab I", 1, 2), ("Ulumul Qur'an", 1, 2),
    ("Ulumul Hadits", 1, 2), ("Metodologi Studi Islam", 1, 3), ("Tahsin dan Tahfidz Al-Qur'an", 1, 2),
    ("Kewarganegaraan", 2, 2), ("Bahasa Arab II", 2, 2), ("Bahasa Inggris", 2, 2), ("Ilmu Kalam", 2, 2),
    ("Akhlak Tasawuf", 2, 2), ("Sejarah Peradaban Islam", 2, 2), ("Fiqh Ibadah", 2, 2), ("Praktikum Ibadah", 3, 1),
    ("Filsafat Umum", 3, 2), ("Islam dan Moderasi Beragama", 3, 2), ("Kuliah Kerja Nyata", 7, 4),
]
ISLAMIC = {  # programme: (faculty, code prefix, courses)
    "Hukum Ekonomi Syariah": ("Fakultas Syariah dan Hukum", "HES", [
        ("Pengantar Ilmu Hukum", 1, 2), ("Pengantar Hukum Islam", 1, 2), ("Ushul Fiqh I", 2, 2), ("Fiqh Muamalah I", 2, 3),
        ("Ushul Fiqh II", 3, 2), ("Fiqh Muamalah II", 3, 3), ("Qawaid Fiqhiyyah", 3, 2), ("Tarikh Tasyri'", 3, 2),
        ("Hukum Perdata", 3, 3), ("Tafsir Ahkam", 4, 2), ("Hadits Ahkam", 4, 2), ("Hukum Perikatan Islam", 4, 2),
        ("Maqashid Syariah", 4, 2), ("Hukum Acara Perdata", 4, 3), ("Fiqh Zakat dan Wakaf", 5, 2),
        ("Hukum Perbankan Syariah", 5, 3), ("Masail Fiqhiyyah", 5, 2), ("Fatwa DSN-MUI", 5, 2),
        ("Hukum Asuransi Syariah", 6, 2), ("Penyelesaian Sengketa Ekonomi Syariah", 6, 3), ("Fiqh Siyasah", 6, 2),
        ("Praktik Peradilan Semu", 6, 2), ("Metodologi Penelitian Hukum", 6, 3), ("Legal Drafting", 7, 2)]),
    "Pendidikan Agama Islam": ("Fakultas Ilmu Tarbiyah dan Keguruan", "PAI", [
        ("Ilmu Pendidikan Islam", 1, 3), ("Pengantar Ilmu Pendidikan", 1, 2), ("Psikologi Pendidikan", 2, 2),
        ("Filsafat Pendidikan Islam", 2, 2), ("Tafsir Tarbawi", 3, 2), ("Hadits Tarbawi", 3, 2), ("Fiqh Munakahat", 3, 2),
        ("Fiqh Mawaris", 4, 2), ("Sejarah Pendidikan Islam", 3, 2), ("Strategi Pembelajaran PAI", 4, 3),
        ("Pengembangan Kurikulum PAI", 4, 3), ("Evaluasi Pembelajaran PAI", 5, 3), ("Media Pembelajaran", 4, 2),
        ("Micro Teaching", 6, 2), ("Telaah Kurikulum Al-Qur'an Hadits", 5, 2), ("Pembelajaran Aqidah Akhlak", 5, 2),
        ("Pembelajaran Fiqh", 5, 2), ("Statistik Pendidikan", 4, 3), ("Metodologi Penelitian Pendidikan", 5, 3),
        ("Manajemen Pendidikan Islam", 6, 2), ("Bimbingan dan Konseling", 6, 2), ("Praktik Pengalaman Lapangan", 7, 4)]),
    "Perbankan Syariah": ("Fakultas Ekonomi dan Bisnis Islam", "PBS", [
        ("Pengantar Ekonomi Islam", 1, 3), ("Matematika Ekonomi", 1, 2), ("Pengantar Akuntansi", 1, 3),
        ("Fiqh Muamalah", 2, 3), ("Ekonomi Mikro Islam", 2, 3), ("Ekonomi Makro Islam", 3, 3),
        ("Akuntansi Syariah", 3, 3), ("Bank dan Lembaga Keuangan Syariah", 3, 3), ("Statistik Ekonomi", 3, 2),
        ("Manajemen Pembiayaan Bank Syariah", 4, 3), ("Manajemen Dana Bank Syariah", 4, 3), ("Ushul Fiqh", 2, 2),
        ("Tafsir Ayat Ekonomi", 4, 2), ("Hadits Ekonomi", 4, 2), ("Manajemen Risiko Bank Syariah", 5, 3),
        ("Akuntansi Perbankan Syariah", 5, 3), ("Manajemen Zakat, Infaq dan Wakaf", 5, 2), ("Pasar Modal Syariah", 5, 2),
        ("Asuransi Syariah", 6, 2), ("Analisis Laporan Keuangan Bank Syariah", 6, 3), ("Metodologi Penelitian Ekonomi", 6, 3),
        ("Kewirausahaan Islami", 6, 2), ("Praktik Kerja Lapangan", 7, 3)]),
}

TEACHER_GENERAL = [  # (name, level digit in the code, SKS, code prefix)
    ("Pendidikan Agama Islam", 1, 3, "MKDU"), ("Pendidikan Kewarganegaraan", 1, 3, "MKDU"), ("Bahasa Indonesia", 1, 3, "MKDU"),
    ("Bahasa Inggris", 1, 3, "MKDU"), ("Ilmu Alamiah Dasar", 1, 2, "MKDU"), ("Ilmu Sosial dan Budaya Dasar", 2, 2, "MKDU"),
    ("Pengantar Pendidikan", 1, 3, "MKDK"), ("Perkembangan Peserta Didik", 2, 3, "MKDK"), ("Belajar dan Pembelajaran", 2, 3, "MKDK"),
    ("Profesi Keguruan", 3, 2, "MKDK"), ("Kurikulum dan Pembelajaran", 3, 3, "MKDK"), ("Evaluasi Pembelajaran", 4, 3, "MKDK"),
]
TEACHER = {  # programme: (code prefix, courses as (name, level, SKS))
    "S1 PGSD": ("PDGK", [
        ("Keterampilan Berbahasa Indonesia SD", 1, 3), ("Konsep Dasar IPA di SD", 1, 3), ("Pendidikan Matematika I", 1, 3),
        ("Perspektif Pendidikan SD", 1, 3), ("Pendidikan IPS di SD", 2, 3), ("Pendidikan Matematika II", 2, 3),
        ("Pembelajaran Terpadu di SD", 2, 3), ("Pendidikan Anak di SD", 2, 3), ("Pendidikan Seni di SD", 2, 3),
        ("Pembelajaran Kelas Rangkap", 3, 3), ("Pendidikan Bahasa Indonesia di SD", 3, 3), ("Pembelajaran IPA di SD", 3, 3),
        ("Materi dan Pembelajaran PKn SD", 3, 3), ("Penelitian Tindakan Kelas", 4, 3), ("Strategi Pembelajaran di SD", 4, 3),
        ("Pemantapan Kemampuan Mengajar", 4, 3), ("Pemantapan Kemampuan Profesional", 4, 3), ("Pendidikan Inklusif", 4, 3)]),
    "S1 PG-PAUD": ("PAUD", [
        ("Perkembangan dan Konsep Dasar Pengembangan Anak Usia Dini", 1, 3), ("Kesehatan dan Gizi Anak Usia Dini", 1, 3),
        ("Psikologi Perkembangan Anak", 1, 3), ("Pengembangan Kognitif", 2, 3), ("Pengembangan Bahasa", 2, 3),
        ("Metode Pengembangan Fisik", 2, 3), ("Bermain dan Permainan Anak", 2, 3), ("Kreativitas dan Keberbakatan", 3, 3),
        ("Pengembangan Sosial Emosional", 3, 3), ("Pendidikan Seni untuk Anak Usia Dini", 3, 3), ("Asesmen Perkembangan Anak", 3, 3),
        ("Pengelolaan Kelas", 3, 2), ("Kurikulum Pendidikan Anak Usia Dini", 4, 3), ("Penelitian Tindakan Kelas", 4, 3),
        ("Pemantapan Kemampuan Profesional", 4, 3), ("Manajemen Lembaga PAUD", 4, 3)]),
    "S1 Pendidikan Bahasa Inggris": ("PBIS", [
        ("Listening I", 1, 3), ("Speaking I", 1, 3), ("Reading I", 1, 3), ("Structure I", 1, 3), ("Vocabulary", 1, 2),
        ("Listening II", 2, 3), ("Speaking II", 2, 3), ("Writing I", 2, 3), ("Introduction to Linguistics", 2, 3),
        ("Phonology", 3, 3), ("Writing II", 3, 3), ("Introduction to Literature", 3, 3), ("TEFL I", 3, 3),
        ("Morphology and Syntax", 3, 3), ("TEFL II", 4, 3), ("Language Testing", 4, 3), ("Research Methodology", 4, 3),
        ("Microteaching", 4, 3)]),
}

MIXED_GENERAL = [
    ("Pendidikan Agama", 1, 2), ("Pancasila", 1, 2), ("Bahasa Indonesia", 1, 2), ("English for Academic Purposes", 1, 2),
    ("Kewarganegaraan", 2, 2), ("Character Building", 2, 2), ("Kewirausahaan", 4, 2), ("Business English", 3, 2),
]
MIXED = {  # programme: (code prefix, courses)
    "S1 Manajemen": ("MNJ", [
        ("Pengantar Manajemen", 1, 3), ("Introduction to Economics", 1, 3), ("Matematika Bisnis", 1, 3),
        ("Principles of Accounting", 2, 3), ("Statistika Bisnis", 2, 3), ("Perilaku Organisasi", 2, 3),
        ("Manajemen Pemasaran", 3, 3), ("Financial Management", 3, 3), ("Manajemen SDM", 3, 3),
        ("Operations Management", 4, 3), ("Riset Pemasaran", 4, 3), ("Digital Marketing", 4, 2),
        ("Business Ethics", 5, 2), ("Manajemen Strategik", 5, 3), ("Investment and Portfolio", 5, 3),
        ("Metodologi Penelitian", 6, 3), ("Supply Chain Management", 6, 3), ("Seminar Manajemen", 6, 2),
        ("International Business", 7, 3), ("Magang Industri", 7, 4)]),
    "S1 Sistem Informasi": ("SIF", [
        ("Pengantar Teknologi Informasi", 1, 3), ("Algoritma dan Pemrograman", 1, 3), ("Logika Matematika", 1, 2),
        ("Database Systems", 2, 3), ("Struktur Data", 2, 3), ("Pengantar Sistem Informasi", 2, 3),
        ("Web Programming", 3, 3), ("Analisis dan Perancangan Sistem", 3, 3), ("Computer Networks", 3, 3),
        ("Enterprise Architecture", 4, 3), ("Manajemen Proyek SI", 4, 3), ("Mobile Programming", 4, 3),
        ("Business Process Management", 5, 3), ("Data Mining", 5, 3), ("Audit Sistem Informasi", 5, 3),
        ("IT Governance", 6, 3), ("Metodologi Penelitian", 6, 2), ("User Experience Design", 6, 2),
        ("Enterprise Resource Planning", 7, 3), ("Kerja Praktik", 7, 2)]),
}


def pool(family, programme):
    """[(name, usual semester, SKS, general, code prefix)] for a family's programme."""
    if family == "daftar":
        _, prefix, own = ISLAMIC[programme]
        return [(n, s, k, False, prefix) for n, s, k in own] + [(n, s, k, True, "UIN") for n, s, k in ISLAMIC_GENERAL]
    if family == "lhu":
        prefix, own = TEACHER[programme]
        # levels 1-4 spread over semesters 1-8: a level-n course is usually taken in semester 2n-1 or 2n
        return ([(n, 2 * lv - (k % 2 == 0), k, False, prefix) for n, lv, k in own]
                + [(n, 2 * lv - 1, k, True, p) for n, lv, k, p in TEACHER_GENERAL])
    prefix, own = MIXED[programme]
    return [(n, s, k, False, prefix) for n, s, k in own] + [(n, s, k, True, "UNV") for n, s, k in MIXED_GENERAL]


def programmes(family):
    return sorted(ISLAMIC if family == "daftar" else TEACHER if family == "lhu" else MIXED)
