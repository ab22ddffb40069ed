"""What varies between alpha documents, drawn once per document: the family (an old transcript typed
on a typewriter, ruled by hand and photocopied; a transcript exported from a spreadsheet and
printed with the sheet's row numbers, column letters and gridlines, long names cut at the cell
border; a phone photo of a page in a bound transcript booklet held open on a table), the
institution, fonts (Debian's Liberation, DejaVu and Carlito; monospaced for the typewriter), grade
scale, wording, course code and student number styles. Courses come from phi_catalogue's portal
and kategori programmes (eta draws psi_catalogue's), grade points from omicron / xi (letter_ab,
letter_pm, letter_half, numeric 0-4); fonts, wrapping, numbers, dates and page splits theta's,
student numbers eta's."""
import eta_style
import omicron_style as ost
import phi_catalogue as pc
import theta_style as ts
import xi_style

FAMILIES = ["ketik", "lembar", "buku"]
POINTS = dict(ost.POINTS, numeric=xi_style.POINTS["numeric"])
font, wrap, number, split, date_text = ts.font, ts.wrap, ts.number, ts.split, ts.date_text
MONTHS, ROMAN = ts.MONTHS, ts.ROMAN
nim = eta_style.nim  # nim(rng, style, entry) by style["nim"]: digits, dotted, letter
FAMILY_FONTS = {"ketik": ["dvmono", "libmono"], "lembar": ["carlito", "libsans", "dvsans", "carlito"],
                "buku": ["libserif", "dvserif", "carlito", "libsans"]}
FAMILY_SCALES = {"ketik": ["letter_ab", "letter_ab", "plain"], "lembar": ["letter_pm", "letter_pm", "numeric"],
                 "buku": ["letter_ab", "letter_half", "letter_pm"]}
PROGRAMMES = {name: ("portal",) + pc.PORTAL[name][:2] for name in pc.PORTAL}
PROGRAMMES.update({name: ("kategori",) + pc.KATEGORI[name][:2] for name in pc.KATEGORI})
CAMPUS = ["Universitas Wiralodra Indramayu Raya", "Universitas Nusa Lontar Rote", "Universitas Flores Ende Baru",
          "Universitas Tadulako Palu Barat", "Universitas Batanghari Jambi Hilir", "Universitas Lambung Mangkurat Hulu",
          "Universitas Khairun Tidore", "Sekolah Tinggi Ilmu Administrasi Mandala Raya", "Universitas Pasundan Tasik",
          "Universitas Muhammadiyah Kupang Timur"]
CITIES = ["Indramayu", "Rote Ndao", "Ende", "Palu", "Jambi", "Banjarbaru", "Tidore", "Jember", "Tasikmalaya", "Kupang"]
INK = (22, 22, 26)


def draw_style(rng, family):
    programme = rng.choice(sorted(PROGRAMMES))
    source, faculty, prefix = PROGRAMMES[programme]
    campus = rng.randrange(len(CAMPUS))
    scale = rng.choice(FAMILY_SCALES[family])
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": "letter_ab" if scale == "plain" else scale,
             "plain": scale == "plain", "programme": programme, "source": source, "faculty": faculty, "prefix": prefix,
             "institution": CAMPUS[campus], "city": CITIES[campus], "name_upper": rng.random() < 0.6,
             "upper": rng.random() < (0.5 if family == "ketik" else 0.2), "comma": scale != "numeric" and rng.random() < 0.55,
             "nim": rng.choice(["digits", "dotted", "letter"]), "general_prefix": rng.choice(["MKU", "MKDU", "UNV", "MPK"]),
             "codes": {"ketik": rng.choice(["spaced", "dotted"]), "lembar": rng.choice(["joined", "dash", "numeric"]),
                       "buku": rng.choice(["joined", "slash"])}[family], "unit": rng.randint(11, 58)}
    if family == "ketik":
        pica = rng.random() < 0.45  # 10 characters an inch, else elite's 12
        style.update(pitch=15.0 if pica else 12.5, size=25 if pica else 21, line=rng.choice([25, 26, 28]),
                     double=rng.random() < 0.45, smt_lines=rng.random() < 0.5, mutu=not pica and rng.random() < 0.6,
                     pen=rng.choice([(20, 20, 30), (25, 35, 90), (40, 40, 40)]), toner=rng.random() < 0.5,
                     title=rng.choice(["DAFTAR NILAI", "TRANSKRIP NILAI", "DAFTAR NILAI UJIAN", "KUTIPAN DAFTAR NILAI"]))
    elif family == "lembar":
        style.update(size=rng.randint(18, 20), cut=rng.uniform(0.7, 0.9), ipk_label=rng.choice(
            ["IPK", "Indeks Prestasi Kumulatif", "Indeks Prestasi Kumulatif (IPK)", "IPK ="]),
            sheet=rng.choice(["Sheet1", "Transkrip", "Nilai", "REKAP"]), smt=rng.random() < 0.5,
            file=rng.choice(["transkrip", "rekap_nilai", "nilai_mhs", "TRANSKRIP_FINAL"]))
    else:
        style.update(size=rng.randint(19, 21), side=rng.choice(["left", "right"]), order=rng.choice(["a", "b"]),
                     cover=rng.choice([(110, 30, 30), (24, 50, 100), (30, 80, 50), (80, 60, 30)]),
                     paper=rng.choice([(250, 247, 236), (246, 244, 238), (252, 250, 242)]))
    return style


def pool(style):
    """The programme's courses; once the rows are drawn, without the courses whose name a sheet cut
    (so the requirements never ask for one of them as a course not taken)."""
    cut = set(style.get("cut_names", ()))
    return [c for c in pc.pool(style["source"], style["programme"]) if c["name"] not in cut]


def points(style):
    """The grades a student can get here: letter_ab without AB / BC where the campus prints plain A-E."""
    table = POINTS[style["scale"]]
    return {g: p for g, p in table.items() if len(g) == 1} if style.get("plain") else table


def course_code(style, course, semester, serial):
    """AGT 103 / AGT.1.03 (ketik), AGT1302 / AGT-1302 / 3311302 (lembar), AGT132 / AGT/1/32 (buku)."""
    prefix = style["general_prefix"] if course["general"] else style["prefix"]
    kind, sks = style["codes"], course["sks"]
    if kind == "spaced":
        return f"{prefix} {semester}{serial:02d}"
    if kind == "dotted":
        return f"{prefix}.{semester}.{serial:02d}"
    if kind == "dash":
        return f"{prefix}-{semester}{sks}{serial:02d}"
    if kind == "numeric":
        return f"{10 if course['general'] else style['unit']}{semester}{sks}{serial:02d}"
    if kind == "slash":
        return f"{prefix}/{semester}/{sks}{serial:02d}"
    return f"{prefix}{semester}{sks}{serial:02d}"


def term(entry, semester):
    start = entry + (semester - 1) // 2
    return f"Semester {ROMAN[semester - 1]} ({'Ganjil' if semester % 2 else 'Genap'} {start}/{start + 1})"


def grade_number(style, point):
    """A grade point (Bobot) as a sheet prints it: always two decimals, a comma in Indonesian locales."""
    return number(style, point)


def passed(point):
    return point >= 2.0
