"""What a mu document prints around its course table, drawn once per document: the institution
(letterhead lines, emblem, colours), the student (name, number, birth, programme, entry year,
semester), the title and letter number, the summary texts (total SKS, total mutu, IPK), the grade
legend, the signer (wet signature and stamp, or an electronic-signature note with a code block),
footnotes and the print line."""
import os

import kappa_art as art
import mu_style as ms
from generate_khs import SCALES
from sheet_fonts import ROOT, Fonts

TITLES = {"grid": ["TRANSKRIP NILAI", "TRANSKRIP AKADEMIK", "DAFTAR NILAI AKADEMIK"],
          "ledger": ["DAFTAR NILAI MAHASISWA", "REKAPITULASI NILAI", "KARTU HASIL STUDI KUMULATIF"],
          "listing": ["DAFTAR KUMPULAN NILAI", "TRANSKRIP NILAI SEMENTARA", "DAFTAR NILAI KUMULATIF"]}
ENGLISH = {"TRANSKRIP NILAI": "ACADEMIC TRANSCRIPT", "TRANSKRIP AKADEMIK": "ACADEMIC TRANSCRIPT", "DAFTAR NILAI AKADEMIK": "ACADEMIC RECORD"}


def surroundings(rng, fake, style, entry, semester, sums, printed):
    """sums: total SKS and total mutu (Decimal) as the institution computed them."""
    city = fake.city()
    kind = rng.choice(["UNIVERSITAS", "UNIVERSITAS", "UNIVERSITAS NEGERI", "UNIVERSITAS MUHAMMADIYAH", "SEKOLAH TINGGI", "UNIVERSITAS KRISTEN"])
    if kind == "SEKOLAH TINGGI":
        kind = {"Teknik Sipil": "SEKOLAH TINGGI TEKNIK", "Akuntansi": "SEKOLAH TINGGI ILMU EKONOMI", "Agroteknologi": "SEKOLAH TINGGI ILMU PERTANIAN"}[style["programme"]]
    university = f"{kind} {city.upper()}"
    faculty = ms.PROGRAMMES[style["programme"]][0]
    unit = "Fakultas " + faculty if not kind.startswith("SEKOLAH") else "Program Studi " + style["programme"]
    short = "".join(w[0] for w in kind.split()).lower() + city.lower().replace(" ", "")[:6]
    name = " ".join([fake.first_name(), fake.last_name()] + ([fake.last_name()] if rng.random() < 0.35 else []))
    name = name.upper() if style["upper"] or rng.random() < 0.4 else name
    fonts = Fonts(style["family"], ms.FONTS)
    colour = rng.choice([(25, 45, 110), (0, 90, 60), (125, 25, 35), (20, 20, 25), (90, 40, 10)])
    born = f"{fake.city()}, {rng.randint(1, 28)} {ms.MONTHS[rng.randrange(12)]} {entry - rng.randint(17, 20)}"
    year = entry + (semester - 1) // 2 + (0 if semester % 2 else 1)
    month, day = (rng.randint(9, 12) if semester % 2 else rng.randint(2, 7)), rng.randint(1, 28)
    state = kind == "UNIVERSITAS NEGERI"
    signer = rng.choice(["Dr. ", "Prof. Dr. ", "Dr. Ir. ", "", ""]) + f"{fake.first_name()} {fake.last_name()}, " + rng.choice(
        {"Teknik Sipil": ["S.T., M.T.", "M.Eng.", "Ph.D."], "Akuntansi": ["S.E., M.Si., Ak.", "M.Ak., CA", "S.E., M.M."],
         "Agroteknologi": ["S.P., M.P.", "M.Si.", "M.Sc."]}[style["programme"]])
    signer_id = (f"NIP {entry - rng.randint(32, 50)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1996, 2014)}{rng.randint(1, 12):02d} "
                 f"{rng.randint(1, 2)} {rng.randint(1, 20):03d}") if state else f"NIK {rng.randint(100, 999)}.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}"
    roles = rng.choice([["a.n. Dekan", "Wakil Dekan I,"], ["Kepala Biro Administrasi Akademik,"], ["Ketua Program Studi,"], ["Dekan,"]])
    scale = SCALES[style["scale"]]
    total, mutu = sums
    number = ms.number_text
    doc = {
        "fonts": fonts, "colour": colour, "ink": rng.choice([(15, 15, 20), (0, 0, 0), (40, 40, 48)]),
        "paper": rng.choice([(255, 255, 255), (253, 252, 248)]) if style["print"] != "listing" else (252, 252, 247),
        "university": university, "unit": unit, "faculty": faculty, "prodi": style["programme"], "city": city,
        "name": name, "nim": ms.student_number(rng, style, entry), "born": born, "entry": entry, "semester": semester,
        "degree": rng.choice(["S1", "S-1", "Sarjana"]) if not kind.startswith("SEKOLAH") else "S1",
        "title": rng.choice(TITLES[style["print"]]), "number_label": rng.choice(["NIM", "NIM", "NPM", "No. Mahasiswa"]),
        "kop": [("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI" if state else f"YAYASAN {fake.last_name().upper()} {city.upper()}", "regular", 0),
                (university, "bold", 8), (unit.upper(), "bold", 2),
                (f"{fake.street_address()}, {city} {fake.postcode()}, Telp. (0{rng.randint(21, 986)}) {rng.randint(200000, 899999)}", "regular", -3),
                (f"www.{short}.ac.id  |  akademik@{short}.ac.id", "regular", -3)],
        "letter_number": (f"No. {rng.randint(1, 999):03d}/{rng.choice(['BAAK', 'AK', 'TR'])}/{rng.choice(ms.ROMAN + ['IX', 'X', 'XI', 'XII'])}/{year}"
                          if rng.random() < 0.5 else None),
        "total": str(total), "mutu": number(float(mutu), style), "ipk": number(printed, style),
        "legend": "Keterangan: " + ", ".join(f"{g} = {number(p, style)}" for g, p in scale.items()),
        "place_date": f"{city}, {day} {ms.MONTHS[month - 1]} {year}", "roles": roles, "signer": signer, "signer_id": signer_id,
        "printed": f"{day:02d}/{month:02d}/{year} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "operator": rng.choice(["baak01", "admin.fak", "operator", "akademik2"]),
        "footnotes": rng.sample(["Transkrip ini tidak berlaku apabila terdapat coretan atau perubahan.",
                                 "Nilai E tidak diperhitungkan dalam jumlah SKS lulus.",
                                 "Mata kuliah yang diulang dicantumkan nilai terbaiknya.",
                                 "Dokumen ini hanya sah apabila dibubuhi cap basah."][: 4 if style["signature"] == "wet" else 3], rng.randint(0, 2)),
        "token": "".join(rng.choice("0123456789abcdef") for _ in range(24)), "domain": f"{short}.ac.id",
        "emblem": art.emblem(rng, 132, colour + (255,), rng.choice([(210, 170, 40, 255), colour + (255,)])),
        "signature": art.signature(rng, 250, 100, rng.choice([(20, 30, 110), (15, 15, 20)])),
        "stamp": art.stamp(rng, 165, rng.choice([(70, 40, 150), (30, 60, 160)]), f"{university} * {unit.upper()} *",
                           os.path.join(ROOT, ms.FONTS["times"][0][1])),
        "code_block": art.code_block(rng, modules=25, cell=4),
    }
    if style.get("bilingual") and doc["title"] in ENGLISH:
        doc["subtitle"] = ENGLISH[doc["title"]]
    return doc
