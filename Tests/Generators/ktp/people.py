"""A random person as an e-KTP records them: real places from the registry, a valid NIK,
Faker's Indonesian names, and the closed vocabularies printed on the card, drawn with rough
real-world frequencies (religion by province, occupation and marital status by age)."""
import datetime
import re

from faker import Faker

import registry as reg

# The oldest e-KTPs were issued in 2011; the cards are drawn as if photographed in 2025.
TODAY = datetime.date(2025, 6, 30)
FIRST_ISSUE = datetime.date(2011, 9, 1)

RELIGIONS = ["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU"]
RELIGION_WEIGHTS = {
    "default": [86, 7, 3, 1.7, 0.8, 0.1],
    "51": [10, 2, 1, 86, 0.8, 0.1],   # Bali
    "53": [9, 34, 55, 0.5, 0.1, 0.1],  # Nusa Tenggara Timur
    "71": [30, 63, 5, 0.5, 1, 0.2],    # Sulawesi Utara
    "12": [63, 27, 6, 0.1, 3, 0.1],    # Sumatera Utara
    "81": [50, 42, 7, 0.5, 0.1, 0.1],  # Maluku
    "94": [15, 68, 16, 0.1, 0.1, 0.1], "91": [38, 53, 8, 0.1, 0.1, 0.1], "92": [38, 53, 8, 0.1, 0.1, 0.1],
    "93": [15, 55, 29, 0.1, 0.1, 0.1], "95": [3, 80, 16, 0.1, 0.1, 0.1], "96": [40, 52, 7, 0.1, 0.1, 0.1],
    "61": [60, 12, 22, 0.1, 5, 1],     # Kalimantan Barat
}

# Occupations as Dukcapil prints them, with (weight, youngest age, oldest age).
OCCUPATIONS = [
    ("KARYAWAN SWASTA", 20, 19, 58), ("WIRASWASTA", 15, 20, 80), ("MENGURUS RUMAH TANGGA", 14, 18, 85),
    ("PELAJAR/MAHASISWA", 12, 17, 25), ("PETANI/PEKEBUN", 9, 20, 85), ("BELUM/TIDAK BEKERJA", 6, 17, 85),
    ("BURUH HARIAN LEPAS", 5, 18, 65), ("PEGAWAI NEGERI SIPIL (PNS)", 4, 22, 58), ("PEDAGANG", 3, 20, 75),
    ("GURU", 2, 22, 60), ("PENSIUNAN", 2, 56, 90), ("NELAYAN/PERIKANAN", 1.5, 18, 70), ("SOPIR", 1, 21, 65),
    ("TENTARA NASIONAL INDONESIA (TNI)", 0.8, 19, 53), ("KEPOLISIAN RI (POLRI)", 0.8, 19, 58), ("PERDAGANGAN", 1, 20, 70),
    ("KARYAWAN BUMN", 1, 21, 56), ("KARYAWAN HONORER", 1, 20, 55), ("DOKTER", 0.4, 25, 70), ("PERAWAT", 0.6, 21, 58),
    ("BIDAN", 0.4, 21, 58), ("DOSEN", 0.3, 25, 70), ("BURUH TANI/PERKEBUNAN", 1.5, 18, 70), ("TUKANG BATU", 0.6, 18, 65),
    ("TUKANG KAYU", 0.4, 18, 65), ("MEKANIK", 0.4, 18, 60), ("PETERNAK", 0.5, 18, 75), ("TRANSPORTASI", 0.4, 20, 60),
    ("PERANGKAT DESA", 0.3, 22, 60), ("PEMBANTU RUMAH TANGGA", 0.4, 17, 65), ("USTADZ/MUBALIGH", 0.2, 22, 80),
    ("BURUH NELAYAN/PERIKANAN", 0.4, 18, 65), ("KONSTRUKSI", 0.3, 20, 60), ("WARTAWAN", 0.1, 22, 65),
    ("APOTEKER", 0.1, 23, 65), ("PENATA RAMBUT", 0.1, 18, 60), ("SENIMAN", 0.1, 18, 75), ("PELAUT", 0.2, 20, 60),
]

STREETS = [
    "MERDEKA", "SUDIRMAN", "JEND. SUDIRMAN", "DIPONEGORO", "AHMAD YANI", "A. YANI", "GATOT SUBROTO", "PAHLAWAN",
    "KENANGA", "MAWAR", "MELATI", "SILIWANGI", "PEMUDA", "CEMPAKA", "KARTINI", "R.A. KARTINI", "HASANUDDIN",
    "IMAM BONJOL", "KH. AHMAD DAHLAN", "KH. HASYIM ASY'ARI", "CUT NYAK DIEN", "TEUKU UMAR", "SISINGAMANGARAJA",
    "PATTIMURA", "SULTAN AGUNG", "HAYAM WURUK", "GAJAH MADA", "SUKARNO HATTA", "VETERAN", "PERINTIS KEMERDEKAAN",
    "RAYA PASAR MINGGU", "RAYA BOGOR", "MAYJEN SUNGKONO", "DR. WAHIDIN", "PANGERAN ANTASARI", "HOS COKROAMINOTO",
    "MANGGA", "RAMBUTAN", "FLAMBOYAN", "ANGGREK", "DAHLIA", "NUSANTARA", "BHAYANGKARA", "SIMPANG LIMA", "LINTAS TIMUR",
]
FLOWERS = ["MAWAR", "MELATI", "KENANGA", "ANGGREK", "DAHLIA", "FLAMBOYAN", "KAMBOJA", "TERATAI", "SAKURA", "BOUGENVIL",
           "SEMANGGI", "KEMUNING", "NANGKA", "DAMAI", "SEJAHTERA", "MUSHOLLA", "MASJID", "SEKOLAH", "H. SALEH", "MANGGIS"]
HAMLETS = ["KRAJAN", "SUKAMAJU", "CIBEUREUM", "MEKARSARI", "SIDOREJO", "TEGALREJO", "KARANGANYAR", "SUMBERSARI",
           "WONOREJO", "CIMANGGU", "BABAKAN", "SINDANGSARI", "PASIRJATI", "GUNUNGSARI", "NGAGLIK", "KEDUNGWARU",
           "SUKARAJA", "PADASUKA", "MARGAHAYU", "TANJUNGSARI", "LEBAK", "KALIWUNGU", "BANJARSARI", "SIDOMULYO"]
ESTATES = ["GRIYA INDAH", "BUMI ASRI", "TAMAN SARI", "PONDOK HIJAU", "GRIYA PERMATA", "PURI KENCANA", "BUMI PERMAI",
           "GRAHA ASRI", "TAMAN CIPTA", "PERMATA HIJAU", "VILLA MUTIARA", "GRIYA BUKIT JAYA", "CITRA GARDEN"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
TITLE = re.compile(r"\b(dr|drg|drs|dra|ir|prof|hj|h|tgk|kh|s\.\w+|m\.\w+|st|se|sh|mm|mt|mba|phd)\.?(\s|,|$)", re.I)


def weighted(rng, items, weights):
    total = sum(weights)
    value = rng.random() * total
    for item, weight in zip(items, weights):
        value -= weight
        if value <= 0:
            return item
    return items[-1]


def age_on(born, day):
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def address(rng):
    kind = rng.random()
    number = str(rng.randint(1, 180)) + (rng.choice("ABC") if rng.random() < 0.08 else "")
    if kind < 0.34:
        text = f"JL. {rng.choice(STREETS)} NO. {number}"
        if rng.random() < 0.15:
            text = f"JL. {rng.choice(STREETS)} GG. {rng.choice(FLOWERS)} {rng.choice(ROMAN[:5])} NO. {number}"
        return text
    if kind < 0.45:
        text = f"GG. {rng.choice(FLOWERS)} {rng.choice(ROMAN[:6])}"
        return text + (f" NO. {number}" if rng.random() < 0.6 else "")
    if kind < 0.6:
        return f"{rng.choice(['DUSUN', 'DUSUN', 'DSN.', 'DUKUH'])} {rng.choice(HAMLETS)}"
    if kind < 0.72:
        return f"KP. {rng.choice(HAMLETS)}"
    if kind < 0.84:
        block = f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 12)}"
        prefix = rng.choice(["PERUM", "PERUM", "KOMP.", "PERUMAHAN", "BTN"])
        return f"{prefix} {rng.choice(ESTATES)} BLOK {block}/{rng.randint(1, 40)}" if rng.random() < 0.7 \
            else f"{prefix} {rng.choice(ESTATES)} BLOK {block} NO. {rng.randint(1, 40)}"
    if kind < 0.9:
        return f"LINGKUNGAN {rng.choice(HAMLETS)}"
    if kind < 0.95:
        return f"JL. {rng.choice(STREETS)} KM. {rng.randint(1, 40)}"
    return f"DUSUN {rng.choice(HAMLETS)} {rng.choice(ROMAN[:4])}"


def clean_name(text):
    text = TITLE.sub(" ", text)
    return re.sub(r"[^A-Za-z' -]", "", re.sub(r"\s+", " ", text)).strip().upper()


def full_name(rng, faker, female, province):
    if province == "51" and rng.random() < 0.7:  # Balinese birth-order names
        prefix = rng.choice(["NI LUH", "NI MADE", "NI KADEK", "NI KOMANG", "NI NYOMAN", "NI KETUT", "NI WAYAN"]) if female \
            else rng.choice(["I WAYAN", "I MADE", "I KADEK", "I KOMANG", "I NYOMAN", "I KETUT", "I GEDE", "I PUTU"])
        return f"{prefix} {clean_name(faker.first_name_female() if female else faker.first_name_male())}"
    first = faker.first_name_female() if female else faker.first_name_male()
    last = faker.last_name_female() if female else faker.last_name_male()
    shape = rng.random()
    if shape < 0.15:
        parts = [first]
    elif shape < 0.7:
        parts = [first, last]
    else:
        middle = faker.first_name_female() if female else faker.first_name_male()
        parts = [first, middle, last] if middle != first else [first, last]
    if not female and rng.random() < 0.08:
        parts.insert(0, rng.choice(["MUHAMMAD", "MOHAMMAD", "MOCHAMAD", "AHMAD"]))
    if female and rng.random() < 0.05:
        parts.insert(0, rng.choice(["SITI", "NUR", "DEWI"]))
    return clean_name(" ".join(parts))


def person(rng, registry, faker):
    """The printed fields (ground truth) plus a few drawing facts under keys starting with "_"."""
    regency = rng.choice(registry.usable_regencies)
    province = regency[:2]
    districts = [d for d in registry.districts_of[regency] if d in registry.villages_of]
    district = rng.choice(districts)
    village = rng.choice(registry.villages_of[district])
    female = rng.random() < 0.5

    born = datetime.date(1945, 1, 1) + datetime.timedelta(days=rng.randint(0, (datetime.date(2008, 6, 1) - datetime.date(1945, 1, 1)).days))
    adult = add_years(born, 17)
    earliest = max(FIRST_ISSUE, adult)
    issued = earliest + datetime.timedelta(days=rng.randint(0, max(0, (TODAY - earliest).days)))
    # Until 2016 cards were valid five years, to the holder's birthday; since then for life.
    if issued < datetime.date(2016, 2, 1) and rng.random() < 0.7:
        until = add_years(born, issued.year + 5 - born.year).strftime("%d-%m-%Y")
    else:
        until = "SEUMUR HIDUP"

    age = age_on(born, issued)
    jobs = [(j, w) for j, w, low, high in OCCUPATIONS if low <= age <= high and not (j == "MENGURUS RUMAH TANGGA" and not female and rng.random() < 0.95)]
    job = weighted(rng, [j for j, _ in jobs], [w for _, w in jobs])
    if age < 20:
        marital = weighted(rng, ["BELUM KAWIN", "KAWIN"], [92, 8])
    elif age < 30:
        marital = weighted(rng, ["BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI"], [45, 50, 4, 1])
    else:
        marital = weighted(rng, ["BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI"], [8, 75, 7, 10 if age > 55 else 3])
    religion = weighted(rng, RELIGIONS, RELIGION_WEIGHTS.get(province, RELIGION_WEIGHTS["default"]))

    faker.seed_instance(rng.randint(0, 2**31))
    name = full_name(rng, faker, female, province)
    roll = rng.random()  # birthplace: same regency, same province, or anywhere
    if roll < 0.55:
        birth_regency = regency
    elif roll < 0.8:
        birth_regency = rng.choice([r for r in registry.regencies if r.startswith(province + ".")])
    else:
        birth_regency = rng.choice(registry.regencies)

    serial = rng.randint(1, 9999) if rng.random() < 0.4 else rng.randint(1, 600)
    nik = district.replace(".", "") + f"{born.day + (40 if female else 0):02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    return {
        "provinsi": reg.printed_province(registry.name(province)),
        "kota_kabupaten": reg.printed_regency(registry.name(regency)),
        "nik": nik,
        "nama": name,
        "tempat_lahir": reg.bare_place(registry.name(birth_regency)),
        "tanggal_lahir": born.strftime("%d-%m-%Y"),
        "jenis_kelamin": "PEREMPUAN" if female else "LAKI-LAKI",
        "golongan_darah": weighted(rng, ["A", "B", "AB", "O", "-"], [14, 16, 4, 22, 44]),
        "alamat": address(rng),
        "rt_rw": f"{weighted(rng, [rng.randint(1, 8), rng.randint(1, 25)], [70, 30]):03d}/{weighted(rng, [rng.randint(1, 6), rng.randint(1, 18)], [70, 30]):03d}",
        "kelurahan_desa": reg.upper(registry.name(village)),
        "kecamatan": reg.upper(registry.name(district)),
        "agama": religion,
        "status_perkawinan": marital,
        "pekerjaan": job,
        "kewarganegaraan": "WNI",
        "berlaku_hingga": until,
        "_issued_in": reg.bare_place(registry.name(regency)),
        "_issued_on": issued.strftime("%d-%m-%Y"),
        "_born_year": born.year,
        "_female": female,
        "_muslim": religion == "ISLAM",
    }


def make_faker():
    return Faker("id_ID")
