"""What a kappa page prints around its course table, drawn once per document: the institution,
the student block, the per-semester Jumlah/IPS texts, the summary with the printed IPK, the grade
legend, the signer, and the pictures (emblem, watermark, signature, stamp, code block)."""
import os

import kappa_art as art
import kappa_style as ks
from generate_khs import SCALES
from sheet_fonts import ROOT, Fonts


def surroundings(rng, fake, style, entry, semester, groups, group_sums, total, quality_sum, printed):
    """Everything printed around the table, drawn once per document."""
    city = fake.city()
    kind = rng.choice(["UNIVERSITAS", "UNIVERSITAS", "INSTITUT TEKNOLOGI", "UNIVERSITAS ISLAM", "POLITEKNIK"])
    university = f"{kind} {'NEGERI ' if style['state'] and kind == 'UNIVERSITAS' else ''}{city.upper()}"
    faculty = rng.choice(["Teknik", "Ilmu Komputer", "Matematika dan Ilmu Pengetahuan Alam", "Sains dan Teknologi"])
    prodi = rng.choice(["Teknik Informatika", "Sistem Informasi", "Ilmu Komputer", "Matematika", "Fisika", "Statistika"])
    domain = "".join(w[0] for w in university.split()[:-1]).lower() + city.lower().replace(" ", "")
    name = " ".join([fake.first_name(), fake.last_name()] + ([fake.last_name()] if rng.random() < 0.3 else []))
    name = name.upper() if rng.random() < 0.6 else name
    nim = ks.student_number(rng, style, entry)
    colour = rng.choice([(20, 40, 120), (10, 90, 50), (120, 20, 30), (20, 20, 25)])
    ink = rng.choice([(20, 20, 25), (0, 0, 0), (35, 35, 45)])
    fonts = Fonts(style["family"], ks.FONTS)
    birth = f"{fake.city()}, {rng.randint(1, 28)} {ks.MONTHS[rng.randrange(12)]} {entry - rng.randint(17, 20)}"
    left = [(style["name_label"], name), (style["number_label"], nim), ("Tempat, Tgl. Lahir", birth)]
    unit = "Jurusan" if kind == "POLITEKNIK" else "Fakultas"
    degree = rng.choice(["D4", "Sarjana Terapan"]) if kind == "POLITEKNIK" else rng.choice(["S1", "S-1", "Sarjana"])
    right = [(unit, faculty), ("Program Studi", f"{prodi} ({degree})"), ("Semester", str(semester)),
             ("Tahun Akademik", ks.term(entry, semester)) if rng.random() < 0.6 else ("Angkatan", str(entry))]
    quality = style["table"] != "flat"
    summary = [(style["sks_label"], str(total))] + ([("Jumlah Mutu", ks.number_text(float(quality_sum), style))] if quality and rng.random() < 0.6 else [])
    summary.append((style["ipk_label"], ks.number_text(printed, style)))
    scale = SCALES[style["scale"]]
    legend = "Keterangan: " + "; ".join(f"{g} = {ks.number_text(p, style)}" for g, p in scale.items())
    # printed during the semester shown: Ganjil runs September-December, Genap February-July of the next year
    year = entry + (semester - 1) // 2 + (0 if semester % 2 else 1)
    month, day = rng.randint(9, 12) if semester % 2 else rng.randint(2, 7), rng.randint(1, 28)
    signer = rng.choice(["Dr. ", "Dr. Ir. ", "Prof. Dr. ", ""]) + f"{fake.first_name()} {fake.last_name()}, {rng.choice(['M.T.', 'M.Kom.', 'M.Si.', 'Ph.D.', 'M.Sc.'])}"
    dean = rng.choice([["a.n. Dekan,", "Wakil Dekan Bidang Akademik,"], ["Ketua Program Studi,"], ["a.n. Rektor,", "Kepala Biro Akademik,"]])
    signer_id = (f"NIP. {entry - rng.randint(35, 50)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1998, 2015)}{rng.randint(1, 12):02d} "
                 f"{rng.randint(1, 2)} {rng.randint(1, 9):03d}") if style["state"] else f"NIDN. {rng.randint(0, 9999999999):010d}"
    group_text = {g: {"sks": group_sums[g][0], "quality": ks.number_text(float(group_sums[g][1]), style),
                      "ips": ks.number_text(groups[g], style)} for g in groups}
    emblem = art.emblem(rng, 150, colour + (255,), rng.choice([(200, 160, 30, 255), (230, 190, 40, 255), colour + (255,)]))
    stamp_ink = rng.choice([(70, 40, 150), (30, 60, 160), (110, 30, 120)])
    return {
        "fonts": fonts, "ink": ink, "kop_ink": colour if style["kop_colour"] else ink, "paper": rng.choice([(255, 255, 255), (252, 251, 246)]),
        "entry": entry, "name": name, "nim": nim, "student_left": left, "student_right": right, "groups": group_text,
        "kop": [("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI" if style["state"] else f"YAYASAN PENDIDIKAN {fake.last_name().upper()}", "regular", 1),
                (university, "bold", 9), (f"{unit.upper()} {faculty.upper()}", "bold", 3),
                (f"{fake.street_address()}, {city} {fake.postcode()} Telepon ({rng.randint(21, 987):03d}) {rng.randint(200000, 8999999)}", "regular", -3),
                (f"Laman: www.{domain}.ac.id   Surel: akademik@{domain}.ac.id", "regular", -3)],
        "letter_number": f"Nomor: {rng.randint(1, 9999):04d}/{rng.choice(['UN', 'AK', 'FT'])}{rng.randint(1, 60)}.{rng.randint(1, 9)}/AK/{year}" if rng.random() < 0.5 else None,
        "summary": summary, "legend": legend,
        "signer_lines": [f"{city}, {day} {ks.MONTHS[month - 1]} {year}"] + dean,
        "signer": signer, "signer_id": signer_id,
        "printed_at": f"Dicetak: {day:02d}-{month:02d}-{year} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.4 else None,
        "emblem": emblem, "watermark": art.faint(art.emblem(rng, 520, colour + (255,), colour + (255,)), 0.09),
        "signature": art.signature(rng, 260, 105, rng.choice([(20, 30, 110), (15, 15, 20)])),
        "stamp": art.stamp(rng, 175, stamp_ink, f"{faculty.upper()} * {university} *", os.path.join(ROOT, fonts.paths[1])),
        "code_block": art.code_block(rng),
    }
