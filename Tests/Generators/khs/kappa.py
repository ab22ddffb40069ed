"""The `kappa` layout: a multi-semester transcript as Indonesian universities print them, made to
differ from sigma/tau/rho/omega the way real documents do (see kappa_style.py for what varies per
institution and kappa_sheet.py for the page). Only made when asked for (`--layouts kappa`).

Content: 8-13 courses over 2-6 semesters on one page (A4, or taller as F4 paper is) (15-24 over 3-7 semesters on 2-3 pages with
--pdf/--text-pdf), grouped under semester headings with Jumlah SKS and IPS per semester (or one
flat table with a Smt column), then the total SKS, the sum of grade points and the printed IPK.
The printed semester is the last semester shown or the one after it. Tampered transcripts (20 %)
either print a wrong IPK or have one row's grade raised (letter, grade point and SKS x N of that
row edited; IPS, totals and IPK left as they were). Ground truth: the same keys as the other
layouts (rows carry the name as printed; the English line of a bilingual row is not part of it).
"""
import json
import os
import random
import time
from decimal import ROUND_DOWN, Decimal

from faker import Faker

import kappa_art as art
import kappa_style as ks
import textpdf
from degrade import degrade
from generate_khs import SCALES, grade_text, requirements
from kappa_sheet import ROOT, Fonts, render


def _cut(sks_points, style):
    """The index as the institution prints it: cut after two places, or rounded as ipk_true is."""
    total = sum(sks for sks, _ in sks_points)
    if style["truncate"]:
        exact = sum(Decimal(sks) * Decimal(str(p)) for sks, p in sks_points) / Decimal(total)
        return float(exact.quantize(Decimal("0.01"), ROUND_DOWN))
    return round(sum(sks * p for sks, p in sks_points) / total, 2)


def _courses(rng, style, count, semesters):
    sizes = [2] * semesters
    for _ in range(count - 2 * semesters):
        sizes[rng.randrange(semesters)] += 1
    pairs, rows, codes = rng.sample(ks.CATALOGUE, count), [], set()
    for semester, size in enumerate(sizes, 1):
        for _ in range(size):
            natural, english = pairs[len(rows)]
            code = ks.course_code(rng, style, semester)
            while code in codes:
                code = ks.course_code(rng, style, semester)
            codes.add(code)
            grade, point = grade_text(rng, style["scale"])
            rows.append({"code": code, "natural": natural, "english": english, "semester": semester, "grade": grade, "point": point,
                         "sks": rng.choices([1, 2, 3, 4], [1, 4, 5, 1])[0], "name": natural.upper() if style["upper"] else natural})
    return rows


def _tamper(rng, rows, style, total):
    """Returns the kind of tampering; a raised grade edits that row in place."""
    if rng.random() >= 0.2:
        return None
    scale = SCALES[style["scale"]]
    if rng.random() < 0.5:
        candidates = [r for r in rows if r["sks"] >= 2 and r["point"] < 4.0]
        rng.shuffle(candidates)
        for row in candidates:
            better = [g for g, p in scale.items() if r_delta(row, p, total) >= 0.05]
            if better:
                row["grade"] = rng.choice(better)
                row["point"] = scale[row["grade"]]
                return "grade"
    return "ipk"


def r_delta(row, point, total):
    return row["sks"] * (point - row["point"]) / total


def page(index, seed, level, out, pdf=False, text_pdf=False, pdf_quality=70, gray=False):
    rng = random.Random(f"kappa-{seed}-{index}")
    style = ks.draw_style(rng)
    fake = Faker("id_ID")
    fake.seed_instance(rng.randint(0, 2**31))
    paged = pdf or text_pdf
    count = rng.randint(15, 24) if paged else rng.randint(8, 13)
    shown = rng.randint(3, min(7, count // 3)) if paged else rng.randint(2, min(6, count // 2))
    semester = min(8, shown + rng.choice([0, 1]))
    entry = rng.randint(2018, 2025 - (semester - 1) // 2)
    rows = _courses(rng, style, count, shown)
    total = sum(r["sks"] for r in rows)
    original = _cut([(r["sks"], r["point"]) for r in rows], style)
    groups = {g: _cut([(r["sks"], r["point"]) for r in rows if r["semester"] == g], style) for g in range(1, shown + 1)}
    group_sums = {g: (sum(r["sks"] for r in rows if r["semester"] == g), sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in rows if r["semester"] == g))
                  for g in groups}
    quality_sum = sum(Decimal(r["sks"]) * Decimal(str(r["point"])) for r in rows)
    tampered = _tamper(rng, rows, style, total)
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / total, 2)
    printed = original
    if tampered == "ipk":
        delta = rng.uniform(0.15, 0.6)
        printed = round(printed - delta if printed + delta > 4.0 else printed + delta if printed - delta < 0 else printed + rng.choice([-1, 1]) * delta, 2)
    extra = random.Random(f"kappa-{seed}-{index}-requirements")
    natural_rows = [{"code": r["code"], "name": r["natural"], "sks": r["sks"], "grade": r["grade"]} for r in rows]
    wanted, met = requirements(extra, natural_rows, ipk_true, semester, style["scale"], [n for n, _ in ks.CATALOGUE])

    doc = _document(rng, fake, style, rows, entry, semester, shown, groups, group_sums, total, quality_sum, printed)
    items = []
    for number, row in enumerate(rows, 1):
        row["number"] = number
        row["cells"] = {"no": str(number), "smt": str(row["semester"]), "code": row["code"], "name": row["name"], "sks": str(row["sks"]),
                        "letter": row["grade"], "point": ks.number_text(row["point"], style), "quality": ks.number_text(row["sks"] * row["point"], style)}
    doc["rows"] = rows
    for g in range(1, shown + 1):
        group = [("row", r) for r in rows if r["semester"] == g]
        items += group if style["table"] == "flat" else [("heading", g)] + group + [("subtotal", doc["groups"][g])]
    parts = _pages(rng, items) if paged else [items]
    canvases = [render(style, doc, part, k, len(parts)) for k, part in enumerate(parts, 1)]

    stem = f"khs-kappa-{index:04d}"
    if paged:
        images, degradations = [], []
        for canvas in canvases:
            image, applied, _ = degrade(canvas.image, rng, level)
            images.append(image.convert("L") if rng.random() < 0.5 or gray else image)
            degradations.append(applied)
        if text_pdf:
            textpdf.write(os.path.join(out, stem + ".pdf"), [(c, c.size) for c in canvases])
            degradations = [[] for _ in canvases]
        else:
            fixed = time.struct_time((2025, 11, 1, 8, 0, 0, 5, 305, 0))
            images[0].save(os.path.join(out, stem + ".pdf"), save_all=True, append_images=images[1:], resolution=150, quality=pdf_quality,
                           creationDate=fixed, modDate=fixed)
    else:
        image, degradations, quality = degrade(canvases[0].image, rng, level)
        image.save(os.path.join(out, stem + ".jpg"), quality=quality or 88)
    truth = {"layout": "kappa", "scale": style["scale"], "student": {"name": doc["name"], "nim": doc["nim"]},
             "rows": [{"code": r["code"], "name": r["name"], "sks": r["sks"], "grade": r["grade"]} for r in rows],
             "ipk_printed": printed, "ipk_true": ipk_true, "tampered": tampered is not None, "semester": semester,
             "pages": len(canvases) if paged else 1, "requirements": wanted,
             "expected": "needs_review" if tampered else ("eligible" if met else "not_eligible"), "degradations": degradations}
    if text_pdf:
        truth["text_layer"] = True
    with open(os.path.join(out, stem + ".json"), "w") as handle:
        json.dump(truth, handle, indent=1, ensure_ascii=False)


def _pages(rng, items):
    """Two or three pages, never breaking right after a semester heading."""
    cuts = [k for k in range(4, len(items) - 3) if items[k - 1][0] != "heading"]
    chosen = sorted(rng.sample(cuts, min(len(cuts), rng.choice([1, 2]))))
    chosen = [c for k, c in enumerate(chosen) if k == 0 or c - chosen[k - 1] >= 4]
    return [items[a:b] for a, b in zip([0] + chosen, chosen + [len(items)])]


def _document(rng, fake, style, rows, entry, semester, shown, groups, group_sums, total, quality_sum, printed):
    """Everything printed around the table, drawn once per document."""
    city = fake.city()
    kind = rng.choice(["UNIVERSITAS", "UNIVERSITAS", "INSTITUT TEKNOLOGI", "UNIVERSITAS ISLAM", "POLITEKNIK"])
    university = f"{kind} {'NEGERI ' if style['state'] and kind == 'UNIVERSITAS' else ''}{city.upper()}"
    faculty = rng.choice(["Teknik", "Ilmu Komputer", "Matematika dan Ilmu Pengetahuan Alam", "Sains dan Teknologi"])
    prodi = rng.choice(["Teknik Informatika", "Sistem Informasi", "Ilmu Komputer", "Matematika", "Fisika", "Statistika"])
    domain = "".join(w[0] for w in university.split()[:-1]).lower() + city.lower().replace(" ", "")
    name = " ".join([fake.first_name(), fake.last_name()] + ([fake.last_name()] if rng.random() < 0.3 else []))
    name = name.upper() if rng.random() < 0.6 else name
    nim = ks.student_number(rng, style, entry)
    colour = rng.choice([(20, 40, 120), (10, 90, 50), (120, 20, 30), (20, 20, 25)])
    ink = rng.choice([(20, 20, 25), (0, 0, 0), (35, 35, 45)])
    fonts = Fonts(style["family"])
    birth = f"{fake.city()}, {rng.randint(1, 28)} {ks.MONTHS[rng.randrange(12)]} {entry - rng.randint(17, 20)}"
    left = [(style["name_label"], name), (style["number_label"], nim), ("Tempat, Tgl. Lahir", birth)]
    unit = "Jurusan" if kind == "POLITEKNIK" else "Fakultas"
    degree = rng.choice(["D4", "Sarjana Terapan"]) if kind == "POLITEKNIK" else rng.choice(["S1", "S-1", "Sarjana"])
    right = [(unit, faculty), ("Program Studi", f"{prodi} ({degree})"), ("Semester", str(semester)),
             ("Tahun Akademik", ks.term(entry, semester)) if rng.random() < 0.6 else ("Angkatan", str(entry))]
    quality = style["table"] != "flat"
    summary = [(style["sks_label"], str(total))] + ([("Jumlah Mutu", ks.number_text(float(quality_sum), style))] if quality and rng.random() < 0.6 else [])
    summary.append((style["ipk_label"], ks.number_text(printed, style)))
    scale = SCALES[style["scale"]]
    legend = "Keterangan: " + "; ".join(f"{g} = {ks.number_text(p, style)}" for g, p in scale.items())
    # printed during the semester shown: Ganjil runs September-December, Genap February-July of the next year
    year = entry + (semester - 1) // 2 + (0 if semester % 2 else 1)
    month, day = rng.randint(9, 12) if semester % 2 else rng.randint(2, 7), rng.randint(1, 28)
    signer = rng.choice(["Dr. ", "Dr. Ir. ", "Prof. Dr. ", ""]) + f"{fake.first_name()} {fake.last_name()}, {rng.choice(['M.T.', 'M.Kom.', 'M.Si.', 'Ph.D.', 'M.Sc.'])}"
    dean = rng.choice([["a.n. Dekan,", "Wakil Dekan Bidang Akademik,"], ["Ketua Program Studi,"], ["a.n. Rektor,", "Kepala Biro Akademik,"]])
    signer_id = (f"NIP. {entry - rng.randint(35, 50)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1998, 2015)}{rng.randint(1, 12):02d} "
                 f"{rng.randint(1, 2)} {rng.randint(1, 9):03d}") if style["state"] else f"NIDN. {rng.randint(0, 9999999999):010d}"
    group_text = {g: {"sks": group_sums[g][0], "quality": ks.number_text(float(group_sums[g][1]), style),
                      "ips": ks.number_text(groups[g], style)} for g in groups}
    emblem = art.emblem(rng, 150, colour + (255,), rng.choice([(200, 160, 30, 255), (230, 190, 40, 255), colour + (255,)]))
    stamp_ink = rng.choice([(70, 40, 150), (30, 60, 160), (110, 30, 120)])
    return {
        "fonts": fonts, "ink": ink, "kop_ink": colour if style["kop_colour"] else ink, "paper": rng.choice([(255, 255, 255), (252, 251, 246)]),
        "entry": entry, "name": name, "nim": nim, "student_left": left, "student_right": right, "groups": group_text,
        "kop": [("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI" if style["state"] else f"YAYASAN PENDIDIKAN {fake.last_name().upper()}", "regular", 1),
                (university, "bold", 9), (f"{unit.upper()} {faculty.upper()}", "bold", 3),
                (f"{fake.street_address()}, {city} {fake.postcode()} Telepon ({rng.randint(21, 987):03d}) {rng.randint(200000, 8999999)}", "regular", -3),
                (f"Laman: www.{domain}.ac.id   Surel: akademik@{domain}.ac.id", "regular", -3)],
        "letter_number": f"Nomor: {rng.randint(1, 9999):04d}/{rng.choice(['UN', 'AK', 'FT'])}{rng.randint(1, 60)}.{rng.randint(1, 9)}/AK/{year}" if rng.random() < 0.5 else None,
        "summary": summary, "legend": legend,
        "signer_lines": [f"{city}, {day} {ks.MONTHS[month - 1]} {year}"] + dean,
        "signer": signer, "signer_id": signer_id,
        "printed_at": f"Dicetak: {day:02d}-{month:02d}-{year} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.4 else None,
        "emblem": emblem, "watermark": art.faint(art.emblem(rng, 520, colour + (255,), colour + (255,)), 0.09),
        "signature": art.signature(rng, 260, 105, rng.choice([(20, 30, 110), (15, 15, 20)])),
        "stamp": art.stamp(rng, 175, stamp_ink, f"{faculty.upper()} * {university} *", os.path.join(ROOT, fonts.paths[1])),
        "code_block": art.code_block(rng),
    }
