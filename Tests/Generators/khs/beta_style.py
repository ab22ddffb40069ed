"""What varies between beta documents, drawn once per document: the family (a phone photo of a
computer monitor showing the transcript in a PDF viewer or a browser; a scanned printout marked by
hand with highlighter, ticks, circles and a note, fed through an automatic document feeder; a phone
photo of a printout forwarded through a chat app, small and blocky), the institution, fonts
(Debian's Liberation, DejaVu and Carlito: a plain sans on screen, a serif on the marked printout, a
narrow or condensed sans on the forwarded photo), grade scale, wording (Indonesian or English),
column order, course code and student number styles. Courses come from theta_catalogue (alpha
draws phi_catalogue's, eta psi_catalogue's), grade points from omicron / xi (letter_ab, letter_pm,
letter_half, numeric 0-4); fonts, wrapping, numbers, dates and page splits theta's, student
numbers eta's."""
import eta_style
import omicron_style as ost
import theta_catalogue as tc
import theta_style as ts
import xi_style

FAMILIES = ["layar", "stabilo", "kiriman"]
POINTS = dict(ost.POINTS, numeric=xi_style.POINTS["numeric"])
font, wrap, number, split, date_text = ts.font, ts.wrap, ts.number, ts.split, ts.date_text
MONTHS, ROMAN = ts.MONTHS, ts.ROMAN
nim = eta_style.nim  # nim(rng, style, entry) by style["nim"]: digits, dotted, letter (what eta_khs._doc calls)
FAMILY_FONTS = {"layar": ["libsans", "dvsans", "libsans"], "stabilo": ["libserif", "dvserif", "dvserifcond"],
                "kiriman": ["narrow", "dvcond", "carlito"]}
FAMILY_SCALES = {"layar": ["letter_ab", "letter_pm", "numeric"], "stabilo": ["letter_pm", "letter_ab", "letter_half"],
                 "kiriman": ["letter_ab", "numeric", "letter_pm", "letter_half"]}
CAMPUS = ["Universitas Bumi Cendrawasih Jayapura", "Universitas Sembilanbelas November Kolaka", "Universitas Halu Oleo Raya",
          "Universitas Teuku Umar Meulaboh", "Universitas Borneo Tarakan Utara", "Institut Teknologi Kalimantan Timur Raya",
          "Universitas Musamus Merauke", "Universitas Sulawesi Barat Majene", "Universitas Samudra Langsa",
          "Universitas Muhammadiyah Sorong Kota", "Sekolah Tinggi Teknologi Garut Selatan"]
CITIES = ["Jayapura", "Kolaka", "Kendari", "Meulaboh", "Tarakan", "Balikpapan", "Merauke", "Majene", "Langsa", "Sorong", "Garut"]
SITES = ["siakad.ubcj.ac.id", "simak.usn-kolaka.ac.id", "sia.uhoraya.ac.id", "portal.utu-meulaboh.ac.id", "siakad.ubt-utara.ac.id",
         "akademik.itkraya.ac.id", "siakad.unmus-merauke.ac.id", "simak.unsulbar-majene.ac.id", "siakad.unsam-langsa.ac.id",
         "sia.umsorong-kota.ac.id", "siakad.sttgarut-sel.ac.id"]
INK = (24, 24, 28)


def _columns(rng, family, english, numeric):
    """The table's columns in print order: (key, label); key one of no, code, name, smt, sks, grade, point, mutu."""
    if family == "layar":
        sets = [[("no", "No"), ("code", "Kode MK"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai"), ("point", "Bobot"),
                 ("mutu", "Mutu")],
                [("code", "Kode"), ("name", "Nama Mata Kuliah"), ("grade", "Nilai Huruf"), ("sks", "SKS"), ("mutu", "Angka Mutu")],
                [("no", "No."), ("name", "Mata Kuliah"), ("code", "Kode"), ("sks", "Kredit"), ("grade", "Huruf"), ("point", "Angka")]]
        english_set = [("no", "No"), ("code", "Course Code"), ("name", "Course Title"), ("sks", "Credits"), ("grade", "Grade"),
                       ("point", "Points")]
    elif family == "stabilo":
        sets = [[("no", "No"), ("code", "Kode"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai")],
                [("no", "No"), ("name", "Mata Kuliah"), ("code", "Kode"), ("sks", "SKS"), ("grade", "Huruf"), ("point", "Angka"),
                 ("mutu", "Mutu")],
                [("smt", "Smt"), ("code", "Kode MK"), ("name", "Nama Mata Kuliah"), ("sks", "K"), ("grade", "N"), ("mutu", "K x N")]]
        english_set = None
    else:
        sets = [[("no", "#"), ("code", "Kode"), ("name", "Mata Kuliah"), ("smt", "Smt"), ("sks", "SKS"), ("grade", "Nilai"),
                 ("point", "Bobot"), ("mutu", "N x K")],
                [("code", "Kode"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai"), ("mutu", "Mutu")],
                [("no", "No"), ("smt", "Sem"), ("name", "Nama Mata Kuliah"), ("code", "Kode MK"), ("grade", "Nilai"), ("sks", "SKS")]]
        english_set = [("no", "No."), ("code", "Code"), ("name", "Course"), ("smt", "Sem"), ("sks", "Cr"), ("grade", "Grade"),
                       ("mutu", "Pts")]
    cols = english_set if english and english_set else rng.choice(sets)
    if numeric:  # the grade is the point itself: no second point column, the grade column named for a number
        cols = [(k, {"Nilai": "Nilai Angka", "Huruf": "Nilai", "N": "N", "Grade": "Grade Point", "Nilai Huruf": "Nilai"}.get(label, label))
                for k, label in cols if k != "point"]
    return cols


def draw_style(rng, family):
    programme = rng.choice(sorted(tc.PROGRAMMES))
    faculty, prefix, _ = tc.PROGRAMMES[programme]
    campus = rng.randrange(len(CAMPUS))
    scale = rng.choice(FAMILY_SCALES[family])
    english = family != "stabilo" and rng.random() < 0.25
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": scale, "programme": programme,
             "faculty": faculty, "prefix": prefix, "institution": CAMPUS[campus], "city": CITIES[campus], "site": SITES[campus],
             "name_upper": rng.random() < 0.55, "upper": rng.random() < 0.2, "english": english,
             "comma": scale != "numeric" and not english and rng.random() < 0.5, "nim": rng.choice(["digits", "dotted", "letter"]),
             "general_prefix": rng.choice(["MKU", "UNV", "MPK", "MKWU"]), "codes": rng.choice(["joined", "dash", "spaced"]),
             "unit": rng.randint(11, 59), "columns": _columns(rng, family, english, scale == "numeric"),
             "ips": rng.random() < 0.6, "semester_rows": rng.random() < 0.6}
    if family == "layar":
        screen = rng.choice([(1920, 1080), (1366, 768), (1600, 900), (1920, 1200), (1680, 1050)])
        style.update(screen=screen, size=rng.randint(19, 21), screen_em=13.0 if screen[1] <= 768 else rng.uniform(14, 16),
                     viewer=rng.choice(["pdf", "pdf_dark", "browser"]), taskbar=rng.random() < 0.6, url=rng.random() < 0.5,
                     accent=rng.choice([(0, 84, 147), (128, 0, 0), (0, 110, 70), (80, 40, 120)]), subpixel=rng.choice(["rgb", "bgr"]),
                     title=rng.choice(["TRANSKRIP NILAI", "KARTU HASIL STUDI KUMULATIF", "TRANSKRIP AKADEMIK"]),
                     file=rng.choice(["transkrip", "KHS_kumulatif", "cetak_transkrip", "Transkrip_Nilai"]) + ".pdf")
    elif family == "stabilo":
        style.update(size=rng.randint(19, 21), marker=rng.choice([(255, 238, 40), (150, 240, 90), (255, 130, 200), (255, 238, 40)]),
                     pen=rng.choice([(25, 45, 150), (20, 20, 30), (170, 25, 35)]), staple=rng.choice(["tl", "tr"]),
                     holes=rng.random() < 0.6, title=rng.choice(["TRANSKRIP NILAI", "KARTU HASIL STUDI KUMULATIF",
                                                                 "DAFTAR NILAI AKADEMIK", "TRANSKRIP AKADEMIK SEMENTARA"]))
        style["semester_rows"] = not any(k == "smt" for k, _ in style["columns"]) and rng.random() < 0.7
    else:
        size = {"narrow": rng.randint(22, 24), "dvcond": rng.randint(20, 22), "carlito": rng.randint(23, 25)}[style["font"]]
        style.update(size=size, zebra=rng.choice([(236, 240, 246), (238, 238, 238), (240, 246, 236)]),
                     title=rng.choice(["TRANSKRIP NILAI SEMENTARA", "DAFTAR NILAI KUMULATIF", "REKAPITULASI NILAI MAHASISWA"])
                     if not english else "PROVISIONAL ACADEMIC TRANSCRIPT")
        style["semester_rows"] = False
    return style


def pool(style):
    return tc.pool(style["programme"])


def points(style):
    return POINTS[style["scale"]]


def course_code(style, course, semester, serial):
    """TIN21304 (joined: prefix, the campus's unit number, semester, serial), 21-TIN-304 (dash), TI 2304 (spaced)."""
    prefix = style["general_prefix"] if course["general"] else style["prefix"]
    kind = style["codes"]
    if kind == "dash":
        return f"{style['unit']}-{prefix}-{semester}{serial:02d}"
    if kind == "spaced":
        return f"{prefix[:2]} {semester}{course['sks']}{serial:02d}"
    return f"{prefix}{style['unit']}{semester}{serial:02d}"


def labels(style):
    """The student block's and the footer's words, Indonesian or English."""
    if style["english"]:
        return {"name": "Name", "nim": "Student ID", "programme": "Study Program", "semester": "Semester", "total": "Total Credits",
                "ipk": "Cumulative GPA", "ips": "GPA", "faculty": "Faculty", "mutu": "Total Points", "sem": "Semester"}
    return {"name": "Nama", "nim": "NIM", "programme": "Program Studi", "semester": "Semester", "total": "Jumlah SKS",
            "ipk": "Indeks Prestasi Kumulatif (IPK)", "ips": "IPS", "faculty": "Fakultas", "mutu": "Jumlah Mutu", "sem": "Semester"}


def term(style, entry, semester):
    start = entry + (semester - 1) // 2
    if style["english"]:
        return f"Semester {semester} ({'Odd' if semester % 2 else 'Even'} {start}/{start + 1})"
    return f"Semester {ROMAN[semester - 1]} - {'Ganjil' if semester % 2 else 'Genap'} {start}/{start + 1}"


def cell(style, row, key, number_):
    """The text of one cell of a course row."""
    if key == "no":
        return str(number_)
    if key == "smt":
        return str(row["semester"])
    if key == "sks":
        return str(row["sks"])
    if key == "point":
        return number(style, row["point"])
    if key == "mutu":
        return number(style, row["sks"] * row["point"])
    return row[key]


def column_spans(style, fixed, left, right):
    """The table's columns (key, label, x0, x1) left to right: each `fixed` width widened to hold its bold label (a
    header is never wider than its column), the name column taking what is left between `left` and `right`."""
    bold = font(style["font"], style["size"], 1)
    for key, label in style["columns"]:
        if key != "name":
            fixed[key] = max(fixed[key], round(bold.getlength(label)) + 18)
    rest = right - left - sum(fixed[k] for k, _ in style["columns"] if k != "name")
    cols, x = [], left
    for key, label in style["columns"]:
        w = rest if key == "name" else fixed[key]
        cols.append((key, label, x, x + w))
        x += w
    return cols
