"""What varies between chi documents, drawn once per document: the family (a phone screenshot of a
campus app's Transkrip screen, a print of a national-database Riwayat Studi, a department's grade
sheet printed from a spreadsheet with its gridlines and headings), the institution, fonts, grade
scale, code and student-number styles and how the page reached the reader. Courses are phi's
curricula (phi_catalogue.py); fonts and grade points are omicron's (omicron_style.py)."""
import os

from PIL import ImageFont

import omicron_style as ost
import phi_catalogue as pc

FAMILIES = ["layar", "pddikti", "lembar"]
POINTS = ost.POINTS
FONTS = "/usr/share/fonts/truetype"
FAMILY_FONTS = {"layar": ["dvsans", "libsans", "carlito"], "pddikti": ["libsans", "dvsans", "narrow"],
                "lembar": ["carlito", "libsans", "carlito"]}
FAMILY_SCALES = {"layar": ["letter_ab", "letter_pm"], "pddikti": ["letter_pm", "letter_ab"], "lembar": ["letter_pm", "letter_ab"]}
CAMPUS = ["Universitas Bina Nusantara Timur", "Universitas Pakuan Raya", "Universitas Wijaya Kusuma Selatan",
          "Universitas Mercu Buana Barat", "Universitas Halu Oleo Raya", "Universitas Pattimura Hilir",
          "Institut Teknologi Sumatera Utara", "Universitas Singaperbangsa Baru"]
APPS = ["SIAKAD Mobile", "MyCampus", "Portal Mahasiswa", "iKampus", "SIMAK Go", "Amikom One"]
ACCENTS = [(25, 103, 210), (0, 121, 107), (106, 27, 154), (198, 40, 40), (230, 81, 0), (21, 101, 192)]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
          "Desember"]
_cache = {}


def programmes():
    return sorted(pc.PORTAL) + sorted(pc.KATEGORI)


def pool(programme):
    family = "portal" if programme in pc.PORTAL else "kategori"
    return pc.pool(family, programme)


def faculty_prefix(programme):
    table = pc.PORTAL if programme in pc.PORTAL else pc.KATEGORI
    return table[programme][0], table[programme][1]


def font(style, size, weight=0):
    """weight 0 regular, 1 bold, 2 italic, in the document's font family."""
    path = os.path.join(FONTS, ost.FONT_TABLE[style["font"]][0][weight])
    key = (path, int(size))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(path, int(size))
    return _cache[key]


def draw_style(rng, family):
    programme = rng.choice(programmes())
    faculty, prefix = faculty_prefix(programme)
    style = {"family": family, "font": rng.choice(FAMILY_FONTS[family]), "scale": rng.choice(FAMILY_SCALES[family]),
             "programme": programme, "faculty": faculty, "prefix": prefix, "institution": rng.choice(CAMPUS),
             "name_upper": rng.random() < 0.5, "comma": rng.random() < 0.35, "codes": rng.choice(["plain", "dash", "long"])}
    if family == "layar":
        width = rng.choice([1080, 1080, 720])
        style.update(width=width, dark=rng.random() < 0.3, chat=rng.random() < 0.55, table=rng.random() < 0.55,
                     badge=rng.random() < 0.6, app=rng.choice(APPS), accent=rng.choice(ACCENTS), bar_filled=rng.random() < 0.6,
                     title=rng.choice(["Transkrip", "Transkrip Nilai", "KHS", "Kartu Hasil Studi"]), comma=False,
                     size=round(rng.uniform(31, 35) * width / 1080), battery=rng.randint(12, 98),
                     clock=f"{rng.randint(6, 23):02d}{rng.choice(['.', ':'])}{rng.randint(0, 59):02d}")
    elif family == "pddikti":
        style.update(size=rng.randint(17, 19), sem_style=rng.choice(["number", "code", "words"]),
                     title=rng.choice(["RIWAYAT STUDI MAHASISWA", "DAFTAR NILAI MAHASISWA", "RIWAYAT NILAI MAHASISWA"]),
                     light=rng.random() < 0.6)
    else:
        style.update(size=rng.randint(17, 19), keterangan=rng.random() < 0.5, smt=rng.random() < 0.5, bobot=rng.random() < 0.4,
                     repeat=rng.random() < 0.6, fill=rng.choice([(217, 217, 217), (191, 191, 191), (221, 235, 247)]),
                     title=rng.choice(["DAFTAR NILAI MAHASISWA", "REKAP NILAI MAHASISWA", "TRANSKRIP NILAI SEMENTARA"]))
    return style


def course_code(style, course, serial):
    prefix = "MKU" if course["general"] else style["prefix"]
    if style["codes"] == "dash":
        return f"{prefix}-{course['semester']}{course['sks']}{serial:02d}"
    if style["codes"] == "long":
        return f"{prefix}{course['sks']}{course['semester']:02d}{serial:02d}"
    return f"{prefix}{course['semester']}{serial:02d}"


def nim(rng, style, entry):
    year = entry % 100
    if style["family"] == "layar":
        return f"{year:02d}.{rng.randint(11, 96)}.{rng.randint(1000, 9999)}" if rng.random() < 0.4 else f"{2000 + year}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    if style["family"] == "pddikti":
        return f"{year:02d}{rng.randint(1, 9)}{rng.randint(10, 99)}{rng.randint(100, 999)}{rng.randint(10, 99)}"
    return f"{rng.choice('ABCDEFGHK')}{rng.randint(1, 9)}{rng.randint(1, 9)}{year:02d}{rng.randint(1, 399):03d}"


def number(style, value):
    text = f"{value:.2f}"
    return text.replace(".", ",") if style.get("comma") else text


def date_text(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def term(entry, semester, odd_word="Gasal"):
    start = entry + (semester - 1) // 2
    return f"{odd_word if semester % 2 else 'Genap'} {start}/{start + 1}"


def wrap(text, face, width):
    lines, line = [], ""
    for word in text.split():
        trial = (line + " " + word).strip()
        if line and face.getlength(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line]


def fill(rows, costs, first, rest, tail=2):
    """Rows cut into pages the way a print fills them: page 1 holds `first` lines, later pages
    `rest` (a row costs its wrapped lines); the last page keeps at least `tail` rows, and there
    are at least two pages when the rows allow."""
    pages, page, room = [], [], first
    for row, cost in zip(rows, costs):
        if page and cost > room:
            pages.append(page)
            page, room = [], rest
        page.append(row)
        room -= cost
    pages.append(page)
    if len(pages) == 1 and len(rows) > 2 * tail:
        pages = [rows[:-tail], rows[-tail:]]
    while len(pages) > 1 and len(pages[-1]) < tail and len(pages[-2]) > tail:
        pages[-1].insert(0, pages[-2].pop())
    return pages
