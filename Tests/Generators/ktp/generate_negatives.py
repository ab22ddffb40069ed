#!/usr/bin/env python3
"""Images that are not e-KTPs, for the not_a_ktp check: a shipping receipt, a face photo, a
blank page, a transcript table, a letter, and a blue card of another kind.

    generate_negatives.py --out DIR --count N --seed S"""
import argparse
import json
import os
import random
import sys

from PIL import Image, ImageDraw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from card import background, font, photo  # noqa: E402
from degrade import degrade  # noqa: E402

KINDS = ["receipt", "face", "blank", "transcript", "letter", "other_card"]


def receipt(rng):
    image = Image.new("RGB", (600, 900), (245, 245, 240))
    draw = ImageDraw.Draw(image)
    mono = font("narrow", 24)
    lines = ["J&T EXPRESS", f"NO RESI: JP{rng.randint(10**9, 10**10)}", "PENGIRIM: TOKO MAJU JAYA", "JL. PASAR BARU NO. 5 BANDUNG 40111",
             "PENERIMA: SITI AMINAH", "JL. SUDIRMAN NO. 10", "KEC. TEBET JAKARTA SELATAN 12810", f"BERAT: {rng.randint(1, 9)} KG", "ONGKIR: RP 18.000", "COD: TIDAK"]
    for i, line in enumerate(lines):
        draw.text((30, 40 + i * 60), line, font=mono, fill=(20, 20, 20))
    for x in range(40, 560, 6):
        if rng.random() < 0.6:
            draw.rectangle([x, 700, x + rng.randint(1, 4), 820], fill=(0, 0, 0))
    return image


def face(rng):
    image = Image.new("RGB", (640, 800), (rng.randint(100, 220),) * 3)
    photo(ImageDraw.Draw(image), rng, (80, 80, 560, 760))
    return image


def blank(rng):
    shade = rng.randint(200, 255)
    return Image.new("RGB", (800, 1100), (shade, shade, shade - rng.randint(0, 10)))


def transcript(rng):
    image = Image.new("RGB", (1000, 1400), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    sans = font("sans", 22)
    draw.text((300, 40), "KARTU HASIL STUDI (KHS)", font=font("bold", 30), fill=0)
    draw.text((60, 110), "NAMA: BUDI SANTOSO      NIM: 1301194001", font=sans, fill=0)
    courses = ["KALKULUS I", "FISIKA DASAR", "ALGORITMA", "BASIS DATA", "JARINGAN KOMPUTER", "STATISTIKA"]
    for i, course in enumerate(courses):
        y = 200 + i * 50
        draw.text((60, y), f"IF{1100 + i}", font=sans, fill=0)
        draw.text((200, y), course, font=sans, fill=0)
        draw.text((650, y), str(rng.randint(2, 4)), font=sans, fill=0)
        draw.text((760, y), rng.choice(["A", "AB", "B", "BC", "C"]), font=sans, fill=0)
    draw.text((60, 560), f"IPK: {rng.uniform(2.5, 4.0):.2f}", font=sans, fill=0)
    return image


def letter(rng):
    image = Image.new("RGB", (900, 1200), (252, 252, 250))
    draw = ImageDraw.Draw(image)
    sans = font("sans", 22)
    text = ["KEMENTERIAN DALAM NEGERI", "SURAT KETERANGAN", "Yang bertanda tangan di bawah ini menerangkan bahwa",
            "nama tersebut benar warga kami dan berkelakuan baik.", "Demikian surat ini dibuat untuk dipergunakan seperlunya."]
    for i, line in enumerate(text):
        draw.text((60, 80 + i * 60), line, font=sans, fill=0)
    return image


def other_card(rng):
    image = background(1100, 694, rng)
    draw = ImageDraw.Draw(image)
    draw.text((60, 60), "BANK NUSANTARA", font=font("bold", 44), fill=(10, 30, 90))
    draw.text((60, 380), "4567  1234  9876  5432", font=font("ocr", 48), fill=(20, 20, 20))
    draw.text((60, 480), "VALID THRU 08/29", font=font("sans", 26), fill=(20, 20, 20))
    draw.text((60, 540), "RINA WULANDARI", font=font("sans", 30), fill=(20, 20, 20))
    return image


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    makers = {"receipt": receipt, "face": face, "blank": blank, "transcript": transcript, "letter": letter, "other_card": other_card}
    for index in range(1, args.count + 1):
        rng = random.Random(f"{args.seed}:{index}:negative")
        kind = KINDS[(index - 1) % len(KINDS)]
        image, quality, log = degrade(makers[kind](rng), rng, "mixed")
        name = f"not-ktp-{index:05d}"
        image.convert("RGB").save(os.path.join(args.out, name + ".jpg"), quality=quality)
        with open(os.path.join(args.out, name + ".kind.json"), "w") as handle:
            json.dump({"kind": kind, "degradations": log}, handle)


if __name__ == "__main__":
    main()
