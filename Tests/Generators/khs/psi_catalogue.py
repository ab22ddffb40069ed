"""Courses for the `psi` layout, written from published Indonesian S1 curricula of programmes no other
layout draws from: (name, usual semester, SKS, practical SKS of it). The practical part feeds the
two-level "SKS: T | P" header of the bertingkat family; everywhere else only the total is printed."""

PROGRAMMES = {  # programme: (faculty, code prefix, courses)
    "Ilmu Komunikasi": ("Fakultas Ilmu Sosial dan Ilmu Politik", "KOM", [
        ("Pengantar Ilmu Komunikasi", 1, 3, 0), ("Pengantar Sosiologi", 1, 2, 0), ("Dasar-Dasar Jurnalistik", 1, 3, 1),
        ("Teori Komunikasi", 2, 3, 0), ("Komunikasi Antarpribadi", 2, 2, 0), ("Fotografi Dasar", 2, 3, 1),
        ("Psikologi Komunikasi", 3, 2, 0), ("Komunikasi Massa", 3, 3, 0), ("Penulisan Berita", 3, 3, 1),
        ("Hubungan Masyarakat", 4, 3, 0), ("Produksi Siaran Radio", 4, 3, 1), ("Metode Penelitian Komunikasi", 4, 3, 0),
        ("Komunikasi Politik", 5, 2, 0), ("Produksi Program Televisi", 5, 3, 1), ("Periklanan", 5, 3, 0),
        ("Etika dan Hukum Media", 6, 2, 0), ("Komunikasi Pemasaran Terpadu", 6, 3, 0), ("Media Digital", 6, 3, 1),
        ("Kuliah Kerja Lapangan", 7, 2, 2), ("Seminar Komunikasi", 7, 2, 0), ("Skripsi", 8, 6, 0)]),
    "Farmasi": ("Fakultas Farmasi", "FAR", [
        ("Kimia Dasar", 1, 3, 1), ("Biologi Sel", 1, 2, 0), ("Matematika Farmasi", 1, 2, 0),
        ("Kimia Organik", 2, 3, 1), ("Anatomi Fisiologi Manusia", 2, 3, 1), ("Farmasi Fisika", 2, 3, 1),
        ("Kimia Analisis", 3, 3, 1), ("Farmakognosi", 3, 3, 1), ("Mikrobiologi Farmasi", 3, 3, 1),
        ("Farmakologi I", 4, 3, 1), ("Teknologi Sediaan Padat", 4, 3, 1), ("Biofarmasetika", 4, 2, 0),
        ("Farmakologi II", 5, 3, 1), ("Kimia Medisinal", 5, 3, 0), ("Farmakoterapi", 5, 3, 0),
        ("Farmasi Klinik", 6, 3, 0), ("Manajemen Farmasi", 6, 2, 0), ("Toksikologi", 6, 2, 0),
        ("Undang-Undang dan Etika Farmasi", 7, 2, 0), ("Praktik Kerja Profesi", 7, 2, 2), ("Skripsi", 8, 6, 0)]),
    "Manajemen": ("Fakultas Ekonomi dan Bisnis", "MAN", [
        ("Pengantar Manajemen", 1, 3, 0), ("Pengantar Ekonomi Mikro", 1, 3, 0), ("Matematika Ekonomi", 1, 3, 0),
        ("Pengantar Ekonomi Makro", 2, 3, 0), ("Pengantar Akuntansi", 2, 3, 0), ("Statistika Bisnis", 2, 3, 1),
        ("Manajemen Pemasaran", 3, 3, 0), ("Manajemen Keuangan", 3, 3, 0), ("Perilaku Organisasi", 3, 3, 0),
        ("Manajemen Sumber Daya Manusia", 4, 3, 0), ("Manajemen Operasi", 4, 3, 0), ("Aplikasi Komputer Bisnis", 4, 2, 1),
        ("Riset Pemasaran", 5, 3, 0), ("Manajemen Investasi", 5, 3, 0), ("Kewirausahaan", 5, 3, 1),
        ("Manajemen Strategik", 6, 3, 0), ("Etika Bisnis", 6, 2, 0), ("Metodologi Penelitian Bisnis", 6, 3, 0),
        ("Seminar Manajemen", 7, 2, 0), ("Praktik Kerja Lapangan", 7, 2, 2), ("Skripsi", 8, 6, 0)]),
    "Teknik Elektro": ("Fakultas Teknik", "ELK", [
        ("Kalkulus I", 1, 3, 0), ("Fisika Dasar I", 1, 3, 1), ("Pengantar Teknik Elektro", 1, 2, 0),
        ("Kalkulus II", 2, 3, 0), ("Rangkaian Listrik I", 2, 3, 1), ("Pemrograman Komputer", 2, 3, 1),
        ("Rangkaian Listrik II", 3, 3, 1), ("Elektronika Analog", 3, 3, 1), ("Medan Elektromagnetik", 3, 3, 0),
        ("Sistem Digital", 4, 3, 1), ("Sinyal dan Sistem", 4, 3, 0), ("Mesin Listrik", 4, 3, 1),
        ("Sistem Kendali", 5, 3, 1), ("Mikroprosesor", 5, 3, 1), ("Sistem Tenaga Listrik", 5, 3, 0),
        ("Elektronika Daya", 6, 3, 1), ("Telekomunikasi Dasar", 6, 3, 0), ("Instalasi Listrik", 6, 2, 1),
        ("Kerja Praktik", 7, 2, 2), ("Proteksi Sistem Tenaga", 7, 3, 0), ("Tugas Akhir", 8, 6, 0)]),
    "Ilmu Hukum": ("Fakultas Hukum", "HKM", [
        ("Pengantar Ilmu Hukum", 1, 4, 0), ("Pengantar Hukum Indonesia", 1, 4, 0), ("Ilmu Negara", 1, 2, 0),
        ("Hukum Perdata", 2, 4, 0), ("Hukum Pidana", 2, 4, 0), ("Hukum Tata Negara", 2, 3, 0),
        ("Hukum Administrasi Negara", 3, 3, 0), ("Hukum Adat", 3, 2, 0), ("Hukum Dagang", 3, 3, 0),
        ("Hukum Acara Perdata", 4, 3, 0), ("Hukum Acara Pidana", 4, 3, 0), ("Hukum Internasional", 4, 3, 0),
        ("Hukum Agraria", 5, 2, 0), ("Hukum Lingkungan", 5, 2, 0), ("Hukum Ketenagakerjaan", 5, 2, 0),
        ("Praktik Peradilan Perdata", 6, 2, 1), ("Praktik Peradilan Pidana", 6, 2, 1), ("Hukum Pajak", 6, 2, 0),
        ("Legal Drafting", 7, 2, 1), ("Etika Profesi Hukum", 7, 2, 0), ("Skripsi", 8, 6, 0)]),
}
GENERAL = [("Pendidikan Agama", 1, 2, 0), ("Pendidikan Pancasila", 1, 2, 0), ("Bahasa Indonesia", 2, 2, 0),
           ("Bahasa Inggris", 2, 2, 0), ("Pendidikan Kewarganegaraan", 3, 2, 0), ("Kuliah Kerja Nyata", 7, 3, 3)]


def pool(programme):
    """The programme's courses as dicts {name, semester, sks, practical, general}."""
    own = [dict(name=n, semester=s, sks=k, practical=p, general=False) for n, s, k, p in PROGRAMMES[programme][2]]
    return own + [dict(name=n, semester=s, sks=k, practical=p, general=True) for n, s, k, p in GENERAL]


def names(programme):
    return [c["name"] for c in pool(programme)]
