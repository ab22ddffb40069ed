"""Courses for the `nu` layout, after the curricula Indonesian study programmes publish (names
as SIAKAD prints them, with the English names a bilingual transcript adds under each, the usual
semester and SKS), plus the general courses every programme teaches (MKWU), and the names,
places and codes that surround them (faculties, code prefixes)."""

PROGRAMMES = {  # programme: (faculty, code prefix, degree, [(course, English, usual semester, SKS)])
    "Informatika": ("Sains dan Teknologi", "IF", "S1", [
        ("Pengantar Teknologi Informasi", "Introduction to Information Technology", 1, 2),
        ("Logika Informatika", "Logic for Informatics", 1, 3), ("Kalkulus", "Calculus", 1, 3),
        ("Dasar Pemrograman", "Programming Fundamentals", 1, 4), ("Matematika Diskrit", "Discrete Mathematics", 2, 3),
        ("Algoritma dan Struktur Data", "Algorithms and Data Structures", 2, 4), ("Aljabar Linier", "Linear Algebra", 2, 3),
        ("Organisasi dan Arsitektur Komputer", "Computer Organization and Architecture", 3, 3),
        ("Pemrograman Berorientasi Objek", "Object Oriented Programming", 3, 4), ("Basis Data", "Databases", 3, 3),
        ("Statistika dan Probabilitas", "Statistics and Probability", 3, 3), ("Sistem Operasi", "Operating Systems", 4, 3),
        ("Jaringan Komputer", "Computer Networks", 4, 3), ("Rekayasa Perangkat Lunak", "Software Engineering", 4, 3),
        ("Pemrograman Web", "Web Programming", 4, 3), ("Kecerdasan Buatan", "Artificial Intelligence", 5, 3),
        ("Interaksi Manusia dan Komputer", "Human Computer Interaction", 5, 3), ("Keamanan Informasi", "Information Security", 5, 3),
        ("Pembelajaran Mesin", "Machine Learning", 6, 3), ("Komputasi Awan", "Cloud Computing", 6, 3),
        ("Pemrograman Perangkat Bergerak", "Mobile Programming", 6, 3), ("Metodologi Penelitian", "Research Methodology", 6, 2),
        ("Kerja Praktik", "Internship", 7, 2), ("Teori Bahasa dan Otomata", "Formal Languages and Automata", 5, 3)]),
    "Manajemen": ("Ekonomi dan Bisnis", "MN", "S1", [
        ("Pengantar Manajemen", "Introduction to Management", 1, 3), ("Pengantar Akuntansi I", "Introduction to Accounting I", 1, 3),
        ("Matematika Ekonomi", "Mathematics for Economics", 1, 3), ("Pengantar Ekonomi Mikro", "Introduction to Microeconomics", 1, 3),
        ("Pengantar Ekonomi Makro", "Introduction to Macroeconomics", 2, 3), ("Statistika Ekonomi", "Economic Statistics", 2, 3),
        ("Pengantar Akuntansi II", "Introduction to Accounting II", 2, 3), ("Manajemen Pemasaran", "Marketing Management", 3, 3),
        ("Manajemen Keuangan", "Financial Management", 3, 3), ("Manajemen Sumber Daya Manusia", "Human Resource Management", 3, 3),
        ("Manajemen Operasional", "Operations Management", 4, 3), ("Perilaku Organisasi", "Organizational Behavior", 4, 3),
        ("Hukum Bisnis", "Business Law", 4, 2), ("Sistem Informasi Manajemen", "Management Information Systems", 4, 3),
        ("Manajemen Strategik", "Strategic Management", 5, 3), ("Kewirausahaan", "Entrepreneurship", 5, 3),
        ("Studi Kelayakan Bisnis", "Business Feasibility Study", 5, 3), ("Manajemen Risiko", "Risk Management", 6, 3),
        ("Perbankan Syariah", "Islamic Banking", 6, 2), ("Metodologi Penelitian Bisnis", "Business Research Methods", 6, 3),
        ("Etika Bisnis", "Business Ethics", 5, 2), ("Seminar Manajemen", "Management Seminar", 7, 2)]),
    "Pendidikan Biologi": ("Keguruan dan Ilmu Pendidikan", "PBI", "S1", [
        ("Biologi Umum", "General Biology", 1, 3), ("Kimia Dasar", "Basic Chemistry", 1, 3), ("Fisika Dasar", "Basic Physics", 1, 2),
        ("Pengantar Pendidikan", "Introduction to Education", 1, 2), ("Botani Tumbuhan Rendah", "Lower Plant Botany", 2, 3),
        ("Zoologi Invertebrata", "Invertebrate Zoology", 2, 3), ("Psikologi Pendidikan", "Educational Psychology", 2, 2),
        ("Biokimia", "Biochemistry", 3, 3), ("Mikrobiologi", "Microbiology", 3, 3), ("Anatomi Tumbuhan", "Plant Anatomy", 3, 3),
        ("Genetika", "Genetics", 4, 3), ("Fisiologi Hewan", "Animal Physiology", 4, 3), ("Ekologi", "Ecology", 4, 3),
        ("Strategi Belajar Mengajar", "Teaching and Learning Strategies", 4, 2), ("Evolusi", "Evolution", 5, 2),
        ("Biologi Sel dan Molekuler", "Cell and Molecular Biology", 5, 3), ("Telaah Kurikulum Biologi", "Biology Curriculum Study", 5, 2),
        ("Evaluasi Pembelajaran", "Learning Evaluation", 5, 2), ("Bioteknologi", "Biotechnology", 6, 2),
        ("Microteaching", "Microteaching", 6, 2), ("Pengenalan Lapangan Persekolahan", "School Field Practice", 7, 4)]),
    "Ilmu Hukum": ("Hukum", "HK", "S1", [
        ("Pengantar Ilmu Hukum", "Introduction to Law", 1, 3), ("Pengantar Hukum Indonesia", "Introduction to Indonesian Law", 1, 3),
        ("Ilmu Negara", "Theory of the State", 1, 2), ("Hukum Perdata", "Civil Law", 2, 4), ("Hukum Pidana", "Criminal Law", 2, 4),
        ("Hukum Tata Negara", "Constitutional Law", 2, 3), ("Hukum Adat", "Customary Law", 2, 2),
        ("Hukum Administrasi Negara", "Administrative Law", 3, 3), ("Hukum Dagang", "Commercial Law", 3, 2),
        ("Hukum Internasional", "International Law", 3, 3), ("Hukum Acara Perdata", "Civil Procedure Law", 4, 3),
        ("Hukum Acara Pidana", "Criminal Procedure Law", 4, 3), ("Hukum Agraria", "Agrarian Law", 4, 2),
        ("Hukum Ketenagakerjaan", "Labour Law", 5, 2), ("Hukum Lingkungan", "Environmental Law", 5, 2),
        ("Hukum Perlindungan Konsumen", "Consumer Protection Law", 5, 2), ("Filsafat Hukum", "Philosophy of Law", 6, 2),
        ("Kriminologi", "Criminology", 5, 2), ("Legal Drafting", "Legal Drafting", 6, 2), ("Praktik Peradilan", "Moot Court", 7, 3)]),
    "Farmasi": ("Farmasi", "FA", "S1", [
        ("Kimia Organik I", "Organic Chemistry I", 1, 3), ("Biologi Sel", "Cell Biology", 1, 2), ("Anatomi Fisiologi Manusia", "Human Anatomy and Physiology", 1, 3),
        ("Farmasi Fisika", "Physical Pharmacy", 2, 3), ("Kimia Analisis", "Analytical Chemistry", 2, 3), ("Botani Farmasi", "Pharmaceutical Botany", 2, 2),
        ("Farmakognosi", "Pharmacognosy", 3, 3), ("Mikrobiologi Farmasi", "Pharmaceutical Microbiology", 3, 3), ("Farmakologi I", "Pharmacology I", 3, 3),
        ("Biofarmasetika", "Biopharmaceutics", 4, 2), ("Teknologi Sediaan Padat", "Solid Dosage Technology", 4, 3), ("Farmakologi II", "Pharmacology II", 4, 3),
        ("Kimia Medisinal", "Medicinal Chemistry", 5, 3), ("Farmakoterapi", "Pharmacotherapy", 5, 3), ("Toksikologi", "Toxicology", 5, 2),
        ("Farmasi Klinik", "Clinical Pharmacy", 6, 3), ("Undang-Undang dan Etika Farmasi", "Pharmacy Law and Ethics", 6, 2),
        ("Manajemen Farmasi", "Pharmacy Management", 6, 2), ("Praktik Kerja Profesi", "Professional Practice", 7, 4)]),
}
GENERAL = [("Pendidikan Agama", "Religious Education", 1, 2), ("Pendidikan Pancasila", "Pancasila Education", 1, 2),
           ("Bahasa Indonesia", "Indonesian Language", 2, 2), ("Pendidikan Kewarganegaraan", "Civic Education", 2, 2),
           ("Bahasa Inggris", "English", 1, 2), ("Kuliah Kerja Nyata", "Community Service Program", 7, 3),
           ("Ilmu Alamiah Dasar", "Basic Natural Sciences", 3, 2), ("Kewirausahaan Digital", "Digital Entrepreneurship", 5, 2)]
GENERAL_PREFIX = ["MKU", "MKWU", "UNV", "UM"]
LECTURER_TITLES = ["S.Kom., M.Kom.", "S.E., M.M.", "S.Pd., M.Pd.", "S.H., M.H.", "S.Farm., M.Si., Apt.", "M.T.", "Ph.D.", "M.Sc."]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
