"""theta `komponen`: a SIAKAD KHS whose course rows carry the component scores before the grade:
Hadir/Absensi (%), Tugas, Quiz, UTS, UAS (those the campus weighs), Nilai Akhir 0-100 (whole or one
or two decimals), Huruf, Bobot/Angka and SKS, sometimes K x N / Mutu; column order and wording per
campus, Indonesian or English (Attendance, Assignment, Midterm, Final, Score). Ruled grid with a
tinted two-line header, semester bands, sometimes a subtotal line per semester, a footer box with
Total SKS, IPS and IPK, the component weights and the letter bands as a legend, the head of
programme's signature. Portrait or landscape; printed and scanned or photographed afterwards."""
from PIL import Image, ImageDraw

import kappa_art
import omicron_style as ost
import theta_style as ts
from canvas import Canvas

INK = (22, 22, 26)
RULE = (90, 90, 96)
LABELS = {
    False: {"no": ["No"], "code": ["Kode MK", "Kode"], "name": ["Nama Mata Kuliah", "Mata Kuliah"], "sks": ["SKS"],
            "hadir": ["Hadir\n(%)", "Absensi\n(%)", "Kehadiran"], "tugas": ["Tugas"], "quiz": ["Quiz", "Kuis"],
            "uts": ["UTS"], "uas": ["UAS"], "akhir": ["Nilai\nAkhir", "NA"], "huruf": ["Huruf", "Nilai\nHuruf"],
            "bobot": ["Bobot", "Angka"], "mutu": ["K x N", "Mutu"]},
    True: {"no": ["No"], "code": ["Code"], "name": ["Course Title", "Course"], "sks": ["Credits", "Cr"],
           "hadir": ["Attend.\n(%)", "Attendance"], "tugas": ["Assign-\nment", "Assignment"], "quiz": ["Quiz"],
           "uts": ["Midterm"], "uas": ["Final"], "akhir": ["Score", "Final\nScore"], "huruf": ["Grade"],
           "bobot": ["Point", "Grade\nPoint"], "mutu": ["Credit x\nPoint", "Quality\nPoints"]},
}
TITLES = {False: ["KARTU HASIL STUDI KUMULATIF", "REKAP KHS DAN KOMPONEN NILAI", "KARTU HASIL STUDI (RINCIAN NILAI)"],
          True: ["STUDY RESULT CARD", "CUMULATIVE STUDY RESULTS WITH ASSESSMENT COMPONENTS"]}


def capacity(style):
    return 18


def _columns(style, rng):
    english = style["english"]
    order = ["code", "name"] if rng.random() < 0.75 else ["name", "code"]
    if style["number_col"]:
        order = ["no"] + order
    parts = list(style["components"]) + ["akhir", "huruf"] + (["bobot"] if style["bobot"] else [])
    if style["order"] == "sks_first":
        order += ["sks"] + parts
    elif style["order"] == "sks_mid":
        order += parts[:-2] + ["sks"] + parts[-2:] if style["bobot"] else parts[:-1] + ["sks"] + parts[-1:]
    else:
        order += parts + ["sks"]
    if style["mutu"]:
        order.append("mutu")
    return [(key, rng.choice(LABELS[english][key])) for key in order]


def _layout(style, cols, width, size):
    """x of every column's left edge and widths; the name takes what the numbers leave."""
    face, bold = ts.font(style["font"], size), ts.font(style["font"], size, 1)
    sample = {"no": "99", "code": "UNV-801", "sks": "4", "hadir": "100", "tugas": "100", "quiz": "100", "uts": "100",
              "uas": "100", "akhir": "100.00", "huruf": "AB", "bobot": "4.00", "mutu": "16.00"}
    widths = {}
    for key, label in cols:
        if key == "name":
            continue
        text = max(label.split("\n"), key=bold.getlength)
        widths[key] = round(max(bold.getlength(text), face.getlength(sample[key]) if key != "code" else 0) + 18)
    widths["code"] = max(widths.get("code", 0), round(face.getlength("UNV-8032") + 18)) if "code" in widths else 0
    left, right = 70, width - 70
    widths["name"] = right - left - sum(w for k, w in widths.items() if k != "name")
    xs, x = {}, left
    for key, _ in cols:
        xs[key] = x
        x += widths[key]
    return xs, widths, left, right


def _cell(style, row, key, number):
    if key == "no":
        return str(number)
    if key in ts.COMPONENTS:
        return str(row["scores"][key])
    if key == "akhir":
        return ts.number(style, row["final"], style["places"]) if style["places"] else str(row["final"])
    if key == "huruf":
        return row["grade"]
    if key == "bobot":
        return ts.number(style, row["point"], 2)
    if key == "mutu":
        return ts.number(style, row["mutu"], 2)
    return str(row[key])


def _letterhead(c, style, rng, width, size, first, doc):
    if not first:
        c.text((70, 50), f"{style['institution']} - {'Study Result Card' if style['english'] else 'Kartu Hasil Studi'} "
                         f"({'continued' if style['english'] else 'lanjutan'})", font=ts.font(style["font"], size, 1), fill=INK)
        c.text((width - 70, 50), f"{doc['name']} / {doc['nim']}", font=ts.font(style["font"], size), fill=INK, anchor="ra")
        c.line((70, 50 + size + 14, width - 70, 50 + size + 14), fill=INK, width=2)
        return 50 + size + 34
    c.paste(kappa_art.emblem(rng, 100, (120, 20, 30) if rng.random() < 0.5 else (20, 60, 130), (210, 160, 30)), (80, 36))
    c.text((200, 42), style["institution"].upper(), font=ts.font(style["font"], size + 9, 1), fill=INK)
    c.text((200, 84), style["faculty"].upper() + " - PROGRAM STUDI " + style["programme"].upper(), font=ts.font(style["font"], size), fill=INK)
    c.text((200, 112), f"Jl. Kampus Raya No. {rng.randint(1, 99)}, {style['city']}  -  {style['site']}",
           font=ts.font(style["font"], size - 3), fill=(80, 80, 86))
    c.line((70, 150, width - 70, 150), fill=INK, width=3)
    c.line((70, 155, width - 70, 155), fill=INK, width=1)
    c.text((width // 2, 176), style["title"], font=ts.font(style["font"], size + 5, 1), fill=INK, anchor="mt")
    return 176 + size + 34


def _student(c, style, doc, y, width, size):
    english = style["english"]
    face = ts.font(style["font"], size)
    left = [("Name" if english else "Nama", doc["name"]), ("Student ID" if english else "NIM", doc["nim"]),
            ("Study Programme" if english else "Program Studi", style["programme"])]
    start = doc["entry"] + (doc["semester"] - 1) // 2
    right = [("Semester", str(doc["semester"])), ("Academic Year" if english else "Tahun Akademik", f"{start}/{start + 1}"),
             ("Advisor" if english else "Dosen Wali", doc["advisor"])]
    line = round(size * 1.6)
    half = 70 + (width - 140) // 2 + 20
    for k in range(3):
        for x, (label, value) in ((70, left[k]), (half, right[k])):
            c.text((x, y), label, font=face, fill=INK)
            c.text((x + round(size * 8.2), y), f": {value}", font=face, fill=INK)
        y += line
    return y + 14


def _header(c, style, cols, xs, widths, left, right, y, size):
    bold = ts.font(style["font"], size, 1)
    height = round(size * 2.6) + 10
    c.rectangle((left, y, right, y + height), fill=style["fill"])
    for key, label in cols:
        lines = label.split("\n")
        top = y + (height - len(lines) * round(size * 1.25)) // 2
        for n, text in enumerate(lines):
            cx = xs[key] + 9 if key == "name" else xs[key] + widths[key] // 2
            c.text((cx, top + n * round(size * 1.25)), text, font=bold, fill=INK, anchor="la" if key == "name" else "ma")
    c.line((left, y, right, y), fill=RULE, width=2)
    c.line((left, y + height, right, y + height), fill=RULE, width=2)
    return y + height


def _verticals(c, cols, xs, left, right, spans):
    """Column rules down the table, interrupted by the full-width semester bands and subtotals
    (spans: the (top, bottom) stretches to rule)."""
    for top, bottom in spans:
        if bottom <= top:
            continue
        for key, _ in cols:
            if xs[key] > left:
                c.line((xs[key], top, xs[key], bottom), fill=RULE, width=1)
        c.line((left, top, left, bottom), fill=RULE, width=1)
        c.line((right, top, right, bottom), fill=RULE, width=1)


def _footer(c, style, doc, rng, y, width, size):
    english = style["english"]
    face, bold = ts.font(style["font"], size), ts.font(style["font"], size, 1)
    line = round(size * 1.6)
    box = [("Total Credits" if english else "Total SKS", str(doc["total"])),
           (f"{'GPA Semester' if english else 'IPS Semester'} {doc['last']}", ts.number(style, doc["ips"])),
           ("Cumulative GPA" if english else "IPK", ts.number(style, doc["ipk"]))]
    c.rectangle((70, y, 560, y + 3 * line + 14), fill=(244, 244, 244))
    for n, (label, value) in enumerate(box):
        c.text((86, y + 8 + n * line), label, font=bold if n == 2 else face, fill=INK)
        c.text((380, y + 8 + n * line), f": {value}", font=bold if n == 2 else face, fill=INK)
    small = ts.font(style["font"], size - 3)
    weights = style["weights"]
    total = sum(weights.values())
    names = dict(zip(ts.COMPONENTS, ["Attendance", "Assignment", "Quiz", "Midterm", "Final"] if english
                     else ["Hadir", "Tugas", "Quiz", "UTS", "UAS"]))
    parts = ", ".join(f"{names[k]} {round(100 * w / total)}%" for k, w in weights.items())
    c.text((70, y + 3 * line + 30), ("Weights: " if english else "Bobot komponen: ") + parts, font=small, fill=(60, 60, 66))
    letters = list(ts.POINTS[style["scale"]])
    floors = ost.FLOORS[style["scale"]]
    bands = "  ".join(f"{g} >= {f}" for g, f in zip(letters, floors) if f > 0)
    c.text((70, y + 3 * line + 30 + size + 8), ("Grade bands: " if english else "Rentang nilai: ") + bands, font=small, fill=(60, 60, 66))
    sx = width - 460
    c.text((sx, y), f"{style['city']}, {ts.date_text(doc['day'])}", font=face, fill=INK)
    c.text((sx, y + line), "Head of Study Programme," if english else "Ketua Program Studi,", font=face, fill=INK)
    c.paste(kappa_art.signature(rng, 200, 70, (20, 30, 100)), (sx + 10, y + 2 * line))
    c.text((sx, y + 2 * line + 84), doc["official"], font=bold, fill=INK)
    c.text((sx, y + 3 * line + 84), f"NIP {doc['nip']}", font=face, fill=INK)
    return y + 3 * line + 84 + size + 30


def render(style, doc, rows, rng, paged, text_pdf):
    if paged:
        style["size"] += 1
    size = style["size"]
    width, height = (1754, 1240) if style["landscape"] else (1240, 1754)
    style["title"] = rng.choice(TITLES[style["english"]])
    style["subtotal"] = rng.random() < 0.5
    cols = _columns(style, rng)
    xs, widths, left, right = _layout(style, cols, width, size)
    while widths["name"] < 250 and size > 15:
        size -= 1
        xs, widths, left, right = _layout(style, cols, width, size)
    style["size"] = size
    face, bold, italic = ts.font(style["font"], size), ts.font(style["font"], size, 1), ts.font(style["font"], size, 2)
    line = round(size * 1.5)
    chunks = ts.split(rng, rows, paged, 13 if style["landscape"] else 20)
    canvases, number = [], 1
    paper = rng.choice([(255, 255, 255), (252, 252, 248)])
    for k, part in enumerate(chunks):
        last = k == len(chunks) - 1
        c = Canvas(Image.new("RGB", (width, height if paged else 3200), paper))
        y = _letterhead(c, style, rng, width, size, k == 0, doc)
        if k == 0:
            y = _student(c, style, doc, y, width, size)
        top = y
        y = _header(c, style, cols, xs, widths, left, right, y, size)
        shown, spans, start = None, [], top
        for n, row in enumerate(part):
            if row["semester"] != shown:
                shown = row["semester"]
                spans.append((start, y))
                cont = n == 0 and k > 0 and chunks[k - 1][-1]["semester"] == shown
                c.rectangle((left, y, right, y + line + 6), fill=(238, 238, 238))
                text = ts.term(doc["entry"], shown, style["english"]) + ((" (continued)" if style["english"] else " (lanjutan)") if cont else "")
                c.text((left + 10, y + 4), text, font=bold, fill=INK)
                y += line + 6
                c.line((left, y, right, y), fill=RULE, width=1)
                start = y
                c.line((left, y - line - 6, left, y), fill=RULE, width=1)
                c.line((right, y - line - 6, right, y), fill=RULE, width=1)
            lines = ts.wrap(row["name"], face, widths["name"] - 16)
            height_row = line * len(lines) + 6
            for m, text in enumerate(lines):
                c.text((xs["name"] + 9, y + 4 + m * line), text, font=face, fill=INK)
            for key, _ in cols:
                if key == "name":
                    continue
                value = _cell(style, row, key, number)
                if key == "code":
                    c.text((xs[key] + 9, y + 4), value, font=face, fill=INK)
                else:
                    c.text((xs[key] + widths[key] // 2, y + 4), value, font=face, fill=INK, anchor="ma")
            number += 1
            y += height_row
            c.line((left, y, right, y), fill=RULE, width=1)
            ends = rows.index(row) == len(rows) - 1 or rows[rows.index(row) + 1]["semester"] != row["semester"]
            if ends and style["subtotal"]:
                block = [r for r in rows if r["semester"] == row["semester"]]
                ips = ts.number(style, ost.half_up(ost.mean(block)))
                text = (f"Credits {sum(r['sks'] for r in block)}   GPA {ips}" if style["english"]
                        else f"Jumlah SKS {sum(r['sks'] for r in block)}   IPS {ips}")
                spans.append((start, y))
                c.text((right - 12, y + 4), text, font=italic, fill=INK, anchor="ra")
                c.line((left, y, left, y + line + 6), fill=RULE, width=1)
                c.line((right, y, right, y + line + 6), fill=RULE, width=1)
                y += line + 6
                c.line((left, y, right, y), fill=RULE, width=1)
                start = y
        spans.append((start, y))
        _verticals(c, cols, xs, left, right, spans)
        if last:
            y = _footer(c, style, doc, rng, y + 24, width, size)
        bottom = height if paged else y + 60
        c.text((width - 70, bottom - 40), f"{'Page' if style['english'] else 'Halaman'} {k + 1}/{len(chunks)}  -  "
                                          f"{'printed' if style['english'] else 'dicetak'} {doc['day'].strftime('%d-%m-%Y')} {doc['time']}",
               font=ts.font(style["font"], size - 4), fill=(100, 100, 106), anchor="rs")
        if not paged:
            c.image = c.image.crop((0, 0, width, max(y + 60, 1100 if style["landscape"] else 1500)))
            c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    return canvases
