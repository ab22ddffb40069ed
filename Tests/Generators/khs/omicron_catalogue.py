"""Courses for the `omicron` layout: applied (D3 / D4) programmes as Indonesian polytechnics publish
their curricula, heavy on praktikum and workshop courses of one or two credits, with the English
title an international-programme transcript prints; the university programmes come from the `nu`
catalogue (nu_catalogue.py) and are used as they are there."""
import nu_catalogue

POLYTECHNIC = {  # programme: (jurusan, degree, English programme, [(course, English, usual semester, SKS)])
    "Teknik Elektronika": ("Teknik Elektro", "D3", "Electronics Engineering", [
        ("Matematika Teknik I", "Engineering Mathematics I", 1, 2), ("Fisika Terapan", "Applied Physics", 1, 2),
        ("Rangkaian Listrik I", "Electric Circuits I", 1, 2), ("Praktikum Rangkaian Listrik", "Electric Circuits Laboratory", 1, 1),
        ("Gambar Teknik Elektro", "Electrical Drawing", 1, 2), ("Bengkel Elektronika", "Electronics Workshop", 1, 2),
        ("Matematika Teknik II", "Engineering Mathematics II", 2, 2), ("Elektronika Analog", "Analog Electronics", 2, 3),
        ("Praktikum Elektronika Analog", "Analog Electronics Laboratory", 2, 2), ("Sistem Digital", "Digital Systems", 2, 2),
        ("Praktikum Sistem Digital", "Digital Systems Laboratory", 2, 1), ("Pengukuran Besaran Listrik", "Electrical Measurement", 2, 2),
        ("Mikroprosesor", "Microprocessors", 3, 2), ("Praktikum Mikroprosesor", "Microprocessor Laboratory", 3, 2),
        ("Sinyal dan Sistem", "Signals and Systems", 3, 2), ("Elektronika Daya", "Power Electronics", 3, 2),
        ("Sistem Kendali", "Control Systems", 4, 3), ("Praktikum Sistem Kendali", "Control Systems Laboratory", 4, 2),
        ("Mikrokontroler", "Microcontrollers", 4, 2), ("Sistem Telekomunikasi", "Telecommunication Systems", 4, 2),
        ("Instrumentasi Industri", "Industrial Instrumentation", 5, 2), ("PLC dan Otomasi", "PLC and Automation", 5, 3),
        ("Perancangan Sistem Elektronika", "Electronic System Design", 5, 2), ("Keselamatan dan Kesehatan Kerja", "Occupational Health and Safety", 5, 2),
        ("Praktik Kerja Lapangan", "Industrial Internship", 6, 4), ("Tugas Akhir", "Final Project", 6, 4),
        ("Robotika Dasar", "Basic Robotics", 6, 2), ("Manajemen Industri", "Industrial Management", 6, 2)]),
    "Teknik Mesin": ("Teknik Mesin", "D3", "Mechanical Engineering", [
        ("Gambar Teknik", "Engineering Drawing", 1, 2), ("Matematika Terapan I", "Applied Mathematics I", 1, 2),
        ("Ilmu Bahan", "Materials Science", 1, 2), ("Praktik Kerja Bangku", "Bench Work Practice", 1, 3),
        ("Mekanika Teknik", "Engineering Mechanics", 1, 2), ("Matematika Terapan II", "Applied Mathematics II", 2, 2),
        ("Praktik Pemesinan I", "Machining Practice I", 2, 3), ("Termodinamika", "Thermodynamics", 2, 2),
        ("Proses Produksi", "Production Processes", 2, 2), ("Praktik Pengelasan", "Welding Practice", 2, 2),
        ("Elemen Mesin I", "Machine Elements I", 3, 2), ("Praktik Pemesinan II", "Machining Practice II", 3, 3),
        ("Mekanika Fluida", "Fluid Mechanics", 3, 2), ("Gambar Mesin CAD", "Computer Aided Machine Drawing", 3, 2),
        ("Elemen Mesin II", "Machine Elements II", 4, 2), ("Perpindahan Panas", "Heat Transfer", 4, 2),
        ("Praktik CNC", "CNC Practice", 4, 3), ("Metrologi Industri", "Industrial Metrology", 4, 2),
        ("Perawatan Mesin", "Machine Maintenance", 5, 2), ("Mesin Konversi Energi", "Energy Conversion Machines", 5, 2),
        ("Hidrolik dan Pneumatik", "Hydraulics and Pneumatics", 5, 2), ("Perancangan Alat Bantu", "Jig and Fixture Design", 5, 2),
        ("Praktik Kerja Lapangan", "Industrial Internship", 6, 4), ("Tugas Akhir", "Final Project", 6, 4),
        ("Manajemen Produksi", "Production Management", 6, 2), ("Keselamatan dan Kesehatan Kerja", "Occupational Health and Safety", 6, 2)]),
    "Akuntansi Manajerial": ("Akuntansi", "D4", "Managerial Accounting", [
        ("Pengantar Akuntansi", "Introduction to Accounting", 1, 3), ("Pengantar Bisnis", "Introduction to Business", 1, 2),
        ("Matematika Bisnis", "Business Mathematics", 1, 2), ("Aplikasi Komputer Akuntansi", "Computer Accounting Applications", 1, 2),
        ("Akuntansi Keuangan Dasar", "Basic Financial Accounting", 2, 3), ("Statistika Bisnis", "Business Statistics", 2, 2),
        ("Praktikum Akuntansi Dasar", "Basic Accounting Laboratory", 2, 2), ("Ekonomi Manajerial", "Managerial Economics", 2, 2),
        ("Akuntansi Biaya", "Cost Accounting", 3, 3), ("Akuntansi Keuangan Menengah", "Intermediate Financial Accounting", 3, 3),
        ("Perpajakan I", "Taxation I", 3, 2), ("Praktikum Akuntansi Biaya", "Cost Accounting Laboratory", 3, 2),
        ("Akuntansi Manajemen", "Management Accounting", 4, 3), ("Perpajakan II", "Taxation II", 4, 2),
        ("Sistem Informasi Akuntansi", "Accounting Information Systems", 4, 3), ("Penganggaran Perusahaan", "Corporate Budgeting", 4, 2),
        ("Pengauditan", "Auditing", 5, 3), ("Akuntansi Sektor Publik", "Public Sector Accounting", 5, 2),
        ("Analisis Laporan Keuangan", "Financial Statement Analysis", 5, 2), ("Manajemen Keuangan", "Financial Management", 5, 3),
        ("Praktikum Pengauditan", "Auditing Laboratory", 6, 2), ("Akuntansi Forensik", "Forensic Accounting", 6, 2),
        ("Sistem Pengendalian Manajemen", "Management Control Systems", 6, 3), ("Etika Profesi Akuntan", "Professional Ethics for Accountants", 6, 2),
        ("Praktik Kerja Lapangan", "Industrial Internship", 7, 4), ("Seminar Akuntansi", "Accounting Seminar", 7, 2),
        ("Skripsi Terapan", "Applied Undergraduate Thesis", 8, 6)]),
    "Teknik Informatika": ("Teknologi Informasi", "D4", "Informatics Engineering", [
        ("Dasar Pemrograman", "Programming Fundamentals", 1, 2), ("Praktikum Dasar Pemrograman", "Programming Fundamentals Laboratory", 1, 2),
        ("Matematika Dasar", "Basic Mathematics", 1, 2), ("Konsep Teknologi Informasi", "Information Technology Concepts", 1, 2),
        ("Sistem Operasi", "Operating Systems", 1, 2), ("Algoritma dan Struktur Data", "Algorithms and Data Structures", 2, 2),
        ("Praktikum Algoritma dan Struktur Data", "Algorithms and Data Structures Laboratory", 2, 2), ("Basis Data", "Databases", 2, 2),
        ("Praktikum Basis Data", "Database Laboratory", 2, 2), ("Matematika Diskrit", "Discrete Mathematics", 2, 2),
        ("Pemrograman Berbasis Objek", "Object Based Programming", 3, 2), ("Desain dan Pemrograman Web", "Web Design and Programming", 3, 3),
        ("Jaringan Komputer", "Computer Networks", 3, 2), ("Statistika", "Statistics", 3, 2),
        ("Analisis dan Desain Berorientasi Objek", "Object Oriented Analysis and Design", 4, 3), ("Pemrograman Mobile", "Mobile Programming", 4, 3),
        ("Kecerdasan Buatan", "Artificial Intelligence", 4, 2), ("Manajemen Proyek", "Project Management", 4, 2),
        ("Pemrograman Web Lanjut", "Advanced Web Programming", 5, 3), ("Keamanan Jaringan", "Network Security", 5, 2),
        ("Pembelajaran Mesin", "Machine Learning", 5, 2), ("Sistem Informasi", "Information Systems", 5, 2),
        ("Komputasi Awan", "Cloud Computing", 6, 2), ("Pengujian Perangkat Lunak", "Software Testing", 6, 2),
        ("Proyek Tingkat III", "Third Year Project", 6, 3), ("Magang Industri", "Industrial Apprenticeship", 7, 6),
        ("Skripsi", "Undergraduate Thesis", 8, 6), ("Etika Profesi Bidang TI", "IT Professional Ethics", 7, 2)]),
}
GENERAL = [("Agama", "Religion", 1, 2), ("Pancasila", "Pancasila", 1, 2), ("Bahasa Inggris I", "English I", 1, 2),
           ("Kewarganegaraan", "Civics", 2, 2), ("Bahasa Indonesia", "Indonesian Language", 2, 2),
           ("Bahasa Inggris II", "English II", 2, 2), ("Kewirausahaan", "Entrepreneurship", 4, 2),
           ("Bahasa Inggris Teknik", "Technical English", 3, 2)]
ABBREVIATION = {"Teknik Elektronika": "TE", "Teknik Mesin": "TM", "Akuntansi Manajerial": "AKM", "Teknik Informatika": "TI",
                "Informatika": "IF", "Manajemen": "MGT", "Pendidikan Biologi": "BIO", "Ilmu Hukum": "LAW", "Farmasi": "PHA"}
ENGLISH_PROGRAMME = {"Informatika": "Informatics", "Manajemen": "Management", "Pendidikan Biologi": "Biology Education",
                     "Ilmu Hukum": "Law", "Farmasi": "Pharmacy"}


def programme(name):
    """(faculty or jurusan, degree, English programme name, own courses, general courses) for a programme."""
    if name in POLYTECHNIC:
        jurusan, degree, english, own = POLYTECHNIC[name]
        return jurusan, degree, english, own, GENERAL
    faculty, _, degree, own = nu_catalogue.PROGRAMMES[name]
    return faculty, degree, ENGLISH_PROGRAMME[name], own, nu_catalogue.GENERAL


UNIVERSITY_PROGRAMMES = sorted(ENGLISH_PROGRAMME)
