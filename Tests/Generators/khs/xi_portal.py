"""xi family 1: a SIAKAD "Hasil Studi Mahasiswa" page printed from a web browser. The browser's
own header (date, time, page title) and footer (URL, page n/m) lines, a coloured portal band, a
content box with a breadcrumb, a semester selector ("Tahun Ajaran 2023/2024 Semester Genap") and
a Tampilkan button, the student in a two-column grid, a zebra table No | Kode MK | Nama Mata Kuliah
| SKS | Nilai Angka | Nilai Huruf | Bobot with a sub-header row per semester, and a summary strip
(SKS, IPS sometimes, IPK). The table header repeats on every printed page."""
import re

import xi_style as xs
from sheet_fonts import wrap
from xi_paper import INK, WIDTH, box, centre, finish, fonts, right, sheet

BANDS = [(22, 84, 150), (0, 110, 90), (120, 30, 40), (40, 40, 60), (200, 120, 20)]


def _score(rng, style, grade):
    floors = xs.SCORE_FLOORS[style["scale"]]
    i = list(xs.POINTS[style["scale"]]).index(grade)
    low, high = floors[i], (floors[i - 1] - 1 if i else 100)
    value = rng.uniform(max(low, 20), high) if style["score_places"] else rng.randint(max(low, 20), high)
    return xs.number(style, value, 2) if style["score_places"] else str(value)


def render(style, doc, chunks, rng):
    f = fonts(style)
    size = style["size"]
    body, bold, small = f.get("regular", size), f.get("bold", size), f.get("regular", max(15, size - 5))
    style["score_places"] = rng.random() < 0.4
    band = rng.choice(BANDS)
    slug = re.sub(r"[^a-z]", "", style["university"].lower().split()[-1])
    url = f"https://siakad.{slug}.ac.id/mahasiswa/{rng.choice(['hasil-studi', 'khs', 'akademik/nilai'])}?smt={doc['entry'] + (doc['shown'] - 1) // 2}{2 - doc['shown'] % 2}"
    year, half = xs.period(doc["entry"], doc["shown"])
    line = int(size * 1.75)
    cols = [("No", 70, 60), ("Kode MK", 130, 150), ("Nama Mata Kuliah", 290, 470), ("SKS", 770, 60),
            ("Nilai Angka", 840, 130), ("Nilai Huruf", 980, 120), ("Bobot", 1110, 80)]
    canvases, number = [], 1
    for page_no, chunk in enumerate(chunks, 1):
        c = sheet(rng)
        c.text((40, 22), f"{doc['printed_on']} {doc['time']}", font=small, fill=INK)
        centre(c, WIDTH // 2, 22, "SIAKAD - Hasil Studi Mahasiswa", small)
        y = 70
        if page_no == 1:
            c.rectangle((40, y, WIDTH - 40, y + 80), fill=band)
            c.text((64, y + 14), style["university"].upper(), font=f.get("bold", size + 2), fill=(255, 255, 255))
            c.text((64, y + 48), "Sistem Informasi Akademik", font=small, fill=(235, 235, 235))
            y += 110
            top = y - 15
            c.text((60, y), "Beranda  >  Akademik  >  Hasil Studi", font=small, fill=(90, 90, 110))
            y += 40
            c.line((40, y, WIDTH - 40, y), fill=(200, 200, 205))
            c.text((60, y + 24), "Hasil Studi Mahasiswa", font=f.get("bold", size + 6), fill=INK)
            y += 80
            selector = f"Tahun Ajaran {year} Semester {half}"
            width = body.getlength(selector) + 60
            box(c, (60, y - 8, 60 + width, y + line - 2), ink=(150, 150, 160))
            c.text((72, y), selector, font=body, fill=INK)
            c.line((60 + width - 30, y + 6, 60 + width - 20, y + 16, 60 + width - 10, y + 6), fill=INK, width=2)
            c.rectangle((80 + width, y - 8, 80 + width + 140, y + line - 2), fill=band)
            c.text((96 + width, y), "Tampilkan", font=body, fill=(255, 255, 255))
            y += line + 30
            semester_label = rng.choice(["Semester", "Semester Aktif", "Semester Ke"])
            grid = [("NIM", doc["nim"]), ("Program Studi", f"S1 {style['programme']}"),
                    ("Nama", doc["name"]), (semester_label, str(doc["semester"])),
                    ("Angkatan", str(doc["entry"])), ("Dosen Wali", doc["official"])]
            for i, (label, value) in enumerate(grid):
                x, yy = (60 if i % 2 == 0 else 640), y + (i // 2) * line
                c.text((x, yy), label, font=body, fill=INK)
                c.text((x + 190, yy), ": " + value, font=body, fill=INK)
            y += 3 * line + 30
        else:
            y += 20
            top = y - 15
        heads = [wrap(label, bold, w + 8) for label, _, w in cols]  # a wide font wraps "Nilai Angka" as browsers do
        depth = max(len(h) for h in heads)
        c.rectangle((50, y - 8, WIDTH - 50, y + depth * line - 4), fill=(225, 230, 238))
        for (label, x, w), parts in zip(cols, heads):
            for k, part in enumerate(parts):
                c.text((x, y + k * line), part, font=bold, fill=INK)
        y += depth * line
        previous = chunk[0]["semester"] - 1 if page_no == 1 else chunk[0]["semester"]
        for row in chunk:
            if row["semester"] != previous:
                previous = row["semester"]
                yr, hf = xs.period(doc["entry"], row["semester"])
                c.text((70, y), f"Semester {row['semester']} - {yr} {hf}", font=f.get("italic", size), fill=(60, 60, 90))
                y += line
            if number % 2 == 0:
                c.rectangle((50, y - 6, WIDTH - 50, y + line - 6), fill=(242, 244, 248))
            cells = [str(number), row["code"], row["name"], str(row["sks"]), _score(rng, style, row["grade"]), row["grade"],
                     xs.number(style, row["point"])]
            for (label, x, w), text in zip(cols, cells):
                c.text((x, y), text, font=f.fitting("regular", size, text, w) if label.startswith("Nama") else body, fill=INK)
            c.line((50, y + line - 6, WIDTH - 50, y + line - 6), fill=(215, 215, 220))
            y += line
            number += 1
        if page_no == len(chunks):
            y += 20
            strip = [("Total SKS", str(doc["total"])), ("IPK", xs.number(style, doc["ipk"]))]
            if rng.random() < 0.5:
                strip.insert(1, ("IP Semester", xs.number(style, doc["ips"])))
            x = 60
            for label, value in strip:
                text = f"{label} : {value}"
                c.text((x, y), text, font=bold, fill=INK)
                x += bold.getlength(text) + 60
            y += line
        y += 20
        box(c, (40, top, WIDTH - 40, y), ink=(200, 200, 205))
        finish(c, y)
        height = c.size[1]
        c.text((40, height - 40), url, font=small, fill=INK)
        right(c, WIDTH - 40, height - 40, f"{page_no}/{len(chunks)}", small)
        canvases.append(c)
    return canvases
