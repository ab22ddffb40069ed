"""Courses for the `theta` layout, written from published Indonesian S1 curricula (name, usual
semester, SKS), with an English name for the English-heading component KHS. General courses are
shared by every programme."""

PROGRAMMES = {  # programme: (faculty, code prefix, courses)
    "Arsitektur": ("Fakultas Teknik", "ARS", [
        ("Studio Perancangan Arsitektur I", 1, 4), ("Pengantar Arsitektur", 1, 2), ("Gambar Arsitektur", 1, 3),
        ("Studio Perancangan Arsitektur II", 2, 4), ("Sejarah Arsitektur", 2, 2), ("Struktur dan Konstruksi I", 2, 3),
        ("Fisika Bangunan", 3, 3), ("Studio Perancangan Arsitektur III", 3, 4), ("Teori Arsitektur", 3, 2),
        ("Utilitas Bangunan", 4, 3), ("Arsitektur Nusantara", 4, 2), ("Perencanaan Tapak", 4, 3),
        ("Arsitektur Lansekap", 5, 2), ("Studio Perancangan Kota", 5, 4), ("Metode Penelitian Arsitektur", 5, 2),
        ("Arsitektur Berkelanjutan", 6, 3), ("Manajemen Proyek Konstruksi", 6, 2), ("Kerja Praktik", 6, 2),
        ("Seminar Arsitektur", 7, 2), ("Tugas Akhir", 8, 6)]),
    "Teknik Industri": ("Fakultas Teknologi Industri", "TIN", [
        ("Pengantar Teknik Industri", 1, 2), ("Menggambar Teknik", 1, 2), ("Kalkulus Dasar", 1, 3),
        ("Statistika Industri I", 2, 3), ("Proses Manufaktur", 2, 3), ("Ekonomi Teknik", 2, 3),
        ("Statistika Industri II", 3, 3), ("Penelitian Operasional I", 3, 3), ("Ergonomi", 3, 3),
        ("Penelitian Operasional II", 4, 3), ("Perancangan Tata Letak Fasilitas", 4, 3), ("Pengendalian Kualitas", 4, 3),
        ("Perencanaan dan Pengendalian Produksi", 5, 3), ("Simulasi Sistem", 5, 3), ("Analisis Biaya", 5, 2),
        ("Manajemen Rantai Pasok", 6, 3), ("Sistem Informasi Industri", 6, 2), ("Kerja Praktik", 6, 2),
        ("Perancangan Sistem Kerja", 7, 3), ("Tugas Akhir", 8, 6)]),
    "Ilmu Gizi": ("Fakultas Ilmu Kesehatan", "GIZ", [
        ("Pengantar Ilmu Gizi", 1, 2), ("Biokimia Dasar", 1, 3), ("Anatomi dan Fisiologi", 1, 3),
        ("Ilmu Bahan Makanan", 2, 3), ("Gizi Daur Kehidupan", 2, 3), ("Mikrobiologi Pangan", 2, 2),
        ("Penilaian Status Gizi", 3, 3), ("Dietetika Dasar", 3, 3), ("Kimia Pangan", 3, 2),
        ("Gizi Klinik", 4, 3), ("Epidemiologi Gizi", 4, 2), ("Manajemen Sistem Penyelenggaraan Makanan", 4, 3),
        ("Dietetika Penyakit Infeksi", 5, 3), ("Gizi Olahraga", 5, 2), ("Konseling Gizi", 5, 2),
        ("Teknologi Pangan", 6, 3), ("Gizi Masyarakat", 6, 3), ("Praktik Kerja Lapangan", 7, 4),
        ("Metodologi Penelitian Gizi", 6, 2), ("Skripsi", 8, 6)]),
    "Psikologi": ("Fakultas Psikologi", "PSI", [
        ("Pengantar Psikologi", 1, 3), ("Psikologi Faal", 1, 2), ("Filsafat Manusia", 1, 2),
        ("Psikologi Perkembangan Anak", 2, 3), ("Psikologi Sosial I", 2, 3), ("Statistika Psikologi", 2, 3),
        ("Psikologi Kepribadian", 3, 3), ("Psikologi Kognitif", 3, 3), ("Psikometri", 3, 3),
        ("Psikologi Klinis", 4, 3), ("Psikologi Industri dan Organisasi", 4, 3), ("Observasi dan Wawancara", 4, 3),
        ("Psikodiagnostika", 5, 3), ("Psikologi Pendidikan", 5, 2), ("Kode Etik Psikologi", 5, 2),
        ("Intervensi Psikologi", 6, 3), ("Konstruksi Alat Ukur", 6, 3), ("Psikologi Komunitas", 6, 2),
        ("Praktik Kerja Psikologi", 7, 3), ("Skripsi", 8, 6)]),
    "Ilmu Kelautan": ("Fakultas Perikanan dan Ilmu Kelautan", "IKL", [
        ("Pengantar Ilmu Kelautan", 1, 2), ("Biologi Laut", 1, 3), ("Kimia Dasar Kelautan", 1, 2),
        ("Oseanografi Fisika", 2, 3), ("Ekologi Laut Tropis", 2, 3), ("Dasar-Dasar Selam", 2, 2),
        ("Oseanografi Kimia", 3, 3), ("Planktonologi", 3, 3), ("Sistem Informasi Geografis Kelautan", 3, 3),
        ("Penginderaan Jauh Kelautan", 4, 3), ("Ekosistem Terumbu Karang", 4, 3), ("Geologi Laut", 4, 2),
        ("Pengelolaan Wilayah Pesisir", 5, 3), ("Pencemaran Laut", 5, 2), ("Akustik Kelautan", 5, 2),
        ("Konservasi Sumberdaya Laut", 6, 3), ("Budidaya Laut", 6, 3), ("Praktik Kerja Lapangan", 6, 2),
        ("Metode Penelitian Kelautan", 7, 2), ("Skripsi", 8, 6)]),
}
GENERAL = [("Pendidikan Agama", 1, 2), ("Pendidikan Pancasila", 1, 2), ("Bahasa Indonesia", 2, 2),
           ("Bahasa Inggris", 1, 2), ("Kewarganegaraan", 3, 2), ("Kewirausahaan", 5, 2), ("Kuliah Kerja Nyata", 7, 3)]


def pool(programme):
    """The programme's courses and the general ones as dicts {name, semester, sks, general}."""
    own = [dict(name=n, semester=s, sks=k, general=False) for n, s, k in PROGRAMMES[programme][2]]
    return own + [dict(name=n, semester=s, sks=k, general=True) for n, s, k in GENERAL]


def names(programme):
    return [c["name"] for c in pool(programme)]
