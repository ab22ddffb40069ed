"""What varies between gamma documents, drawn once per document: the family (a transcript scanned
with a phone scanner app and its "magic colour" / B&W filter; a night phone photo with the flash of
a printout that was folded in four and crumpled; a dense one-page final transcript in two tables
side by side with a Semester column, scanned on a flatbed), the institution, fonts (Debian's
Liberation, DejaVu and Carlito), grade scale (letter_ab, letter_pm, letter_half, numeric 0-4),
wording of the student block, the table and the IPK line (Indonesian, sometimes English), decimal
comma or point, column order, course code and student number styles. Courses and their English
names come from nu_catalogue, grade points from omicron / xi, fonts, wrapping, numbers, dates and
page splits from theta (as beta), student numbers from eta; points() and cell() are beta's own. The
helpers at the end draw what the three families' pages share."""
from PIL import ImageDraw

import beta_style
import eta_style
import nu_catalogue as nc
import theta_style as ts

FAMILIES = ["pindai", "kilat", "ringkas"]
POINTS = beta_style.POINTS  # omicron's scales and xi's numeric 0-4, as beta draws them
points, cell = beta_style.points, beta_style.cell
font, wrap, number, split, date_text = ts.font, ts.wrap, ts.number, ts.split, ts.date_text
MONTHS, ROMAN = ts.MONTHS, ts.ROMAN
nim = eta_style.nim  # nim(rng, style, entry) by style["nim"]: digits, dotted, letter (what eta_khs._doc calls)
FAMILY_FONTS = {"pindai": ["libsans", "libserif", "dvsans", "carlito"], "kilat": ["libsans", "dvsans", "carlito", "dvcond"],
                "ringkas": ["narrow", "dvcond", "carlito"]}
FAMILY_SCALES = {"pindai": ["letter_ab", "letter_pm", "numeric", "letter_ab"], "kilat": ["letter_pm", "letter_ab", "letter_half"],
                 "ringkas": ["letter_ab", "letter_pm", "numeric", "letter_half"]}
CAMPUS = ["Universitas Nusa Cendana Raya", "Universitas Lambung Mangkurat Hulu", "Universitas Bangka Belitung Timur",
          "Universitas Mataram Selatan", "Universitas Tadulako Palu Barat", "Universitas Muhammadiyah Kendari Raya",
          "Institut Teknologi Sumatera Selatan", "Universitas Pattimura Ambon Baru", "Universitas Islam Riau Pesisir",
          "Universitas Khairun Halmahera", "Sekolah Tinggi Ilmu Ekonomi Bima Raya"]
CITIES = ["Kupang", "Banjarmasin", "Pangkalpinang", "Mataram", "Palu", "Kendari", "Palembang", "Ambon", "Pekanbaru", "Tobelo", "Bima"]
SITES = ["siakad.undana-raya.ac.id", "sia.ulm-hulu.ac.id", "simak.ubb-timur.ac.id", "siakad.unram-sel.ac.id",
         "siakad.untad-barat.ac.id", "sia.umk-raya.ac.id", "akademik.itss.ac.id", "siakad.unpatti-baru.ac.id",
         "sikad.uir-pesisir.ac.id", "siakad.unkhair-hmh.ac.id", "sia.stiebima-raya.ac.id"]
INK = (22, 22, 26)
WIDTH, A4 = 1240, 1754  # the page as drawn, A4 high at least
LEFT, RIGHT = 100, 1140  # the one-table pages' (pindai, kilat) margins
CENTRED = {"no", "sks", "grade", "point", "mutu"}  # the one-table pages' centred cells
APPS = ["CamScanner", "CamScanner", "TapScanner", "Genius Scan", "Clear Scan", "Fast Scanner"]
SIZES = {"libsans": (19, 21), "libserif": (20, 22), "dvsans": (18, 20), "carlito": (21, 23), "dvcond": (19, 21), "narrow": (21, 23)}
RINGKAS_SIZES = {"narrow": (21, 23), "dvcond": (20, 22), "carlito": (22, 24)}  # cap height 14.1-16.1 px
THESES = ["Analisis {a} terhadap {b} di Kota {c}", "Pengaruh {a} terhadap {b} pada Masyarakat Kabupaten {c}",
          "Rancang Bangun Sistem Informasi {a} Berbasis Web di {c}", "Implementasi {a} untuk Meningkatkan {b} di {c}",
          "Studi Komparatif {a} dan {b} di Wilayah {c}"]
TOPICS = ["Kualitas Layanan", "Literasi Digital", "Manajemen Risiko", "Kinerja Pegawai", "Kepuasan Pengguna", "Tata Kelola Data",
          "Hasil Belajar Siswa", "Ketahanan Pangan", "Pemanfaatan Media Sosial", "Efektivitas Program"]


def _columns(rng, family, english, numeric):
    """The table's columns in print order: (key, label); key one of smt, no, code, name, sks, grade, point, mutu."""
    if family == "pindai":
        sets = [[("no", "No"), ("code", "Kode MK"), ("name", "Nama Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai")],
                [("no", "No"), ("code", "Kode"), ("name", "Mata Kuliah"), ("sks", "K"), ("grade", "HM"), ("point", "AM"), ("mutu", "M")],
                [("no", "No."), ("code", "Kode MK"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Huruf"), ("point", "Bobot"),
                 ("mutu", "K x N")]]
        english_set = [("no", "No"), ("code", "Course Code"), ("name", "Course Title"), ("sks", "Credits"), ("grade", "Grade")]
    elif family == "kilat":
        sets = [[("no", "No"), ("code", "Kode"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai")],
                [("no", "No"), ("code", "Kode MK"), ("name", "Nama Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai Huruf"),
                 ("point", "Angka Mutu")],
                [("code", "Kode"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai"), ("point", "Bobot"), ("mutu", "Mutu")]]
        english_set = [("no", "No"), ("code", "Course Code"), ("name", "Course Title"), ("sks", "Credits"), ("grade", "Grade"),
                       ("mutu", "Points")]
    else:
        smt = rng.choice(["Smt", "Sem", "Smt."])
        sets = [[("smt", smt), ("no", "No"), ("code", "Kode"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai")],
                [("no", "No"), ("smt", smt), ("code", "Kode MK"), ("name", "Mata Kuliah"), ("sks", "K"), ("grade", "Huruf")]]
        english_set = [("smt", "Sem"), ("no", "No"), ("code", "Code"), ("name", "Course Title"), ("sks", "Cr"), ("grade", "Grade")]
    cols = english_set if english else rng.choice(sets)
    if numeric:  # the grade is the point itself: no second point column (the narrow tables keep short labels)
        names = ({"Huruf": "Nilai"} if family == "ringkas" else
                 {"Nilai": "Nilai Angka", "HM": "Nilai", "Huruf": "Nilai", "Nilai Huruf": "Nilai", "Grade": "Grade Point"})
        cols = [(k, names.get(label, label)) for k, label in cols if k != "point"]
    return cols


def draw_style(rng, family):
    programme = rng.choice(sorted(nc.PROGRAMMES))
    faculty, prefix, degree, _ = nc.PROGRAMMES[programme]
    campus = rng.randrange(len(CAMPUS))
    scale = rng.choice(FAMILY_SCALES[family])
    english = rng.random() < 0.18
    face = rng.choice(FAMILY_FONTS[family])
    style = {"family": family, "font": face, "scale": scale, "programme": programme, "faculty": "Fakultas " + faculty,
             "prefix": prefix, "degree": degree, "institution": CAMPUS[campus], "city": CITIES[campus], "site": SITES[campus],
             "name_upper": rng.random() < 0.5, "upper": rng.random() < 0.2, "english": english,
             "comma": scale != "numeric" and not english and rng.random() < 0.5, "nim": rng.choice(["digits", "dotted", "letter"]),
             "general_prefix": rng.choice(nc.GENERAL_PREFIX), "codes": rng.choice(["joined", "dash", "spaced", "dotted"]),
             "unit": rng.randint(11, 59), "columns": _columns(rng, family, english, scale == "numeric"),
             "nim_label": "Student ID" if english else rng.choice(["NIM", "No. Pokok Mahasiswa", "NPM"]),
             "sem_label": "Semester" if english else rng.choice(["Semester", "Smt.", "Semester ke"]),
             "ipk_label": (rng.choice(["GPA", "Cumulative GPA"]) if english else
                           rng.choice(["IPK", "Indeks Prestasi Kumulatif", "Indeks Prestasi Kumulatif (IPK)"])),
             "semester_rows": rng.random() < 0.7, "size": rng.randint(*SIZES[face])}
    title = (["ACADEMIC TRANSCRIPT", "TRANSCRIPT OF ACADEMIC RECORD"] if english else
             ["TRANSKRIP NILAI", "TRANSKRIP AKADEMIK", "DAFTAR NILAI KUMULATIF", "KARTU HASIL STUDI KUMULATIF"])
    style["title"] = rng.choice(title)
    if family == "pindai":
        style.update(shade=rng.randint(206, 228), zebra=rng.random() < 0.5, mode=rng.choice(["magic", "bw", "magic", "grey"]),
                     app=rng.choice(APPS), corner=rng.choice(["right", "left", "right"]))
    elif family == "kilat":
        style.update(head_fill=rng.choice([(22, 38, 92), (110, 20, 32), (18, 78, 48), (30, 30, 70)]),
                     frame=rng.random() < 0.5)
    else:
        style.update(size=rng.randint(*RINGKAS_SIZES[face]), smt_mode=rng.choice(["merged", "merged", "roman"]),
                     title="ACADEMIC TRANSCRIPT" if english else rng.choice(["TRANSKRIP AKADEMIK", "TRANSKRIP NILAI AKHIR"]),
                     thesis_label=("Thesis Title" if english else
                                   rng.choice(["Judul Skripsi", "Judul Tugas Akhir", "Judul Skripsi/Tugas Akhir"])),
                     thesis=rng.choice(THESES).format(a=rng.choice(TOPICS), b=rng.choice(TOPICS), c=CITIES[campus]))
        style["semester_rows"] = False
    return style


def pool(style):
    """The programme's courses and the general ones as dicts {name, semester, sks, general}, English where the page is."""
    k = 1 if style["english"] else 0
    own = [dict(name=c[k], semester=c[2], sks=c[3], general=False) for c in nc.PROGRAMMES[style["programme"]][3]]
    return own + [dict(name=c[k], semester=c[2], sks=c[3], general=True) for c in nc.GENERAL]


def course_code(style, course, semester, serial):
    """IF21304 (joined), 21-IF-304 (dash), IF 2304 (spaced), IF.21.304 (dotted)."""
    prefix = style["general_prefix"] if course["general"] else style["prefix"]
    kind = style["codes"]
    if kind == "dash":
        return f"{style['unit']}-{prefix}-{semester}{serial:02d}"
    if kind == "spaced":
        return f"{prefix} {semester}{course['sks']}{serial:02d}"
    if kind == "dotted":
        return f"{prefix}.{style['unit']}.{semester}{serial:02d}"
    return f"{prefix}{style['unit']}{semester}{serial:02d}"


def labels(style):
    """The student block's and the summary's words."""
    if style["english"]:
        return {"name": "Name", "nim": style["nim_label"], "programme": "Study Program", "semester": "Semester",
                "total": "Total Credits", "ipk": style["ipk_label"], "mutu": "Total Grade Points", "faculty": "Faculty",
                "predikat": "Predicate", "sem": "Semester", "ips": "GPA"}
    return {"name": "Nama", "nim": style["nim_label"], "programme": "Program Studi", "semester": style["sem_label"],
            "total": "Jumlah SKS", "ipk": style["ipk_label"], "mutu": "Jumlah Mutu", "faculty": "Fakultas", "predikat": "Predikat",
            "sem": "Semester", "ips": "IPS"}


def predicate(style, ipk):
    bands = [(3.51, "Dengan Pujian", "Cum Laude"), (3.01, "Sangat Memuaskan", "Very Satisfactory"),
             (2.76, "Memuaskan", "Satisfactory"), (0.0, "Cukup", "Sufficient")]
    for low, indonesian, english in bands:
        if ipk >= low:
            return english if style["english"] else indonesian
    return bands[-1][1]


def spans(style, cols, fixed, left, right, size=None):
    """The columns (key, label, x0, x1) left to right: each fixed width widened to hold its bold label, the name column
    taking what is left between `left` and `right`."""
    bold = font(style["font"], size or style["size"], 1)
    for key, label in cols:
        if key != "name":
            fixed[key] = max(fixed[key], round(bold.getlength(label)) + 16)
    rest = right - left - sum(fixed[k] for k, _ in cols if k != "name")
    out, x = [], left
    for key, label in cols:
        w = rest if key == "name" else fixed[key]
        out.append((key, label, x, x + w))
        x += w
    return out


def term(style, entry, semester):
    start = entry + (semester - 1) // 2
    if style["english"]:
        return f"Semester {semester} ({'Odd' if semester % 2 else 'Even'} {start}/{start + 1})"
    return f"Semester {ROMAN[semester - 1]} ({'Ganjil' if semester % 2 else 'Genap'} {start}/{start + 1})"


def student_lines(style, doc):
    words = labels(style)
    return [(words["name"], doc["name"]), (words["nim"], doc["nim"]), (words["programme"], f"{style['programme']} ({style['degree']})"),
            (words["semester"], str(doc["semester"]))]


def letterhead(c, style, rng, y, left, right, size, emblem=True):
    """The campus's letterhead centred between left and right (the emblem at the left), a thick and a thin rule;
    returns the y under it."""
    import kappa_art
    mid = (left + right) // 2 + (40 if emblem else 0)
    if emblem:
        c.paste(kappa_art.emblem(rng, round(size * 5), (30, 60, 120), (190, 40, 40)), (left, y))
    owner = ("YAYASAN PENDIDIKAN " + style["city"].upper() if "Sekolah" in style["institution"] or "Islam" in style["institution"]
             else "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI")
    top = y
    for text, f in [(owner, font(style["font"], size - 2)), (style["institution"].upper(), font(style["font"], size + 6, 1)),
                    (style["faculty"].upper(), font(style["font"], size, 1)),
                    (f"Kampus {style['city']}  -  {style['site']}", font(style["font"], size - 4))]:
        c.text((mid, y), text, font=f, fill=INK, anchor="ma")
        y += f.size + 8
    y = max(y, top + round(size * 5)) + 8
    c.rectangle((left, y, right, y + 3), fill=INK)
    c.rectangle((left, y + 7, right, y + 7), fill=INK)
    return y + 28


def sign_block(c, style, doc, rng, x, y, line, face, bold):
    """Place and date, the official's title, a round stamp and a signature, the name and NIP; returns the y under it."""
    import kappa_art
    c.text((x, y), f"{style['city']}, {date_text(doc['day'])}", font=face, fill=INK)
    title = "Dean" if style["english"] else rng.choice(["Dekan,", "Wakil Dekan Bidang Akademik,", "Ketua Program Studi,"])
    c.text((x, y + line), title, font=face, fill=INK)
    c.paste(kappa_art.stamp(rng, 140, (40, 50, 150), f"{style['faculty'].upper()} * {style['city'].upper()} *",
                            font("libsans", 10).path), (x - 90, y + line))
    c.paste(kappa_art.signature(rng, 200, 76, (20, 30, 100)), (x + 10, y + 2 * line))
    y += 2 * line + 96
    c.text((x, y), doc["official"], font=bold, fill=INK)
    c.text((x, y + line), f"NIP. {doc['nip']}", font=face, fill=INK)
    return y + 2 * line


def one_table_capacity(style):
    return 22


def widths(style, face, rows, fixed, numeric_grade, left, right):
    """The one-table families' columns: the code column as wide as the widest code, the grade wider on a numeric scale."""
    code_w = max([face.getlength(r["code"]) for r in rows] + [face.getlength("Kode MK")]) + 24
    fixed = dict(fixed, code=round(code_w))
    if style["scale"] == "numeric":
        fixed["grade"] = numeric_grade
    return spans(style, style["columns"], fixed, left, right)


def title(c, style, first, x, y):
    """The page's title centred at x (" (lanjutan)" / " (continued)" after the first page)."""
    text = style["title"] + ("" if first else (" (continued)" if style["english"] else " (lanjutan)"))
    c.text((x, y), text, font=font(style["font"], style["size"] + 4, 1), fill=INK, anchor="ma")


def student_columns(c, style, doc, face, xs, y, line):
    """The student block in two columns starting at xs, the colons of each column aligned."""
    pairs = student_lines(style, doc)
    for k, (label, value) in enumerate(pairs):
        x = xs[k % 2]
        at = max(face.getlength(a) for a, _ in pairs[k % 2::2]) + 16
        c.text((x, y + (k // 2) * line), label, font=face, fill=INK)
        c.text((x + at, y + (k // 2) * line), f": {value}", font=face, fill=INK)


def name_line(c, style, doc, face, x, y):
    """A later page's "Nama : ... NIM : ..." line."""
    words = labels(style)
    c.text((x, y), f"{words['name']} : {doc['name']}     {words['nim']} : {doc['nim']}", font=face, fill=INK)


def wrapped_name(style, row, face, cols, line):
    """The course name wrapped in its column, and the row's height."""
    names = wrap(row["name"], face, next(x1 - x0 for k, _, x0, x1 in cols if k == "name") - 20)
    return names, line + round(style["size"] * 1.2) * (len(names) - 1)


def row_cells(c, style, row, cols, names, number_, y, line, face, centred):
    """One course row's cells: the wrapped name, the `centred` keys centred, the rest at the left."""
    step = round(style["size"] * 1.2)
    for key, _, x0, x1 in cols:
        text = cell(style, row, key, number_)
        if key == "name":
            for k, piece in enumerate(names):
                c.text((x0 + 10, y + line // 2 + k * step), piece, font=face, fill=INK, anchor="lm")
        elif key in centred:
            c.text(((x0 + x1) // 2, y + line // 2), text, font=face, fill=INK, anchor="mm")
        else:
            c.text((x0 + 10, y + line // 2), text, font=face, fill=INK, anchor="lm")


def summary(c, items, strong, x, at, y, line, face, bold):
    """Label : value lines (the `strong` label and its value bold); returns the y under them."""
    for label, value in items:
        f = bold if label == strong else face
        c.text((x, y), label, font=f, fill=INK)
        c.text((x + at, y), f": {value}", font=f, fill=INK)
        y += line
    return y


def continued(c, style, x, y, line):
    """"bersambung ..." / "continued ..." right-aligned at x; returns the y under it."""
    c.text((x, y), "continued ..." if style["english"] else "bersambung ...", font=font(style["font"], style["size"] - 2, 2),
           fill=INK, anchor="ra")
    return y + line


def trim(c, width, bottom):
    """The canvas cut to width x bottom, a fresh draw on it."""
    c.image = c.image.crop((0, 0, width, bottom))
    c.draw = ImageDraw.Draw(c.image)
    return c


def pages(style, rows, rng, paged, text_pdf, per_page, draw, degrade):
    """Split the rows into pages, draw each (draw(part, k, count, number) -> Canvas) and, unless text_pdf, turn it
    into its picture (degrade(image) -> image, info) before the next is drawn; style["art"] the infos."""
    chunks = split(rng, rows, paged, per_page)
    canvases, art, number_ = [], [], 1
    for k, part in enumerate(chunks):
        c = draw(part, k, len(chunks), number_)
        number_ += len(part)
        if not text_pdf:
            c.image, info = degrade(c.image)
            art.append(info)
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art
    return canvases
