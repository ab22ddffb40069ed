"""KHS / transcript pages in five university layouts, with ground truth.

Layouts (column order, header words, grade style):
  sigma  No | Kode | Mata Kuliah | SKS | Nilai       letters A AB B BC C D E        Liberation Sans
  tau    Kode | Mata Kuliah | SKS | Huruf            A A- B+ B B- C+ C D E          DejaVu Serif
  rho    No | Mata Kuliah | Kode | Nilai | SKS       numeric 0-4 ("3.50")           DejaVu Sans
  omega  Kode MK | SKS | Nama Mata Kuliah | Nilai Huruf   mixed AB/A- letters      DejaVu Sans Condensed
`omega` is the held-out layout: never tune the parser on it; the benchmark reports it apart.
  kappa  a multi-semester transcript made like real ones (kappa.py): letterhead, semester groups
         with IPS, grade-point and SKSxN columns, per-institution wording, scale and fonts.
         Only made when named (--layouts kappa); the default order stays sigma, tau, rho, omega.
  zeta   a whole-study transcript whose courses run down two tables side by side (zeta.py), with
         its own wording (Indonesian, bilingual or English), grouping and scale (letter_half: B+ = 3.5).
         Only made when named (--layouts zeta).
  lambda a layout written independently of the reader (lambda_khs.py), for measuring it on a layout
         it was not tuned on. Only made when named (--layouts lambda).
  mu     whole-study transcripts in three campus print families (mu_khs.py), written independently of
         the reader for a held-out measurement. Only made when named (--layouts mu).
  nu     campus-system prints in four families (nu_khs.py: transkrip sementara, stacked KHS, bilingual, landscape
         two halves), written without reading the reader, for a held-out measurement. Only made when named (--layouts nu).
  xi     three families unlike centred-letterhead tables (xi_khs.py: printed SIAKAD portal page, typed faculty letter
         with dotted leaders, two courses per row), written without reading the reader. Only made when named (--layouts xi).
  omicron three families unlike the others (omicron_khs.py: polytechnic KHS in a ruled grid with K x M and an IPS/IPK box,
         English international-programme transcript, Rekap Nilai in column-flowing semester blocks), written without reading
         the reader. Only made when named (--layouts omicron).
  pi     three families unlike the others (pi_khs.py: an Islamic university's Daftar Nilai with 0-100 scores, bobot, mutu
         and predikat; a Universitas Terbuka / PGRI Lembar Hasil Ujian with a Smt column and "Semester ke-5"; a narrow dense
         list with lowercase bilingual headers, grey bands and a stamp over the table), written without reading the reader.
         Only made when named (--layouts pi).
  upsilon three families unlike the others (upsilon_khs.py: a private university's SIAKAD cumulative KHS with comma
         decimals, Periode and Kelas/Dosen columns, "AB (3,50)" grades and the grade scale as a legend under the table; a
         polytechnic's landscape Diploma III transcript with English names in italics under the Indonesian ones and a Jumlah
         row in the table; a dot-matrix Surat Keterangan Nilai in a monospaced font, columns aligned by spaces between dashed
         rules), written without reading the reader. Only made when named (--layouts upsilon).
  phi    three families unlike the others (phi_khs.py: a state university's KHS printed from its web portal in a narrow
         font, grade column first or SKS last after Bobot and N x K, zebra rows without ruling, a QR block and a
         verification note; a health polytechnic's Transkrip Akademik with "Semester III" headings, names wrapped in a
         narrow cell, T/P/K credits and A-/B+ grades; a faculty's Daftar Nilai Sementara grouped MKDU/MKDK/MKK/Pilihan with
         subtotals and numbers restarting per group, the student beside a photo box; any of them on guilloche security
         paper and scanned 2-4 degrees askew), written without reading the reader. Only made when named (--layouts phi).
  chi    three families unlike the others (chi_khs.py: a phone screenshot of a campus app's Transkrip screen with a
         status bar, summary card, semester sections as a compact table or a list with grade badges and a bottom navigation
         bar, crisp or re-compressed by a chat app, sometimes dark mode; a print of a national-database Riwayat Studi with one
         table of all courses, a Semester column on every row and letter plus index grades; a department's grade sheet printed
         from a spreadsheet with gridlines, column letters and row numbers, merged title cells and a grey header row),
         written without reading the reader. Only made when named (--layouts chi).
  psi    three families unlike the others (psi_khs.py: a photocopy of a legalised transcript with K | HM | AM | M columns,
         semester blocks closed by Jumlah and IPS and a round DILEGALISIR stamp, "Sesuai dengan aslinya", date and signature
         partly over the last rows and totals, on grey toner with darker edges, speckle, a cut-off margin and a slight skew;
         a phone photo of a printed transcript held at an angle, with a real keystone, a page curl, a fold crease, a soft
         shadow and uneven light; a table with a two-level header ("Nilai" over Huruf | Angka | Mutu, "SKS" over T | P | Jml),
         0-100 scores beside the letters, its own column order and sometimes English headings), written without reading
         the reader. Only made when named (--layouts psi).
  theta  three families unlike the others (theta_khs.py: a SIAKAD KHS whose rows carry the component scores before the
         grade (Hadir %, Tugas, Quiz, UTS, UAS, Nilai Akhir 0-100, Huruf, Bobot, SKS, K x N), column order and wording per
         campus, Indonesian or English; a desktop browser screenshot of a campus portal (tab strip and address bar, sidebar
         menu, navbar with the student's name, an IPK badge, a DataTables table with Show entries, Search, sort arrows,
         striped and hovered rows and pagination; printed to PDF by the browser for --pdf); a pre-printed Kartu Hasil
         Studi form filled in by a dot-matrix printer or typewriter off its cells, in faint carbon ink on tinted
         carbonless paper, scanned with uneven tint and a slight rotation), written without reading the reader.
         Only made when named (--layouts theta).
  iota   three families unlike the others (iota_khs.py: a transcript faxed by the faculty and received as a bilevel
         200 dpi image (pure black and white, halftone-dotted letterhead and stamp, strokes broken or thickened by uneven
         toner, dropped scan lines, the fax's transmission line on top), each course in one cell as "MKU1012 - Pendidikan
         Pancasila" or with its code in brackets after the name, and the IPK and total SKS in a sentence ("Indeks Prestasi
         Kumulatif (IPK) = 3,41 dari 112 SKS"); a phone photo of a transcript inside a clear plastic sleeve on a desk
         (binder strip and holes, window and lamp glare washing out parts of some cells but never a grade, a dim
         reflection, mild tilt and perspective, warm indoor white balance) whose table holds "SEMESTER GANJIL 2021/2022"
         sub-headings and a Jumlah SKS / IPS line per semester; a narrow print from a campus app (a mobile print-to-PDF
         page or an 80 mm thermal kiosk slip in a monospaced font): "Nama Mahasiswa : ..." key lines, one small block per
         course (the name, then "Kode: IF2101  SKS: 3  Nilai: B+ (3,30)"), rules between blocks, the IPK at the bottom),
         written without reading the reader. Only made when named (--layouts iota).
  eta    three families unlike the others (eta_khs.py: a scan that arrived turned, the whole page lying 90, 180 or
         270 degrees in the image (upside down in the feeder, or a landscape transcript on a portrait bed), with the reverse
         side's text showing through faintly mirrored, a slight skew, the lid's edge and mild scanner noise, each page of a
         --pdf turned its own way; a transcript sent by e-mail and printed from the mail client: print header and footer
         (title, date, URL, page x of y), a Dari/Kepada/Tanggal/Perihal or From/To/Date/Subject block, a greeting, the
         courses as plain text in a proportional font whose tab- or space-aligned columns drift, lines quoted with "> ", a
         signature; a certified copy "SALINAN SESUAI ASLI" in colour with a large light diagonal watermark across the
         table, grades as "3,50 (B+)" or "4 (A)", codes like "21.04.1103" or "IK-2-07", and a blue or violet round stamp and
         an ink signature over the grade and SKS columns of the last rows), written without reading the reader.
         Only made when named (--layouts eta).
  alpha  three families unlike the others (alpha_khs.py: an older transcript typed on a typewriter and photocopied,
         each character struck a little off the baseline, turned, faint or doubled, columns lined up with spaces, the
         table ruled by hand with a pen and ruler (wobbly, ends not meeting, some rules missing), letters typed over wrong
         ones outside codes, SKS and grades, a Jumlah line and the IPK typed under the table, grey toner, speckle and dark
         edges; a transcript exported from a spreadsheet and printed with column letters, row numbers and grey gridlines,
         Bobot, Mutu (SKS x Bobot) and Ket. columns, long names cut at the cell border (truth: the visible part), the
         header row repeated on each page and the IPK in a labelled cell, letters A-E with +/- or numeric 0-4 grades; a
         phone photo of a page of a bound transcript booklet held open on a table, the lines curving into the spine, the
         gutter's shadow, part of the facing page, a thumb on the outer margin, dim light, sensor noise and mild JPEG),
         written without reading the reader. Only made when named (--layouts alpha).
  beta   three families unlike the others (beta_khs.py: a phone photo of a computer monitor showing the transcript
         in a PDF viewer or a browser (toolbar, page count, scroll bar, grey viewer background, sometimes the taskbar),
         with moire from the screen's subpixel grid, a slight perspective and rotation, the bezel in a dim room, a cool
         white balance, brightness falling off towards the edges, a soft sheen and a little blur; a scanned printout
         marked by hand: translucent highlighter over a few whole rows, pen ticks in the margin, a pen ellipse round a few
         grades or the IPK, a short handwritten note, a staple and punch holes, thin vertical feeder streaks and a slight
         skew; a low-resolution photo of a printout on a desk forwarded through a chat app (long side 1280-1600 px,
         JPEG quality 45-65, body text 10-14 px in cap height), its table compact with zebra shading, right-aligned
         numbers and no vertical rules), written without reading the reader. Only made when named (--layouts beta).
  gamma  three families unlike the others (gamma_khs.py: a transcript scanned with a phone scanner app and exported as
         JPEG: a classic ruled table (No | Kode MK | Nama Mata Kuliah | SKS | Nilai, or K | HM | AM | M, or Huruf | Bobot |
         K x N) with a light grey header and semester sub-headings, under the app's "magic colour" or B&W filter (paper
         blown to white, ink pushed dark, light fills wiped out or left as blotchy speckle, thin small strokes eroded),
         sharpening halos, a residual trapezoid, a slight barrel curvature, a sliver of the desk on one or two sides,
         sometimes a grey export, and a small "Scanned with <App>" mark in a bottom corner; a night phone photo with the
         flash of a printout folded in four and crumpled: a table whose header row is white on navy, maroon or dark green,
         SKS and grade centred, the summary (Total SKS, IPK, predikat) in a bordered box to the right under it, with a
         flash hotspot (never erasing a grade), strong vignetting, warm noisy corners, two crossing fold lines and small
         wrinkles with light and dark edges and the text slightly displaced across them, mild motion blur and JPEG; a
         dense one-page final transcript in two tables side by side (the courses running from the bottom of the left to
         the top of the right), a small font (cap height 14-16 px), a Semester column as a merged cell per semester or a
         roman numeral on every row, the thesis title, Jumlah SKS, IPK and Predikat under the tables, scanned on a flatbed
         with a slight skew and mild noise), written without reading the reader. Only made when named (--layouts gamma).

Ground truth per page (<stem>.json): student {name, nim}, rows [{code, name, sks, grade}],
ipk_printed (what the page says), ipk_true (recomputed with the layout's scale), tampered
(printed IPK deliberately wrong), semester (printed in the student block), requirements (drawn
around the truth: courses by name or code, min_ipk, min_semester) and the expected decision
(needs_review when tampered, else eligible / not_eligible), layout, scale, degradations.
With --pdf each transcript is a 2-3 page PDF (rows continue on later pages, the header is
repeated, the student block is on the first page and the IPK on the last). With --text-pdf the
same documents are written born-digital (a text layer, no scan degradations; textpdf.py).

    var/venv/bin/python Tests/Generators/khs/generate_khs.py --out var/bench/khs --count 40 --seed 3 --degrade mixed
    var/venv/bin/python Tests/Generators/khs/generate_khs.py --out var/bench/khs-pdf --count 12 --seed 5 --pdf --layouts sigma,tau,rho
"""
import argparse
import json
import os
import random
import sys

from PIL import Image, ImageFont

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "ktp"))
from degrade import degrade  # noqa: E402
from faker import Faker  # noqa: E402

import textpdf  # noqa: E402
from canvas import Canvas  # noqa: E402

FONTS = "/usr/share/fonts/truetype"
A4_HEIGHT = 1754  # px at 150 ppi
SCALES = {
    "letter_ab": {"A": 4.0, "AB": 3.5, "B": 3.0, "BC": 2.5, "C": 2.0, "D": 1.0, "E": 0.0},
    "letter_pm": {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "E": 0.0},
    "numeric": None,
    "letter_half": {"A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0, "E": 0.0},  # zeta institutions
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


def requirements(rng, rows, ipk_true, semester, scale, catalogue=COURSES):
    """Recruitment requirements drawn around the page's truth, and the decision they call for.
    Courses are named by name (sometimes lower-cased) or by code; sometimes one is absent."""
    order = list(SCALES[scale]) if scale != "numeric" else None
    wanted, met = [], True
    for row in rng.sample(rows, rng.randint(0, min(2, len(rows)))):
        if order:
            minimum = rng.choice(order[: max(1, len(order) - 2)])
            ok = SCALES[scale][row["grade"]] >= SCALES[scale][minimum]
        else:
            minimum = rng.choice(["2.00", "3.00", "3.50"])
            ok = float(row["grade"]) >= float(minimum)
        key = row["code"] if rng.random() < 0.3 else (row["name"].lower() if rng.random() < 0.3 else row["name"])
        wanted.append({"name": key, "min_grade": minimum})
        met = met and ok
    if rng.random() < 0.1:
        absent = rng.choice([c for c in catalogue if c not in {r["name"] for r in rows}])
        wanted.append({"name": absent, "min_grade": order[-3] if order else "2.00"})
        met = False
    result = {"courses": wanted}
    if rng.random() < 0.7:
        result["min_ipk"] = round(min(4.0, max(0.0, ipk_true + rng.choice([-0.4, -0.2, 0.1, 0.3]))), 2)
        met = met and ipk_true >= result["min_ipk"]
    if rng.random() < 0.5:
        result["min_semester"] = rng.randint(2, 7)
        met = met and semester >= result["min_semester"]
    return result, met


def sheet(layout, rng, fake, size, rows, student=None, semester=None, footer=None, first_number=1, title=True):
    """One rendered page (a Canvas: the image and what was drawn): optionally the title and student
    block, the table rows, optionally the footer."""
    width = 1240
    body, bold = font(layout["font"], size), font(layout["bold"], size)
    line = int(size * 1.9)
    height = (330 + line if student else 140) + line * (len(rows) + 2) + (140 if footer else 60)
    image = Image.new("RGB", (width, height), (255, 255, 255) if rng.random() < 0.5 else (250, 249, 243))
    draw = Canvas(image)
    ink = (20, 20, 25)
    y = 60
    if student:
        draw.text((width // 2, 50), "UNIVERSITAS " + fake.city().upper(), font=font(layout["bold"], size + 6), fill=ink, anchor="mt")
        draw.text((width // 2, 95), layout["title"], font=bold, fill=ink, anchor="mt")
        y = 160
        block = [("Nama", student["name"]), ("NIM", student["nim"]),
                 ("Program Studi", "S1 " + rng.choice(["Informatika", "Fisika", "Matematika", "Statistika"])),
                 ("Semester", str(semester))]
        for label, value in block:
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
    for number, row in enumerate(rows, first_number):
        cells = {"no": str(number), **{k: str(v) for k, v in row.items()}}
        for col in layout["cols"]:
            draw.text((xs[col], y), cells[col], font=body, fill=ink)
        y += line
    if ruled:
        draw.line((80, y - 8, x, y - 8), fill=ink, width=2)
    y += line // 2
    if footer:
        total, ipk_printed = footer
        draw.text((90, y), f"Jumlah SKS : {total}", font=body, fill=ink)
        draw.text((90, y + line), f"{layout['ipk']} : {ipk_printed:.2f}", font=body, fill=ink)
    return draw


def page(index, seed, level, out, pdf=False, layouts=None, pdf_quality=70, gray=False, text_pdf=False):
    names_order = layouts or list(LAYOUTS)
    layout_name = names_order[(index - 1) % len(names_order)]
    if layout_name == "kappa":
        import kappa
        return kappa.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "zeta":
        import zeta
        return zeta.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "lambda":
        import lambda_khs
        return lambda_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "mu":
        import mu_khs
        return mu_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "nu":
        import nu_khs
        return nu_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "xi":
        import xi_khs
        return xi_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "omicron":
        import omicron_khs
        return omicron_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "pi":
        import pi_khs
        return pi_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "upsilon":
        import upsilon_khs
        return upsilon_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "phi":
        import phi_khs
        return phi_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "chi":
        import chi_khs
        return chi_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "psi":
        import psi_khs
        return psi_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "theta":
        import theta_khs
        return theta_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "iota":
        import iota_khs
        return iota_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "eta":
        import eta_khs
        return eta_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "alpha":
        import alpha_khs
        return alpha_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "beta":
        import beta_khs
        return beta_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    if layout_name == "gamma":
        import gamma_khs
        return gamma_khs.page(index, seed, level, out, pdf, text_pdf, pdf_quality, gray)
    pdf = pdf or text_pdf  # a born-digital twin of the --pdf document
    rng = random.Random(f"{seed}-{index}")
    extra = random.Random(f"{seed}-{index}-extra")  # drawn apart so the older pages keep their content
    layout = LAYOUTS[layout_name]
    fake = Faker("id_ID")
    fake.seed_instance(rng.randint(0, 2**31))
    student = {"name": fake.name().upper() if rng.random() < 0.5 else fake.name(), "nim": nim(rng, layout["nim"])}
    names = rng.sample(COURSES, rng.randint(6, 11) if not pdf else extra.randint(12, 22))
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
    size = rng.randint(19, 23)
    semester = extra.randint(1, 8)
    wanted, met = requirements(extra, rows, ipk_true, semester, layout["scale"])

    stem = f"khs-{layout_name}-{index:04d}"
    if pdf:
        cut = sorted(extra.sample(range(3, len(rows) - 2), extra.choice([1, 2]) if len(rows) > 14 else 1))
        parts = [rows[a:b] for a, b in zip([0] + cut, cut + [len(rows)])]
        images, degradations, canvases = [], [], []
        for number, part in enumerate(parts):
            first = number == 0
            canvas = sheet(layout, rng, fake, size, part, student if first else None, semester,
                           (total, ipk_printed) if number == len(parts) - 1 else None, 1 + sum(len(p) for p in parts[:number]))
            image, applied, _ = degrade(canvas.image, rng, level)  # also for --text-pdf: the same draws, the same document
            images.append(image.convert("L") if extra.random() < 0.5 or gray else image)
            degradations.append(applied)
            canvases.append(canvas)
        if text_pdf:  # born digital: the pages as drawn, A4 high at least, text as text
            textpdf.write(os.path.join(out, stem + ".pdf"), [(c, (c.size[0], max(c.size[1], A4_HEIGHT))) for c in canvases])
            degradations = [[] for _ in canvases]
        else:
            images[0].save(os.path.join(out, stem + ".pdf"), save_all=True, append_images=images[1:], resolution=150, quality=pdf_quality)
    else:
        image = sheet(layout, rng, fake, size, rows, student, semester, (total, ipk_printed)).image
        image, degradations, quality = degrade(image, rng, level)
        image.save(os.path.join(out, stem + ".jpg"), quality=quality or 88)
    expected = "needs_review" if tampered else ("eligible" if met else "not_eligible")
    truth = {"layout": layout_name, "scale": layout["scale"], "student": student, "rows": rows, "ipk_printed": ipk_printed,
             "ipk_true": ipk_true, "tampered": tampered, "semester": semester, "pages": len(degradations) if pdf else 1, "requirements": wanted, "expected": expected,
             "degradations": degradations}
    if text_pdf:
        truth["text_layer"] = True
    with open(os.path.join(out, stem + ".json"), "w") as handle:
        json.dump(truth, handle, indent=1, ensure_ascii=False)


# layouts made only when named in --layouts (the default set is LAYOUTS)
NAMED = ("kappa", "zeta", "lambda", "mu", "nu", "xi", "omicron", "pi", "upsilon", "phi", "chi", "psi", "theta", "iota", "eta", "alpha", "beta", "gamma")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--degrade", choices=["none", "mixed", "heavy"], default="mixed")
    parser.add_argument("--pdf", action="store_true", help="multi-page PDF transcripts (12-22 rows over 2-3 pages)")
    parser.add_argument("--pdf-quality", type=int, default=70, help="JPEG quality of the PDF's page images")
    parser.add_argument("--gray", action="store_true", help="grey PDF pages (smaller files, e.g. test fixtures)")
    parser.add_argument("--text-pdf", action="store_true",
                        help="born-digital PDFs: the --pdf documents with a text layer (real text operators), no scan degradations")
    parser.add_argument("--layouts", help="comma-separated subset in turn, e.g. sigma,tau,rho (default: sigma,tau,rho,omega; "
                                          f"{', '.join(NAMED)} only when named)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    layouts = args.layouts.split(",") if args.layouts else None
    unknown = [name for name in layouts or [] if name not in LAYOUTS and name not in NAMED]
    if unknown:
        parser.error(f"unknown layouts {unknown}: choose from {', '.join(list(LAYOUTS) + list(NAMED))}")
    for index in range(args.first, args.first + args.count):
        page(index, args.seed, args.degrade, args.out, args.pdf, layouts, args.pdf_quality, args.gray, args.text_pdf)


if __name__ == "__main__":
    main()
