"""A random person as an e-KTP records them: real places from the registry, a valid NIK,
Faker's Indonesian names, the closed vocabularies printed on the card."""
import datetime
import random

from faker import Faker

import registry as reg

RELIGIONS = [("ISLAM", 0.86), ("KRISTEN", 0.07), ("KATOLIK", 0.03), ("HINDU", 0.02), ("BUDDHA", 0.01), ("KONGHUCU", 0.01)]
MARITAL = [("BELUM KAWIN", 0.35), ("KAWIN", 0.55), ("CERAI HIDUP", 0.05), ("CERAI MATI", 0.05)]
OCCUPATIONS = [
    "PELAJAR/MAHASISWA", "KARYAWAN SWASTA", "WIRASWASTA", "PEGAWAI NEGERI SIPIL (PNS)", "MENGURUS RUMAH TANGGA",
    "PETANI/PEKEBUN", "BELUM/TIDAK BEKERJA", "GURU", "BURUH HARIAN LEPAS", "PEDAGANG", "PERDAGANGAN", "DOKTER",
    "PERAWAT", "SOPIR", "NELAYAN/PERIKANAN", "KARYAWAN BUMN", "PENSIUNAN", "DOSEN", "TENTARA NASIONAL INDONESIA (TNI)",
    "KEPOLISIAN RI (POLRI)", "BIDAN", "TUKANG BATU", "MEKANIK", "KARYAWAN HONORER",
]
STREETS = ["MERDEKA", "SUDIRMAN", "DIPONEGORO", "AHMAD YANI", "GATOT SUBROTO", "PAHLAWAN", "KENANGA", "MAWAR", "MELATI",
           "SILIWANGI", "PEMUDA", "CEMPAKA", "RAYA BARAT", "KARTINI", "HASANUDDIN", "IMAM BONJOL", "TERUSAN JAKARTA"]


def weighted(rng, pairs):
    value = rng.random()
    for item, weight in pairs:
        value -= weight
        if value <= 0:
            return item
    return pairs[-1][0]


def address(rng):
    kind = rng.random()
    street = rng.choice(STREETS)
    if kind < 0.45:
        return f"JL. {street} NO. {rng.randint(1, 250)}"
    if kind < 0.6:
        return f"GG. {street} {rng.choice(['I', 'II', 'III', 'IV'])} NO. {rng.randint(1, 60)}"
    if kind < 0.75:
        return f"DUSUN {rng.choice(['KRAJAN', 'SUKAMAJU', 'CIBEUREUM', 'MEKARSARI', 'SIDOREJO', 'TEGALREJO'])}"
    if kind < 0.9:
        return f"PERUM {rng.choice(['GRIYA INDAH', 'BUMI ASRI', 'TAMAN SARI', 'PONDOK HIJAU'])} BLOK {rng.choice('ABCDEFG')}{rng.randint(1, 12)}/{rng.randint(1, 40)}"
    return f"KP. {rng.choice(['BABAKAN', 'CIMANGGU', 'SINDANGSARI', 'PASIRJATI'])}"


def person(rng, registry, faker):
    province = rng.choice(registry.provinces)
    regencies = [r for r in registry.regencies if r.startswith(province + ".") and r in registry.districts_of]
    regency = rng.choice(regencies)
    district = rng.choice(registry.districts_of[regency])
    villages = registry.villages_of.get(district) or [district]
    village = rng.choice(villages)
    female = rng.random() < 0.5
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 56))
    serial = rng.randint(1, 9999)
    nik = district.replace(".", "") + f"{born.day + (40 if female else 0):02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    faker.seed_instance(rng.randint(0, 2**31))
    name = (faker.first_name_female() if female else faker.first_name_male()) + " " + faker.last_name()
    if rng.random() < 0.3:
        name += " " + faker.last_name()
    birth_regency = rng.choice(registry.regencies) if rng.random() < 0.4 else regency
    return {
        "provinsi": reg.printed_province(registry.name(province)),
        "kota_kabupaten": reg.printed_regency(registry.name(regency)),
        "nik": nik,
        "nama": name.upper(),
        "tempat_lahir": reg.bare_place(registry.name(birth_regency)),
        "tanggal_lahir": born.strftime("%d-%m-%Y"),
        "jenis_kelamin": "PEREMPUAN" if female else "LAKI-LAKI",
        "golongan_darah": rng.choice(["A", "B", "AB", "O", "-", "-"]),
        "alamat": address(rng),
        "rt_rw": f"{rng.randint(1, 20):03d}/{rng.randint(1, 15):03d}",
        "kelurahan_desa": registry.name(village).upper(),
        "kecamatan": registry.name(district).upper(),
        "agama": weighted(rng, RELIGIONS),
        "status_perkawinan": weighted(rng, MARITAL),
        "pekerjaan": rng.choice(OCCUPATIONS),
        "kewarganegaraan": "WNI",
        "berlaku_hingga": "SEUMUR HIDUP" if rng.random() < 0.85 else datetime.date(min(born.year + 60, 2040), born.month, min(born.day, 28)).strftime("%d-%m-%Y"),
        "_issued_in": reg.bare_place(registry.name(regency)),
    }


def make_faker():
    return Faker("id_ID")
