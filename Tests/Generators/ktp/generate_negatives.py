#!/usr/bin/env python3
"""Images that are NOT e-KTPs, for the not_a_ktp check, reproducible from a seed.

    generate_negatives.py --out DIR --count N --seed S [--registry DIR] [--quality Q] [--max-kb KB]

Kinds, in turn: shipping_receipt (a thermal shipping label with real addresses), face_photo (a
drawn head and shoulders), blank_page, transcript (a KHS grade table), text_document (a letter),
other_card (a blue bank or membership card without the KTP's labels). Each is written as
DIR/not-ktp-00001.jpg with DIR/not-ktp-00001.kind.json {"kind", "variant", "degradations"}; each
goes through the `mixed` degradations of generate_ktp.py (so some are photographed on a desk)."""
import argparse
import json
import os
import random
import sys

from PIL import Image, ImageDraw, ImageOps

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import registry as reg  # noqa: E402
from card import RATIO, background  # noqa: E402
from degrade import degrade  # noqa: E402
from fonts import font  # noqa: E402
from people import address, full_name, make_faker  # noqa: E402
from portrait import portrait  # noqa: E402
from texture import seeded_noise  # noqa: E402

KINDS = ["shipping_receipt", "face_photo", "blank_page", "transcript", "text_document", "other_card"]


def paper(width, height, rng, tint=None):
    g = rng.randint(236, 252)
    base = tint or (g, g, g - rng.randint(0, 8))
    image = Image.new("RGB", (width, height), base)
    return Image.blend(image, seeded_noise(rng, (width, height), 12).convert("RGB"), 0.04)


def place(rng, registry):
    regency = rng.choice(registry.usable_regencies)
    district = rng.choice([d for d in registry.districts_of[regency] if d in registry.villages_of])
    village = rng.choice(registry.villages_of[district])
    return {
        "village": reg.upper(registry.name(village)), "district": reg.upper(registry.name(district)),
        "regency": reg.printed_regency(registry.name(regency)), "province": reg.printed_province(registry.name(regency[:2])),
        "postcode": registry.postcodes.get(village, f"{rng.randint(10, 99)}{rng.randint(100, 999)}"),
    }


def barcode(draw, rng, box):
    x0, y0, x1, y1 = box
    x = x0
    while x < x1 - 4:
        w = rng.choice([1, 1, 2, 2, 3, 4])
        if rng.random() < 0.55:
            draw.rectangle([x, y0, x + w - 1, y1], fill=(0, 0, 0))
        x += w


def wrap(draw, text, face, room):
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = (line + " " + word).strip()
        if draw.textlength(trial, font=face) <= room or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line]


def shipping_receipt(rng, registry, faker):
    """A 100 × 150 mm thermal shipping label: courier, barcode, receiver and sender with real
    village/district/regency names and postcodes, weight, fee, COD."""
    W, H = 760, 1140
    image = paper(W, H, rng)
    draw = ImageDraw.Draw(image)
    black = (20, 20, 20)
    bold, regular, big = font("mono_bold", 24), font("mono", 23), font("liberation_bold", 46)
    courier = rng.choice(["KILAT EXPRESS", "NUSA KURIR", "CEPAT SAMPAI", "ANTAR KITA", "SAMUDRA LOGISTIK", "GARUDA KIRIM"])
    draw.rectangle([12, 12, W - 12, H - 12], outline=black, width=3)
    draw.text((30, 28), courier, font=big, fill=black)
    draw.text((W - 210, 40), rng.choice(["REGULER", "EZ", "YES", "HALU", "CARGO"]), font=font("liberation_bold", 34), fill=black)
    draw.line([(12, 95), (W - 12, 95)], fill=black, width=3)
    resi = rng.choice(["JP", "SPX", "CM", "TKP", "NK"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    barcode(draw, rng, (60, 115, W - 60, 235))
    draw.text((W / 2, 262), resi, font=font("mono_bold", 30), fill=black, anchor="mm")
    draw.line([(12, 290), (W - 12, 290)], fill=black, width=3)
    y = 305
    for role in ("PENERIMA", "PENGIRIM"):
        who = place(rng, registry)
        female = rng.random() < 0.5
        name = full_name(rng, faker, female, "00")
        phone = "08" + str(rng.randint(11, 99)) + "****" + str(rng.randint(1000, 9999))
        draw.text((30, y), f"{role}: {name}", font=bold, fill=black)
        y += 34
        draw.text((30, y), phone, font=regular, fill=black)
        y += 32
        text = f"{address(rng)}, RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d}, {who['village']}, {who['district']}, {who['regency']}, {who['province']}, {who['postcode']}"
        if role == "PENGIRIM" and rng.random() < 0.5:
            text = f"{who['regency']}, {who['province']}"
        for line in wrap(draw, text, regular, W - 70):
            draw.text((30, y), line, font=regular, fill=black)
            y += 30
        y += 16
        draw.line([(12, y), (W - 12, y)], fill=black, width=2)
        y += 14
    rows = [("Berat", f"{rng.randint(1, 20) * 100} gr"), ("Ongkir", f"Rp{rng.randint(9, 60)}.000"),
            ("COD", rng.choice(["TIDAK", f"Rp{rng.randint(25, 400)}.{rng.randint(0, 9)}00"])),
            ("Isi", rng.choice(["PAKAIAN", "SEPATU", "AKSESORIS HP", "BUKU", "KOSMETIK", "MAKANAN RINGAN"]))]
    for key, val in rows:
        draw.text((30, y), f"{key:<8}: {val}", font=regular, fill=black)
        y += 32
    draw.text((30, H - 60), f"Tgl kirim {rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2025   Kode sortir {who['postcode'][:3]}-{rng.randint(10, 99)}", font=font("mono", 20), fill=black)
    # thermal print: uneven darkness across the head, dropped dots along a column or two
    fade = Image.new("L", (4, 1))
    fade.putdata([rng.randint(150, 255) for _ in range(4)])
    fade = fade.resize((W, H), Image.BILINEAR)
    ink = ImageOps.invert(image.convert("L")).point(lambda v: 255 if v > 128 else v)
    lighter = Image.composite(Image.new("RGB", (W, H), (250, 250, 248)), image, ImageOps.invert(fade).point(lambda v: int(v * 0.6)))
    image = Image.composite(lighter, image, ink)
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(0, 3)):
        x = rng.randint(40, W - 40)
        draw.line([(x, 20), (x, H - 20)], fill=(245, 245, 243), width=rng.randint(1, 2))
    return image, {"courier": courier}


def face_photo(rng, registry, faker):
    backdrop = rng.choice(["red", "blue", (235, 235, 232), (200, 210, 220), (120, 130, 140), (90, 120, 80)])
    w = rng.choice([600, 720, 800])
    image = portrait(rng, w, int(w * rng.choice([1.25, 1.33, 1.5])), backdrop)
    return image, {"backdrop": backdrop if isinstance(backdrop, str) else "plain"}


def blank_page(rng, registry, faker):
    W = rng.choice([850, 900, 1000])
    image = paper(W, int(W * 1.414), rng, tint=rng.choice([None, (250, 248, 238), (240, 240, 240)]))
    draw = ImageDraw.Draw(image)
    variant = rng.choice(["plain", "folded", "lined"])
    if variant == "folded":
        y = image.size[1] // rng.choice([2, 3])
        draw.line([(0, y), (W, y + rng.randint(-6, 6))], fill=(215, 215, 212), width=3)
    elif variant == "lined":
        for y in range(140, image.size[1] - 60, 34):
            draw.line([(60, y), (W - 40, y)], fill=(185, 200, 230), width=1)
        draw.line([(100, 0), (100, image.size[1])], fill=(230, 160, 160), width=2)
    return image, {"variant": variant}


COURSES = ["KALKULUS I", "KALKULUS II", "FISIKA DASAR", "ALGORITMA DAN PEMROGRAMAN", "STRUKTUR DATA", "BASIS DATA",
           "JARINGAN KOMPUTER", "STATISTIKA DAN PROBABILITAS", "PENDIDIKAN PANCASILA", "BAHASA INDONESIA", "BAHASA INGGRIS",
           "SISTEM OPERASI", "MATEMATIKA DISKRIT", "PEMROGRAMAN WEB", "KECERDASAN BUATAN", "REKAYASA PERANGKAT LUNAK",
           "AGAMA", "KEWARGANEGARAAN", "ARSITEKTUR KOMPUTER", "INTERAKSI MANUSIA DAN KOMPUTER"]
GRADES = [("A", 4.0), ("AB", 3.5), ("B", 3.0), ("BC", 2.5), ("C", 2.0), ("D", 1.0)]


def transcript(rng, registry, faker):
    """A KARTU HASIL STUDI page: letterhead, identity block, a ruled course table, IPS/IPK."""
    W, H = 1000, 1414
    image = paper(W, H, rng, tint=(255, 255, 255))
    draw = ImageDraw.Draw(image)
    ink = (15, 15, 20)
    uni = rng.choice(["UNIVERSITAS NUSANTARA", "INSTITUT TEKNOLOGI KHATULISTIWA", "UNIVERSITAS BUMI PERTIWI", "POLITEKNIK NEGERI SAMUDRA"])
    draw.ellipse([60, 40, 150, 130], outline=(20, 60, 140), width=5)
    draw.text((W / 2 + 40, 70), uni, font=font("liberation_bold", 30), fill=ink, anchor="mm")
    draw.text((W / 2 + 40, 108), "FAKULTAS ILMU KOMPUTER", font=font("liberation", 22), fill=ink, anchor="mm")
    draw.line([(50, 150), (W - 50, 150)], fill=ink, width=3)
    draw.text((W / 2, 195), "KARTU HASIL STUDI (KHS)", font=font("liberation_bold", 28), fill=ink, anchor="mm")
    sans = font("liberation", 21)
    name = full_name(rng, faker, rng.random() < 0.5, "00")
    ident = [("Nama", name), ("NIM", str(rng.randint(10**9, 10**10 - 1))), ("Program Studi", rng.choice(["S1 Informatika", "S1 Sistem Informasi", "D3 Teknik Komputer"])),
             ("Semester", f"{rng.choice(['Ganjil', 'Genap'])} {rng.randint(2019, 2024)}/{rng.randint(2020, 2025)}")]
    for i, (k, v) in enumerate(ident):
        draw.text((70, 240 + i * 32), k, font=sans, fill=ink)
        draw.text((250, 240 + i * 32), ": " + v, font=sans, fill=ink)
    cols = [70, 125, 250, 700, 775, 860, 930]
    heads = ["No", "Kode", "Mata Kuliah", "SKS", "Nilai", "Bobot"]
    top, row = 400, 38
    courses = rng.sample(COURSES, rng.randint(6, 10))
    bottom = top + row * (len(courses) + 1)
    for x in cols:
        draw.line([(x, top), (x, bottom)], fill=ink, width=2)
    for r in range(len(courses) + 2):
        draw.line([(cols[0], top + r * row), (cols[-1], top + r * row)], fill=ink, width=2)
    for c, head in enumerate(heads):
        draw.text((cols[c] + 8, top + 9), head, font=font("liberation_bold", 20), fill=ink)
    total_sks, total_points = 0, 0.0
    for r, course in enumerate(courses, start=1):
        sks = rng.choice([2, 2, 3, 3, 4])
        grade, weight = rng.choice(GRADES[:5])
        total_sks += sks
        total_points += sks * weight
        cells = [str(r), f"IF{rng.randint(1100, 4999)}", course, str(sks), grade, f"{sks * weight:.1f}"]
        for c, cell in enumerate(cells):
            draw.text((cols[c] + 8, top + r * row + 9), cell, font=font("liberation", 19), fill=ink)
    y = bottom + 30
    draw.text((70, y), f"Jumlah SKS: {total_sks}", font=sans, fill=ink)
    draw.text((70, y + 34), f"Indeks Prestasi Semester (IPS): {total_points / total_sks:.2f}", font=sans, fill=ink)
    draw.text((70, y + 68), f"Indeks Prestasi Kumulatif (IPK): {min(4.0, total_points / total_sks + rng.uniform(-0.3, 0.3)):.2f}", font=sans, fill=ink)
    draw.text((650, y + 130), "Ketua Program Studi,", font=sans, fill=ink)
    draw.text((650, y + 240), full_name(rng, faker, rng.random() < 0.5, "00"), font=font("liberation_bold", 20), fill=ink)
    return image, {"university": uni}


SENTENCES = [
    "Yang bertanda tangan di bawah ini menerangkan dengan sebenarnya bahwa nama tersebut adalah warga kami.",
    "Surat ini dibuat untuk keperluan pengurusan administrasi dan dapat dipergunakan sebagaimana mestinya.",
    "Sehubungan dengan kegiatan rapat koordinasi bulanan, kami mengundang Bapak/Ibu untuk hadir tepat waktu.",
    "Kegiatan akan dilaksanakan pada hari Senin bertempat di aula kantor kecamatan.",
    "Demikian surat keterangan ini kami buat, atas perhatian dan kerja samanya kami ucapkan terima kasih.",
    "Berdasarkan hasil pemeriksaan, yang bersangkutan dinyatakan telah memenuhi persyaratan yang ditentukan.",
    "Mohon kiranya Bapak/Ibu berkenan memberikan izin kepada mahasiswa kami untuk melaksanakan penelitian.",
    "Laporan keuangan triwulan ketiga menunjukkan kenaikan pendapatan dibandingkan periode sebelumnya.",
    "Peserta diharapkan membawa alat tulis, fotokopi ijazah terakhir, dan pas foto berwarna ukuran 3x4.",
    "Pembayaran dapat dilakukan melalui transfer bank paling lambat tujuh hari setelah tagihan diterima.",
]


def text_document(rng, registry, faker):
    """A letter: letterhead, number and subject, paragraphs of Indonesian prose, signature block."""
    W, H = 1000, 1414
    image = paper(W, H, rng, tint=(253, 253, 250))
    draw = ImageDraw.Draw(image)
    ink = (20, 20, 25)
    serif = rng.random() < 0.5
    body = font("serif" if serif else "liberation", 22)
    where = place(rng, registry)
    org = rng.choice([f"PEMERINTAH {where['regency']}", "KOPERASI SERBA USAHA MAJU BERSAMA", "YAYASAN PENDIDIKAN HARAPAN BANGSA", f"KECAMATAN {where['district']}"])
    draw.text((W / 2, 80), org, font=font("serif_bold" if serif else "liberation_bold", 28), fill=ink, anchor="mm")
    draw.text((W / 2, 118), f"{address(rng)}, {where['regency']} {where['postcode']}", font=font("liberation", 18), fill=ink, anchor="mm")
    draw.line([(60, 145), (W - 60, 145)], fill=ink, width=4)
    draw.line([(60, 151), (W - 60, 151)], fill=ink, width=1)
    y = 190
    for k, v in (("Nomor", f"{rng.randint(1, 999):03d}/{rng.choice(['SK', 'UND', 'KET', 'ADM'])}/{rng.choice(['I', 'IV', 'VII', 'XI'])}/2025"),
                 ("Lampiran", "-"), ("Perihal", rng.choice(["Undangan", "Surat Keterangan", "Permohonan Izin", "Pemberitahuan"]))):
        draw.text((80, y), k, font=body, fill=ink)
        draw.text((220, y), ": " + v, font=body, fill=ink)
        y += 34
    y += 30
    for _ in range(rng.randint(3, 5)):
        paragraph = " ".join(rng.sample(SENTENCES, rng.randint(2, 3)))
        for line in wrap(draw, paragraph, body, W - 170):
            draw.text((90, y), line, font=body, fill=ink)
            y += 34
        y += 20
        if y > H - 320:
            break
    draw.text((620, y + 40), f"{where['regency'].replace('KABUPATEN ', '').replace('KOTA ', '')}, {rng.randint(1, 28)} Mei 2025", font=body, fill=ink)
    draw.text((620, y + 190), full_name(rng, faker, rng.random() < 0.5, "00"), font=font("liberation_bold", 21), fill=ink)
    return image, {"organisation": org}


def other_card(rng, registry, faker):
    """A blue card the size of a KTP that is not one: a bank debit card or a membership card."""
    W = rng.randint(1000, 1100)
    H = int(W * RATIO)
    name = full_name(rng, faker, rng.random() < 0.5, "00")
    if rng.random() < 0.5:
        field = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270])).resize((W, H))
        image = ImageOps.colorize(field, black=(10, 40, 110), white=(60, 140, 220))
        draw = ImageDraw.Draw(image)
        bank = rng.choice(["BANK NUSANTARA", "BANK SAMUDRA", "BANK RAKYAT MAKMUR", "BANK KHATULISTIWA"])
        draw.text((60, 50), bank, font=font("liberation_bold", 46), fill=(255, 255, 255))
        draw.rounded_rectangle([80, 230, 200, 320], radius=14, fill=(212, 180, 90))  # chip
        for k in range(1, 4):
            draw.line([(80, 230 + k * 22), (200, 230 + k * 22)], fill=(160, 130, 60), width=2)
        number = "  ".join("".join(str(rng.randint(0, 9)) for _ in range(4)) for _ in range(4))
        draw.text((70, 400), number, font=font("ocr_b", 52), fill=(240, 240, 240))
        draw.text((70, 500), "VALID THRU " + f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}", font=font("liberation", 26), fill=(230, 230, 230))
        draw.text((70, 560), name, font=font("liberation", 34), fill=(245, 245, 245))
        draw.text((W - 240, H - 100), "DEBIT", font=font("liberation_bold", 44), fill=(255, 255, 255))
        return image, {"variant": "bank_card"}
    image = background(W, H, rng)
    draw = ImageDraw.Draw(image)
    ink = (15, 30, 70)
    org = rng.choice(["PERPUSTAKAAN DAERAH", "KOPERASI KARYAWAN SEJAHTERA", "KLUB KEBUGARAN SEHAT", "IKATAN ALUMNI"])
    draw.rectangle([0, 0, W, 120], fill=(20, 70, 150))
    draw.text((W / 2, 45), "KARTU ANGGOTA", font=font("liberation_bold", 40), fill=(255, 255, 255), anchor="mm")
    draw.text((W / 2, 92), org, font=font("liberation_bold", 28), fill=(230, 240, 255), anchor="mm")
    photo = portrait(rng, 220, 290, rng.choice(["red", "blue", (220, 220, 220)]))
    image.paste(photo, (60, 170))
    draw.text((330, 200), name, font=font("liberation_bold", 34), fill=ink)
    draw.text((330, 260), "No. " + "".join(str(rng.randint(0, 9)) for _ in range(10)), font=font("liberation", 30), fill=ink)
    draw.text((330, 310), "Berlaku s/d " + f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2025, 2030)}", font=font("liberation", 28), fill=ink)
    barcode(draw, rng, (330, 400, 800, 480))
    return image, {"variant": "membership_card"}


MAKERS = {"shipping_receipt": shipping_receipt, "face_photo": face_photo, "blank_page": blank_page,
          "transcript": transcript, "text_document": text_document, "other_card": other_card}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--registry", help="as for generate_ktp.py")
    parser.add_argument("--quality", type=int, default=88, help="JPEG quality unless a jpeg degradation sets it")
    parser.add_argument("--max-kb", type=int, help="re-save at lower quality (down to 50) until at most this size")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    registry = reg.Registry(args.registry)
    faker = make_faker()
    for index in range(1, args.count + 1):
        rng = random.Random(f"negative:{args.seed}:{index}")
        faker.seed_instance(rng.randint(0, 2**31))
        kind = KINDS[(index - 1) % len(KINDS)]
        image, detail = MAKERS[kind](rng, registry, faker)
        image, log, quality = degrade(image.convert("RGB"), rng, "mixed")
        quality = quality or args.quality
        path = os.path.join(args.out, f"not-ktp-{index:05d}.jpg")
        while True:
            image.save(path, "JPEG", quality=quality, optimize=True)
            if not args.max_kb or os.path.getsize(path) <= args.max_kb * 1024 or quality <= 50:
                break
            quality -= 5
        with open(os.path.join(args.out, f"not-ktp-{index:05d}.kind.json"), "w", encoding="utf-8") as handle:
            json.dump({"kind": kind, **detail, "degradations": log}, handle, ensure_ascii=False, indent=1)
            handle.write("\n")


if __name__ == "__main__":
    main()
