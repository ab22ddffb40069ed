#!/usr/bin/env python3
"""Synthetic e-KTP images with ground truth, reproducible from a seed.

    generate_ktp.py --out DIR --count N --seed S [--degrade none|mixed|heavy] [--registry DIR]

Writes DIR/ktp-00001.jpg and DIR/ktp-00001.json (the printed fields, as DESIGN.md names them,
plus the degradations applied)."""
import argparse
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import registry as reg  # noqa: E402
from card import draw_card  # noqa: E402
from degrade import degrade  # noqa: E402
from people import make_faker, person  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--degrade", choices=["none", "mixed", "heavy"], default="mixed")
    parser.add_argument("--registry")
    parser.add_argument("--first", type=int, default=1, help="number of the first card")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    registry = reg.Registry(args.registry)
    faker = make_faker()
    for index in range(args.first, args.first + args.count):
        rng = random.Random(f"{args.seed}:{index}:{args.degrade}")
        fields = person(rng, registry, faker)
        issued = datetime.date(2012, 1, 1) + datetime.timedelta(days=rng.randint(0, 4000))
        fields["_issued_on"] = issued.strftime("%d-%m-%Y")
        card = draw_card(fields, rng, width=rng.choice([1000, 1100, 1200]))
        image, quality, log = degrade(card, rng, args.degrade)
        name = f"ktp-{index:05d}"
        image.convert("RGB").save(os.path.join(args.out, name + ".jpg"), quality=quality)
        truth = {k: v for k, v in fields.items() if not k.startswith("_")}
        truth["degradations"] = log
        with open(os.path.join(args.out, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(truth, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
