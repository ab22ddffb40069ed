"""chi `layar`: a phone screenshot of a campus app's Transkrip / KHS screen. Status bar (clock,
signal, battery), an app bar with a back arrow and the title, a summary card (name, NIM, programme,
semester, the IPK large, total SKS), the courses under semester section headers as a compact table
(Kode | Mata Kuliah | SKS | Nilai) or a list (name, then code and SKS in grey, the grade in a
coloured rounded badge), light separators, a bottom navigation bar. Drawn in 1080-wide units and
scaled: onto its own 1080 or 720 px image, or (--pdf / --text-pdf) one screenshot printed per A4
page, the scroll continuing on the next one."""
from PIL import Image

import chi_style as cs

LIGHT = {"bg": (245, 246, 248), "card": (255, 255, 255), "ink": (33, 33, 33), "grey": (112, 112, 118), "rule": (226, 228, 232)}
DARK = {"bg": (18, 18, 20), "card": (34, 34, 38), "ink": (232, 232, 234), "grey": (160, 160, 166), "rule": (58, 58, 62)}
BADGE = {4.0: (46, 125, 50), 3.7: (0, 137, 123), 3.5: (0, 137, 123), 3.3: (2, 119, 189), 3.0: (21, 101, 192),
         2.7: (249, 168, 37), 2.5: (249, 168, 37), 2.3: (239, 108, 0), 2.0: (239, 108, 0), 1.0: (198, 40, 40), 0.0: (198, 40, 40)}


class View:
    """Draws in 1080-wide screen units onto a Canvas at an offset and scale."""
    def __init__(self, canvas, style, ox, oy, s):
        self.c, self.style, self.ox, self.oy, self.s = canvas, style, ox, oy, s

    def at(self, x, y):
        return (self.ox + x * self.s, self.oy + y * self.s)

    def box(self, b):
        return (*self.at(b[0], b[1]), *self.at(b[2], b[3]))

    def text(self, x, y, text, size, fill, weight=0, anchor="la"):
        self.c.text(self.at(x, y), text, font=cs.font(self.style, size * self.s, weight), fill=fill, anchor=anchor)

    def rect(self, b, fill):
        self.c.rectangle(self.box(b), fill=fill)

    def rounded(self, b, radius, fill):
        self.c.draw.rounded_rectangle(self.box(b), radius=radius * self.s, fill=fill)
        self.c.ops.append(("rect", self.box(b), tuple(fill[:3])))

    def line(self, points, fill, width=2):
        flat = [v for x, y in points for v in self.at(x, y)]
        self.c.line(flat, fill=fill, width=max(1, round(width * self.s)))


def _rows_layout(style, rows, size):
    """Each row's wrapped name lines and height in screen units."""
    face = cs.font(style, size if style["table"] else size * 1.02, 0 if style["table"] else 1)
    out = []
    for row in rows:
        lines = cs.wrap(row["name"], face, 560 if style["table"] else 740)
        out.append((lines, 30 + 46 * len(lines) if style["table"] else 46 + 48 * len(lines) + 42))
    return out


def _plan(style, rows, first, last):
    size = style["base"]
    height = 72 + 140 + (360 if first else 24)
    sections = sorted({r["semester"] for r in rows})
    height += len(sections) * (96 + (62 if style["table"] else 0)) + sum(h for _, h in _rows_layout(style, rows, size))
    height += 120 if last else 0
    return max(style["screen"], height + 170)


def _status(v, style, pal, width, accent_bar):
    ink = (255, 255, 255) if accent_bar else pal["ink"]
    v.rect((0, 0, width, 72), style["accent"] if accent_bar else pal["bg"])
    v.text(48, 37, style["clock"], 30, ink, 1, "lm")
    x = width - 48
    v.rect((x - 50, 24, x - 4, 50), ink)
    v.rect((x - 47, 27, x - 7 - round(37 * (1 - style["battery"] / 100)), 47), (76, 175, 80) if style["battery"] > 20 else (229, 57, 53))
    v.rect((x - 4, 31, x, 43), ink)
    v.text(x - 62, 37, f"{style['battery']}%", 26, ink, 0, "rm")
    for k in range(4):
        v.rect((x - 190 + k * 14, 48 - 6 * (k + 1), x - 181 + k * 14, 50), ink)


def _appbar(v, style, pal, width):
    filled = style["bar_filled"] and not style["dark"]
    fill = style["accent"] if filled else pal["card"]
    ink = (255, 255, 255) if filled else pal["ink"]
    v.rect((0, 72, width, 212), fill)
    v.line([(52, 142), (104, 142)], ink, 5)
    v.line([(76, 118), (52, 142), (76, 166)], ink, 5)
    v.text(148, 142, style["title"], 42, ink, 1, "lm")
    for k in range(3):
        v.rounded((width - 62, 116 + k * 20, width - 52, 126 + k * 20), 5, ink)
    if not filled:
        v.line([(0, 211), (width, 211)], pal["rule"], 2)


def _card(v, style, pal, doc, width, y):
    v.rounded((36, y, width - 36, y + 330), 28, pal["card"])
    v.text(72, y + 34, style["institution"], 26, pal["grey"])
    v.text(72, y + 78, doc["name"], 40, pal["ink"], 1)
    v.text(72, y + 138, f"NIM {doc['nim']}", 30, pal["ink"])
    v.text(72, y + 186, f"S1 {style['programme']}", 30, pal["grey"])
    v.text(72, y + 234, f"Semester {doc['semester']}  \u2022  Aktif", 30, pal["grey"])
    v.line([(width - 330, y + 40), (width - 330, y + 290)], pal["rule"], 2)
    v.text(width - 190, y + 50, "IPK", 28, pal["grey"], 0, "ma")
    v.text(width - 190, y + 92, f"{doc['ipk']:.2f}", 76, style["accent"], 1, "ma")
    v.text(width - 190, y + 204, "Total SKS", 26, pal["grey"], 0, "ma")
    v.text(width - 190, y + 242, str(doc["total"]), 36, pal["ink"], 1, "ma")


def _course(v, style, pal, row, lines, height, width, y, size):
    points = cs.POINTS[style["scale"]]
    if style["table"]:
        v.text(48, y + 18, row["code"], size * 0.86, pal["grey"])
        for k, line in enumerate(lines):
            v.text(250, y + 16 + 46 * k, line, size, pal["ink"])
        v.text(868, y + 16, str(row["sks"]), size, pal["ink"], 0, "ma")
        gx, gy = 980, y + 16
    else:
        for k, line in enumerate(lines):
            v.text(48, y + 24 + 48 * k, line, size * 1.02, pal["ink"], 1)
        v.text(48, y + 26 + 48 * len(lines), f"{row['code']}  \u2022  {row['sks']} SKS", size * 0.84, pal["grey"])
        gx, gy = width - 110, y + height // 2 - 22
    if style["badge"]:
        colour = BADGE[min(BADGE, key=lambda p: abs(p - points[row["grade"]]))]
        v.rounded((gx - 50, gy - 8, gx + 50, gy + 50), 18, colour)
        v.text(gx, gy + 21, row["grade"], size * 0.95, (40, 30, 0) if colour[1] > 150 else (255, 255, 255), 1, "mm")
    else:
        v.text(gx, gy, row["grade"], size * 1.1, style["accent"], 1, "ma")
    v.line([(48, y + height), (width - 48, y + height)], pal["rule"], 2)


def screen(v, style, doc, rows, first, last, height):
    width, size, pal = 1080, style["base"], DARK if style["dark"] else LIGHT
    if style["dark"]:  # accents lightened for a dark background
        style = dict(style, accent=tuple(round(c + (255 - c) * 0.45) for c in style["accent"]))
    v.rect((0, 0, width, height), pal["bg"])
    _status(v, style, pal, width, style["bar_filled"] and not style["dark"])
    _appbar(v, style, pal, width)
    y = 212 + 30
    if first:
        _card(v, style, pal, doc, width, y)
        y += 360
    layout = _rows_layout(style, rows, size)
    for semester in sorted({r["semester"] for r in rows}):
        part = [(r, lay) for r, lay in zip(rows, layout) if r["semester"] == semester]
        credits = sum(r["sks"] for r, _ in part)
        v.text(48, y + 50, f"Semester {semester} \u2014 {cs.term(doc['entry'], semester, style['odd'])}", size * 0.95, style["accent"], 1, "lm")
        v.text(width - 48, y + 50, f"{credits} SKS", size * 0.8, pal["grey"], 0, "rm")
        y += 96
        if style["table"]:
            v.rect((36, y, width - 36, y + 62), pal["card"])
            for x, label, anchor in ((48, "Kode", "lm"), (250, "Mata Kuliah", "lm"), (868, "SKS", "mm"), (980, "Nilai", "mm")):
                v.text(x, y + 31, label, size * 0.8, pal["grey"], 1, anchor)
            y += 62
        for row, (lines, height_) in part:
            _course(v, style, pal, row, lines, height_, width, y, size)
            y += height_
    if last:
        v.text(48, y + 60, f"Total SKS: {doc['total']}", size, pal["ink"], 1, "lm")
        v.text(width - 48, y + 60, f"IPK: {doc['ipk']:.2f}", size, pal["ink"], 1, "rm")
    top = height - 170
    v.rect((0, top, width, height), pal["card"])
    v.line([(0, top), (width, top)], pal["rule"], 2)
    for k, label in enumerate(style["nav"]):
        cx = width * (2 * k + 1) / (2 * len(style["nav"]))
        ink = style["accent"] if label == style["nav_on"] else pal["grey"]
        v.rounded((cx - 24, top + 26, cx + 24, top + 74), 12, ink)
        v.text(cx, top + 86, label, 24, ink, 1 if label == style["nav_on"] else 0, "ma")
    v.rounded((width / 2 - 110, height - 22, width / 2 + 110, height - 12), 5, pal["grey"])


def render(style, doc, chunks, rng, paged, text_pdf):
    from canvas import Canvas
    style.update(base=round(style["size"] * 1080 / style["width"]), screen=rng.randint(2200, 2600) if paged else rng.randint(2200, 3000),
                 odd=rng.choice(["Gasal", "Ganjil"]), nav=rng.choice([["Beranda", "Jadwal", "Nilai", "Profil"],
                                                                       ["Home", "KRS", "Nilai", "Akun"], ["Beranda", "Akademik", "Notifikasi", "Profil"]]))
    style["nav_on"] = style["nav"][1] if "Akademik" in style["nav"] else "Nilai"
    canvases = []
    for k, rows in enumerate(chunks):
        first, last = k == 0, k == len(chunks) - 1
        height = _plan(style, rows, first, last)
        if not paged:
            u = style["width"] / 1080
            canvas = Canvas(Image.new("RGB", (style["width"], round(height * u)), (255, 255, 255)))
            screen(View(canvas, style, 0, 0, u), style, doc, rows, first, last, height)
        else:
            s = min(1500 / height, 600 / 1080)
            canvas = Canvas(Image.new("RGB", (1240, 1754), (255, 255, 255)))
            ox, oy = (1240 - 1080 * s) / 2, 90 + (1560 - height * s) / 2
            canvas.rectangle((ox - 3, oy - 3, ox + 1080 * s + 3, oy + height * s + 3), fill=(150, 150, 150))
            screen(View(canvas, style, ox, oy, s), style, doc, rows, first, last, height)
            canvas.text((1240 / 2, 1700), f"{k + 1}", font=cs.font(style, 18), fill=(90, 90, 90), anchor="mm")
            style["body"] = min(style.get("body", 99), style["base"] * s)
        canvases.append(canvas)
    return canvases
