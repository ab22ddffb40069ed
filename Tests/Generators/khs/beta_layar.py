"""beta `layar`: a PHONE PHOTO OF A COMPUTER MONITOR showing the transcript. The applicant opened the
campus portal's transcript PDF and photographed the screen instead of uploading the file.

The page (a clean digital print, A4 wide, drawn at 150 px an inch; the --text-pdf twin is this page):
an emblem beside the institution, faculty and the portal's address, a double rule in the campus
colour, the title, the student in two columns, one fully ruled table in the campus's own column
order and wording (Indonesian or English; e.g. No | Kode MK | Mata Kuliah | SKS | Nilai | Bobot |
Mutu, or Kode | Nama Mata Kuliah | Nilai Huruf | SKS | Angka Mutu), often a shaded sub-heading row
per semester carrying that semester's IPS at its right end, then Jumlah SKS and the IPK and a grey
"printed on" line. Later pages repeat the table header under a Nama / NIM line.

The screen: the page rendered at the viewer's zoom (the page downscaled so body text is 12-16
screen px) in a PDF viewer (a light toolbar on a light grey background, or a dark toolbar on a dark
grey one) or a browser (tab strip and address bar above the dark viewer), the page's edge and
shadow, the page count ("1 / 2"), a scroll bar, sometimes the bottom of the previous page and the
taskbar. The photo: the monitor with its bezel in a dim room, a slight perspective and rotation;
moire from the screen's subpixel grid sampled by the camera (the grid is warped to the photo by
point sampling, so it aliases into coloured fringes; its depth is kept moderate), lifted blacks, a
cool white balance, brightness falling off towards the edges and a soft sheen, a little focus or
motion blur, sensor noise and JPEG. In a --pdf each page is its own photo (the viewer scrolled)."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

import beta_style as st
import kappa_art
from canvas import Canvas
from degrade import jpeg, perspective_coefficients, placed_quad, surface
from texture import seeded_noise

WIDTH, A4 = 1240, 1754
LEFT, RIGHT = 90, 1150
GRID = (150, 150, 156)


def _viewport(style):
    """The screen height the page can use, and the screen's chrome heights (top, bottom)."""
    w, h = style["screen"]
    top = 40 + (78 if style["viewer"] == "browser" else 0)
    bottom = 40 if style["taskbar"] else 0
    return h - top - bottom, top, bottom


def capacity(style):
    """Course lines a photo holds: the viewport at the zoom that makes body text `screen_em` px, less
    the letterhead, student block, header and footer (about 15 body lines) and four semester rows."""
    room, _, _ = _viewport(style)
    lines = room / (style["screen_em"] * 1.62) - 15
    return max(8, min(18, int(lines) - 4))


def _widths(style, face, rows):
    code_w = max([face.getlength(r["code"]) for r in rows] + [face.getlength("Kode MK")]) + 26
    fixed = {"no": 52, "code": round(code_w), "smt": 60, "sks": 84, "grade": 112, "point": 92, "mutu": 112}
    return st.column_spans(style, fixed, LEFT, RIGHT)


def _page(style, doc, part, rng, first, last, number, rows):
    size = style["size"]
    face, bold, small = st.font(style["font"], size), st.font(style["font"], size, 1), st.font(style["font"], size - 3)
    words = st.labels(style)
    c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
    accent = style["accent"]
    c.paste(kappa_art.emblem(rng, 104, accent, (205, 160, 40)), (LEFT, 44))
    c.text((LEFT + 128, 50), style["institution"].upper(), font=st.font(style["font"], size + 6, 1), fill=accent)
    c.text((LEFT + 128, 88), style["faculty"], font=face, fill=st.INK)
    c.text((LEFT + 128, 118), f"{style['city']}  |  https://{style['site']}", font=small, fill=(90, 90, 96))
    c.rectangle((LEFT, 162, RIGHT, 165), fill=accent)
    c.rectangle((LEFT, 169, RIGHT, 169), fill=accent)
    title = ("ACADEMIC TRANSCRIPT" if style["english"] else style.get("title", "TRANSKRIP NILAI"))
    c.text((WIDTH // 2, 190), title + ("" if first else (" (continued)" if style["english"] else " (lanjutan)")),
           font=st.font(style["font"], size + 3, 1), fill=st.INK, anchor="ma")
    y = 190 + size + 30
    line = round(size * 1.62)
    if first:
        left = [(words["name"], doc["name"]), (words["nim"], doc["nim"])]
        right = [(words["programme"], style["programme"]), (words["semester"], str(doc["semester"]))]
        for k in range(2):
            for x, (label, value) in ((LEFT, left[k]), (660, right[k])):
                c.text((x, y), label, font=face, fill=st.INK)
                c.text((x + 170, y), f": {value}", font=bold if label == words["name"] else face, fill=st.INK)
            y += line
    else:
        c.text((LEFT, y), f"{words['name']} : {doc['name']}", font=face, fill=st.INK)
        c.text((RIGHT, y), f"{words['nim']} : {doc['nim']}", font=face, fill=st.INK, anchor="ra")
        y += line
    y += 14
    cols = _widths(style, face, rows)
    head = round(size * 1.9)
    top = y
    c.rectangle((LEFT, y, RIGHT, y + head), fill=tuple(round(255 - (255 - v) * 0.16) for v in accent))
    for key, label, x0, x1 in cols:
        if key in ("name", "code"):
            c.text((x0 + 8, y + head // 2), label, font=bold, fill=st.INK, anchor="lm")
        else:
            c.text(((x0 + x1) // 2, y + head // 2), label, font=bold, fill=st.INK, anchor="mm")
    y += head
    c.line((LEFT, y, RIGHT, y), fill=GRID)
    semester, spans, start = None, [], top
    for n, row in enumerate(part):
        if style["semester_rows"] and row["semester"] != semester:
            semester = row["semester"]
            spans.append((start, y))
            c.rectangle((LEFT + 1, y + 1, RIGHT - 1, y + line - 1), fill=(244, 244, 246))
            c.text((LEFT + 10, y + line // 2), st.term(style, doc["entry"], semester), font=bold, fill=st.INK, anchor="lm")
            if style["ips"]:
                c.text((RIGHT - 10, y + line // 2), f"{st.labels(style)['ips']} : {st.number(style, doc['ips'][semester])}",
                       font=face, fill=st.INK, anchor="rm")
            y += line
            start = y
            c.line((LEFT, y, RIGHT, y), fill=GRID)
        names = st.wrap(row["name"], face, next(x1 - x0 for k, _, x0, x1 in cols if k == "name") - 16)
        for key, _, x0, x1 in cols:
            text = st.cell(style, row, key, number + n)
            if key == "name":
                for k, part_name in enumerate(names):
                    c.text((x0 + 8, y + line // 2 + k * round(size * 1.2)), part_name, font=face, fill=st.INK, anchor="lm")
            elif key == "code":
                c.text((x0 + 8, y + line // 2), text, font=face, fill=st.INK, anchor="lm")
            else:
                c.text(((x0 + x1) // 2, y + line // 2), text, font=face, fill=st.INK, anchor="mm")
        y += line + round(size * 1.2) * (len(names) - 1)
        c.line((LEFT, y, RIGHT, y), fill=GRID)
    spans.append((start, y))
    for key, _, x0, _ in cols[1:]:
        for y0, y1 in spans:
            if y1 > y0:
                c.line((x0, y0, x0, y1), fill=GRID)
    for x in (LEFT, RIGHT):
        c.line((x, top, x, y), fill=GRID)
    c.line((LEFT, top, RIGHT, top), fill=GRID)
    if last:
        y += 22
        c.text((LEFT, y), f"{words['total']} : {doc['total']}", font=bold, fill=st.INK)
        c.text((LEFT + 520, y), f"{words['ipk']} : {st.number(style, doc['ipk'])}", font=bold, fill=st.INK)
        y += line + 8
        stamp = f"{doc['time']}" if not style["english"] else doc["time"].replace(".", ":")
        printed = (f"Printed on {st.date_text(doc['day'])} {stamp} via {style['site']}" if style["english"]
                   else f"Dicetak pada {st.date_text(doc['day'])} pukul {stamp} melalui {style['site']}")
        c.text((LEFT, y), printed, font=small, fill=(110, 110, 116))
        y += line
    else:
        y += 14
        c.text((RIGHT, y), ("continued on the next page" if style["english"] else "bersambung ke halaman berikutnya"),
               font=small, fill=(110, 110, 116), anchor="ra")
        y += line
    bottom = max(A4, y + 90)
    c.image = c.image.crop((0, 0, WIDTH, bottom))
    c.draw = ImageDraw.Draw(c.image)
    return c, y


def _icon_row(draw, x, y, count, colour, size=16, gap=14):
    for k in range(count):
        draw.rectangle((x + k * (size + gap), y, x + k * (size + gap) + size, y + size), outline=colour, width=2)
    return x + count * (size + gap)


def _screen(style, page, content_h, rng, k, pages, doc):
    """The screen as the viewer shows the page: (screen image, page zoom)."""
    sw, sh = style["screen"]
    room, top, bottom = _viewport(style)
    zoom = style["screen_em"] / style["size"]
    gap = rng.randint(8, 18)
    above = rng.randint(16, 44) if k > 0 and rng.random() < 0.6 else 0  # the bottom of the previous page
    zoom = min(zoom, (room - gap - above - 6) / content_h, (sw - 60) / WIDTH)
    pw = round(WIDTH * zoom)
    dark = style["viewer"] in ("pdf_dark", "browser")
    bg = (82, 86, 89) if dark else (212, 212, 216)
    screen = Image.new("RGB", (sw, sh), bg)
    draw = ImageDraw.Draw(screen)
    ui = st.font("libsans", 13)
    name = style["file"]
    x0 = (sw - 14 - pw) // 2
    y0 = top + gap + above
    view = page.resize((pw, round(page.size[1] * zoom)), Image.LANCZOS)
    shadow = Image.new("L", (sw, sh), 0)
    ImageDraw.Draw(shadow).rectangle((x0 - 2, y0 - 1, x0 + pw + 2, sh), fill=120)
    screen = Image.composite(Image.new("RGB", (sw, sh), (0, 0, 0)), screen, shadow.filter(ImageFilter.GaussianBlur(4)))
    if above:
        screen.paste(Image.new("RGB", (pw, above), (255, 255, 255)), (x0, top + gap - 10))
    screen.paste(view.crop((0, 0, pw, min(view.size[1], sh - y0))), (x0, y0))
    draw = ImageDraw.Draw(screen)
    bar = top - 40
    if style["viewer"] == "browser":
        draw.rectangle((0, 0, sw, 38), fill=(222, 225, 230))
        draw.rounded_rectangle((12, 6, 260, 44), radius=8, fill=(255, 255, 255))
        draw.text((40, 16), name[:28], font=ui, fill=(40, 40, 40))
        draw.rectangle((20, 17, 32, 29), fill=(200, 40, 40))
        draw.text((246, 16), "x", font=ui, fill=(80, 80, 80), anchor="ra")
        draw.rectangle((0, 38, sw, 78), fill=(255, 255, 255))
        _icon_row(draw, 14, 50, 3, (110, 110, 110))
        draw.rounded_rectangle((120, 44, sw - 120, 72), radius=14, fill=(241, 243, 244))
        url = f"https://{style['site']}/mhs/transkrip/cetak?id={doc['nim']}" if style["url"] else f"file:///C:/Users/User/Downloads/{name}"
        draw.text((146, 58), url, font=ui, fill=(50, 50, 50), anchor="lm")
        draw.line((0, 78, sw, 78), fill=(205, 205, 210))
    tb = (50, 54, 57) if dark else (249, 249, 250)
    ink = (241, 241, 241) if dark else (40, 40, 40)
    draw.rectangle((0, bar, sw, bar + 40), fill=tb)
    _icon_row(draw, 14, bar + 12, 1, ink)
    draw.text((54, bar + 20), name, font=ui, fill=ink, anchor="lm")
    mid = sw // 2
    draw.rectangle((mid - 70, bar + 9, mid - 40, bar + 31), fill=(32, 33, 36) if dark else (255, 255, 255))
    draw.text((mid - 55, bar + 20), str(k + 1), font=ui, fill=ink, anchor="mm")
    draw.text((mid - 32, bar + 20), f"/ {pages}", font=ui, fill=ink, anchor="lm")
    draw.text((mid + 40, bar + 20), "-", font=ui, fill=ink, anchor="mm")
    draw.text((mid + 80, bar + 20), f"{round(zoom * 100 * 150 / 96)}%", font=ui, fill=ink, anchor="mm")
    draw.text((mid + 120, bar + 20), "+", font=ui, fill=ink, anchor="mm")
    _icon_row(draw, sw - 130, bar + 12, 3, ink, gap=16)
    track = (sw - 14, top, sw, sh - bottom)
    draw.rectangle(track, fill=(60, 63, 66) if dark else (235, 235, 238))
    span = track[3] - track[1]
    thumb = max(30, round(span / (pages * 1.6)))
    at = track[1] + round((span - thumb) * (k / max(1, pages - 1)) * 0.92) + 2
    draw.rounded_rectangle((sw - 12, at, sw - 3, at + thumb), radius=4, fill=(150, 152, 156) if dark else (170, 170, 176))
    if style["taskbar"]:
        draw.rectangle((0, sh - 40, sw, sh), fill=(28, 30, 36))
        for n in range(6):
            draw.rounded_rectangle((sw // 2 - 150 + n * 50, sh - 33, sw // 2 - 124 + n * 50, sh - 7), radius=5,
                                   fill=[(0, 120, 215), (240, 200, 60), (60, 160, 220), (220, 60, 50), (90, 90, 96), (52, 168, 83)][n])
        draw.text((sw - 20, sh - 28), doc["time"].replace(".", ":"), font=ui, fill=(240, 240, 240), anchor="ra")
        draw.text((sw - 20, sh - 12), f"{doc['day'].day:02d}/{doc['day'].month:02d}/{doc['day'].year}", font=st.font("libsans", 11),
                  fill=(220, 220, 220), anchor="ra")
    return screen, zoom


def _grid(style, w, h, k=3):
    """The screen's subpixel grid at k x its resolution: R, G, B stripes (or B, G, R) and a dark gap between rows."""
    order = [(255, 70, 70), (70, 255, 70), (70, 70, 255)]
    if style["subpixel"] == "bgr":
        order.reverse()
    tile = Image.new("RGB", (k, k), (0, 0, 0))
    for x in range(k):
        for y in range(k):
            tile.putpixel((x, y), order[x] if y < k - 1 else tuple(v // 3 for v in order[x]))
    strip = Image.new("RGB", (w * k, k))
    strip.paste(tile, (0, 0))
    filled = k
    while filled < w * k:
        strip.paste(strip.crop((0, 0, filled, k)), (filled, 0))
        filled *= 2
    grid = Image.new("RGB", (w * k, h * k))
    grid.paste(strip, (0, 0))
    filled = k
    while filled < h * k:
        grid.paste(grid.crop((0, 0, w * k, filled)), (0, filled))
        filled *= 2
    return grid


def _photo(screen, style, rng):
    """The monitor photographed. Returns (photo, camera px per screen px, what was done)."""
    sw, sh = screen.size
    bezel, chin = rng.randint(14, 26), rng.randint(14, 40)
    mw, mh = sw + 2 * bezel, sh + bezel + chin
    lift = rng.randint(28, 46)  # a screen photo's blacks are never black
    cool = (rng.randint(214, 228), rng.randint(228, 240), 255)
    lit = screen.point(lambda v: round(lift + v * (1 - lift / 255)))
    lit = ImageChops.multiply(lit, Image.new("RGB", lit.size, cool))
    monitor = Image.new("RGB", (mw, mh), (rng.randint(12, 26),) * 3)
    monitor.paste(lit, (bezel, bezel))
    out_w = round(mw * rng.uniform(1.18, 1.36))
    out_h = round(out_w * 3 / 4)
    keystone, angle = rng.uniform(0.01, 0.045) * rng.choice([1, -1]), math.radians(rng.uniform(-2.5, 2.5))
    fill = rng.uniform(0.9, 0.97)
    quad, _ = placed_quad((mw, mh), (out_w, out_h), abs(keystone), angle, (fill, fill), (rng.uniform(-0.02, 0.02), rng.uniform(-0.02, 0.02)))
    if keystone < 0:  # the bottom edge farther: turn the quad's narrowing round
        cx = sum(p[0] for p in quad) / 4
        cy = sum(p[1] for p in quad) / 4
        quad = [(2 * cx - x, 2 * cy - y) for x, y in quad[2:] + quad[:2]]
    coeffs = perspective_coefficients([(0, 0), (mw, 0), (mw, mh), (0, mh)], quad)
    warped = monitor.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (mw, mh), 255).transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    forward = perspective_coefficients(quad, [(0, 0), (mw, 0), (mw, mh), (0, mh)])

    def seen(x, y):
        z = forward[6] * x + forward[7] * y + 1
        return ((forward[0] * x + forward[1] * y + forward[2]) / z, (forward[3] * x + forward[4] * y + forward[5]) / z)
    k = 3
    screen_quad = [seen(bezel, bezel), seen(bezel + sw, bezel), seen(bezel + sw, bezel + sh), seen(bezel, bezel + sh)]
    least = min(math.dist(screen_quad[0], screen_quad[1]), math.dist(screen_quad[3], screen_quad[2])) / sw
    sensor = rng.uniform(1.88, 2.14)  # the sensor's pixels per screen pixel: near 2, so the grid beats into wide fringes
    f = sensor / least
    big = (round(out_w * f), round(out_h * f))
    grid_coeffs = perspective_coefficients([(0, 0), (sw * k, 0), (sw * k, sh * k), (0, sh * k)], [(x * f, y * f) for x, y in screen_quad])
    grid = _grid(style, sw, sh, k).transform(big, Image.PERSPECTIVE, grid_coeffs, Image.NEAREST)
    grid = grid.filter(ImageFilter.GaussianBlur(0.6)).resize((out_w, out_h), Image.BOX)
    screen_mask = Image.new("L", (sw, sh), 255).transform((out_w, out_h), Image.PERSPECTIVE,
                                                          perspective_coefficients([(0, 0), (sw, 0), (sw, sh), (0, sh)], screen_quad),
                                                          Image.BILINEAR)
    depth = rng.uniform(0.14, 0.24)
    stats = ImageStat.Stat(grid, mask=screen_mask)
    bands = []
    for band, mean, spread in zip(grid.split(), stats.mean, stats.stddev):
        bands.append(band.point(lambda v, m=mean, d=max(1.0, spread): round(255 * (1 - depth * (1 - max(-1.0, min(1.0, (v - m) / (2 * d)))) / 2))))
    moire = Image.composite(Image.merge("RGB", bands), Image.new("RGB", (out_w, out_h), (255, 255, 255)), screen_mask)
    warped = ImageChops.multiply(warped, moire)
    boost = 1 / (1 - depth / 2)
    warped = warped.point(lambda v: min(255, round(v * boost)))
    room = surface(out_w, out_h, rng)
    room = ImageChops.multiply(room, Image.new("RGB", room.size, (rng.randint(60, 100),) * 3))
    photo = Image.composite(warped, room, mask)
    field = Image.new("L", (3, 3))  # brightness falling off towards the edges of the screen (its viewing angle)
    edge = rng.uniform(0.72, 0.86)
    field.putdata([round(255 * v) for v in [edge, (1 + edge) / 2, edge, (1 + edge) / 2, 1.0, (1 + edge) / 2, edge, (1 + edge) / 2, edge]])
    photo = ImageChops.multiply(photo, Image.merge("RGB", [field.resize((out_w, out_h), Image.BICUBIC)] * 3))
    sheen = Image.new("L", (out_w, out_h), 0)  # a soft reflection of the room's light on the panel
    sx, sy = rng.uniform(0.2, 0.8) * out_w, rng.uniform(0.15, 0.6) * out_h
    rx, ry = out_w * rng.uniform(0.12, 0.25), out_h * rng.uniform(0.2, 0.4)
    peak = rng.randint(22, 44)
    ImageDraw.Draw(sheen).ellipse((sx - rx, sy - ry, sx + rx, sy + ry), fill=peak)
    sheen = ImageChops.multiply(sheen.filter(ImageFilter.GaussianBlur(min(rx, ry) * 0.5)), mask)
    photo = ImageChops.screen(photo, Image.merge("RGB", [sheen] * 3))
    if rng.random() < 0.35:
        length = 3
        kernel = [0.0] * 9
        for i in range(3):
            kernel[3 + i] = 1.0
        photo = photo.filter(ImageFilter.Kernel((3, 3), kernel, scale=3))
        blur = {"kind": "motion", "length": length}
    else:
        radius = round(rng.uniform(0.5, 0.95), 2)
        photo = photo.filter(ImageFilter.GaussianBlur(radius))
        blur = {"kind": "gaussian", "radius": radius}
    sigma = round(rng.uniform(3, 6), 1)
    photo = ImageChops.add(photo, Image.merge("RGB", [seeded_noise(rng, photo.size, sigma) for _ in range(3)]), 1.0, -128)
    quality = rng.randint(70, 86)
    photo = jpeg(photo, quality)
    info = {"name": "monitor_photo", "screen": [sw, sh], "viewer": style["viewer"], "keystone": round(keystone, 3),
            "tilt": round(math.degrees(angle), 2), "moire_depth": round(depth, 3), "sensor_px": round(sensor, 3), "subpixel": style["subpixel"],
            "edge_falloff": round(edge, 2), "sheen": round(peak / 255, 2), "white_balance": list(cool), "blur": blur,
            "noise": sigma, "jpeg": quality}
    return photo, least, info


def render(style, doc, rows, rng, paged, text_pdf):
    chunks = st.split(rng, rows, paged, capacity(style))
    canvases, art, least, number = [], [], 10.0, 1
    for k, part in enumerate(chunks):
        c, content_h = _page(style, doc, part, rng, k == 0, k == len(chunks) - 1, number, rows)
        number += len(part)
        if not text_pdf:
            screen, zoom = _screen(style, c.image, content_h + 10, rng, k, len(chunks), doc)
            c.image, scale, info = _photo(screen, style, rng)
            info.update(zoom=round(zoom, 3), em_px=round(style["size"] * zoom * scale, 1))
            least = min(least, zoom * scale)
            art.append(info)
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art
    style["body"] = round(style["size"] * (least if not text_pdf else 1.0), 1)
    return canvases
