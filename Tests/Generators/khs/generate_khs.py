"""KHS / transcript pages in four university layouts, with ground truth.

Layouts (column order, header words, grade style):
  sigma  No | Kode | Mata Kuliah | SKS | Nilai       letters A AB B BC C D E        Liberation Sans
  tau    Kode | Mata Kuliah | SKS | Huruf            A A- B+ B B- C+ C D E          DejaVu Serif
  rho    No | Mata Kuliah | Kode | Nilai | SKS       numeric 0-4 ("3.50")           Liberation Sans Narrow/DejaVu
  omega  Kode MK | SKS | Nama Mata Kuliah | Nilai Huruf   mixed AB/A- letters      DejaVu Sans Condensed
`omega` is the held-out layout: never tune the parser on it; the benchmark reports it apart.

Ground truth per page (<stem>.json): student {name, nim}, rows [{code, name, sks, grade}],
ipk_printed (what the page says), ipk_true (recomputed with the layout's scale), tampered
(printed IPK deliberately wrong), layout, scale, degradations.

    var/venv/bin/python Tests/Generators/khs/generate_khs.py --out var/bench/khs --count 40 --seed 3 --degrade mixed
"""
import argparse
import json
import os
import random
import sys

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "ktp"))
from degrade import degrade  # noqa: E402
from faker import Faker  # noqa: E402

FONTS = "/usr/share/fonts/truetype"
SCALES = {
    "letter_ab": {"A": 4.0, "AB": 3.5, "B": 3.0, "BC": 2.5, "C": 2.0, "D": 1.0, "E": 0.0},
    "letter_pm": {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "E": 0.0},
    "numeric": None,
}
LAYOUTS = {
    "sigma": {"cols": ["no", "code", "name", "sks", "grade"], "labels": ["No", "Kode", "Mata Kuliah", "SKS", "Nilai"],
              "scale": "letter_ab", "font": "liberation/LiberationSans-Regular.ttf", "bold": "liberation/LiberationSans-Bold.ttf",
              "title": "KARTU HASIL STUDI", "ipk": "IPK", "nim": "digits"},
    "tau": {"cols": ["code", "name", "sks", "grade"], "labels": ["Kode", "Mata Kuliah", "SKS", "Huruf"],
            "scale": "letter_pm", "font": "dejavu/DejaVuSerif.ttf", "bold": "dejavu/DejaVuSerif-Bold.ttf",
            "title": "TRANSKRIP AKADEMIK", "ipk": "Indeks Prestasi Kumulatif (IPK)", "nim": "alnum"},
    "rho": {"cols": ["no", "name", "code", "grade", "sks"], "labels": ["No", "Mata Kuliah", "Kode", "Nilai", "SKS"],
            "scale": "numeric", "font": "dejavu/DejaVuSans.ttf", "bold": "dejavu/DejaVuSans-Bold.ttf",
            "title": "DAFTAR NILAI MAHASISWA", "ipk": "IPK", "nim": "dotted"},
    "omega": {"cols": ["code", "sks", "name", "grade"], "labels": ["Kode MK", "SKS", "Nama Mata Kuliah", "Nilai Huruf"],
              "scale": "letter_pm", "font": "dejavu/DejaVuSansCondensed.ttf", "bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
              "title": "KARTU HASIL STUDI SEMESTER", "ipk": "Indeks Prestasi Kumulatif", "nim": "digits"},
}
COURSES = ["Kalkulus I", "Kalkulus II", "Fisika Dasar I", "Fisika Dasar II", "Kimia Dasar", "Algoritma dan Pemrograman",
           "Struktur Data", "Basis Data", "Jaringan Komputer", "Sistem Operasi", "Statistika Dasar", "Aljabar Linear",
           "Matematika Diskrit", "Pemrograman Web", "Rekayasa Perangkat Lunak", "Kecerdasan Buatan", "Bahasa Inggris",
           "Pendidikan Pancasila", "Kewarganegaraan", "Biologi Umum", "Metode Numerik", "Analisis Real I",
           "Elektronika Dasar", "Praktikum Fisika Dasar", "Interaksi Manusia dan Komputer", "Grafika Komputer",
           "Teori Bahasa dan Automata", "Pengantar Ekonomi", "Etika Profesi", "Sistem Digital"]
PREFIX = ["MAT", "FIS", "KIM", "IF", "KOM", "STA", "BIO", "UNI", "TIF", "MKU"]


def font(path, size):
    full = os.path.join(FONTS, path)
    if not os.path.exists(full):
        sys.exit(f"missing font {full}: apt-get install -y fonts-liberation fonts-dejavu-core")
    return ImageFont.truetype(full, size)


def nim(rng, style):
    if style == "digits":
        return "".join(rng.choice("0123456789") for _ in range(rng.choice([10, 12])))
    if style == "alnum":
        return rng.choice("HGFKMJ") + str(rng.randint(1, 9)) + rng.choice("ABCDE") + f"{rng.randint(17, 24):02d}{rng.randint(1, 999):03d}"
    return f"{rng.randint(17, 24)}.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}"


def grade_text(rng, scale):
    if scale == "numeric":
        value = rng.choices([4.0, 3.75, 3.5, 3.25, 3.0, 2.5, 2.0, 1.0, 0.0], [6, 4, 5, 3, 4, 2, 2, 1, 0.4])[0]
        return f"{value:.2f}", value
    letters = list(SCALES[scale])
    weights = [6, 4, 4, 4, 3, 2, 2, 1, 0.4][: len(letters)] if scale == "letter_pm" else [6, 5, 5, 3, 2, 1, 0.4]
    letter = rng.choices(letters, weights)[0]
    return letter, SCALES[scale][letter]


def page(index, seed, level, out):
    rng = random.Random(f"{seed}-{index}")
    layout_name = list(LAYOUTS)[(index - 1) % len(LAYOUTS)]
    layout = LAYOUTS[layout_name]
    fake = Faker("id_ID")
    fake.seed_instance(rng.randint(0, 2**31))
    student = {"name": fake.name().upper() if rng.random() < 0.5 else fake.name(), "nim": nim(rng, layout["nim"])}
    names = rng.sample(COURSES, rng.randint(6, 11))
    rows, points = [], []
    for name in names:
        grade, point = grade_text(rng, layout["scale"])
        code = rng.choice(PREFIX) + str(rng.randint(100, 4999))
        sks = rng.choices([1, 2, 3, 4], [1, 4, 5, 1])[0]
        rows.append({"code": code, "name": name, "sks": sks, "grade": grade})
        points.append(point)
    total = sum(r["sks"] for r in rows)
    ipk_true = round(sum(r["sks"] * p for r, p in zip(rows, points)) / total, 2)
    tampered = rng.random() < 0.2
    ipk_printed = round(min(4.0, ipk_true + rng.choice([-1, 1]) * rng.uniform(0.15, 0.6)), 2) if tampered else ipk_true

    width = 1240
    size = rng.randint(19, 23)
    body, bold = font(layout["font"], size), font(layout["bold"], size)
    line = int(size * 1.9)
    height = 330 + line * (len(rows) + 2) + 140
    image = Image.new("RGB", (width, height), (255, 255, 255) if rng.random() < 0.5 else (250, 249, 243))
    draw = ImageDraw.Draw(image)
    ink = (20, 20, 25)
    draw.text((width // 2, 50), "UNIVERSITAS " + fake.city().upper(), font=font(layout["bold"], size + 6), fill=ink, anchor="mt")
    draw.text((width // 2, 95), layout["title"], font=bold, fill=ink, anchor="mt")
    y = 160
    for label, value in [("Nama", student["name"]), ("NIM", student["nim"]), ("Program Studi", "S1 " + rng.choice(["Informatika", "Fisika", "Matematika", "Statistika"]))]:
        draw.text((90, y), label, font=body, fill=ink)
        draw.text((300, y), ": " + value, font=body, fill=ink)
        y += line
    y += line // 2
    widths = {"no": 60, "code": 170, "name": 560, "sks": 90, "grade": 150}
    x, xs = 90, {}
    for col in layout["cols"]:
        xs[col] = x
        x += widths[col] + 20
    ruled = rng.random() < 0.5
    for col, label in zip(layout["cols"], layout["labels"]):
        draw.text((xs[col], y), label, font=bold, fill=ink)
    if ruled:
        draw.line((80, y - 8, x, y - 8), fill=ink, width=2)
        draw.line((80, y + line - 8, x, y + line - 8), fill=ink, width=2)
    y += line
    for number, row in enumerate(rows, 1):
        cells = {"no": str(number), **{k: str(v) for k, v in row.items()}}
        for col in layout["cols"]:
            draw.text((xs[col], y), cells[col], font=body, fill=ink)
        y += line
    if ruled:
        draw.line((80, y - 8, x, y - 8), fill=ink, width=2)
    y += line // 2
    draw.text((90, y), f"Jumlah SKS : {total}", font=body, fill=ink)
    draw.text((90, y + line), f"{layout['ipk']} : {ipk_printed:.2f}", font=body, fill=ink)

    image, degradations, quality = degrade(image, rng, level)
    stem = f"khs-{layout_name}-{index:04d}"
    image.save(os.path.join(out, stem + ".jpg"), quality=quality or 88)
    truth = {"layout": layout_name, "scale": layout["scale"], "student": student, "rows": rows, "ipk_printed": ipk_printed,
             "ipk_true": ipk_true, "tampered": tampered, "degradations": degradations}
    with open(os.path.join(out, stem + ".json"), "w") as handle:
        json.dump(truth, handle, indent=1, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--degrade", choices=["none", "mixed", "heavy"], default="mixed")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for index in range(args.first, args.first + args.count):
        page(index, args.seed, args.degrade, args.out)


if __name__ == "__main__":
    main()
