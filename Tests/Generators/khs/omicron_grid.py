"""Family `grid` of omicron: a polytechnic Kartu Hasil Studi. A cog-wheel logo and the jurusan in the
letterhead, the student in one or two label columns, then one fully ruled grid: a shaded header in
two lines (Nilai over Angka | Huruf | Mutu; No, Kode MK, Mata Kuliah, Kredit and K x M across both),
a shaded band per semester, a Jumlah row with the semester's IPS under each semester, a totals row,
then IPS and IPK in a small ruled box at the bottom right and the signatures with their NIP.
On a PDF the letterhead and the grid header repeat on every page; the student is on the first."""
import nu_catalogue
import omicron_art as art
import omicron_style as ost
from sheet_fonts import wrap

MARGIN = 70
ORDERS = [["no", "code", "name", "kredit", "nilai", "km"], ["no", "name", "code", "kredit", "nilai", "km"],
          ["no", "code", "name", "nilai", "kredit", "km"]]
SUBS = [["angka", "huruf", "mutu"], ["huruf", "angka", "mutu"], ["angka", "huruf", "mutu"]]
PAIRS = [("Kredit", "K x M"), ("K", "KxM"), ("SKS", "SKS x M")]
SHADES = [(208, 208, 208), (204, 220, 240), (214, 232, 208), (236, 224, 200)]


def _columns(order, subs, font):
    width = {"no": 52, "code": max(118, round(font.getlength("MKB99999")) + 16), "kredit": 78, "km": 96,
             "angka": 82, "huruf": 76, "mutu": 76}
    width["name"] = 1240 - 2 * MARGIN - sum(width[c] for c in order if c not in ("name", "nilai")) - sum(width[s] for s in subs)
    xs, x = {}, MARGIN
    for col in order:
        for part in (subs if col == "nilai" else [col]):
            xs[part] = (x, x + width[part])
            x += width[part]
    return xs


def _letterhead(canvas, style, f, look):
    size = style["size"]
    canvas.paste(look["logo"], (MARGIN + 5, 40))
    left = MARGIN + 150
    mid = (left + 1240 - MARGIN) / 2
    y = 44
    lines = [(f.get("regular", size - 3), look["ministry"])] if look["ministry"] else []
    lines += [(f.get("bold", size + 7), style["institution"].upper()),
              (f.get("bold", size + 1), f"JURUSAN {style['faculty'].upper()}"),
              (f.get("regular", size - 4), look["address"])]
    for font, text in lines:
        canvas.text((mid, y), text, font=font, fill=art.INK, anchor="mt")
        y += round(font.size * 1.3)
    y = max(y, 175) + 6
    canvas.line((MARGIN, y, 1240 - MARGIN, y), fill=art.INK, width=4)
    canvas.line((MARGIN, y + 6, 1240 - MARGIN, y + 6), fill=art.INK, width=1)
    return y + 26


def _student(canvas, style, doc, f, y, look):
    body, size = f.get("regular", style["size"]), style["size"]
    canvas.text((620, y), look["title"], font=f.get("bold", size + 4), fill=art.INK, anchor="mt")
    y += round(size * 1.6)
    start = doc["entry"] + (doc["semester"] - 1) // 2
    pairs = [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Program Studi", f"{style['degree']} {style['programme']}"),
             ("Semester", str(doc["semester"])), ("Tahun Akademik", f"{start}/{start + 1}"),
             (look["adviser_label"], doc["adviser"])]
    line = round(size * 1.5)
    if look["two_columns"]:
        reach = [max(body.getlength(p[0]) for p in half) + 16 for half in (pairs[:3], pairs[3:])]
        for k, (label, value) in enumerate(pairs):
            x, row = (MARGIN + 10, k) if k < 3 else (700, k - 3)
            canvas.text((x, y + row * line), label, font=body, fill=art.INK)
            canvas.text((x + reach[k // 3], y + row * line), f": {value}", font=body, fill=art.INK)
        return y + 3 * line + 14
    for k, (label, value) in enumerate(pairs):
        canvas.text((MARGIN + 10, y + k * line), label, font=body, fill=art.INK)
        canvas.text((MARGIN + 230, y + k * line), f": {value}", font=body, fill=art.INK)
    return y + len(pairs) * line + 14


def _header(canvas, xs, order, subs, labels, f, size, y, shade):
    high = round(size * 1.5)
    bold = f.get("bold", size - 1)
    canvas.rectangle((MARGIN, y, 1240 - MARGIN, y + 2 * high), fill=shade)
    left_nilai, right_nilai = xs[subs[0]][0], xs[subs[-1]][1]
    for col in order:
        if col == "nilai":
            art.cell(canvas, (left_nilai, y, right_nilai, y + high), "Nilai", bold, "centre")
            canvas.line((left_nilai, y + high, right_nilai, y + high), fill=art.INK)
            for sub in subs:
                art.cell(canvas, (xs[sub][0], y + high, xs[sub][1], y + 2 * high), labels[sub], bold, "centre")
                canvas.line((xs[sub][0], y + high, xs[sub][0], y + 2 * high), fill=art.INK)
        else:
            art.cell(canvas, (xs[col][0], y, xs[col][1], y + 2 * high), labels[col], bold, "centre")
            canvas.line((xs[col][0], y, xs[col][0], y + 2 * high), fill=art.INK)
    canvas.line((1240 - MARGIN, y, 1240 - MARGIN, y + 2 * high), fill=art.INK)
    canvas.line((MARGIN, y, 1240 - MARGIN, y), fill=art.INK, width=2)
    canvas.line((MARGIN, y + 2 * high, 1240 - MARGIN, y + 2 * high), fill=art.INK, width=2)
    return y + 2 * high


def _row(canvas, xs, cells, fonts_of, y, high, shade=None, merged=None):
    """One ruled row: `cells` {column: text}; `merged` (first, last, text) spans columns."""
    lines = {k: v if isinstance(v, list) else [v] for k, v in cells.items()}
    tall = high * max([len(v) for v in lines.values()] + [1])
    if shade:
        canvas.rectangle((MARGIN + 1, y + 1, 1240 - MARGIN - 1, y + tall - 1), fill=shade)
    skip = set()
    if merged:
        first, last, text = merged
        names = list(xs)
        skip = set(names[names.index(first): names.index(last) + 1])
        art.cell(canvas, (xs[first][0], y, xs[last][1], y + tall), text, fonts_of("bold"))
        canvas.line((xs[first][0], y, xs[first][0], y + tall), fill=art.INK)
    for col, (x0, x1) in xs.items():
        if col in skip:
            continue
        canvas.line((x0, y, x0, y + tall), fill=art.INK)
        texts = lines.get(col, [""])
        align = "left" if col in ("name", "code") else "centre"
        for k, text in enumerate(texts):
            art.cell(canvas, (x0, y + k * high, x1, y + (k + 1) * high), text, fonts_of("regular"), align)
    canvas.line((1240 - MARGIN, y, 1240 - MARGIN, y + tall), fill=art.INK)
    canvas.line((MARGIN, y + tall, 1240 - MARGIN, y + tall), fill=art.INK)
    return y + tall


def _closing(canvas, rng, style, doc, f, y, look):
    size = style["size"]
    body, bold = f.get("regular", size), f.get("bold", size)
    high = round(size * 1.55)
    box = [("Jumlah SKS", str(doc["total"])), ("IPS", ost.number(style, doc["ips"][doc["shown"]])),
           ("IPK", ost.number(style, doc["ipk"]))]
    x0, x1, x2 = 1240 - MARGIN - 330, 1240 - MARGIN - 130, 1240 - MARGIN
    for k, (label, value) in enumerate(box):
        top = y + k * high
        art.cell(canvas, (x0, top, x1, top + high), label, bold if label == "IPK" else body)
        art.cell(canvas, (x1, top, x2, top + high), value, bold if label == "IPK" else body, "centre")
        canvas.line((x0, top, x2, top), fill=art.INK)
    for x in (x0, x1, x2):
        canvas.line((x, y, x, y + len(box) * high), fill=art.INK)
    canvas.line((x0, y + len(box) * high, x2, y + len(box) * high), fill=art.INK)
    small = f.get("italic", size - 4)
    canvas.text((MARGIN, y + 4), look["legend"], font=small, fill=art.INK)
    canvas.text((MARGIN, y + 4 + round(size * 1.2)), "K = Kredit, M = Mutu (bobot nilai huruf)", font=small, fill=art.INK)
    y += len(box) * high + 40
    when = f"{doc['city']}, {doc['day'].day} {nu_catalogue.MONTHS[doc['day'].month - 1]} {doc['day'].year}"
    right = art.signature_block(canvas, rng, 780, y, [when, f"Ketua Jurusan {style['faculty']},"], doc["official"], doc["nip"],
                                body, bold, style["institution"].upper() if look["stamp"] else None)
    if look["adviser_signs"]:
        art.signature_block(canvas, rng, MARGIN + 10, y + round(size * 1.45), ["Dosen Wali,"], doc["adviser"],
                            look["adviser_nip"], body, bold)
    return right


def render(style, doc, chunks, rng):
    f = art.fonts(style)
    size = style["size"]
    pick = rng.randrange(len(ORDERS))
    order, subs = ORDERS[pick], SUBS[pick]
    kredit, km = rng.choice(PAIRS)
    labels = {"no": "No", "code": rng.choice(["Kode MK", "Kode", "Kode Mata Kuliah"]), "name": "Mata Kuliah", "kredit": kredit,
              "km": km, "angka": "Angka", "huruf": "Huruf", "mutu": "Mutu"}
    if labels["code"] == "Kode Mata Kuliah":
        labels["code"] = "Kode MK"
    look = {"logo": art.cog(rng, 118, rng.choice([(20, 60, 130, 255), (150, 30, 30, 255), (30, 100, 60, 255)])),
            "ministry": rng.choice(["KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", ""]),
            "address": f"Jl. {rng.choice(['Raya Politeknik', 'Soekarno-Hatta', 'Kampus', 'Prof. Sudarto'])} No. {rng.randint(1, 99)}, "
                       f"{doc['city']} {rng.randint(20000, 69999)} Telp. (0{rng.randint(21, 779)}) {rng.randint(100000, 999999)}",
            "title": rng.choice(["KARTU HASIL STUDI", "KARTU HASIL STUDI (KHS)", "KARTU HASIL STUDI MAHASISWA"]),
            "adviser_label": rng.choice(["Dosen Wali", "Pembimbing Akademik", "Dosen PA"]), "two_columns": rng.random() < 0.6,
            "stamp": rng.random() < 0.5, "places": rng.choice([0, 1, 2]), "adviser_signs": rng.random() < 0.5, "shade": rng.choice(SHADES),
            "adviser_nip": f"{rng.randint(1970, 1995)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(2000, 2022)}"
                           f"{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 30):03d}",
            "legend": "Nilai: " + ", ".join(f"{g} = {p:.1f}" for g, p in ost.POINTS[style["scale"]].items())}
    body = f.get("regular", size)
    xs = _columns(order, subs, body)
    high = round(size * 1.55)
    canvases, number = [], 1
    for page_no, chunk in enumerate(chunks):
        canvas = art.sheet(rng)
        y = _letterhead(canvas, style, f, look)
        if page_no == 0:
            y = _student(canvas, style, doc, f, y, look)
        else:
            canvas.text((620, y), look["title"] + " (lanjutan)", font=f.get("bold", size), fill=art.INK, anchor="mt")
            y += round(size * 2)
        y = _header(canvas, xs, order, subs, labels, f, size, y, look["shade"])
        for k, row in enumerate(chunk):
            if k == 0 or row["semester"] != chunk[k - 1]["semester"]:
                head = ost.term(style, doc["entry"], row["semester"])
                if k == 0 and number > 1 and row["semester"] == chunks[page_no - 1][-1]["semester"]:
                    head += " (lanjutan)"
                y = _row(canvas, xs, {}, lambda kind: f.get(kind, size - 1), y, high, _lighter(look["shade"]), ("no", "km", head))
            name_width = xs["name"][1] - xs["name"][0] - 14
            cells = {"no": str(number), "code": row["code"], "name": wrap(row["name"], body, name_width), "kredit": str(row["sks"]),
                     "angka": ost.number(style, row["score"], look["places"]),
                     "huruf": row["grade"], "mutu": ost.number(style, row["point"]),
                     "km": ost.number(style, row["sks"] * row["point"])}
            y = _row(canvas, xs, cells, lambda kind: f.get(kind, size), y, high)
            number += 1
            following = chunk[k + 1] if k + 1 < len(chunk) else (chunks[page_no + 1][0] if page_no + 1 < len(chunks) else None)
            if following is None or following["semester"] != row["semester"]:
                term_rows = [r for c in chunks for r in c if r["semester"] == row["semester"]]
                sums = {"kredit": str(sum(r["sks"] for r in term_rows)),
                        "km": ost.number(style, sum(r["sks"] * r["point"] for r in term_rows))}
                y = _subtotal(canvas, xs, order, subs, sums, f"IPS {ost.number(style, doc['ips'][row['semester']])}", f, size, y, high)
        if page_no + 1 == len(chunks):
            sums = {"kredit": str(doc["total"]), "km": ost.number(style, doc["mutu"])}
            y = _subtotal(canvas, xs, order, subs, sums, "", f, size, y, high, "JUMLAH TOTAL", look["shade"])
            y = _closing(canvas, rng, style, doc, f, y + 24, look)
        else:
            canvas.text((1240 - MARGIN, y + 12), "bersambung ke halaman berikutnya", font=f.get("italic", size - 4), fill=art.INK,
                        anchor="ra")
            y += 40
        canvas.text((620, max(y + 30, 1754 - 100)), f"Halaman {page_no + 1} dari {len(chunks)}", font=f.get("regular", size - 5),
                    fill=art.INK, anchor="mt")
        canvases.append(art.finish(canvas, max(y + 30, 1754 - 100) + 20))
    return canvases


def _lighter(shade):
    return tuple(min(255, c + (255 - c) // 2) for c in shade)


def _subtotal(canvas, xs, order, subs, sums, nilai_text, f, size, y, high, label="Jumlah", shade=None):
    """A Jumlah row: the label over No..Mata Kuliah, the credits and K x M sums, IPS in the Nilai cells."""
    before = [c for c in xs if c in ("no", "code", "name")]
    y0 = y
    if shade:
        canvas.rectangle((MARGIN + 1, y + 1, 1240 - MARGIN - 1, y + high - 1), fill=shade)
    bold = f.get("bold", size)
    art.cell(canvas, (xs[before[0]][0], y, xs[before[-1]][1], y + high), label, bold, "right")
    art.cell(canvas, (xs[subs[0]][0], y, xs[subs[-1]][1], y + high), nilai_text, bold, "centre")
    for col in ("kredit", "km"):
        art.cell(canvas, (xs[col][0], y, xs[col][1], y + high), sums[col], bold, "centre")
    for x in sorted({MARGIN, xs[subs[0]][0], xs[subs[-1]][1], xs["kredit"][0], xs["kredit"][1], xs["km"][0], 1240 - MARGIN}):
        canvas.line((x, y0, x, y0 + high), fill=art.INK)
    if xs[before[-1]][1] not in (xs[subs[0]][0], xs["kredit"][0]):
        canvas.line((xs[before[-1]][1], y0, xs[before[-1]][1], y0 + high), fill=art.INK)
    canvas.line((MARGIN, y + high, 1240 - MARGIN, y + high), fill=art.INK, width=2 if shade else 1)
    return y + high
