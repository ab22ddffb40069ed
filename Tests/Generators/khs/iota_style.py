"""What varies between iota documents, drawn once per document: the family (a faxed transcript
received as a bilevel 200 dpi image, a phone photo of a transcript inside a clear plastic sleeve on
a desk, a narrow mobile/thermal print with one small block per course), the institution, fonts
(Debian's Liberation, DejaVu and Carlito; monospaced for the thermal print), grade scale, wording,
course code and student number styles. Grade points are omicron's (omicron_style.py), courses
theta_catalogue's; fonts, wrapping and number printing theta_style's."""
import theta_catalogue as tc
import theta_style as ts

FAMILIES = ["faks", "sampul", "struk"]
POINTS = ts.POINTS
font, wrap, number, split = ts.font, ts.wrap, ts.number, ts.split
FAMILY_FONTS = {"faks": ["libserif", "libsans", "dvserif", "dvsans"], "sampul": ["carlito", "dvcond", "libsans", "libserif"],
                "struk": ["dvmono", "libmono", "libsans", "dvsans", "carlito"]}
FAMILY_SCALES = {"faks": ["letter_ab", "letter_pm", "letter_half"], "sampul": ["letter_pm", "letter_ab"],
                 "struk": ["letter_pm", "letter_half", "letter_ab"]}
CAMPUS = ["Universitas Halu Oleo Raya", "Universitas Cenderawasih Timur", "Universitas Pattimura Baru",
          "Universitas Syiah Kuala Utara", "Universitas Malikussaleh Pesisir", "Universitas Negeri Padang Barat",
          "Universitas Palangka Raya Hulu", "Universitas Muhammadiyah Kendari", "Universitas Mataram Selatan",
          "Institut Teknologi Kalimantan Raya"]
CITIES = ["Kendari", "Jayapura", "Ambon", "Banda Aceh", "Lhokseumawe", "Padang", "Palangka Raya", "Kendari", "Mataram",
          "Balikpapan"]
AREA = ["0401", "0967", "0911", "0651", "0645", "0751", "0536", "0401", "0370", "0542"]
MONTHS = ts.MONTHS
ROMAN = ts.ROMAN
INK = (22, 22, 24)


def draw_style(rng, family):
    programme = rng.choice(sorted(tc.PROGRAMMES))
    faculty, prefix, _ = tc.PROGRAMMES[programme]
    campus = rng.randrange(len(CAMPUS))
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "faculty": faculty, "prefix": prefix, "institution": CAMPUS[campus],
             "city": CITIES[campus], "area": AREA[campus], "name_upper": rng.random() < 0.55, "upper": rng.random() < 0.2,
             "comma": rng.random() < 0.6, "codes": rng.choice(["joined", "joined", "dash", "dotted"]),
             "general_prefix": rng.choice(["MKU", "MPK", "UNI", "MKWU"]), "nim": rng.choice(["digits", "letter", "dotted"])}
    if family == "faks":
        style.update(size=rng.randint(20, 23), code_place=rng.choice(["dash", "dash", "bracket", "paren"]),
                     smt_col=rng.random() < 0.5, sentence=rng.randrange(3), fine=rng.random() < 0.7)
    elif family == "sampul":
        style.update(size=rng.randint(19, 22), bobot=rng.random() < 0.6, number_col=rng.random() < 0.7,
                     band=rng.choice([(226, 232, 240), (232, 232, 232), (240, 232, 214)]), holes=rng.random() < 0.7)
    else:
        thermal = style["font"] in ("dvmono", "libmono")
        style.update(thermal=thermal, width=576 if thermal else rng.choice([720, 760]), size=21 if thermal else rng.randint(22, 24),
                     lines=rng.choice([2, 3]), point_in_grade=rng.random() < 0.7)
    return style


def pool(style):
    return tc.pool(style["programme"])


def course_code(style, course, semester, serial):
    """MKU1012, IF-2104 or KIM.3.02 style codes: prefix, semester, serial and sometimes SKS."""
    prefix = style["general_prefix"] if course["general"] else style["prefix"]
    kind = style["codes"]
    if kind == "dash":
        return f"{prefix}-{semester}{course['sks']}{serial:02d}"
    if kind == "dotted":
        return f"{prefix}.{semester}.{serial:02d}"
    return f"{prefix}{(semester + 1) // 2}{semester % 2}{serial:02d}" if serial < 10 else f"{prefix}{semester}{serial:03d}"


def columns(cols, left, right):
    """A table's columns from (key, label, width) laid left to right from `left`: key -> (x0, x1,
    label); the one column of width 0 takes what the others leave up to `right`."""
    fixed = sum(w for _, _, w in cols)
    xs, x = {}, left
    for key, label, w in cols:
        xs[key] = (x, x + (w or right - left - fixed), label)
        x = xs[key][1]
    return xs


def nim(rng, style, entry):
    year = entry % 100
    if style["nim"] == "letter":
        return f"{rng.choice('DEFGHN')}{rng.randint(1, 9)}{rng.choice('ABC')}{year:02d}{rng.randint(1, 199):03d}"
    if style["nim"] == "dotted":
        return f"{rng.randint(1, 9)}{year:02d}.{rng.randint(10, 99)}.{rng.randint(1, 1299):04d}"
    return f"{year:02d}{rng.randint(10, 99)}{rng.randint(10, 99)}{rng.randint(1, 999):04d}"


def term(entry, semester, upper=True):
    start = entry + (semester - 1) // 2
    half = "Ganjil" if semester % 2 else "Genap"
    text = f"Semester {half} {start}/{start + 1}"
    return text.upper() if upper else text


def date_text(day):
    return ts.date_text(day)
