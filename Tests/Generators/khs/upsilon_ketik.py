"""The upsilon "ketik" family: a faculty's Surat Keterangan Nilai printed on a dot-matrix printer
in a monospaced font at 6 lines an inch, on continuous form paper (tractor holes, perforations,
sometimes green bars) or on A4. Every line is one run of fixed-width characters: a page header
(campus, faculty, "Hal. : 1 / 2", print date), rules of dashes or equals signs, the letter's
opening with the student block (the semester among it), the courses aligned by spaces (optionally
under "SEMESTER II" lines that are not courses), the totals and IPK, the purpose, the signature and
a footer line. The ribbon prints unevenly and the pins leave faint gaps between dot rows."""
import textwrap

from PIL import Image

import kappa_art
import omicron_art as oa
import upsilon_art as ua
import upsilon_style as us
from canvas import Canvas

COLS = 88
LINE = 25  # 6 lines an inch at 150 px an inch
PURPOSES = ["melamar pekerjaan", "pengajuan beasiswa", "mengikuti seleksi magang", "pindah program studi",
            "melengkapi persyaratan administrasi"]


class Printer:
    """A page being printed line by line: text at column 0 of the printable area, one LINE a line."""

    def __init__(self, rng, style, canvas, left, top):
        self.rng, self.style, self.canvas, self.left, self.y = rng, style, canvas, left, top
        self.fonts = oa.fonts(style)

    def put(self, text, bold=False):
        shade = round(22 + (1 - self.style["ribbon"]) * 70 * self.rng.uniform(0.4, 1.0))
        font = self.fonts.get("bold" if bold else "regular", self.style["size"])
        if text.strip():
            self.canvas.text((self.left, self.y), text.rstrip(), font=font, fill=(shade, shade, shade + 8))
        self.y += LINE

    def rule(self):
        self.put(self.style["rule"] * COLS)

    def centre(self, text, bold=False):
        self.put(" " * ((COLS - len(text)) // 2) + text, bold)


def _columns(style, rows):
    code = max(len(r["code"]) for r in rows) + 2
    name = max(max(len(r["name"]) for r in rows) + 2, 34)
    return code, name


def _row(style, n, r, widths):
    code, name = widths
    line = f"{n:>3}  {r['code']:<{code}}{r['name']:<{name}}{r['sks']:>3}   {r['grade']:<5}"
    if style["mutu"]:
        line += f"  {us.number(style, r['point']):>5}  {us.number(style, r['sks'] * r['point']):>6}"
    return line


def _head(style, widths):
    code, name = widths
    text = f"{'NO':>3}  {'KODE':<{code}}{'NAMA MATA KULIAH':<{name}}SKS   NILAI"
    return text + ("  BOBOT    MUTU" if style["mutu"] else "")


def render(style, doc, chunks, rng):
    width = 1425 if style["paper"] == "form" else 1240
    height = 1650 if style["paper"] == "form" else 1754
    widths = _columns(style, [r for rows in chunks for r in rows])
    canvases, number = [], 1
    faculty = style["faculty"].upper()
    for k, rows in enumerate(chunks):
        canvas = Canvas(Image.new("RGB", (width, 2600), (252, 252, 249)))
        left = ua.continuous_form(style, canvas)
        p = Printer(rng, style, canvas, left, 60 if style["paper"] == "form" else 80)
        stamp = f"Hal. : {k + 1} / {len(chunks)}"
        p.put(f"{style['institution'].upper():<{COLS - len(stamp)}}{stamp}")
        when = f"Tgl. Cetak : {doc['day']:%d-%m-%Y}"
        p.put(f"{faculty:<{COLS - len(when)}}{when}")
        p.put(f"{'BAGIAN AKADEMIK':<{COLS - 16}}Jam : {doc['time']}")
        p.rule()
        if k == 0:
            _opening(p, style, doc)
            p.rule()
        p.put(_head(style, widths), bold=True)
        p.rule()
        shown = None
        for r in rows:
            if style["grouped"] and r["semester"] != shown:
                continued = r is rows[0] and k > 0 and r["semester"] == chunks[k - 1][-1]["semester"]
                shown = r["semester"]
                p.put(f"     SEMESTER {us.ROMAN[shown - 1]}" + (" (lanjutan)" if continued else ""))
            p.put(_row(style, number, r, widths))
            number += 1
        p.rule()
        pictures = _closing(p, rng, style, doc, widths) if k == len(chunks) - 1 else None
        if pictures is None:
            p.put(f"{'':<{COLS - 28}}*** bersambung ke hal. {k + 2} ***")
        p.y = max(p.y + LINE, height - 100)
        p.put(f"SKN/{style['prefix']}/{doc['day'].year} - dicetak dari sistem akademik fakultas")
        canvas.image = ua.pin_rows(canvas.image)
        if pictures:
            x, top = pictures
            canvas.paste(kappa_art.signature(rng, 220, 84, rng.choice([(20, 40, 130), (25, 25, 35)])), (x + 20, top + 4))
            canvas.paste(kappa_art.stamp(rng, 140, (60, 70, 165), style["institution"].upper(), p.fonts.get("bold", 20).path),
                         (x - rng.randint(110, 150), top - 10))
        canvases.append(oa.finish(canvas, p.y - 10, least=height))
    return canvases


def _opening(p, style, doc):
    p.y += LINE // 2
    p.centre("SURAT KETERANGAN NILAI", bold=True)
    p.centre(f"Nomor : {doc['number']}")
    p.y += LINE
    sentence = (f"Yang bertanda tangan di bawah ini, Wakil Dekan Bidang Akademik {style['faculty']} "
                f"{style['institution']}, dengan ini menerangkan bahwa :")
    for line in textwrap.wrap(sentence, COLS):
        p.put(line)
    p.y += LINE // 2
    semester = f"{doc['semester']} ({us.SPELLED[doc['semester'] - 1]})"
    for key, value in (("Nama", doc["name"]), ("NIM", doc["nim"]), ("Program Studi", f"S1 {style['programme']}"),
                       ("Semester", semester), ("Tahun Akademik", us.academic_year(doc["entry"], doc["semester"]))):
        p.put(f"     {key:<17}: {value}")
    p.y += LINE // 2
    p.put("adalah mahasiswa aktif dan telah menempuh mata kuliah dengan nilai sebagai berikut :")


def _closing(p, rng, style, doc, widths):
    """The totals, the purpose and the typed part of the signature; returns where the pen goes."""
    at = 5 + widths[0] + widths[1] - 14
    for key, value in (("JUMLAH SKS", str(doc["total"])), ("JUMLAH MUTU", us.number(style, doc["mutu"])),
                       ("IPK", us.number(style, doc["ipk"]))):
        p.put(f"{'':<{at}}{key:<12}: {value:>7}", bold=key == "IPK")
    p.rule()
    p.put(f"Surat keterangan ini dibuat untuk keperluan {rng.choice(PURPOSES)}.")
    p.y += LINE
    indent = " " * 52
    for text in (f"{doc['city']}, {us.date_text(doc['day'])}", "a.n. Dekan", "Wakil Dekan Bidang Akademik,"):
        p.put(indent + text)
    top = p.y
    p.y += LINE * 4
    p.put(indent + doc["official"], bold=True)
    p.put(f"{indent}NIP. {doc['nip']}")
    return p.left + p.fonts.get("regular", style["size"]).getlength(indent), top
