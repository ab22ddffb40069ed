#!/usr/bin/env python3
"""The baseline the region benchmark compares with: plain Tesseract OCR of the whole receipt
image (Debian tesseract-ocr 5.3, `-l ind`, automatic page segmentation, no preprocessing)
and lokal-id 0.7.2's `parse_alamat` on the whole text; its province decides the region.

    run_baseline.py DIR [DIR...]

Writes DIR/receipt-NNNNN.baseline.json {"region", "province", "city", "seconds", "cpu_seconds"} next to each
receipt; region-bench scores them on the same receipts. One Tesseract process at a time with
OMP_THREAD_LIMIT=1 (one core), like the benchmark."""
import glob
import json
import os
import subprocess
import sys
import time

import lokal.wilayah  # noqa: F401  (lokal.alamat needs it imported first)
from lokal.alamat import parse_alamat

JAVA = {"31", "32", "33", "34", "35", "36"}


def cpu_seconds():
    """CPU time of this process and its finished children (the tesseract runs)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def classify(image):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    start, cpu = time.perf_counter(), cpu_seconds()
    text = subprocess.run(["tesseract", image, "stdout", "-l", "ind", "--psm", "3"], capture_output=True, text=True, env=env).stdout
    parsed = parse_alamat(text)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    province = parsed.provinsi
    if province is None:
        return {"region": "UNKNOWN", "province": None, "city": None, "seconds": seconds, "cpu_seconds": cpu}
    city = parsed.kabupaten_kota.name if parsed.kabupaten_kota else None
    return {"region": "REG_JAWA" if province.code in JAVA else "REG_LUARJAWA", "province": province.name, "city": city, "seconds": seconds, "cpu_seconds": cpu}


def main():
    for directory in sys.argv[1:]:
        for image in sorted(glob.glob(os.path.join(directory, "receipt-*.jpg"))):
            with open(image[:-4] + ".baseline.json", "w", encoding="utf-8") as handle:
                json.dump(classify(image), handle, ensure_ascii=False)


if __name__ == "__main__":
    main()
