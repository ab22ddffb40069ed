"""Pictures and the way a psi page reached the reader: a round "DILEGALISIR" stamp (the office's name
around, the word across the middle), a photocopier's finish (grey toner background, darker edges,
speckle, a drum streak, thicker strokes, a slight skew, one margin cut off and the lid's dark band
beside another) and a phone photo of a printed page held at an angle (a real keystone from a
homography, a page curl along one edge, a fold crease, a soft shadow across part of the page and
uneven light). These change the raster only; the born-digital --text-pdf twin skips them."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from degrade import lighting, perspective_coefficients, surface
from texture import seeded_noise

SUPER = 3


def legal_stamp(rng, diameter, ink, ring, font_path):
    """A round stamp: two rings, `ring` around, DILEGALISIR across a band; half-transparent ink."""
    d = diameter * SUPER
    image = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    colour = ink + (rng.randint(110, 150),)
    draw.ellipse((4, 4, d - 5, d - 5), outline=colour, width=d // 36)
    draw.ellipse((d * 0.17, d * 0.17, d * 0.83, d * 0.83), outline=colour, width=d // 80)
    glyph = ImageFont.truetype(font_path, int(d * 0.08))
    text = ring.upper()[:40]
    span = min(2 * math.pi * 0.9, len(text) * 0.16)
    for k, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / len(text)
        tile = Image.new("RGBA", (int(d * 0.12), int(d * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=glyph, fill=colour, anchor="mm")
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x, y = d / 2 + math.cos(a) * d * 0.4, d / 2 + math.sin(a) * d * 0.4
        image.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    band = ImageFont.truetype(font_path, int(d * 0.1))
    draw.rectangle((d * 0.1, d * 0.43, d * 0.9, d * 0.57), outline=colour, width=d // 90)
    draw.text((d / 2, d * 0.5), "DILEGALISIR", font=band, fill=colour, anchor="mm")
    image = image.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
    return image.resize((diameter, diameter), Image.LANCZOS)


def photocopy(image, rng, toner):
    """A photocopy of the page (grey, RGB out) and what was done."""
    g = image.convert("L")
    if toner:
        g = g.filter(ImageFilter.MinFilter(3))  # toner spread: every stroke a pixel heavier
    w, h = g.size
    paper = rng.randint(196, 226)
    g = g.point(lambda v: round(paper * (v / 255) ** 1.25))
    field = Image.new("L", (32, 32))
    for y in range(32):
        for x in range(32):
            edge = max(abs(x - 15.5), abs(y - 15.5)) / 15.5
            field.putpixel((x, y), round(255 * (1 - 0.35 * max(0.0, edge - 0.6) / 0.4)))
    g = ImageChops.multiply(g, field.resize((w, h), Image.BILINEAR).filter(ImageFilter.GaussianBlur(20)))
    draw = ImageDraw.Draw(g)
    for _ in range(int(w * h / rng.randint(6000, 12000))):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.4, 1.6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(30, 110))
    streak = Image.new("L", (w, h), 255)  # a drum streak: greys the paper, never lightens the print
    for _ in range(rng.randint(0, 2)):
        x = rng.uniform(0.05, 0.95) * w
        ImageDraw.Draw(streak).line((x, 0, x + rng.uniform(-4, 4), h), fill=paper - rng.randint(30, 55), width=rng.randint(1, 2))
    g = ImageChops.darker(g, streak)
    g = ImageChops.add(g, seeded_noise(rng, (w, h), rng.uniform(4, 8)), scale=1.0, offset=-128)
    angle = rng.choice([-1, 1]) * rng.uniform(0.4, 1.5)
    lid = rng.randint(40, 95)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=lid)
    extra_w, extra_h = (g.size[0] - w) // 2, (g.size[1] - h) // 2
    cut, side = rng.randint(16, 40), rng.choice(["left", "right", "top"])
    box = [extra_w, extra_h, extra_w + w, extra_h + h]
    box[{"left": 0, "right": 2, "top": 1}[side]] += cut if side != "right" else -cut
    g = g.crop(tuple(box))
    band = rng.randint(14, 36)
    out = Image.new("L", (g.size[0] + (band if side != "right" else band), g.size[1]), lid)
    out.paste(g, (0 if side != "right" else band, 0))  # the lid's dark band where the sheet ended
    return out.convert("RGB"), {"name": "photocopy", "skew": round(angle, 2), "cut": side, "toner": toner}


def _shade_page(page, rng, style):
    """Crease and curl shading on the flat page (before the camera sees it)."""
    w, h = page.size
    shade = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(shade)
    info = {}
    if style.get("fold"):
        y = round(h * rng.choice([1 / 3, 2 / 3]) + rng.uniform(-20, 20))
        draw.rectangle((0, y - 5, w, y), fill=205)
        draw.rectangle((0, y + 1, w, y + 6), fill=250)
        info["fold_y"] = y
    if style.get("curl") in ("right", "bottom"):
        for k in range(60):
            v = round(255 * (1 - 0.28 * (k / 60) ** 2))
            if style["curl"] == "right":
                draw.line((w - 120 + 2 * k, 0, w - 120 + 2 * k, h), fill=v, width=2)
            else:
                draw.line((0, h - 120 + 2 * k, w, h - 120 + 2 * k), fill=v, width=2)
    shade = shade.filter(ImageFilter.GaussianBlur(2))
    return ImageChops.multiply(page, Image.merge("RGB", [shade] * 3)), info


def phone_photo(image, rng, style):
    """The page photographed at an angle on a desk. Returns (photo, page scale in it, what was done)."""
    page, info = _shade_page(image.convert("RGB"), rng, style)
    w, h = page.size
    out_w = round(w * rng.uniform(1.1, 1.2))
    out_h = max(round(out_w * 4 / 3), round(h * 1.08))
    keystone = rng.uniform(0.05, 0.12)
    side = rng.uniform(-0.03, 0.03)
    top, bottom = w * (1 - keystone), w
    quad = [(-top / 2, -h / 2), (top / 2, -h / 2 + side * w), (bottom / 2, h / 2), (-bottom / 2, h / 2 - side * w)]
    angle = math.radians(rng.uniform(-3, 3))
    quad = [(x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)) for x, y in quad]
    quad = [(x + rng.uniform(-0.006, 0.006) * w, y + rng.uniform(-0.006, 0.006) * w) for x, y in quad]
    span_x = max(p[0] for p in quad) - min(p[0] for p in quad)
    span_y = max(p[1] for p in quad) - min(p[1] for p in quad)
    scale = min(out_w * 0.93 / span_x, out_h * 0.95 / span_y)
    cx, cy = out_w / 2 + rng.uniform(-0.02, 0.02) * out_w, out_h / 2 + rng.uniform(-0.015, 0.015) * out_h
    quad = [(cx + x * scale, cy + y * scale) for x, y in quad]
    a, b, c, d, e, f, g, k = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], quad)
    lift = rng.uniform(8, 18) * rng.choice([-1, 1])
    kink = rng.uniform(1, 3) if "fold_y" in info else 0.0

    def source(x, y):
        z = g * x + k * y + 1
        sx, sy = (a * x + b * y + c) / z, (d * x + e * y + f) / z
        if style.get("curl") == "right":
            t = max(0.0, (sx - (w - 180)) / 180)
            sy, sx = sy + lift * t * t, sx + 0.25 * abs(lift) * t * t
        elif style.get("curl") == "bottom":
            t = max(0.0, (sy - (h - 180)) / 180)
            sx, sy = sx + lift * t * t, sy + 0.25 * abs(lift) * t * t
        if kink and sy > info["fold_y"]:
            sy += kink * min(1.0, (sy - info["fold_y"]) / 6)
        return sx, sy

    step, mesh = 32, []
    for y0 in range(0, out_h, step):
        for x0 in range(0, out_w, step):
            x1, y1 = min(x0 + step, out_w), min(y0 + step, out_h)
            corners = [source(x0, y0), source(x0, y1), source(x1, y1), source(x1, y0)]
            mesh.append(((x0, y0, x1, y1), tuple(v for p in corners for v in p)))
    warped = page.transform((out_w, out_h), Image.MESH, mesh, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((out_w, out_h), Image.MESH, mesh, Image.BILINEAR)
    desk = surface(out_w, out_h, rng)
    drop = ImageChops.offset(mask.filter(ImageFilter.GaussianBlur(10)), 6, 10).point(lambda v: v * 0.4)
    desk = Image.composite(Image.new("RGB", desk.size, (0, 0, 0)), desk, drop)
    photo = Image.composite(warped, desk, mask)
    cover = Image.new("L", (out_w, out_h), 0)  # the phone's and hand's shadow over part of the page
    corner = rng.choice([(0, 0), (out_w, 0), (0, out_h), (out_w, out_h)])
    r = rng.uniform(0.35, 0.55) * out_w
    ImageDraw.Draw(cover).ellipse((corner[0] - r, corner[1] - r * 1.3, corner[0] + r, corner[1] + r * 1.3),
                                  fill=round(255 * rng.uniform(0.2, 0.38)))
    cover = cover.filter(ImageFilter.GaussianBlur(out_w / 18)).point(lambda v: 255 - v)
    photo = ImageChops.multiply(photo, Image.merge("RGB", [cover] * 3))
    photo, light = lighting(photo, rng, rng.uniform(0.2, 0.5))
    least = min(math.dist(quad[0], quad[1]), math.dist(quad[3], quad[2])) / w
    info.update(name="phone_photo", keystone=round(keystone, 3), curl=style.get("curl"), shadow=True, light=light)
    return photo, least, info
