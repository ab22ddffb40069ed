"""What a `nu` document prints around its table, drawn once per document: the campus (name,
faculty, address, web site), the title and document number, the student (name, number, birth,
programme, academic adviser, the semester they are in), the signer and the date, the footnote
and the system's print line, and the pictures (logo, stamp, QR-like square, signature)."""
import os

from PIL import ImageFont

import nu_art as art
import nu_catalogue as cat
from nu_style import number_text, student_number
from sheet_fonts import ROOT

TITLES = {"sementara": ["TRANSKRIP NILAI SEMENTARA", "DAFTAR NILAI SEMENTARA", "TRANSKRIP AKADEMIK SEMENTARA"],
          "khs": ["KARTU HASIL STUDI", "KARTU HASIL STUDI (KHS)", "KARTU HASIL STUDI MAHASISWA"],
          "bilingual": ["TRANSKRIP AKADEMIK", "TRANSKRIP NILAI"], "lanskap": ["TRANSKRIP AKADEMIK", "TRANSKRIP NILAI", "DAFTAR NILAI AKADEMIK"]}
NOTES = ["Transkrip ini bukan merupakan ijazah dan hanya berlaku untuk keperluan internal.",
         "Dokumen ini dicetak melalui Sistem Informasi Akademik dan sah tanpa tanda tangan basah.",
         "Nilai yang tercantum adalah nilai terbaik dari mata kuliah yang pernah diambil.",
         "Keaslian dokumen dapat diperiksa dengan memindai kode QR di samping."]


def surroundings(rng, fake, style, entry, semester, total, mutu, printed):
    programme = style["programme"]
    faculty, _, degree, _ = cat.PROGRAMMES[programme]
    city = fake.city()
    kind = rng.choice(["UNIVERSITAS", "UNIVERSITAS", "UNIVERSITAS ISLAM", "UNIVERSITAS NEGERI", "INSTITUT", "UNIVERSITAS TEKNOLOGI"])
    university = f"{kind} {city.upper()}" if rng.random() < 0.6 else f"{kind} {fake.last_name().upper()}"
    short = "".join(w[0] for w in university.split()).lower()
    name = " ".join([fake.first_name(), fake.last_name()] + ([fake.last_name()] if rng.random() < 0.3 else []))
    name = name.upper() if style["upper"] or rng.random() < 0.35 else name
    year = entry + semester // 2
    month, day = (rng.randint(8, 12) if semester % 2 else rng.randint(2, 7)), rng.randint(1, 28)
    adviser = rng.choice(["Dr. ", "", "", "Ir. "]) + f"{fake.first_name()} {fake.last_name()}, " + rng.choice(cat.LECTURER_TITLES)
    signer = rng.choice(["Dr. ", "Prof. Dr. ", "", "Dr. Ir. "]) + f"{fake.first_name()} {fake.last_name()}, " + rng.choice(cat.LECTURER_TITLES)
    ids = rng.choice(["NIP", "NIDN", "NIK"])
    signer_id = (f"NIP. {entry - rng.randint(30, 48)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1998, 2015)}"
                 f"{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 30):03d}") if ids == "NIP" else f"{ids}. {rng.randint(10**9, 10**10 - 1)}"
    roles = {"sementara": ["Wakil Dekan Bidang Akademik,", "Dekan,", "a.n. Dekan, Wakil Dekan I"],
             "khs": ["Ketua Program Studi,", "Dosen Pembimbing Akademik,", "Kepala Bagian Akademik,"],
             "bilingual": ["Dekan / Dean,", "Rektor / Rector,", "Wakil Rektor I / Vice Rector,"],
             "lanskap": ["Dekan,", "Kepala Biro Administrasi Akademik,", "Wakil Dekan I,"]}[style["family"]]
    colour = style["colour"]
    wet = rng.random() < 0.75
    qr = not wet or style["family"] == "khs"
    return {
        "university": university, "faculty": "FAKULTAS " + faculty.upper(), "programme": programme, "degree": degree,
        "address": f"{fake.street_address()}, {city} {fake.postcode()} - Telp. (0{rng.randint(21, 778)}) {rng.randint(300000, 899999)}",
        "web": f"www.{short}.ac.id - akademik@{short}.ac.id", "city": city,
        "title": rng.choice(TITLES[style["family"]]), "number": f"Nomor: {rng.randint(10, 999)}/UN{rng.randint(1, 60)}.{rng.randint(1, 9)}/AK/{year}"
        if rng.random() < 0.5 else None,
        "name": name, "nim": student_number(rng, style, entry), "nim_label": rng.choice(["NIM", "NIM", "NPM", "Nomor Induk Mahasiswa"]),
        "born": f"{fake.city()}, {rng.randint(1, 28)} {cat.MONTHS[rng.randrange(12)]} {entry - rng.randint(17, 20)}",
        "entry": entry, "semester": semester, "adviser": adviser,
        "semester_text": rng.choice([str(semester), f"{semester} ({['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan'][semester - 1]})"]),
        "total": str(total), "mutu": number_text(float(mutu), style), "ipk": number_text(printed, style),
        "place_date": f"{city}, {day} {cat.MONTHS[month - 1]} {year}", "role": rng.choice(roles), "signer": signer, "signer_id": signer_id,
        "print_line": f"Dicetak {day:02d}-{month:02d}-{year} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d} oleh "
                      f"{rng.choice(['siakad', 'admin.akademik', 'operator.prodi'])}",
        "wet": wet, "note": rng.choice(NOTES[0:1] + NOTES[2:3] + (NOTES[1:2] if not wet else []) + (NOTES[3:] if qr else [])),
        "logo": art.logo(rng, 120, colour), "signature": art.signature(rng, 240, 90), "qr": art.code_square(rng),
        "stamp": art.stamp(rng, 170, ImageFont.truetype(os.path.join(ROOT, "dejavu/DejaVuSans-Bold.ttf"), 14), f"{university} * AKADEMIK * "),
    }
