"""What a zeta transcript prints around its two course tables, drawn once per document: the
letterhead, title, student block (with the pas-foto), summary (total SKS, Jumlah Mutu, IPK; for a
graduate also the thesis title, predikat and graduation date), grade legend, signer (wet signature
with stamp, or an electronic signature with its code block) and the pictures."""
import os

import kappa_art
import zeta_art as art
import zeta_style as zs
from generate_khs import SCALES

THESIS = {
    "id": ["Sistem Pendukung Keputusan Pemilihan {t} Menggunakan Metode {m} (Studi Kasus: {o} {c})",
           "Klasifikasi {t} Menggunakan Algoritma {a}", "Rancang Bangun Aplikasi {t} Berbasis {p} di {o} {c}"],
    "en": ["A Decision Support System for Selecting {t} Using the {m} Method", "Classification of {t} Using {a}",
           "Design and Implementation of a {p} Application for {t}"],
}


def _thesis(rng, language, city):
    topic = rng.choice(["Penerima Beasiswa", "Lokasi Usaha", "Supplier Bahan Baku", "Sentimen Ulasan Produk", "Penyakit Daun Padi",
                        "Kelayakan Kredit", "Inventaris Barang", "Jadwal Praktikum"])
    if language == "en":
        topic = {"Penerima Beasiswa": "Scholarship Recipients", "Lokasi Usaha": "Business Locations", "Supplier Bahan Baku": "Raw Material Suppliers",
                 "Sentimen Ulasan Produk": "Product Review Sentiment", "Penyakit Daun Padi": "Rice Leaf Diseases", "Kelayakan Kredit": "Credit Eligibility",
                 "Inventaris Barang": "Inventory", "Jadwal Praktikum": "Laboratory Schedules"}[topic]
    return rng.choice(THESIS["en" if language == "en" else "id"]).format(
        t=topic, m=rng.choice(["AHP", "SAW", "TOPSIS", "Profile Matching"]), a=rng.choice(["Naive Bayes", "Random Forest", "K-Nearest Neighbor"]),
        p=rng.choice(["Android", "Web", "Mobile"]), o=rng.choice(["SMA Negeri", "Dinas Pertanian", "Koperasi", "PT"]), c=city)


def _predicate(ipk, language):
    if language == "en":
        return "Cum Laude" if ipk > 3.5 else "Very Satisfactory" if ipk > 3.0 else "Satisfactory"
    return "Dengan Pujian" if ipk > 3.5 else "Sangat Memuaskan" if ipk > 3.0 else "Memuaskan"


def surroundings(rng, fake, style, fonts_root, entry, semester, total, quality_sum, printed):
    en, bi = style["language"] == "en", style["language"] == "bi"
    city = fake.city()
    kind = rng.choice(["UNIVERSITAS", "UNIVERSITAS", "SEKOLAH TINGGI ILMU KOMPUTER", "INSTITUT", "UNIVERSITAS MUHAMMADIYAH"])
    university = f"{kind} {city.upper()}"
    short = "".join(w[0] for w in university.split()[:-1]) + city.upper().replace(" ", "")[:4]
    faculty = rng.choice(["Ilmu Komputer", "Teknik", "Sains dan Teknologi", "Teknologi Informasi"])
    if en:
        faculty = {"Ilmu Komputer": "Computer Science", "Teknik": "Engineering", "Sains dan Teknologi": "Science and Technology",
                   "Teknologi Informasi": "Information Technology"}[faculty]
    prodi = rng.choice(["Teknik Informatika", "Informatika", "Sistem Informasi", "Ilmu Komputer", "Rekayasa Perangkat Lunak"])
    name = " ".join([fake.first_name(), fake.last_name()] + ([fake.last_name()] if rng.random() < 0.35 else []))
    name = name.upper() if rng.random() < 0.5 else name
    nim = zs.student_number(rng, style, entry)
    months = zs.MONTHS_EN if en else zs.MONTHS
    born = f"{fake.city()}, {rng.randint(1, 28)} {months[rng.randrange(12)]} {entry - rng.randint(17, 20)}"
    year = entry + (semester - 1) // 2 + (0 if semester % 2 else 1)
    month, day = (rng.randint(9, 12) if semester % 2 else rng.randint(2, 8)), rng.randint(1, 28)
    date = f"{months[month - 1]} {day}, {year}" if en else f"{day} {months[month - 1]} {year}"
    label = {"name": "Student Name" if en else "Nama / Name" if bi else rng.choice(["Nama", "Nama Mahasiswa"]),
             "born": "Place, Date of Birth" if en else "Tempat, Tanggal Lahir" if not bi else "Tempat, Tgl. Lahir / Place, Date of Birth",
             "prodi": "Study Program" if en else "Program Studi" if not bi else "Program Studi / Study Program",
             "faculty": "Faculty" if en else "Fakultas", "degree": "Degree" if en else "Jenjang"}
    left = [(label["name"], name), (style["number_label"], nim), (label["born"], born)]
    right = [(label["faculty"], faculty), (label["prodi"], prodi), (label["degree"], "Bachelor (S1)" if en else "Sarjana (S1)")]
    if style["graduated"]:
        span = ("Length of Study", f"{semester} semesters") if en else rng.choice([("Lama Studi", f"{semester} Semester"),
                                                                                   ("Masa Studi", f"{semester // 2} Tahun ({semester} Semester)")])
        right += [span, ("Date of Graduation" if en else "Tanggal Lulus", date)]
    else:
        right += [("Current Semester" if en else rng.choice(["Semester", "Semester Aktif"]), str(semester)),
                  ("Year of Entry" if en else "Tahun Masuk", str(entry))]
    sks_label = "Total Credits" if en else rng.choice(["Jumlah SKS", "Total SKS Lulus", "Jumlah Kredit", "Jumlah SKS / Total Credits" if bi else "Jumlah SKS"])
    ipk_label = rng.choice(["Grade Point Average (GPA)", "Cumulative GPA"]) if en else rng.choice(
        ["Indeks Prestasi Kumulatif", "IPK", "IPK (Indeks Prestasi Kumulatif)", "IPK / GPA" if bi else "Indeks Prestasi Kumulatif (IPK)"])
    summary = [(sks_label, str(total))]
    if rng.random() < 0.5:
        summary.append(("Total Quality Points" if en else "Jumlah Mutu", zs.number_text(float(quality_sum), style)))
    summary.append((ipk_label, zs.number_text(printed, style)))
    extras = []
    if style["graduated"]:
        extras = [("Predicate" if en else "Predikat Kelulusan", _predicate(printed, style["language"])),
                  ("Thesis Title" if en else rng.choice(["Judul Skripsi", "Judul Tugas Akhir"]), _thesis(rng, style["language"], city))]
    legend = [(g, zs.point_text(p, style)) for g, p in SCALES[style["scale"]].items()]
    roles = (["Dean,"] if en else rng.choice([["Dekan,"], ["a.n. Rektor", "Wakil Rektor Bidang Akademik,"], ["Direktur Akademik,"]]))
    signer = rng.choice(["Dr. ", "Prof. Dr. ", "Dr. Ir. ", ""]) + f"{fake.first_name()} {fake.last_name()}, {rng.choice(['S.Kom., M.Kom.', 'S.T., M.T.', 'M.Sc.', 'Ph.D.'])}"
    signer_id = (f"NIP {entry - rng.randint(35, 50)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1998, 2015)}{rng.randint(1, 12):02d}"
                 f"{rng.randint(1, 2)}{rng.randint(1, 9):03d}") if rng.random() < 0.5 else f"NIK {rng.randint(100, 999)}.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}"
    colour = rng.choice([(15, 50, 130), (0, 100, 60), (130, 20, 25), (90, 30, 110)])
    bold_path = os.path.join(fonts_root, zs.FONTS[style["family"]][0][1])
    return {
        "university": university, "short": short, "name": name, "nim": nim, "entry": entry, "student_left": left, "student_right": right,
        "kop": [("YAYASAN PENDIDIKAN " + fake.last_name().upper(), "regular", 0) if "UNIVERSITAS M" in university or "SEKOLAH" in university else
                ("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", "regular", 0),
                (university, "bold", 10), ((f"FACULTY OF {faculty.upper()}" if en else f"FAKULTAS {faculty.upper()}"), "bold", 2),
                (f"{fake.street_address()}, {city} {fake.postcode()}  Telp. (0{rng.randint(21, 986)}) {rng.randint(200000, 899999)}", "regular", -3),
                (f"www.{short.lower()}.ac.id  |  akademik@{short.lower()}.ac.id", "regular", -3)],
        "title": rng.choice(["ACADEMIC TRANSCRIPT", "TRANSCRIPT OF ACADEMIC RECORD"]) if en else
        ("TRANSKRIP AKADEMIK / ACADEMIC TRANSCRIPT" if bi else rng.choice(["TRANSKRIP AKADEMIK", "DAFTAR NILAI", "TRANSKRIP NILAI AKADEMIK"])),
        "serial": f"No. {rng.randint(1, 9999):04d}/{short}/{rng.choice(['AK', 'TR', 'BAAK'])}/{year}" if rng.random() < 0.6 else None,
        "summary": summary, "extras": extras, "legend": legend, "legend_grid": rng.random() < 0.5,
        "place_date": f"{city}, {date}", "roles": roles, "signer": signer, "signer_id": signer_id,
        "kop_colour": colour if rng.random() < 0.5 else (20, 20, 25), "ink": rng.choice([(20, 20, 25), (0, 0, 0)]),
        "paper": rng.choice([(255, 255, 255), (253, 252, 247)]), "centred_kop": rng.random() < 0.35,
        "emblem": art.shield(rng, 118, colour + (255,), rng.choice([(210, 170, 30, 255), colour + (255,)])),
        "photo": art.photo(rng, 113, 151), "bold_path": bold_path, "tint_colour": rng.choice([(120, 170, 210), (200, 170, 120), (150, 200, 150)]),
        "tint_seed": rng.randint(0, 2**31), "watermark_colour": colour,
        "signature": kappa_art.signature(rng, 250, 100, rng.choice([(20, 30, 110), (15, 15, 20)])),
        "stamp": kappa_art.stamp(rng, 165, rng.choice([(60, 40, 150), (30, 60, 160)]), f"{university} * {short} *", bold_path),
        "code_block": kappa_art.code_block(rng, modules=29, cell=4),
    }
