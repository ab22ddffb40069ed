"""What varies between eta documents, drawn once per document: the family (a scan that arrived
turned 90/180/270 degrees with show-through of the reverse side, a transcript e-mailed as plain
text and printed from the mail client, a certified copy "SALINAN SESUAI ASLI" with a diagonal
watermark, a coloured stamp and an ink signature over the last rows), the institution, fonts
(Debian's Liberation, DejaVu and Carlito), grade scale, wording, course code and student number
styles. Grade points are omicron's (omicron_style.py), courses psi_catalogue's; fonts, wrapping
and number printing theta_style's."""
import psi_catalogue as pc
import theta_style as ts
from iota_style import columns  # noqa: F401 (eta_* call it as eta_style.columns)

FAMILIES = ["balik", "surel", "salinan"]
POINTS = ts.POINTS
font, wrap, number, split = ts.font, ts.wrap, ts.number, ts.split
MONTHS, ROMAN = ts.MONTHS, ts.ROMAN
FAMILY_FONTS = {"balik": ["libsans", "dvsans", "libserif", "carlito"], "surel": ["libsans", "carlito", "dvsans"],
                "salinan": ["libserif", "dvserif", "carlito", "libsans"]}
FAMILY_SCALES = {"balik": ["letter_pm", "letter_ab"], "surel": ["letter_ab", "letter_half"],
                 "salinan": ["letter_half", "letter_pm"]}
CAMPUS = ["Universitas Nusa Cendana Selatan", "Universitas Bangka Belitung Raya", "Universitas Sembilanbelas November Kolaka",
          "Universitas Musamus Merauke Baru", "Universitas Borneo Tarakan Utara", "Universitas Siliwangi Tasik Raya",
          "Universitas Tidar Magelang Barat", "Universitas Trunojoyo Bangkalan", "Institut Agama dan Sains Sorong"]
CITIES = ["Kupang", "Pangkalpinang", "Kolaka", "Merauke", "Tarakan", "Tasikmalaya", "Magelang", "Bangkalan", "Sorong"]
DOMAINS = ["undana-sel.ac.id", "ubb-raya.ac.id", "usn-kolaka.ac.id", "unmus-baru.ac.id", "ubt-utara.ac.id",
           "unsil-raya.ac.id", "untidar-barat.ac.id", "trunojoyo-bkl.ac.id", "iass-sorong.ac.id"]
SHORT = {"KOM": "IK", "FAR": "FA", "MAN": "MN", "ELK": "TE", "HKM": "IH"}  # programme abbreviations of salinan's codes
INK = (24, 24, 28)


def draw_style(rng, family):
    programme = rng.choice(sorted(pc.PROGRAMMES))
    faculty, prefix, _ = pc.PROGRAMMES[programme]
    campus = rng.randrange(len(CAMPUS))
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "faculty": faculty, "prefix": prefix, "institution": CAMPUS[campus],
             "city": CITIES[campus], "domain": DOMAINS[campus], "name_upper": rng.random() < 0.5, "upper": rng.random() < 0.2,
             "comma": rng.random() < 0.6, "nim": rng.choice(["digits", "dotted", "letter"]),
             "general_prefix": rng.choice(["MKU", "MKWU", "UNV"]),
             "codes": {"balik": rng.choice(["joined", "sks_last"]), "surel": "joined",
                       "salinan": rng.choice(["dotted_num", "dash_num"])}[family],
             "fac_no": rng.randint(11, 29), "prodi_no": rng.randint(1, 12)}
    if family == "balik":
        style.update(size=rng.randint(19, 22), landscape=rng.random() < 0.4, order=rng.choice(["a", "b", "c"]),
                     ruled=rng.choice(["full", "rows", "head"]), show_through=rng.random() < 0.7)
    elif family == "surel":
        style.update(size=rng.randint(19, 21), client=rng.choice(["webmail", "gmail", "thunderbird"]),
                     kind=rng.choice(["reply", "forward"]), english=rng.random() < 0.3, tabs=rng.random() < 0.5,
                     order=rng.choice(["a", "b"]))
    else:
        style.update(size=rng.randint(19, 21), short_point=rng.random() < 0.4, ink=rng.choice([(40, 60, 170), (96, 50, 160)]),
                     wm=rng.choice(["SALINAN", "SALINAN SESUAI ASLI", "COPY"]), order=rng.choice(["a", "b"]))
    return style


def row_cells(c, xs, cells, names, face, size, mid):
    """One table row's cells on the line through `mid`: the name's wrapped lines and the code left-aligned, the rest centred."""
    for key, (x0, x1, _) in xs.items():
        if key == "name":
            for k, text in enumerate(names):
                c.text((x0 + 8, mid + k * round(size * 1.2)), text, font=face, fill=INK, anchor="lm")
        elif key == "code":
            c.text((x0 + 8, mid), cells[key], font=face, fill=INK, anchor="lm")
        else:
            c.text(((x0 + x1) // 2, mid), cells[key], font=face, fill=INK, anchor="mm")


def pool(style):
    return pc.pool(style["programme"])


def course_code(style, course, semester, serial):
    """KOM2303 / KOM2033 (balik), KOM2303 (surel), 21.04.1103 or IK-2-07 (salinan)."""
    general = course["general"]
    prefix = style["general_prefix"] if general else style["prefix"]
    kind = style["codes"]
    if kind == "dotted_num":
        return f"{10 if general else style['fac_no']}.{0 if general else style['prodi_no']:02d}.{semester}{course['sks']}{serial:02d}"
    if kind == "dash_num":
        return f"{'MU' if general else SHORT[style['prefix']]}-{semester}-{serial:02d}"
    if kind == "sks_last":
        return f"{prefix}{semester}{serial:02d}{course['sks']}"
    return f"{prefix}{semester}{course['sks']}{serial:02d}"


def nim(rng, style, entry):
    year = entry % 100
    if style["nim"] == "dotted":
        return f"{year:02d}.{rng.randint(1, 9)}{rng.randint(10, 99)}.{rng.randint(1, 999):03d}"
    if style["nim"] == "letter":
        return f"{rng.choice('ABCEGK')}{rng.randint(1, 3)}{rng.randint(1, 9)}{year:02d}{rng.randint(1, 899):03d}"
    return f"{year:02d}{rng.randint(1, 9)}{rng.randint(10, 99)}{rng.randint(1, 9)}{rng.randint(1, 999):04d}"


def term(entry, semester, english=False):
    start = entry + (semester - 1) // 2
    if english:
        return f"Semester {semester} ({'Odd' if semester % 2 else 'Even'} {start}/{start + 1})"
    return f"Semester {semester} ({'Ganjil' if semester % 2 else 'Genap'} {start}/{start + 1})"


def date_text(day):
    return ts.date_text(day)


def point_text(style, point):
    """A grade point as salinan prints it: "3,50" or short "3,5" / "4"."""
    if style.get("short_point"):
        text = f"{point:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if style["comma"] else text
    return number(style, point)
