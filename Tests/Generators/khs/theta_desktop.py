"""theta `desktop`: a desktop browser screenshot of a campus SIAKAD page. The browser's tab strip and
address bar (a 1366x768 or 1920x1080 viewport), or a full-page capture taller than the viewport
(no browser chrome); an admin template: a left sidebar menu with drawn icons, a top navbar with
the student's name beside an avatar, a breadcrumb, a panel with the student and the IPK in a
coloured badge or an info box, then a card "Transkrip Nilai" / "Kartu Hasil Studi" with a
DataTables table: "Show 25 entries", a Search box, sort arrows in the header cells, striped rows,
one row under the mouse pointer highlighted, a total row, "Showing 1 to 18 of 18 entries" and
Previous / 1 / Next. Crisp as a PNG capture, or re-compressed (scaled and JPEG'd by a chat app).
For --pdf / --text-pdf the page printed to PDF by the browser: no sidebar or navbar (print
styles), the date and page title at the top of every page, the address and "1/3" at the bottom,
the table breaking across pages with its header repeated."""
from PIL import Image, ImageDraw

import theta_style as ts
from canvas import Canvas
from degrade import jpeg

INK = (33, 37, 41)
MUTED = (108, 117, 125)
BORDER = (222, 226, 230)
SIDEBARS = {"dark": ((52, 58, 64), (194, 199, 208), (45, 50, 56)), "light": ((255, 255, 255), (73, 80, 87), (248, 249, 250)),
            "blue": ((28, 56, 108), (214, 224, 240), (22, 45, 90))}
MENU = ["Dashboard", "Biodata", "KRS Online", "Jadwal Kuliah", "Kartu Hasil Studi", "Transkrip Nilai", "Presensi",
        "Pembayaran UKT", "Kuesioner Dosen", "Ganti Password", "Logout"]
COLUMNS = {"a": [("no", "No"), ("code", "Kode MK"), ("name", "Mata Kuliah"), ("sks", "SKS"), ("grade", "Nilai"),
                 ("point", "Bobot"), ("semester", "Semester")],
           "b": [("no", "#"), ("semester", "Smt"), ("code", "Kode"), ("name", "Nama Mata Kuliah"), ("grade", "Nilai Huruf"),
                 ("point", "Nilai Angka"), ("sks", "SKS")],
           "c": [("no", "No"), ("code", "Kode"), ("name", "Mata Kuliah"), ("semester", "Smt"), ("sks", "SKS"), ("grade", "Grade"),
                 ("mutu", "Mutu")]}
CHROME = 78  # tab strip and address bar


def _metrics(style):
    f = style["size"]
    return {"f": f, "row": round(f * 2.25), "nav": 57, "crumb": round(f * 2.8), "info": round(f * 6.6), "card": round(f * 3.1),
            "controls": round(f * 3.2), "foot": round(f * 3.6), "gap": 16}


def capacity(style):
    """Rows that fit the viewport under the chrome, navbar, panel and table furniture (all in view)."""
    if style["full"]:
        return 25
    m = _metrics(style)
    fixed = CHROME + m["nav"] + m["crumb"] + m["info"] + 2 * m["gap"] + m["card"] + m["controls"] + m["row"] * 2 + m["foot"] + 40
    return max(6, min(22, (style["viewport"] - fixed) // m["row"]))


class View:
    """Draws at an offset and a scale onto a Canvas (screen px, or print px for a printed page)."""
    def __init__(self, canvas, style, ox, oy, s=1.0):
        self.c, self.style, self.ox, self.oy, self.s = canvas, style, ox, oy, s

    def at(self, x, y):
        return (round(self.ox + x * self.s), round(self.oy + y * self.s))

    def text(self, x, y, text, size, fill, weight=0, anchor="la"):
        self.c.text(self.at(x, y), text, font=ts.font(self.style["font"], size * self.s, weight), fill=fill, anchor=anchor)

    def width(self, text, size, weight=0):
        return ts.font(self.style["font"], size * self.s, weight).getlength(text) / self.s

    def rect(self, box, fill):
        self.c.rectangle((*self.at(box[0], box[1]), *self.at(box[2], box[3])), fill=fill)

    def frame(self, box, colour, width=1):
        x0, y0, x1, y1 = box
        self.line([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], colour, width)

    def line(self, points, fill, width=1):
        flat = [v for x, y in points for v in self.at(x, y)]
        self.c.line(flat, fill=fill, width=max(1, round(width * self.s)))

    def shape(self, kind, x, y, r, fill):
        """A menu icon: a few simple shapes."""
        draw, (cx, cy), rr = self.c.draw, self.at(x, y), r * self.s
        if kind == 0:
            draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=fill, width=2)
        elif kind == 1:
            draw.rectangle((cx - rr, cy - rr, cx + rr, cy + rr), outline=fill, width=2)
        elif kind == 2:
            draw.polygon([(cx, cy - rr), (cx + rr, cy + rr), (cx - rr, cy + rr)], fill=fill)
        elif kind == 3:
            for k in range(3):
                draw.rectangle((cx - rr + k * rr * 0.75, cy + rr - rr * (0.7 + 0.6 * k), cx - rr * 0.45 + k * rr * 0.75, cy + rr), fill=fill)
        elif kind == 4:
            draw.ellipse((cx - rr * 0.5, cy - rr, cx + rr * 0.5, cy), fill=fill)
            draw.pieslice((cx - rr, cy, cx + rr, cy + rr * 2), 180, 360, fill=fill)
        else:
            for k in range(3):
                draw.line((cx - rr, cy - rr * 0.7 + k * rr * 0.7, cx + rr, cy - rr * 0.7 + k * rr * 0.7), fill=fill, width=2)


def _chrome(v, style, width, rng, title, url):
    v.rect((0, 0, width, 36), (222, 225, 230))
    v.rect((8, 6, 268, 36), (255, 255, 255))
    v.rect((20, 14, 34, 28), style["accent"])
    v.text(42, 21, title[:30], 12, INK, 0, "lm")
    v.text(252, 21, "x", 12, MUTED, 0, "mm")
    v.rect((276, 8, 456, 34), (210, 213, 219))
    v.text(290, 21, "WhatsApp Web", 12, MUTED, 0, "lm")
    v.text(476, 21, "+", 16, MUTED, 0, "mm")
    for k, mark in enumerate(["-", "o", "x"]):
        v.text(width - 115 + 42 * k, 18, mark, 14, INK, 0, "mm")
    v.rect((0, 36, width, CHROME), (255, 255, 255))
    for k in range(3):  # back, forward, reload
        x = 22 + 34 * k
        if k < 2:
            d = -1 if k == 0 else 1
            v.line([(x - 6 * d, 57), (x + 6 * d, 57)], MUTED, 2)
            v.line([(x + 1 * d, 51), (x + 6 * d, 57), (x + 1 * d, 63)], MUTED, 2)
        else:
            v.shape(0, x, 57, 6, MUTED)
    v.rect((118, 43, width - 160, 71), (241, 243, 244))
    v.rect((132, 52, 142, 62), (95, 99, 104))
    v.text(152, 57, url, 14, INK, 0, "lm")
    for k in range(3):
        v.shape(k, width - 130 + 34 * k, 57, 7, MUTED)
    v.line([(0, CHROME - 1), (width, CHROME - 1)], BORDER, 1)


def _sidebar(v, style, doc, top, height, width_sb, m):
    bg, text, brand = SIDEBARS[style["theme"]]
    f = m["f"]
    v.rect((0, top, width_sb, top + height), bg)
    v.rect((0, top, width_sb, top + m["nav"]), brand)
    v.shape(0, 30, top + m["nav"] / 2, 13, style["accent"])
    v.text(54, top + m["nav"] / 2, "SIAKAD " + style["institution"].split()[-1].upper(), f + 2, text, 1, "lm")
    y = top + m["nav"] + 16
    v.shape(4, 32, y + 18, 12, text)
    v.text(56, y + 18, "Mahasiswa", f, text, 0, "lm")
    y += 52
    v.line([(12, y), (width_sb - 12, y)], tuple(min(255, c + 30) for c in bg), 1)
    y += 12
    for k, item in enumerate(MENU):
        active = item in ("Transkrip Nilai", "Kartu Hasil Studi") and item == style["page_title"]
        if active:
            v.rect((8, y, width_sb - 8, y + round(f * 2.6)), style["accent"])
        colour = (255, 255, 255) if active else text
        v.shape(k % 6, 30, y + round(f * 1.3), 7, colour)
        v.text(54, y + round(f * 1.3), item, f, colour, 0, "lm")
        y += round(f * 2.6) + 4
        if y > top + height - 40:
            break


def _navbar(v, style, doc, x0, top, width, m):
    f = m["f"]
    v.rect((x0, top, width, top + m["nav"]), (255, 255, 255))
    v.line([(x0, top + m["nav"] - 1), (width, top + m["nav"] - 1)], BORDER, 1)
    v.shape(5, x0 + 28, top + m["nav"] / 2, 9, MUTED)
    v.text(x0 + 56, top + m["nav"] / 2, "Beranda", f, MUTED, 0, "lm")
    v.text(x0 + 56 + v.width("Beranda", f) + 24, top + m["nav"] / 2, "Bantuan", f, MUTED, 0, "lm")
    name_w = v.width(doc["name"], f)
    x = width - 34 - name_w
    v.text(x, top + m["nav"] / 2, doc["name"], f, INK, 0, "lm")
    v.c.draw.ellipse((*v.at(x - 44, top + m["nav"] / 2 - 15), *v.at(x - 14, top + m["nav"] / 2 + 15)), fill=(173, 181, 189))
    v.shape(4, x - 29, top + m["nav"] / 2 - 2, 8, (255, 255, 255))
    v.shape(2, width - 18, top + m["nav"] / 2, 4, MUTED)
    v.shape(0, x - 80, top + m["nav"] / 2, 9, MUTED)
    v.rect((x - 74, top + m["nav"] / 2 - 16, x - 62, top + m["nav"] / 2 - 6), (220, 53, 69))


def _info(v, style, doc, left, right, y, m, printed):
    f = m["f"]
    v.rect((left, y, right, y + m["info"]), (255, 255, 255))
    v.frame((left, y, right, y + m["info"]), BORDER)
    v.rect((left, y, left + 4, y + m["info"]), style["accent"])
    pairs = [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Program Studi", "S1 " + style["programme"]),
             ("Semester", str(doc["semester"])), ("Angkatan", str(doc["entry"])), ("Dosen Wali", doc["advisor"])]
    box_w = round(f * 15)
    col_w = (right - left - box_w - 40) // 2
    label_w = max(v.width(p[0], f, 1) for p in pairs) + 16
    for k, (label, value) in enumerate(pairs):
        x = left + 24 + (k // 3) * col_w
        yy = y + round(f * 1.2) + (k % 3) * round(f * 1.75)
        v.text(x, yy, label, f, INK, 1)
        v.text(x + label_w, yy, ": " + value, f, INK)
    bx = right - box_w - 20
    ipk = ts.number(style, printed)
    if style["badge"]:
        v.text(bx, y + round(f * 1.2), "Indeks Prestasi Kumulatif", f, MUTED)
        v.rect((bx, y + round(f * 3), bx + round(f * 5.2), y + round(f * 5.4)), style["accent"])
        v.text(bx + round(f * 2.6), y + round(f * 4.2), ipk, f + 4, (255, 255, 255), 1, "mm")
        v.text(bx + round(f * 6), y + round(f * 4.2), f"{doc['total']} SKS", f, INK, 0, "lm")
    else:
        v.rect((bx, y + 12, right - 20, y + m["info"] - 12), style["accent"])
        v.text(bx + 16, y + 16, ipk, f + 14, (255, 255, 255), 1)
        v.text(bx + 16, y + m["info"] - 20, "IPK  -  Total SKS " + str(doc["total"]), f - 1, (255, 255, 255), 0, "ls")
        v.shape(3, right - 56, y + m["info"] / 2, 16, tuple(min(255, c + 60) for c in style["accent"]))
    return y + m["info"]


def _cell(style, row, key, number):
    if key == "no":
        return str(number)
    if key == "point":
        return ts.number(style, row["point"], 2)
    if key == "mutu":
        return ts.number(style, row["mutu"], 2)
    return str(row[key])


def _widths(v, style, cols, left, right, f):
    widths = {}
    for key, label in cols:
        if key != "name":
            widths[key] = max(v.width(label, f, 1) + 42, {"no": 46, "code": v.width("UNV-8032", f) + 30}.get(key, 70))
    widths["name"] = right - left - sum(widths.values())
    xs, x = {}, left
    for key, _ in cols:
        xs[key] = x
        x += widths[key]
    return xs, widths


def _thead(v, style, cols, xs, widths, y, m, sorted_key):
    f, row = m["f"], m["row"]
    for key, label in cols:
        v.text(xs[key] + 12, y + row / 2, label, f, INK, 1, "lm")
        ax = xs[key] + widths[key] - 16
        up = (90, 90, 90) if key == sorted_key else (200, 200, 200)
        v.c.draw.polygon([v.at(ax - 4, y + row / 2 - 2), v.at(ax + 4, y + row / 2 - 2), v.at(ax, y + row / 2 - 8)], fill=up)
        v.c.draw.polygon([v.at(ax - 4, y + row / 2 + 2), v.at(ax + 4, y + row / 2 + 2), v.at(ax, y + row / 2 + 8)], fill=(200, 200, 200))
    left, right = xs[cols[0][0]], xs[cols[-1][0]] + widths[cols[-1][0]]
    v.line([(left, y + row), (right, y + row)], (200, 204, 208), 2)
    return y + row


def _body(v, style, cols, xs, widths, part, y, m, first_number, hover):
    f, row = m["f"], m["row"]
    left, right = xs[cols[0][0]], xs[cols[-1][0]] + widths[cols[-1][0]]
    face = ts.font(style["font"], f * v.s)
    for n, r in enumerate(part):
        lines = ts.wrap(r["name"], face, (widths["name"] - 24) * v.s)
        h = row + (len(lines) - 1) * round(f * 1.35)
        fill = (242, 242, 242) if (first_number + n) % 2 else (255, 255, 255)
        if n == hover:
            fill = (226, 232, 240)
        v.rect((left, y, right, y + h), fill)
        for key, _ in cols:
            if key == "name":
                for k, text in enumerate(lines):
                    v.text(xs[key] + 12, y + row / 2 + k * round(f * 1.35), text, f, INK, 0, "lm")
            else:
                v.text(xs[key] + 12, y + row / 2, _cell(style, r, key, first_number + n), f, INK, 0, "lm")
        if n == hover:  # the mouse pointer resting on the row
            px = xs["name"] + 24 + v.width(lines[-1], f) + 40
            py = y + row / 2 - 4
            v.c.draw.polygon([v.at(px, py), v.at(px, py + 20), v.at(px + 5, py + 15), v.at(px + 9, py + 23), v.at(px + 12, py + 22),
                              v.at(px + 8, py + 14), v.at(px + 14, py + 14)], fill=(255, 255, 255), outline=(0, 0, 0))
        v.line([(left, y + h), (right, y + h)], BORDER, 1)
        y += h
    return y


def _controls(v, style, left, right, y, m, entries):
    f = m["f"]
    mid = y + m["controls"] / 2
    v.text(left, mid, "Show", f, INK, 0, "lm")
    sx = left + v.width("Show", f) + 8
    v.frame((sx, mid - f, sx + f * 3.6, mid + f), (206, 212, 218))
    v.text(sx + 8, mid, str(entries), f, INK, 0, "lm")
    v.c.draw.polygon([v.at(sx + f * 3.6 - 16, mid - 2), v.at(sx + f * 3.6 - 8, mid - 2), v.at(sx + f * 3.6 - 12, mid + 3)], fill=INK)
    v.text(sx + f * 3.6 + 8, mid, "entries", f, INK, 0, "lm")
    box = f * 13
    v.frame((right - box, mid - f, right, mid + f), (206, 212, 218))
    v.text(right - box - 10, mid, "Search:", f, INK, 0, "rm")
    return y + m["controls"]


def _pager(v, style, left, right, y, m, count):
    f = m["f"]
    mid = y + m["foot"] / 2
    v.text(left, mid, f"Showing 1 to {count} of {count} entries", f, INK, 0, "lm")
    x = right
    for label, active in (("Next", False), ("1", True), ("Previous", False)):
        w = v.width(label, f) + 26
        v.rect((x - w, mid - f * 1.1, x, mid + f * 1.1), style["accent"] if active else (255, 255, 255))
        v.frame((x - w, mid - f * 1.1, x, mid + f * 1.1), style["accent"] if active else (222, 226, 230))
        v.text(x - w / 2, mid, label, f, (255, 255, 255) if active else MUTED, 0, "mm")
        x -= w
    return y + m["foot"]


def _total(v, style, cols, xs, widths, y, m, doc):
    f, row = m["f"], m["row"]
    left, right = xs[cols[0][0]], xs[cols[-1][0]] + widths[cols[-1][0]]
    v.rect((left, y, right, y + row), (233, 236, 239))
    v.text(xs["name"] + 12, y + row / 2, f"Total SKS: {doc['total']}    IPK: {ts.number(style, doc['ipk'])}", f, INK, 1, "lm")
    v.line([(left, y + row), (right, y + row)], BORDER, 1)
    return y + row


def _screen(style, doc, rows, rng):
    m = _metrics(style)
    width = style["width"]
    sb = 250 if width < 1600 else 270
    title = style["page_title"]
    url = f"https://{style['site']}/mahasiswa/{'transkrip' if title == 'Transkrip Nilai' else 'khs'}?nim={doc['nim']}"
    card_rows = m["row"] * len(rows)  # the name column is wide on a screen: one line a course
    top = 0 if style["full"] else CHROME
    need = top + m["nav"] + m["crumb"] + m["info"] + 2 * m["gap"] + m["card"] + m["controls"] + m["row"] * 2 + card_rows + m["foot"] + 80
    height = max(style["viewport"] + 300, need) if style["full"] else style["viewport"]
    c = Canvas(Image.new("RGB", (width, height), (244, 246, 249)))
    v = View(c, style, 0, 0)
    if not style["full"]:
        _chrome(v, style, width, rng, f"{title} | SIAKAD", url.replace("https://", ""))
    _sidebar(v, style, doc, top, height - top, sb, m)
    _navbar(v, style, doc, sb, top, width, m)
    left, right = sb + 24, width - 24
    y = top + m["nav"]
    v.text(left, y + m["crumb"] / 2, title, m["f"] + 6, INK, 0, "lm")
    crumb = f"Home  /  Akademik  /  {title}"
    v.text(right, y + m["crumb"] / 2, crumb, m["f"] - 1, style["accent"], 0, "rm")
    y = _info(v, style, doc, left, right, y + m["crumb"], m, doc["ipk"]) + m["gap"]
    bottom = y + m["card"] + m["controls"] + 2 * m["row"] + card_rows + m["foot"] + 16
    v.rect((left, y, right, bottom), (255, 255, 255))
    v.frame((left, y, right, bottom), BORDER)
    v.text(left + 20, y + m["card"] / 2, style["card_title"], m["f"] + 2, INK, 1, "lm")
    v.line([(left, y + m["card"]), (right, y + m["card"])], BORDER, 1)
    y = _controls(v, style, left + 20, right - 20, y + m["card"], m, 25)
    cols = COLUMNS[style["columns"]]
    xs, widths = _widths(v, style, cols, left + 20, right - 20, m["f"])
    y = _thead(v, style, cols, xs, widths, y, m, rng.choice([k for k, _ in cols]))
    hover = rng.randrange(len(rows)) if style["hover"] else -1
    y = _body(v, style, cols, xs, widths, rows, y, m, 1, hover)
    y = _total(v, style, cols, xs, widths, y, m, doc)
    y = _pager(v, style, left + 20, right - 20, y, m, len(rows))
    if style["full"]:
        c.image = c.image.crop((0, 0, width, max(bottom + 50, style["viewport"])))
        c.draw = ImageDraw.Draw(c.image)
    v.text(left, c.size[1] - 16, f"Copyright (c) {doc['day'].year} {style['institution']}. All rights reserved.", m["f"] - 2, MUTED, 0, "ls")
    assert y <= c.size[1] - 30, "table does not fit the screen"
    return c


def _printed(style, doc, chunks, rng):
    """The page printed to PDF by the browser: A4 at 150 ppi, print styles (no sidebar, no navbar)."""
    width, height = 1240, 1754
    m = _metrics(dict(style, size=13))
    s = 1.55
    title = style["page_title"]
    url = f"https://{style['site']}/mahasiswa/{'transkrip' if title == 'Transkrip Nilai' else 'khs'}"
    stamp = f"{doc['day'].strftime('%d/%m/%y')}, {doc['time'].replace(':', '.')}"
    canvases, number = [], 1
    inner = (width - 2 * 60) / s
    for k, part in enumerate(chunks):
        c = Canvas(Image.new("RGB", (width, height), (255, 255, 255)))
        head = View(c, style, 0, 0, 1.0)
        head.text(40, 30, stamp, 15, INK, 0, "lm")
        head.text(width / 2, 30, f"{title} | SIAKAD {style['institution']}", 15, INK, 0, "mm")
        head.text(40, height - 30, url, 15, INK, 0, "lm")
        head.text(width - 40, height - 30, f"{k + 1}/{len(chunks)}", 15, INK, 0, "rm")
        v = View(c, style, 60, 70, s)
        y = 0
        left, right = 0, inner
        if k == 0:
            v.text(left, y + m["crumb"] / 2, title, m["f"] + 6, INK, 0, "lm")
            v.text(right, y + m["crumb"] / 2, f"Home  /  Akademik  /  {title}", m["f"] - 1, style["accent"], 0, "rm")
            y = _info(v, style, doc, left, right, y + m["crumb"], m, doc["ipk"]) + m["gap"]
            v.frame((left, y, right, y + m["card"]), BORDER)
            v.text(left + 20, y + m["card"] / 2, style["card_title"], m["f"] + 2, INK, 1, "lm")
            y = _controls(v, style, left + 20, right - 20, y + m["card"], m, 50 if sum(map(len, chunks)) <= 50 else 100)
        cols = COLUMNS[style["columns"]]
        xs, widths = _widths(v, style, cols, left + 20, right - 20, m["f"])
        y = _thead(v, style, cols, xs, widths, y, m, "no")
        y = _body(v, style, cols, xs, widths, part, y, m, number, -1)
        number += len(part)
        if k == len(chunks) - 1:
            y = _total(v, style, cols, xs, widths, y, m, doc)
            y = _pager(v, style, left + 20, right - 20, y, m, number - 1)
        assert 70 + y * s < height - 60, "printed page overflows"
        canvases.append(c)
    return canvases


def render(style, doc, rows, rng, paged, text_pdf):
    style["page_title"] = rng.choice(["Transkrip Nilai", "Kartu Hasil Studi"])
    style["card_title"] = rng.choice(["Transkrip Nilai", "Kartu Hasil Studi", "Daftar Nilai Mahasiswa"])
    if paged:
        style["body"] = round(13 * 1.55, 1)
        return _printed(style, doc, ts.split(rng, rows, paged, 26), rng)
    c = _screen(style, doc, rows, rng)
    art = [{"name": "screenshot", "viewport": [style["width"], style["viewport"]], "full_page": style["full"]}]
    if style["recompress"]:  # sent through a chat app: scaled down, JPEG again
        image = c.image
        if style["width"] > 1600 and rng.random() < 0.6:
            w = 1600
            image = image.resize((w, round(image.size[1] * w / image.size[0])), Image.LANCZOS)
            art.append({"name": "lowres", "width": w})
        quality = rng.randint(55, 75)
        c.image = jpeg(image, quality)
        art.append({"name": "jpeg", "quality": quality})
    style["art"] = art
    style["body"] = style["size"] * c.image.size[0] / style["width"]
    return [c]
