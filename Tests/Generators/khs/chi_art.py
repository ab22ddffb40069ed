"""Pictures and light for the chi families: a Garuda-like emblem in a box (a shield under spread
wings, drawn in a few strokes, not the real arms), and the uneven light of a page photographed on a
desk (one side brighter, a soft shadow from the phone across a corner), changing the raster only."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter


def emblem(size, ink=(60, 60, 60)):
    """An RGBA picture: a bordered box with a stylised bird over a shield."""
    s = size
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rectangle((0, 0, s - 1, s - 1), outline=ink + (255,), width=max(2, s // 50))
    cx, cy = s / 2, s * 0.5
    for side in (-1, 1):
        for k in range(5):  # feathers of a wing
            a = math.radians(200 - k * 16) if side < 0 else math.radians(-20 + k * 16)
            r = s * (0.36 - k * 0.025)
            d.line((cx + side * s * 0.06, cy - s * 0.05, cx + r * math.cos(a) * 1.0, cy - s * 0.05 - abs(r * math.sin(a)) - s * 0.06),
                   fill=ink + (255,), width=max(2, s // 40))
    d.ellipse((cx - s * 0.07, s * 0.16, cx + s * 0.07, s * 0.3), fill=ink + (255,))
    d.polygon([(cx - s * 0.16, cy - s * 0.08), (cx + s * 0.16, cy - s * 0.08), (cx + s * 0.16, cy + s * 0.12),
               (cx, cy + s * 0.26), (cx - s * 0.16, cy + s * 0.12)], outline=ink + (255,), fill=(255, 255, 255, 255))
    d.line((cx - s * 0.16, cy + s * 0.02, cx + s * 0.16, cy + s * 0.02), fill=ink + (255,), width=max(2, s // 60))
    d.line((cx, cy - s * 0.08, cx, cy + s * 0.26), fill=ink + (255,), width=max(2, s // 60))
    for side in (-1, 1):
        d.line((cx + side * s * 0.08, cy + s * 0.26, cx + side * s * 0.22, cy + s * 0.34), fill=ink + (255,), width=max(2, s // 50))
    d.rectangle((cx - s * 0.28, s * 0.82, cx + s * 0.28, s * 0.9), outline=ink + (255,), width=max(1, s // 80))
    return image


def uneven_light(image, rng):
    """Multiplies a gradient (one side up to 30 % darker) and perhaps a soft shadow over a corner."""
    w, h = image.size
    small = Image.new("L", (64, 64))
    angle, depth = rng.uniform(0, 2 * math.pi), rng.uniform(0.12, 0.3)
    for y in range(64):
        for x in range(64):
            t = ((x - 32) * math.cos(angle) + (y - 32) * math.sin(angle)) / 45 + 0.5
            small.putpixel((x, y), round(255 * (1 - depth * max(0.0, min(1.0, t)))))
    shade = small.resize((w, h), Image.BILINEAR)
    if rng.random() < 0.5:
        cover = Image.new("L", (w, h), 255)
        corner = rng.choice([(0, 0), (w, 0), (0, h), (w, h)])
        r = rng.uniform(0.25, 0.4) * w
        ImageDraw.Draw(cover).ellipse((corner[0] - r, corner[1] - r, corner[0] + r, corner[1] + r), fill=round(255 * rng.uniform(0.72, 0.85)))
        shade = ImageChops.multiply(shade, cover.filter(ImageFilter.GaussianBlur(w / 25)))
    warm = Image.merge("RGB", (shade, shade, shade.point(lambda v: round(v * 0.96))))
    return ImageChops.multiply(image.convert("RGB"), warm)
