"""alpha `ketik`: an OLDER TRANSCRIPT TYPED ON A TYPEWRITER and photocopied. A faculty clerk typed it
in a monospaced face at 10 or 12 characters an inch: the letterhead centred by counting
characters, the title letter-spaced ("D A F T A R   N I L A I"), the student as "Nama Mahasiswa :"
lines, the courses in columns lined up with spaces (No. | Kode | Mata Kuliah | SKS | Nilai, and on
elite type sometimes Mutu), sometimes "SEMESTER II" lines between them, then a "Jumlah" line and the
IPK, the date and the official's typed name under an ink signature and a stamp. Every character is
struck on its own: a little off the baseline, a little turned, unevenly inked (some faint, some
struck twice and so heavier), with the ribbon's grain. A wrong letter typed over here and there,
only in course names and prose (never in a code, SKS or grade; the truth keeps the intended name).
The table is ruled afterwards by hand with a pen and a ruler: rules a little slanted and wobbly,
their ends overshooting or falling short, some inner rules never drawn. Then photocopied
(psi_art.photocopy: grey toner, speckle, a drum streak, darker edges, a slight skew, a cut margin).
The --text-pdf twin is the typed page, clean, with the hand rules as paths."""
import textwrap

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import alpha_style as st
import kappa_art
import psi_art
from canvas import Canvas
from texture import seeded_noise

WIDTH, A4 = 1240, 1754
LEFT = 104
WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan"]
NEAR = {"a": "s", "e": "r", "i": "o", "n": "m", "r": "t", "s": "a", "t": "y", "u": "i", "o": "p", "l": "k", "m": "n"}


def capacity(style):
    return 12 if style["double"] else 18


class Typist:
    """Types a page column by column (character cells of `pitch` px). Clean (a born-digital twin):
    each cell's text one run through the Canvas; else every character struck into an ink layer."""

    def __init__(self, c, style, rng, clean):
        self.c, self.style, self.rng, self.clean = c, style, rng, clean
        self.face, self.pitch, self.size = st.font(style["font"], style["size"]), style["pitch"], style["size"]
        self.ink = None if clean else Image.new("L", c.size, 0)
        self.glyphs, self.base = {}, round(style["size"] * 1.2)

    def x(self, col):
        return LEFT + col * self.pitch

    def type(self, col, y, text, fixes=()):
        """`text` from character column `col` on the baseline `y`; `fixes`: indices first typed wrong, then over."""
        if not text.strip():
            return
        if self.clean:
            lead = len(text) - len(text.lstrip())
            self.c.text((self.x(col + lead), y), text.strip(), font=self.face, fill=st.INK, anchor="ls")
            return
        for k, ch in enumerate(text):
            if ch == " ":
                continue
            if k in fixes:
                wrong = NEAR.get(ch.lower(), "x")
                self._strike(self.x(col + k) + 1, y, wrong.upper() if ch.isupper() else wrong, self.rng.uniform(0.6, 0.85))
            self._strike(self.x(col + k), y, ch, None)

    def _glyph(self, ch):
        if ch not in self.glyphs:
            g = Image.new("L", (round(self.pitch) + 10, round(self.size * 1.6)), 0)
            ImageDraw.Draw(g).text((5, self.base), ch, font=self.face, fill=255, anchor="ls")
            self.glyphs[ch] = g
        return self.glyphs[ch]

    def _strike(self, x, y, ch, density):
        rng = self.rng
        if density is None:
            draw = rng.random()
            density = rng.uniform(0.38, 0.6) if draw < 0.07 else rng.uniform(0.72, 1.0)
        g = self._glyph(ch).rotate(max(-2.5, min(2.5, rng.gauss(0, 0.8))), resample=Image.BICUBIC)
        g = g.point([round(v * density) for v in range(256)])
        dx, dy = round(x - 5 + rng.gauss(0, 0.3)), round(y - self.base + max(-2, min(2, rng.gauss(0, 0.7))))
        hits = [(dx, dy)] + ([(dx + rng.choice([1, 0]), dy + rng.choice([0, 1, -1]))] if rng.random() < 0.05 else [])
        for hx, hy in hits:
            box = (hx, hy, hx + g.size[0], hy + g.size[1])
            self.ink.paste(ImageChops.lighter(self.ink.crop(box), g), box)

    def finish(self):
        """The ribbon's grain and ink spread, then the ink onto the page."""
        if self.clean:
            return
        grain = seeded_noise(self.rng, self.ink.size, 26).point(lambda v: min(255, 150 + v))
        ink = ImageChops.multiply(self.ink, grain).filter(ImageFilter.GaussianBlur(0.45))
        self.c.image = Image.composite(Image.new("RGB", ink.size, (18, 18, 22)), self.c.image, ink)
        self.c.draw = ImageDraw.Draw(self.c.image)


def rule(c, rng, a, b, pen):
    """A line drawn by hand along a ruler from a to b: ends over- or undershooting, slanted, wobbly."""
    (x0, y0), (x1, y1) = a, b
    length = max(1.0, ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    s0, s1 = rng.uniform(-7, 5), rng.uniform(-5, 8)
    x0, y0, x1, y1 = x0 - ux * s0, y0 - uy * s0, x1 + ux * s1, y1 + uy * s1
    slant, wobble, points = rng.uniform(-1.8, 1.8), 0.0, []
    steps = max(2, round(length / 70))
    for k in range(steps + 1):
        t = k / steps
        wobble = max(-1.2, min(1.2, wobble * 0.6 + rng.gauss(0, 0.45)))
        off = slant * t + (wobble if 0 < k < steps else 0)
        points.append((round(x0 + (x1 - x0) * t - uy * off, 1), round(y0 + (y1 - y0) * t + ux * off, 1)))
    c.line(points, fill=pen, width=rng.choice([2, 2, 3]))


def _fields(style, rows):
    """The table's columns in characters: (key, label, start, width)."""
    code_w = max(len(r["code"]) for r in rows) + 1
    name_w = (30 if style["mutu"] else 36) if style["pitch"] < 14 else 29
    spec = [("no", "No.", 4), ("code", "Kode", max(code_w, 5)), ("name", "Mata Kuliah", name_w), ("sks", "SKS", 3),
            ("grade", "Nilai", 5)] + ([("mutu", "Mutu", 5)] if style["mutu"] else [])
    fields, col = [], 1
    for key, label, width in spec:
        fields.append((key, label, col, width))
        col += width + 2
    return fields, col - 1


def _head(t, style, doc, rng, first, sheet, sheets):
    width = int((WIDTH - 2 * LEFT) / t.pitch)
    line, y = style["line"], 96
    centre = lambda text, yy, fixes=(): t.type(max(0, (width - len(text)) // 2), yy, text, fixes)  # noqa: E731
    if not first:
        centre(f"- {sheet} -", y)
        y += 2 * line
        t.type(1, y, f"Nama : {doc['name']}    No. Mhs. : {doc['nim']}")
        return y + 2 * line
    for text in ["KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN", style["institution"].upper(), style["faculty"].upper()]:
        centre(text, y)
        y += line
    centre(f"Jl. Pendidikan No. {len(style['city']) % 9 + 2}, {style['city']}", y)
    y += line
    t.type(0, y, "=" * width)
    y += 2 * line
    title = "   ".join(" ".join(word) for word in style["title"].split())
    centre(title, y)
    y += line
    number = f"Nomor : {rng.randint(11, 899)}/{style['prefix']}/PP/{doc['day'].year}"
    centre(number, y)
    y += 2 * line
    prose = "Yang bertanda tangan di bawah ini menerangkan bahwa :"
    t.type(1, y, prose, {prose.index("bawah") + 2} if rng.random() < 0.5 else ())
    y += 2 * line
    for label, value in [("Nama Mahasiswa", doc["name"]), ("Nomor Mahasiswa", doc["nim"]),
                         ("Program Studi", style["programme"]), ("Semester", f"{doc['semester']} ({WORDS[doc['semester']]})")]:
        t.type(4, y, f"{label:<17}: {value}")
        y += line
    y += line
    t.type(1, y, "telah menempuh mata kuliah dengan hasil sebagai berikut :")
    return y + line


def _table(t, c, style, part, y, number, rng, last, doc):
    fields, end = _fields(style, part)
    line, pen, size = style["line"], style["pen"], style["size"]
    step = 2 * line if style["double"] else line
    mid = lambda base, gap: base + round((gap - 0.49 * size) / 2)  # noqa: E731 (between a line's descenders and the next's capitals)
    x_left, x_right = t.x(0) + t.pitch * 0.5, t.x(end) + t.pitch * 0.5
    top = y
    y = top + round(0.73 * size) + 8
    for key, label, col, width in fields:
        t.type(col + (0 if key in ("code", "name") else max(0, (width - len(label)) // 2)), y, label)
    head = mid(y, round(1.6 * line))
    y += round(1.6 * line)
    hlines, semester, fix_left, base = [], None, 1 if rng.random() < 0.75 else 0, y
    for n, row in enumerate(part):
        if style["smt_lines"] and row["semester"] != semester:
            semester = row["semester"]
            t.type(fields[2][2], y, f"SEMESTER {st.ROMAN[semester - 1]}")
            y += step
        names = textwrap.wrap(row["name"], fields[2][3], break_on_hyphens=False)
        fixes = ()
        if fix_left and len(names[0]) > 6 and rng.random() < 0.18:
            spots = [k for k, ch in enumerate(names[0]) if ch.lower() in "aeinorstu" and k > 0]
            fixes, fix_left = {rng.choice(spots)} if spots else (), fix_left - 1
        mutu = row["mutu"]
        cells = {"no": f"{number + n}.", "code": row["code"], "sks": str(row["sks"]), "grade": row["grade"],
                 "mutu": st.number(style, mutu, 1 if mutu % 1 else 0)}
        for key, _, col, width in fields:
            if key == "name":
                for k, text in enumerate(names):
                    t.type(col, y + k * line, text, fixes if k == 0 else ())
            elif key in ("no", "sks", "mutu"):
                t.type(col + width - len(cells[key]), y, cells[key])
            else:
                t.type(col + (1 if key == "grade" else 0), y, cells[key])
        base = y + line * (len(names) - 1)
        if style["double"] and n < len(part) - 1:
            hlines.append(mid(base, step))
        y = base + step
    bottom = mid(base, round(1.6 * line))
    cells_end = bottom
    if last:
        y = base + round(1.6 * line)
        sks_col = next(f for f in fields if f[0] == "sks")
        t.type(fields[2][2], y, "Jumlah")
        t.type(sks_col[2] + sks_col[3] - len(str(doc["total"])), y, str(doc["total"]))
        if style["mutu"]:
            m = next(f for f in fields if f[0] == "mutu")
            total = st.number(style, doc["mutu"], 1 if doc["mutu"] % 1 else 0)
            t.type(m[2] + m[3] - len(total), y, total)
        cells_end = y + round(0.24 * size) + 8
    for x in [x_left, x_right]:
        rule(c, rng, (x, top), (x, cells_end), pen)
    for key, _, col, width in fields[1:]:
        if rng.random() > 0.15:
            rule(c, rng, (t.x(col) - t.pitch, top), (t.x(col) - t.pitch, cells_end), pen)
    for yy in [top, head] + [h for h in hlines if rng.random() > 0.12] + ([bottom] if last else []) + [cells_end]:
        rule(c, rng, (x_left, yy), (x_right, yy), pen)
    return cells_end + line


def _foot(t, c, style, doc, y, rng):
    line = style["line"]
    y += line
    t.type(1, y, f"Indeks Prestasi Kumulatif (IPK) : {st.number(style, doc['ipk'])}")
    y += 2 * line
    prose = "Demikian daftar nilai ini dibuat untuk dapat dipergunakan sebagaimana mestinya."
    fix = prose.index("dipergunakan") + 3 if rng.random() < 0.6 else -1
    for k, text in enumerate(textwrap.wrap(prose, int((WIDTH - 2 * LEFT) / t.pitch) - 2)):
        t.type(1, y, text, {fix} if k == 0 and fix < len(text) else ())
        y += line
    y += line
    col = 40 if t.pitch < 14 else 34
    t.type(col, y, f"{style['city']}, {st.date_text(doc['day'])}")
    t.type(col, y + line, "a.n. Dekan,")
    t.type(col, y + 2 * line, "Pembantu Dekan I,")
    sig_y = y + 2 * line + 8
    c.paste(kappa_art.stamp(rng, 150, (70, 60, 110), f"{style['faculty'].upper()} * {style['city'].upper()} *",
                            st.font("libsans", 10).path), (round(t.x(col)) - 120, sig_y - 10))
    c.paste(kappa_art.signature(rng, 220, 80, style["pen"]), (round(t.x(col)) + 10, sig_y))
    y += 7 * line
    t.type(col, y, doc["official"])
    t.type(col, y + 4, "_" * len(doc["official"]))
    t.type(col, y + line, f"NIP. {doc['nip']}")
    return y + 2 * line


def render(style, doc, rows, rng, paged, text_pdf):
    chunks = st.split(rng, rows, paged, 15 if style["double"] else 22)
    canvases, art, number = [], [], 1
    for k, part in enumerate(chunks):
        last = k == len(chunks) - 1
        c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
        t = Typist(c, style, rng, text_pdf)
        y = _head(t, style, doc, rng, k == 0, k + 1, len(chunks))
        y = _table(t, c, style, part, y, number, rng, last, doc)
        number += len(part)
        if last:
            y = _foot(t, c, style, doc, y, rng)
        else:
            t.type(44 if t.pitch < 14 else 36, y + style["line"], f"bersambung ke hal. {k + 2}")
            y += 3 * style["line"]
        t.finish()
        c.image = c.image.crop((0, 0, WIDTH, max(A4, y + 80)))
        if not text_pdf:
            c.image, info = psi_art.photocopy(c.image, rng, style["toner"])
            info.update(name="typed_photocopy", pitch=style["pitch"], double_spaced=style["double"])
            art.append(info)
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art
    return canvases
