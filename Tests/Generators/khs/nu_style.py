"""How one `nu` document is printed, drawn once per document: the print family, the grade
scale, fonts, the table's columns in the institution's order with its header words, the
course-code and student-number styles, decimal comma or point, ruling and colours.

Families: `sementara` (Transkrip Nilai Sementara: one table with semester group rows, bobot and
mutu columns, per-semester IPS lines), `khs` (Kartu Hasil Studi per semester, stacked: a two-column
student block, a coloured header bar and zebra rows per semester, IPS and an IPK summary box),
`bilingual` (whole-study transcript, Indonesian with the English name in italics under each
course, bilingual labels, boxed grid, flat or in semester groups), `lanskap` (landscape whole-study transcript whose courses
run down two side-by-side halves, nu_landscape.py)."""
from decimal import ROUND_HALF_UP, Decimal

FONTS = {  # family: ((regular, bold, italic) under /usr/share/fonts/truetype, Debian package)
    "lib_serif": (("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                   "liberation/LiberationSerif-Italic.ttf"), "fonts-liberation"),
    "dejavu_serif_cond": (("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf",
                           "dejavu/DejaVuSerifCondensed-Italic.ttf"), "fonts-dejavu-extra"),
    "carlito": (("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf"), "fonts-crosextra-carlito"),
    "lib_sans": (("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                  "liberation/LiberationSans-Italic.ttf"), "fonts-liberation"),
    "lib_narrow": (("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                    "liberation/LiberationSansNarrow-Italic.ttf"), "fonts-liberation"),
    "dejavu_sans": (("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"), "fonts-dejavu-core"),
}
FAMILY_FONTS = {"sementara": ["lib_serif", "dejavu_serif_cond", "carlito"], "khs": ["lib_sans", "lib_narrow", "dejavu_sans", "carlito"],
                "bilingual": ["lib_serif", "carlito", "lib_sans", "dejavu_serif_cond"], "lanskap": ["lib_narrow", "dejavu_serif_cond", "carlito"]}
ORDERS = {  # column orders per family (letter scales; numeric drops the grade-point column)
    "sementara": [["no", "code", "name", "sks", "grade", "point", "mutu"], ["no", "code", "name", "grade", "point", "sks", "mutu"],
                  ["code", "name", "sks", "grade", "point", "mutu"], ["no", "name", "code", "sks", "grade", "point", "mutu"]],
    "khs": [["no", "code", "name", "sks", "grade", "point"], ["no", "code", "name", "sks", "grade"],
            ["no", "name", "code", "sks", "grade", "point", "mutu"], ["code", "name", "sks", "point", "grade"]],
    "bilingual": [["no", "code", "name", "sks", "grade"], ["no", "code", "name", "sks", "grade", "point"], ["code", "name", "grade", "sks"]],
    "lanskap": [["no", "code", "name", "sks", "grade"], ["code", "name", "sks", "grade", "point"], ["no", "code", "name", "grade", "sks"]],
}
LABELS = {"no": ["No", "No.", "NO"], "code": ["Kode MK", "Kode", "No. MK", "KODE MK"],
          "name": ["Mata Kuliah", "Nama Mata Kuliah", "MATA KULIAH"], "sks": ["SKS", "Kredit", "K", "sks"],
          "grade": ["Nilai", "Huruf Mutu", "HM", "Nilai Huruf", "Grade"], "numeric": ["Nilai", "Bobot", "Nilai Angka", "NA"],
          "point": ["Angka Mutu", "AM", "Bobot", "N"], "mutu": ["Mutu", "K x N", "Nilai x SKS", "KxN"]}
BILINGUAL = {"no": "No", "code": "Kode / Code", "name": "Mata Kuliah / Course", "sks": "SKS / Credits",
             "grade": "Nilai / Grade", "point": "Bobot / Point", "mutu": "Mutu / Quality"}
WEIGHTS = {"letter_ab": [9, 6, 6, 3, 2, 0.4, 0.15], "letter_pm": [8, 6, 5, 5, 3, 2, 1.5, 0.4, 0.15]}
NUMERIC = [(4.0, 9), (3.75, 3), (3.5, 5), (3.25, 3), (3.0, 5), (2.75, 2), (2.5, 2), (2.0, 1.5), (1.0, 0.3)]
GROUPS = ["MKU", "MKK", "MKB", "MPB", "MBB"]


def draw_style(rng, family):
    scale = rng.choice(["letter_ab", "letter_pm"] if family == "sementara" else ["letter_ab", "letter_pm", "numeric"])
    order = list(rng.choice(ORDERS[family]))
    if scale == "numeric":
        order = [c for c in order if c != "point"]
    labels = {col: rng.choice(LABELS[col]) for col in LABELS}
    if labels["sks"] == "K":
        labels["mutu"], labels["point"] = "K x N", "N"
    if scale == "numeric":
        labels["grade"] = labels["numeric"]
    if family == "bilingual":
        labels.update(BILINGUAL)
    return {"family": family, "scale": scale, "order": order, "labels": labels, "font": rng.choice(FAMILY_FONTS[family]),
            "size": rng.randint(26, 28) if family == "lanskap" else rng.randint(20, 23), "comma": rng.random() < 0.6, "code": rng.choice(["alnum", "numeric", "dotted", "dash"]),
            "nim": rng.choice(["digits10", "letters", "dotted", "digits12"]), "ruling": rng.choice(["grid", "rows", "none"]),
            "zebra": family == "khs" and rng.random() < 0.7, "colour": rng.choice([(24, 78, 140), (140, 30, 40), (16, 110, 80),
                                                                                 (80, 50, 130), (190, 110, 20)]),
            "upper": rng.random() < 0.3, "period": rng.choice(["gasal", "ganjil", "numbered", "roman"]),
            "cut": rng.random() < 0.25, "grouped": family == "bilingual" and rng.random() < 0.5}


def number_text(value, style, places=2):
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if style["comma"] else text


def ipk_value(pairs, style):
    """IPK/IPS as the institution prints it: rounded half up, or cut to two places by some SIAKADs."""
    total = sum(s for s, _ in pairs)
    if not total:
        return 0.0
    mean = sum(Decimal(s) * Decimal(str(p)) for s, p in pairs) / Decimal(total)
    return float(mean.quantize(Decimal("0.01"), rounding="ROUND_DOWN" if style["cut"] else ROUND_HALF_UP))


def course_code(rng, style, prefix, semester, sks, serial, general):
    kind = style["code"]
    if kind == "alnum":
        return f"{'MKU' if general else prefix}{rng.choice([1, 2])}{semester}{sks}{serial:02d}"
    if kind == "numeric":
        return f"{style['faculty_no']}{9 if general else style['prodi_no']}{semester}{sks}{serial:02d}"
    if kind == "dotted":
        group = "MKU" if general else style["groups"][serial % 2]
        return f"{group}.{semester}.{serial:02d}"
    return f"{style['general_prefix'] if general else prefix}-{semester}{sks}{serial:02d}"


def student_number(rng, style, entry):
    kind, year = style["nim"], entry % 100
    if kind == "digits10":
        return f"{year:02d}{rng.randint(10, 99)}{rng.randint(1, 9)}{rng.randint(10000, 99999)}"[:10]
    if kind == "letters":
        return f"{rng.choice('ABCDEFGHKLM')}{rng.randint(1, 9)}{rng.choice('ABCDE')}0{year:02d}{rng.randint(1, 199):03d}"
    if kind == "dotted":
        return f"{year:02d}.{rng.randint(11, 99)}.{rng.randint(1000, 9999)}"
    return f"{2000 + year}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"


def period(style, entry, semester):
    """The heading of a semester group, the way campus systems name academic terms."""
    start = entry + (semester - 1) // 2
    odd = semester % 2 == 1
    kind = style["period"]
    if kind == "gasal":
        return f"Semester {'Gasal' if odd else 'Genap'} {start}/{start + 1}"
    if kind == "ganjil":
        return f"SEMESTER {'GANJIL' if odd else 'GENAP'} {start}/{start + 1}"
    if kind == "numbered":
        return f"Semester {semester} - {'Gasal' if odd else 'Genap'} {start}/{start + 1}"
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][semester - 1]
    return f"Semester {roman} (TA {start}/{start + 1} {'Gasal' if odd else 'Genap'})"
