"""Courses for the `upsilon` layout as (name, English name, usual semester, SKS), per family: the
programmes of a private university whose SIAKAD prints the KHS (siakad), the Diploma III
programmes of a state polytechnic with bilingual transcripts (diploma), and the S1 programmes of a
faculty that types its Surat Keterangan Nilai on a dot-matrix printer (ketik). Names are kept
under 40 characters so a fixed-width column holds them. Written from published curricula."""

SIAKAD = {  # programme: (faculty, code prefix, courses)
    "Sistem Informasi": ("Fakultas Teknologi Informasi", "SIF", [
        ("Konsep Sistem Informasi", "Information System Concepts", 1, 3), ("Logika Informatika", "Logic for Informatics", 1, 2),
        ("Dasar Pemrograman", "Programming Fundamentals", 1, 3), ("Pengantar Manajemen", "Introduction to Management", 1, 2),
        ("Pemrograman Visual", "Visual Programming", 2, 3), ("Sistem Basis Data", "Database Systems", 2, 3),
        ("Statistika Bisnis", "Business Statistics", 2, 2), ("Akuntansi Biaya", "Cost Accounting", 3, 2),
        ("Analisis Proses Bisnis", "Business Process Analysis", 3, 3), ("Pemrograman Web Lanjut", "Advanced Web Programming", 3, 3),
        ("Jaringan Komputer Dasar", "Basic Computer Networks", 3, 2), ("Sistem Informasi Manajemen", "Management Information Systems", 4, 3),
        ("Analisis dan Desain Sistem", "Systems Analysis and Design", 4, 3), ("E-Commerce", "E-Commerce", 4, 2),
        ("Pemrograman Mobile", "Mobile Programming", 4, 3), ("Manajemen Proyek TI", "IT Project Management", 5, 3),
        ("Tata Kelola TI", "IT Governance", 5, 2), ("Sistem Pendukung Keputusan", "Decision Support Systems", 5, 3),
        ("Data Warehouse", "Data Warehousing", 5, 3), ("Keamanan Sistem Informasi", "Information Systems Security", 6, 2),
        ("Audit Teknologi Informasi", "Information Technology Audit", 6, 3), ("Metode Penelitian", "Research Methods", 6, 2),
        ("Kerja Praktek", "Internship", 7, 2), ("Skripsi", "Thesis", 8, 6)]),
    "Manajemen": ("Fakultas Ekonomi dan Bisnis", "MNJ", [
        ("Pengantar Bisnis", "Introduction to Business", 1, 3), ("Matematika Bisnis", "Business Mathematics", 1, 3),
        ("Pengantar Akuntansi I", "Introductory Accounting I", 1, 3), ("Ekonomi Mikro", "Microeconomics", 1, 3),
        ("Pengantar Akuntansi II", "Introductory Accounting II", 2, 3), ("Ekonomi Makro", "Macroeconomics", 2, 3),
        ("Manajemen Pemasaran", "Marketing Management", 2, 3), ("Hukum Bisnis", "Business Law", 2, 2),
        ("Manajemen Keuangan I", "Financial Management I", 3, 3), ("Manajemen SDM", "Human Resource Management", 3, 3),
        ("Perilaku Organisasi", "Organizational Behaviour", 3, 2), ("Statistika Ekonomi", "Economic Statistics", 3, 3),
        ("Manajemen Operasional", "Operations Management", 4, 3), ("Manajemen Keuangan II", "Financial Management II", 4, 3),
        ("Riset Pemasaran", "Marketing Research", 4, 2), ("Perilaku Konsumen", "Consumer Behaviour", 4, 2),
        ("Manajemen Strategik", "Strategic Management", 5, 3), ("Studi Kelayakan Bisnis", "Business Feasibility Study", 5, 3),
        ("Manajemen Risiko", "Risk Management", 5, 2), ("Analisis Investasi", "Investment Analysis", 6, 3),
        ("Etika Bisnis", "Business Ethics", 6, 2), ("Seminar Manajemen", "Management Seminar", 6, 2),
        ("Magang Industri", "Industrial Internship", 7, 3), ("Skripsi", "Thesis", 8, 6)]),
    "Ilmu Komunikasi": ("Fakultas Ilmu Sosial dan Ilmu Politik", "IKM", [
        ("Pengantar Ilmu Komunikasi", "Introduction to Communication", 1, 3), ("Sosiologi Komunikasi", "Sociology of Communication", 1, 2),
        ("Pengantar Ilmu Politik", "Introduction to Political Science", 1, 2), ("Dasar-Dasar Jurnalistik", "Basic Journalism", 1, 3),
        ("Teori Komunikasi", "Communication Theory", 2, 3), ("Psikologi Komunikasi", "Communication Psychology", 2, 2),
        ("Fotografi Dasar", "Basic Photography", 2, 2), ("Komunikasi Antarpribadi", "Interpersonal Communication", 2, 2),
        ("Dasar-Dasar Public Relations", "Public Relations Basics", 3, 3), ("Komunikasi Massa", "Mass Communication", 3, 3),
        ("Penulisan Berita", "News Writing", 3, 3), ("Produksi Audio Visual", "Audio Visual Production", 3, 3),
        ("Komunikasi Organisasi", "Organizational Communication", 4, 2), ("Hukum dan Etika Media", "Media Law and Ethics", 4, 2),
        ("Periklanan", "Advertising", 4, 3), ("Komunikasi Politik", "Political Communication", 4, 2),
        ("Riset Komunikasi", "Communication Research", 5, 3), ("Manajemen Media", "Media Management", 5, 2),
        ("Komunikasi Pemasaran Terpadu", "Integrated Marketing Communication", 5, 3), ("Media Baru", "New Media", 5, 2),
        ("Komunikasi Krisis", "Crisis Communication", 6, 2), ("Metodologi Penelitian Kualitatif", "Qualitative Methods", 6, 3),
        ("Praktik Kerja Lapangan", "Field Internship", 7, 3), ("Skripsi", "Thesis", 8, 6)]),
}
SIAKAD_GENERAL = [("Pendidikan Agama", "Religion", 1, 2), ("Pendidikan Pancasila", "Pancasila", 1, 2),
                  ("Bahasa Inggris I", "English I", 1, 2), ("Kewarganegaraan", "Civic Education", 2, 2),
                  ("Bahasa Indonesia", "Indonesian Language", 2, 2), ("Bahasa Inggris II", "English II", 2, 2),
                  ("Kewirausahaan", "Entrepreneurship", 4, 2), ("Kuliah Kerja Nyata", "Community Service", 7, 3)]

DIPLOMA = {  # programme: (jurusan, code letters, English programme, courses); D3 runs six semesters
    "Manajemen Informatika": ("Teknologi Informasi", "MI", "Informatics Management", [
        ("Konsep Teknologi Informasi", "Information Technology Concepts", 1, 2), ("Algoritma Pemrograman", "Programming Algorithms", 1, 3),
        ("Praktikum Algoritma", "Algorithm Laboratory", 1, 2), ("Matematika Dasar", "Basic Mathematics", 1, 2),
        ("Sistem Operasi", "Operating Systems", 2, 2), ("Basis Data", "Databases", 2, 2), ("Praktikum Basis Data", "Database Laboratory", 2, 2),
        ("Desain Web", "Web Design", 2, 3), ("Pemrograman Berbasis Objek", "Object Oriented Programming", 3, 3),
        ("Jaringan Komputer", "Computer Networks", 3, 2), ("Analisis Sistem", "Systems Analysis", 3, 2),
        ("Statistika", "Statistics", 3, 2), ("Pemrograman Web Dinamis", "Dynamic Web Programming", 4, 3),
        ("Rekayasa Perangkat Lunak", "Software Engineering", 4, 2), ("Manajemen Proyek", "Project Management", 4, 2),
        ("Pemrograman Perangkat Bergerak", "Mobile Device Programming", 5, 3), ("Keamanan Jaringan", "Network Security", 5, 2),
        ("Proyek Sistem Informasi", "Information System Project", 5, 3), ("Praktik Kerja Lapangan", "Industrial Placement", 6, 4),
        ("Tugas Akhir", "Final Project", 6, 4)]),
    "Teknik Listrik": ("Teknik Elektro", "TL", "Electrical Engineering", [
        ("Rangkaian Listrik I", "Electric Circuits I", 1, 2), ("Gambar Teknik", "Technical Drawing", 1, 2),
        ("Fisika Terapan", "Applied Physics", 1, 2), ("Matematika Teknik I", "Engineering Mathematics I", 1, 2),
        ("Bengkel Listrik", "Electrical Workshop", 1, 3), ("Rangkaian Listrik II", "Electric Circuits II", 2, 2),
        ("Elektronika Dasar", "Basic Electronics", 2, 2), ("Pengukuran Listrik", "Electrical Measurement", 2, 2),
        ("Instalasi Listrik", "Electrical Installation", 2, 3), ("Mesin Listrik I", "Electrical Machines I", 3, 2),
        ("Sistem Digital", "Digital Systems", 3, 2), ("Praktikum Mesin Listrik", "Electrical Machines Laboratory", 3, 3),
        ("Mesin Listrik II", "Electrical Machines II", 4, 2), ("Elektronika Daya", "Power Electronics", 4, 2),
        ("Programmable Logic Controller", "Programmable Logic Controller", 4, 3), ("Sistem Proteksi", "Protection Systems", 5, 2),
        ("Distribusi Tenaga Listrik", "Electric Power Distribution", 5, 2), ("Sistem Kendali", "Control Systems", 5, 2),
        ("K3 Kelistrikan", "Electrical Safety", 5, 2), ("Praktik Kerja Lapangan", "Industrial Placement", 6, 4),
        ("Tugas Akhir", "Final Project", 6, 4)]),
    "Akuntansi": ("Akuntansi", "AK", "Accounting", [
        ("Pengantar Akuntansi I", "Principles of Accounting I", 1, 3), ("Pengantar Bisnis", "Introduction to Business", 1, 2),
        ("Matematika Ekonomi", "Economic Mathematics", 1, 2), ("Aplikasi Komputer", "Computer Applications", 1, 2),
        ("Pengantar Akuntansi II", "Principles of Accounting II", 2, 3), ("Akuntansi Biaya", "Cost Accounting", 2, 3),
        ("Statistika Bisnis", "Business Statistics", 2, 2), ("Akuntansi Keuangan Menengah I", "Intermediate Accounting I", 3, 3),
        ("Perpajakan I", "Taxation I", 3, 2), ("Komputer Akuntansi", "Computerized Accounting", 3, 3),
        ("Akuntansi Keuangan Menengah II", "Intermediate Accounting II", 4, 3), ("Perpajakan II", "Taxation II", 4, 2),
        ("Akuntansi Manajemen", "Management Accounting", 4, 2), ("Akuntansi Sektor Publik", "Public Sector Accounting", 4, 2),
        ("Auditing I", "Auditing I", 5, 3), ("Sistem Informasi Akuntansi", "Accounting Information Systems", 5, 2),
        ("Akuntansi Perbankan", "Banking Accounting", 5, 2), ("Praktikum Auditing", "Auditing Laboratory", 5, 2),
        ("Praktik Kerja Lapangan", "Industrial Placement", 6, 4), ("Tugas Akhir", "Final Project", 6, 4)]),
}
DIPLOMA_GENERAL = [("Agama", "Religion", 1, 2), ("Pancasila", "Pancasila", 1, 2), ("Bahasa Inggris I", "English I", 1, 2),
                   ("Kewarganegaraan", "Civics", 2, 2), ("Bahasa Inggris II", "English II", 2, 2),
                   ("Bahasa Indonesia", "Indonesian", 3, 2), ("Kewirausahaan", "Entrepreneurship", 4, 2),
                   ("Etika Profesi", "Professional Ethics", 5, 2)]

KETIK = {  # programme: (faculty, code prefix, courses)
    "Agroteknologi": ("Fakultas Pertanian", "AGT", [
        ("Dasar-Dasar Agronomi", "", 1, 3), ("Biologi Umum", "", 1, 3), ("Kimia Dasar", "", 1, 3), ("Pengantar Ilmu Tanah", "", 2, 3),
        ("Klimatologi Pertanian", "", 2, 2), ("Dasar Perlindungan Tanaman", "", 2, 3), ("Fisiologi Tumbuhan", "", 3, 3),
        ("Genetika Tanaman", "", 3, 3), ("Kesuburan Tanah", "", 3, 3), ("Hama Tanaman", "", 4, 3), ("Penyakit Tanaman", "", 4, 3),
        ("Teknologi Benih", "", 4, 3), ("Pemuliaan Tanaman", "", 4, 3), ("Rancangan Percobaan", "", 5, 3),
        ("Budidaya Tanaman Pangan", "", 5, 3), ("Teknologi Pasca Panen", "", 5, 2), ("Budidaya Tanaman Perkebunan", "", 6, 3),
        ("Pertanian Berkelanjutan", "", 6, 2), ("Agribisnis", "", 6, 2), ("Kuliah Kerja Nyata", "", 7, 4), ("Skripsi", "", 8, 6)]),
    "Ilmu Hukum": ("Fakultas Hukum", "HKM", [
        ("Pengantar Ilmu Hukum", "", 1, 4), ("Pengantar Hukum Indonesia", "", 1, 4), ("Ilmu Negara", "", 1, 2),
        ("Hukum Perdata", "", 2, 4), ("Hukum Pidana", "", 2, 4), ("Hukum Tata Negara", "", 2, 3), ("Hukum Adat", "", 2, 2),
        ("Hukum Administrasi Negara", "", 3, 3), ("Hukum Internasional", "", 3, 3), ("Hukum Dagang", "", 3, 2),
        ("Hukum Acara Pidana", "", 4, 3), ("Hukum Acara Perdata", "", 4, 3), ("Hukum Agraria", "", 4, 2),
        ("Hukum Ketenagakerjaan", "", 5, 2), ("Hukum Lingkungan", "", 5, 2), ("Hukum Pajak", "", 5, 2),
        ("Kriminologi", "", 5, 2), ("Praktik Peradilan Pidana", "", 6, 2), ("Filsafat Hukum", "", 6, 2),
        ("Penulisan Hukum", "", 6, 2), ("Kuliah Kerja Nyata", "", 7, 4), ("Skripsi", "", 8, 6)]),
    "Pendidikan Bahasa Inggris": ("Fakultas Keguruan dan Ilmu Pendidikan", "PBI", [
        ("Intensive Reading", "", 1, 2), ("Basic Listening", "", 1, 2), ("Pronunciation Practice", "", 1, 2),
        ("Structure I", "", 1, 2), ("Pengantar Pendidikan", "", 1, 2), ("Speaking for Daily Use", "", 2, 2),
        ("Writing Paragraphs", "", 2, 2), ("Structure II", "", 2, 2), ("Psikologi Perkembangan", "", 2, 2),
        ("Introduction to Linguistics", "", 3, 2), ("Prose", "", 3, 2), ("Belajar dan Pembelajaran", "", 3, 2),
        ("TEFL Methodology", "", 4, 3), ("Phonology", "", 4, 2), ("Essay Writing", "", 4, 2), ("Curriculum and Material Development", "", 5, 3),
        ("Language Testing", "", 5, 2), ("Sociolinguistics", "", 5, 2), ("Microteaching", "", 6, 2),
        ("Research in ELT", "", 6, 3), ("Praktik Pengalaman Lapangan", "", 7, 4), ("Skripsi", "", 8, 6)]),
}
KETIK_GENERAL = [("Pendidikan Agama", "", 1, 2), ("Pancasila", "", 1, 2), ("Bahasa Indonesia", "", 1, 2),
                 ("Kewarganegaraan", "", 2, 2), ("Bahasa Inggris", "", 2, 2), ("Ilmu Sosial Budaya Dasar", "", 3, 2)]

GENERAL_PREFIX = {"siakad": "MKU", "diploma": "NS", "ketik": "UNV"}


def pool(family, programme):
    """[(name, English, usual semester, SKS, general)] for a family's programme."""
    table, general = {"siakad": (SIAKAD, SIAKAD_GENERAL), "diploma": (DIPLOMA, DIPLOMA_GENERAL),
                      "ketik": (KETIK, KETIK_GENERAL)}[family]
    own = table[programme][-1]
    return [(n, e, s, k, False) for n, e, s, k in own] + [(n, e, s, k, True) for n, e, s, k in general]


def programmes(family):
    return sorted({"siakad": SIAKAD, "diploma": DIPLOMA, "ketik": KETIK}[family])
