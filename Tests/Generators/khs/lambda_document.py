"""What a lambda document prints around its course tables, drawn once per document: the
institution (letterhead lines, logo, colour), the student (name, number, programme, faculty,
academic advisor), the print time and portal address the browser adds, the conversion legend,
the verification note and the signer; and each semester's block (period, cells, Jumlah row and
the semester summary: SKS taken and passed, IPS, cumulative SKS, IPK, next semester's load)."""
import kappa_art
import lambda_art as art
import lambda_style as ls
from generate_khs import SCALES


def surroundings(rng, fake, style, entry, last):
    city = fake.city()
    kind = rng.choice(["UNIVERSITAS", "UNIVERSITAS", "UNIVERSITAS NEGERI", "INSTITUT TEKNOLOGI DAN BISNIS", "UNIVERSITAS ISLAM"])
    university = f"{kind} {city.upper()}"
    short = "".join(w[0] for w in kind.split()) + city.lower().replace(" ", "")[:5]
    faculty = rng.choice(["Teknik", "Ilmu Komputer", "Sains dan Teknologi", "Teknologi Informasi", "Teknik dan Ilmu Komputer"])
    prodi = rng.choice(["Teknik Informatika", "Informatika", "Sistem Informasi", "Ilmu Komputer", "Teknologi Informasi"])
    name = " ".join([fake.first_name(), fake.last_name()] + ([fake.last_name()] if rng.random() < 0.3 else []))
    advisor = rng.choice(["", "Dr. ", "Ir. ", "Dr. Ir. "]) + f"{fake.first_name()} {fake.last_name()}, " + rng.choice(
        ["S.Kom., M.Kom.", "S.T., M.T.", "S.Kom., M.Cs.", "M.Kom."])
    colour = rng.choice([(22, 74, 140), (0, 105, 92), (128, 28, 36), (46, 64, 87), (94, 44, 120)])
    domain = f"{short.lower()}.ac.id"
    year = entry + (last - 1) // 2 + 1  # printed after the last semester shown: January or July of the next year
    month, day = (1 if last % 2 else 7), rng.randint(3, 28)
    hour, minute = rng.randint(7, 21), rng.randint(0, 59)
    clock = (f"{day:02d}/{month:02d}/{year}, {hour:02d}.{minute:02d}" if rng.random() < 0.6 else
             f"{month}/{day}/{year % 100}, {hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}")
    token = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    roles = rng.choice([[f"{style['advisor_label']},"], ["Ketua Program Studi,"], ["a.n. Dekan,", "Wakil Dekan Bidang Akademik,"]])
    signer = advisor if roles[0].startswith(style["advisor_label"]) else (
        rng.choice(["Dr. ", ""]) + f"{fake.first_name()} {fake.last_name()}, " + rng.choice(["S.Kom., M.T.", "M.Kom.", "Ph.D."]))
    signer_id = (f"NIP. {entry - rng.randint(30, 45)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(2000, 2016)}"
                 f"{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 30):03d}") if rng.random() < 0.5 else f"NIDN. {rng.randint(0, 99999999):010d}"
    scale, lows = SCALES[style["scale"]], style["conversion"]
    letters = list(lows)
    parts = []
    for k, letter in enumerate(letters):
        high = 100 if k == 0 else lows[letters[k - 1]] - (1 if style["score_places"] == 0 else 0.01)
        span = f"{lows[letter]}-{high}" if style["score_places"] == 0 else f"{ls.number_text(lows[letter], style)}-{ls.number_text(high, style)}"
        parts.append(f"{letter} = {span} ({ls.number_text(scale[letter], style)})")
    return {
        "university": university, "name": name.upper() if rng.random() < 0.55 else name, "nim": ls.student_number(rng, style, entry),
        "prodi": f"{prodi} ({rng.choice(['S1', 'S-1', 'Sarjana'])})", "faculty": faculty, "advisor": advisor, "entry": entry,
        "colour": colour, "kop_ink": colour if rng.random() < 0.4 else (20, 20, 25), "ink": rng.choice([(20, 20, 25), (0, 0, 0), (33, 37, 41)]),
        "paper": (255, 255, 255),
        "kop": [("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI" if "NEGERI" in kind else f"YAYASAN {fake.last_name().upper()} {city.upper()}", "regular", -1),
                (university, "bold", 9), (f"FAKULTAS {faculty.upper()}", "bold", 3),
                (f"{fake.street_address()}, {city} {fake.postcode()}  Telp. (0{rng.randint(21, 986)}) {rng.randint(200000, 899999)}", "regular", -3),
                (f"Laman: https://{domain}  Surel: baak@{domain}", "regular", -3)],
        "faculty_line": f"Fakultas {faculty}  |  {city}", "logo": art.logo(rng, 104, colour + (255,), rng.choice([(220, 170, 30, 255), (200, 60, 40, 255)])),
        "logo_small": art.logo(rng, 88, (255, 255, 255, 255), (255, 210, 60, 255)),
        "printed_clock": clock, "url": f"https://{style['portal'].lower().replace(' ', '')}.{domain}/mahasiswa/khs/cetak?periode={entry + (last - 1) // 2}{2 - last % 2}",
        "legend": "Konversi nilai: " + "; ".join(parts), "place_date": f"{city}, {day} {ls.MONTHS[month - 1]} {year}",
        "verify_note": f"Dokumen ini dicetak dari {style['portal']} dan sah tanpa tanda tangan basah. Keaslian dapat diperiksa dengan memindai "
                       f"kode QR atau di https://{domain}/verifikasi/{token}",
        "roles": roles, "signer": signer, "signer_id": signer_id, "stamp_on": rng.random() < 0.5,
        "signature": kappa_art.signature(rng, 240, 96, rng.choice([(20, 30, 110), (15, 15, 20)])),
        "stamp": kappa_art.stamp(rng, 160, rng.choice([(60, 40, 150), (30, 60, 160)]), f"{university} * {faculty.upper()} *",
                                 "/usr/share/fonts/truetype/" + ls.FONTS[style["family"]][0][1]),
        "code_block": kappa_art.code_block(rng, modules=25, cell=4),
    }


def block(style, entry, semester, rows, taken, passed, quality, ips, cumulative_sks, ipk):
    """One semester's printed block: its rows' cells were set by the caller."""
    year = entry + (semester - 1) // 2
    ips_label = style["ips_label"] if style["summary"] == "pairs" else "IPS"
    ipk_label = style["ipk_label"] if style["summary"] == "pairs" else "IPK"
    if style["summary"] == "pairs":
        items = [(style["taken_label"], str(taken)), ("Jumlah SKS Lulus", str(passed)), (ips_label, ls.number_text(ips, style)),
                 ("Total SKS Kumulatif", str(cumulative_sks)), (ipk_label, ls.number_text(ipk, style)),
                 ("Beban SKS Maks. Semester Depan", f"{ls.load(taken, ips)} SKS")]
    else:
        items = [("SKS Diambil", str(taken)), ("SKS Lulus", str(passed)), (ips_label, ls.number_text(ips, style)),
                 ("SKS Kumulatif", str(cumulative_sks)), (ipk_label, ls.number_text(ipk, style)), ("Maks. SKS Smt Depan", str(ls.load(taken, ips)))]
    return {"semester": semester, "period": ls.period(style, entry, semester), "year": f"{year}/{year + 1}", "rows": rows,
            "total": {"label": style["total_label"], "sks": str(taken), "quality": ls.number_text(float(quality), style)}, "summary": items}
