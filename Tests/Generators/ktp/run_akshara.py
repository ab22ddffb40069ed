#!/usr/bin/env python3
"""Runs the open-source peer akshara-ocr 0.3.0 (Tesseract mode, `ind` model, its default
preprocessing) over a card directory and writes, per card, the fields it found under our
field names (tempat/tanggal lahir split at the comma), for ktp-bench --peer to score.

    run_akshara.py CARDS_DIR OUT_DIR"""
import json
import os
import sys
import time

from akshara_ocr.core import IDDocOCR


def main():
    cards, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    ocr = IDDocOCR(doc_type="ktp", engine="tesseract", lang="ind")
    names = sorted(n for n in os.listdir(cards) if n.endswith(".jpg"))
    timings = []
    for name in names:
        start = time.perf_counter()
        try:
            result = ocr.extract(os.path.join(cards, name)).model_dump()
        except Exception:  # the peer gave up on this card: scored as nothing read
            result = {}
        timings.append(time.perf_counter() - start)
        fields = {k: (v.strip().upper() if isinstance(v, str) else v) for k, v in result.items()}
        born = fields.pop("tempat_tanggal_lahir", None) or ""
        if "," in born:
            fields["tempat_lahir"], fields["tanggal_lahir"] = (p.strip() for p in born.rsplit(",", 1))
        with open(os.path.join(out, name[:-4] + ".json"), "w", encoding="utf-8") as handle:
            json.dump({k: v for k, v in fields.items() if isinstance(v, str)}, handle, ensure_ascii=False)
    timings.sort()
    if timings:
        print(f"akshara-ocr: {len(timings)} cards, p50 {timings[len(timings) // 2] * 1000:.0f} ms, p95 {timings[int(len(timings) * 0.95)] * 1000:.0f} ms per card (one process)")


if __name__ == "__main__":
    main()
