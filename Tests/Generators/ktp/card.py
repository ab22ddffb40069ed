"""Draws an e-KTP: light-blue patterned stock, the PROVINSI / regency header, the NIK in an
OCR-A face, the label column with colons, a photo box, the place and date of issue and a
signature. Sizes are proportional to the card width so any resolution can be drawn."""
import math
import random

from PIL import Image, ImageDraw, ImageFont

FONTS = {
    "sans": ["/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    "bold": ["/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
    "narrow": ["/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"],
    "ocr": ["/usr/share/fonts/truetype/ocr-a/OCRA.ttf", "/usr/share/fonts/opentype/ocr-b/OCRB.otf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"],
}


def font(kind, size, rng=None):
    import os
    paths = [p for p in FONTS[kind] if os.path.exists(p)]
    if not paths:
        raise SystemExit(f"no font for {kind}: install fonts-liberation fonts-dejavu-core fonts-ocr-a")
    path = paths[0] if rng is None or kind == "ocr" else rng.choice(paths[:2] if len(paths) > 1 else paths)
    return ImageFont.truetype(path, size)


def background(width, height, rng):
    top = (rng.randint(190, 215), rng.randint(222, 238), rng.randint(238, 250))
    bottom = (rng.randint(160, 190), rng.randint(200, 225), rng.randint(228, 245))
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3)))
    line = (top[0] - 25, top[1] - 20, top[2] - 8)
    for k in range(14):
        phase, amplitude, period = rng.uniform(0, 6.28), rng.uniform(6, 22) * width / 1000, rng.uniform(80, 260) * width / 1000
        base = k * height / 14 + rng.uniform(-8, 8)
        points = [(x, base + amplitude * math.sin(phase + x / period * 6.28)) for x in range(0, width + 8, 8)]
        draw.line(points, fill=line, width=1)
    cx, cy = width * rng.uniform(0.35, 0.6), height * rng.uniform(0.45, 0.7)
    for r in range(20, int(width * 0.35), int(width * 0.03)):
        draw.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=line)
    return image


def draw_card(person, rng, width=1100):
    s = width / 1100
    height = int(width * 54 / 85.6)
    image = background(width, height, rng)
    draw = ImageDraw.Draw(image)
    ink = (rng.randint(0, 30), rng.randint(0, 30), rng.randint(0, 40))
    header = font("bold", int(30 * s))
    for y, text in ((18, "PROVINSI " + person["provinsi"]), (55, person["kota_kabupaten"])):
        w = draw.textlength(text, font=header)
        draw.text(((width - w) / 2, y * s), text, font=header, fill=ink)
    label_font, value_font = font("sans", int(22 * s), rng), font("sans", int(22 * s), rng)
    draw.text((30 * s, 112 * s), "NIK", font=font("bold", int(30 * s)), fill=ink)
    draw.text((215 * s, 110 * s), ":", font=font("bold", int(30 * s)), fill=ink)
    draw.text((240 * s, 108 * s), person["nik"], font=font("ocr", int(36 * s)), fill=ink)
    rows = [
        ("Nama", person["nama"], 30), ("Tempat/Tgl Lahir", f'{person["tempat_lahir"]}, {person["tanggal_lahir"]}', 30),
        ("Jenis Kelamin", person["jenis_kelamin"], 30), ("Alamat", person["alamat"], 30), ("RT/RW", person["rt_rw"], 60),
        ("Kel/Desa", person["kelurahan_desa"], 60), ("Kecamatan", person["kecamatan"], 60), ("Agama", person["agama"], 30),
        ("Status Perkawinan", person["status_perkawinan"], 30), ("Pekerjaan", person["pekerjaan"], 30),
        ("Kewarganegaraan", person["kewarganegaraan"], 30), ("Berlaku Hingga", person["berlaku_hingga"], 30),
    ]
    y = 168
    for label, value, x in rows:
        draw.text((x * s, y * s), label, font=label_font, fill=ink)
        draw.text((230 * s, y * s), ":", font=label_font, fill=ink)
        draw.text((248 * s, y * s), value, font=value_font, fill=ink)
        if label == "Jenis Kelamin":
            draw.text((520 * s, y * s), "Gol. Darah", font=label_font, fill=ink)
            draw.text((640 * s, y * s), ": " + person["golongan_darah"], font=value_font, fill=ink)
        y += rng.uniform(33.5, 35.5)
    photo(draw, rng, (805 * s, 120 * s, 1050 * s, 420 * s))
    small = font("sans", int(19 * s))
    for dy, text in ((440, person["_issued_in"]), (466, person["_issued_on"])):
        w = draw.textlength(text, font=small)
        draw.text((927 * s - w / 2, dy * s), text, font=small, fill=ink)
    signature(draw, rng, 850 * s, 520 * s, 160 * s, ink)
    return image


def photo(draw, rng, box):
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=(rng.randint(150, 200), rng.randint(40, 70), rng.randint(40, 70)) if rng.random() < 0.5 else (40, 80, 170))
    cx, w = (x0 + x1) / 2, x1 - x0
    skin = (rng.randint(170, 230), rng.randint(130, 180), rng.randint(100, 150))
    draw.ellipse([cx - w * 0.22, y0 + (y1 - y0) * 0.18, cx + w * 0.22, y0 + (y1 - y0) * 0.6], fill=skin)
    draw.pieslice([x0 + w * 0.05, y0 + (y1 - y0) * 0.62, x1 - w * 0.05, y1 + (y1 - y0) * 0.5], 180, 360, fill=(30, 30, 35))


def signature(draw, rng, x, y, width, ink):
    points = []
    for i in range(40):
        t = i / 39
        points.append((x + t * width, y + math.sin(t * rng.uniform(8, 16)) * 18 + rng.uniform(-6, 6)))
    draw.line(points, fill=ink, width=2)
