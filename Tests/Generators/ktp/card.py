"""Draws an e-KTP (85.6 × 54 mm) as a flat, clean image: pale-blue security stock with a
guilloche, the PROVINSI / regency header, the NIK in OCR-A, the label column with its colons,
the photo, the place and date of issue and the holder's signature.

Positions are given on a 1000-px-wide card and scaled; every card draws its own small
variations of the template (fonts, sizes, column positions, label spelling, colours), as
cards printed by different regencies' printers differ."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from fonts import font
from portrait import portrait
from texture import seeded_noise

RATIO = 54 / 85.6


class Style:
    """One card's version of the template."""

    def __init__(self, rng, width):
        s = width / 1000
        self.s = s
        dejavu = rng.random() < 0.25
        self.regular = "dejavu" if dejavu else "liberation"
        self.bold = "dejavu_bold" if dejavu else "liberation_bold"
        self.text_size = (rng.uniform(17.5, 19) if dejavu else rng.uniform(19, 21)) * s
        self.header_size = (rng.uniform(24, 26.5) if dejavu else rng.uniform(26.5, 29.5)) * s
        self.nik_label_size = self.header_size * rng.uniform(1.0, 1.1)
        self.nik_size = rng.uniform(37, 42) * s
        self.nik_stroke = 1 if rng.random() < 0.5 and s >= 0.95 else 0
        self.nik_font = "ocr_a" if rng.random() < 0.85 else "ocr_b"
        self.dx, self.dy = rng.uniform(-10, 10) * s, rng.uniform(-8, 8) * s
        self.left = 30 * s + self.dx
        self.indent = rng.uniform(16, 26) * s
        self.colon_x = rng.uniform(196, 214) * s + self.dx
        self.value_x = self.colon_x + rng.uniform(11, 17) * s
        self.header_y = rng.uniform(40, 45) * s + self.dy
        self.header_gap = rng.uniform(32, 36) * s
        self.nik_y = self.header_y + rng.uniform(84, 92) * s
        self.row_y = self.nik_y + rng.uniform(40, 46) * s
        self.row_step = rng.uniform(28.5, 31) * s
        self.darah_x = rng.uniform(470, 520) * s + self.dx
        self.photo = _photo_box(rng, s, self.dx, self.dy)
        self.ink = (rng.randint(8, 38), rng.randint(8, 38), rng.randint(12, 48))
        self.opacity = rng.uniform(0.86, 1.0)
        self.kelamin = rng.choice(["Jenis Kelamin", "Jenis kelamin"])
        self.tempat = rng.choice(["Tempat/Tgl Lahir", "Tempat/Tgl Lahir", "Tempat/Tgl. Lahir"])
        self.darah = rng.choice(["Gol. Darah", "Gol Darah"])
        self.desa = rng.choice(["Kel/Desa", "Kel/Desa", "Kel / Desa"])


def _photo_box(rng, s, dx, dy):
    w = rng.uniform(212, 228) * s
    x0 = rng.uniform(728, 745) * s + dx * 0.5
    y0 = rng.uniform(140, 152) * s + dy
    return (x0, y0, x0 + w, y0 + w * rng.uniform(1.28, 1.34))


def _smooth_field(rng, width, height, cells=(4, 3), low=0, high=255):
    """Smooth random variation: a coarse random grid upscaled bicubically."""
    grid = Image.new("L", cells)
    grid.putdata([rng.randint(low, high) for _ in range(cells[0] * cells[1])])
    return grid.resize((width, height), Image.BICUBIC)


def background(width, height, rng):
    """Pale-blue stock, brighter in places, with wave and rosette guilloche lines."""
    light = (rng.randint(212, 232), rng.randint(232, 245), rng.randint(242, 254))
    deep = (rng.randint(150, 190), rng.randint(196, 222), rng.randint(226, 246))
    if rng.random() < 0.25:  # some batches print greener or greyer
        deep = (deep[0] + 10, deep[1] + 6, deep[2] - 14)
    field = _smooth_field(rng, width, height, (rng.randint(3, 5), rng.randint(2, 4)), 40, 255)
    image = ImageOps.colorize(field, black=deep, white=light)

    scale = 2
    W, H = width * scale, height * scale
    overlay = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    dark = (deep[0] - 50, deep[1] - 40, deep[2] - 20)
    # two families of phase-shifted waves: the interlaced guilloche band look
    for family in range(2):
        lines = rng.randint(36, 60)
        period = rng.uniform(0.18, 0.45) * W
        amplitude = rng.uniform(0.02, 0.06) * H
        shift = rng.uniform(0.08, 0.25)
        phase = rng.uniform(0, 6.3)
        colour = dark + (rng.randint(40, 70),) if family == 0 else (255, 255, 255, rng.randint(80, 130))
        for k in range(lines):
            base = (k + 0.5) * H / lines
            points = [(x, base + amplitude * math.sin(phase + k * shift + 2 * math.pi * x / period)
                       + amplitude * 0.4 * math.sin(k * 0.7 + 2 * math.pi * x / (period * 2.7)))
                      for x in range(0, W + 12, 12)]
            draw.line(points, fill=colour, width=scale)
    # a rosette (hypotrochoid) and rings where the Garuda watermark sits
    cx, cy = rng.uniform(0.36, 0.5) * W, rng.uniform(0.5, 0.66) * H
    R = rng.uniform(0.16, 0.24) * W
    r = R / rng.choice([7, 9, 11, 13])  # an integer R/r: the curve closes after one turn
    d = r * rng.uniform(1.4, 2.4)
    points = []
    steps = 2600
    for i in range(steps + 1):
        t = 2 * math.pi * i / steps
        x = (R - r) * math.cos(t) + d * math.cos((R - r) / r * t)
        y = (R - r) * math.sin(t) - d * math.sin((R - r) / r * t)
        points.append((cx + x * 0.55, cy + y * 0.55))
    draw.line(points, fill=dark + (rng.randint(35, 60),), width=scale)
    for ring in range(rng.randint(3, 6)):
        rr = R * (0.25 + 0.12 * ring)
        draw.ellipse([cx - rr, cy - rr * 0.9, cx + rr, cy + rr * 0.9], outline=(255, 255, 255, 70), width=scale)
    overlay = overlay.resize((width, height), Image.LANCZOS)
    image.paste(overlay, (0, 0), overlay)

    grain = seeded_noise(rng, (width, height), rng.uniform(10, 18)).convert("RGB")
    return Image.blend(image, grain, 0.045)


class Ink:
    """Collects everything printed in black: a mask for all ink, and one for text only."""

    def __init__(self, width, height):
        self.mask = Image.new("L", (width, height), 0)
        self.draw = ImageDraw.Draw(self.mask)
        self.boxes = []

    def text(self, xy, text, face, anchor="ls", stroke=0):
        self.draw.text(xy, text, font=face, fill=255, anchor=anchor, stroke_width=stroke, stroke_fill=255)
        self.boxes.append(self.draw.textbbox(xy, text, font=face, anchor=anchor, stroke_width=stroke))
        return self.draw.textlength(text, font=face)

    def width(self, text, face):
        return self.draw.textlength(text, font=face)


def _fit(ink, text, kind, size, room, least=0.8):
    """The font that fits text into room pixels, shrinking down to `least` of size."""
    face = font(kind, size)
    k = size
    while ink.width(text, face) > room and k > size * least:
        k -= 0.5
        face = font(kind, k)
    return face


def _wrap(ink, text, face, room):
    """Splits a value into lines no wider than room (at most two, as the card prints)."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        trial = (line + " " + word).strip()
        if ink.width(trial, face) <= room or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return lines


def _chaikin(points, rounds=3):
    for _ in range(rounds):
        smooth = [points[0]]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            smooth += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        points = smooth + [points[-1]]
    return points


def signature(rng, width, height):
    """A cursive scribble as an L mask (255 = ink): up-and-down strokes of random height and
    width, some looping back, a slant, smoothed; often a flourish underneath."""
    S = 3
    image = Image.new("L", (int(width * S), int(height * S)), 0)
    draw = ImageDraw.Draw(image)
    W, H = image.size
    slant = rng.uniform(0.1, 0.45)
    base = H * rng.uniform(0.55, 0.68)
    x, points = W * 0.05, []
    strokes = rng.randint(6, 14)
    step = W * 0.85 / strokes
    for i in range(strokes):
        up = H * rng.uniform(0.15, 0.5) * (1.6 if rng.random() < 0.2 else 1)
        points.append((x + slant * up, base - up))
        x += step * rng.uniform(0.4, 1.2)
        down = H * rng.uniform(-0.05, 0.2)
        points.append((x - (step * rng.uniform(0.3, 0.9) if rng.random() < 0.3 else 0), base + down))
        x += step * rng.uniform(0.2, 0.6)
    points = _chaikin(points)
    draw.line(points, fill=255, width=max(2, int(S * rng.uniform(1.1, 1.8))), joint="curve")
    if rng.random() < 0.7:  # the flourish underneath
        y0 = H * rng.uniform(0.75, 0.9)
        sweep = _chaikin([(W * rng.uniform(0, 0.2), y0 + H * 0.05), (W * 0.5, y0 - H * rng.uniform(-0.05, 0.1)), (W * rng.uniform(0.8, 1.0), y0 - H * rng.uniform(0.05, 0.25))])
        draw.line(sweep, fill=255, width=max(2, int(S * 1.3)), joint="curve")
    return image.resize((int(width), int(height)), Image.LANCZOS)


def draw_card(person, rng, width=1050):
    """Returns (card RGB image, text mask L image, ink boxes) for the person's fields."""
    height = int(round(width * RATIO))
    st = Style(rng, width)
    s = st.s
    image = background(width, height, rng)
    ink = Ink(width, height)

    header = font(st.bold, st.header_size)
    for i, text in enumerate(("PROVINSI " + person["provinsi"], person["kota_kabupaten"])):
        face = _fit(ink, text, st.bold, st.header_size, width * 0.9, least=0.7) if ink.width(text, header) > width * 0.9 else header
        ink.text((width / 2 + st.dx * 0.3, st.header_y + i * st.header_gap), text, face, anchor="ms")

    nik_label = font(st.bold, st.nik_label_size)
    ink.text((st.left, st.nik_y), "NIK", nik_label)
    ink.text((st.colon_x, st.nik_y), ":", nik_label)
    ink.text((st.value_x + rng.uniform(2, 10) * s, st.nik_y + rng.uniform(0, 2) * s), person["nik"], font(st.nik_font, st.nik_size), stroke=st.nik_stroke)

    label = font(st.regular, st.text_size)
    value = font(st.regular, st.text_size)
    widest = max(ink.width(t, label) for t in ("Status Perkawinan", "Kewarganegaraan", st.tempat))
    if st.left + widest + 6 * s > st.colon_x:  # the colons stand clear of the longest label
        shift = st.left + widest + rng.uniform(6, 12) * s - st.colon_x
        st.colon_x += shift
        st.value_x += shift
    room = st.photo[0] - 14 * s - st.value_x
    rows = [
        ("Nama", person["nama"], 0), (st.tempat, f'{person["tempat_lahir"]}, {person["tanggal_lahir"]}', 0),
        (st.kelamin, person["jenis_kelamin"], 0), ("Alamat", person["alamat"], 0), ("RT/RW", person["rt_rw"], 1),
        (st.desa, person["kelurahan_desa"], 1), ("Kecamatan", person["kecamatan"], 1), ("Agama", person["agama"], 0),
        ("Status Perkawinan", person["status_perkawinan"], 0), ("Pekerjaan", person["pekerjaan"], 0),
        ("Kewarganegaraan", person["kewarganegaraan"], 0), ("Berlaku Hingga", person["berlaku_hingga"], 0),
    ]
    y = st.row_y
    for text, val, indented in rows:
        y_row = y + rng.uniform(-0.6, 0.6) * s
        ink.text((st.left + indented * st.indent, y_row), text, label)
        ink.text((st.colon_x, y_row), ":", label)
        if text == st.kelamin:
            ink.text((st.value_x, y_row), val, value)
            ink.text((st.darah_x, y_row), st.darah, label)
            colon = st.darah_x + ink.width(st.darah, label) + rng.uniform(6, 12) * s
            ink.text((colon, y_row), ":", label)
            ink.text((colon + rng.uniform(10, 16) * s, y_row), person["golongan_darah"], value)
        elif text == "Alamat":
            lines = _wrap(ink, val, value, room)
            for k, line in enumerate(lines):
                ink.text((st.value_x, y_row + k * st.row_step), line, _fit(ink, line, st.regular, st.text_size, room))
            y += (len(lines) - 1) * st.row_step
        else:
            ink.text((st.value_x, y_row), val, _fit(ink, val, st.regular, st.text_size, room, least=0.7))
        y += st.row_step
    text_mask = ink.mask.copy()

    # photo, place and date of issue, signature
    x0, y0, x1, y1 = (int(round(v)) for v in st.photo)
    backdrop = "red" if person.get("_born_year", 0) % 2 else "blue"
    if rng.random() < 0.1:
        backdrop = "blue" if backdrop == "red" else "red"
    face = portrait(rng, x1 - x0, y1 - y0, backdrop, person.get("_female"),
                    person.get("_female") and person.get("_muslim") and rng.random() < 0.75)
    image.paste(face, (x0, y0))
    small = font(st.regular, st.text_size * rng.uniform(0.82, 0.92))
    cx = (x0 + x1) / 2
    place_y = y1 + rng.uniform(26, 32) * s
    ink.text((cx, place_y), person["_issued_in"], _fit(ink, person["_issued_in"], st.regular, st.text_size * 0.87, x1 - x0 + 30 * s, 0.7), anchor="ms")
    ink.text((cx, place_y + rng.uniform(21, 25) * s), person["_issued_on"], small, anchor="ms")
    sig_w, sig_h = (x1 - x0) * rng.uniform(0.6, 0.85), min(rng.uniform(50, 62) * s, height - place_y - 34 * s)
    sig = signature(rng, sig_w, sig_h)
    ink.mask.paste(ImageChops.lighter(ink.mask.crop((int(cx - sig_w / 2), int(place_y + 30 * s), int(cx - sig_w / 2) + sig.size[0], int(place_y + 30 * s) + sig.size[1])), sig),
                   (int(cx - sig_w / 2), int(place_y + 30 * s)))

    # print: ink slightly spread and not quite opaque
    printed = ink.mask.filter(ImageFilter.GaussianBlur(0.35 * s)).point(lambda v: int(v * st.opacity))
    image.paste(Image.new("RGB", (width, height), st.ink), (0, 0), printed)

    # rounded corners; outside them the white of a scanner lid
    corners = Image.new("L", (width, height), 0)
    ImageDraw.Draw(corners).rounded_rectangle([0, 0, width - 1, height - 1], radius=int(0.037 * width), fill=255)
    flat = Image.new("RGB", (width, height), (250, 250, 248))
    flat.paste(image, (0, 0), corners)
    return flat, corners, text_mask
