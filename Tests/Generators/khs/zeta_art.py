"""Pictures on a zeta transcript, as RGBA images: a shield-shaped university emblem, the student's
pas-foto (head and shoulders on a red or blue backdrop), a diagonal text watermark, and the pale
security-paper tint. Signature, stamp and code block come from kappa_art (the same kinds of
things look alike from one university to the next). Drawn 4x and reduced where edges show."""
import math

from PIL import Image, ImageDraw, ImageFont

SUPER = 4


def shield(rng, width, colour, accent):
    """A shield: coloured border, white field, a book under a star or a tower with wings."""
    w, h = width * SUPER, int(width * 1.18) * SUPER
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    outline = [(0, 0), (w, 0), (w, h * 0.55), (w / 2, h), (0, h * 0.55)]
    draw.polygon(outline, fill=colour)
    inset = w * 0.08
    inner = [(inset, inset), (w - inset, inset), (w - inset, h * 0.54), (w / 2, h - inset * 1.6), (inset, h * 0.54)]
    draw.polygon(inner, fill=(255, 255, 255, 255))
    cx = w / 2
    if rng.random() < 0.5:  # an open book under a five-pointed star
        draw.polygon([(cx, h * 0.56), (w * 0.2, h * 0.48), (w * 0.2, h * 0.66), (cx, h * 0.74)], fill=colour)
        draw.polygon([(cx, h * 0.56), (w * 0.8, h * 0.48), (w * 0.8, h * 0.66), (cx, h * 0.74)], fill=colour)
        r = w * 0.17
        draw.polygon([(cx + math.cos(-math.pi / 2 + math.pi * k / 5) * (r if k % 2 == 0 else r * 0.42),
                       h * 0.3 + math.sin(-math.pi / 2 + math.pi * k / 5) * (r if k % 2 == 0 else r * 0.42)) for k in range(10)], fill=accent)
    else:  # a tower between two wings
        draw.rectangle((cx - w * 0.07, h * 0.2, cx + w * 0.07, h * 0.7), fill=colour)
        draw.polygon([(cx - w * 0.11, h * 0.2), (cx, h * 0.1), (cx + w * 0.11, h * 0.2)], fill=accent)
        for side in (-1, 1):
            for k in range(4):
                y = h * (0.3 + 0.07 * k)
                draw.line((cx + side * w * 0.1, y, cx + side * w * (0.38 - 0.05 * k), y - h * 0.06), fill=accent, width=w // 28)
    draw.arc((w * 0.12, h * 0.05, w * 0.88, h * 0.95), 200, 340, fill=accent, width=w // 40)
    return image.resize((width, int(width * 1.18)), Image.LANCZOS)


def photo(rng, width, height):
    """A 3x4 pas-foto: red or blue backdrop, a face, hair or a headscarf, a dark jacket."""
    w, h = width * SUPER, height * SUPER
    back = rng.choice([(190, 30, 35), (30, 70, 160), (40, 110, 190)])
    image = Image.new("RGBA", (w, h), back + (255,))
    draw = ImageDraw.Draw(image)
    skin = rng.choice([(224, 182, 150), (198, 150, 112), (170, 120, 86), (140, 98, 70)])
    jacket = rng.choice([(25, 25, 35), (30, 40, 80), (60, 60, 65)])
    draw.ellipse((w * 0.05, h * 0.72, w * 0.95, h * 1.35), fill=jacket)
    draw.polygon([(w * 0.42, h * 0.72), (w * 0.5, h * 0.9), (w * 0.58, h * 0.72)], fill=(245, 245, 245))
    draw.rectangle((w * 0.42, h * 0.55, w * 0.58, h * 0.74), fill=skin)
    if rng.random() < 0.4:  # headscarf
        scarf = rng.choice([(240, 240, 235), (30, 30, 40), (120, 60, 90), (60, 90, 120)])
        draw.ellipse((w * 0.22, h * 0.12, w * 0.78, h * 0.74), fill=scarf)
        draw.ellipse((w * 0.32, h * 0.24, w * 0.68, h * 0.64), fill=skin)
    else:
        draw.ellipse((w * 0.28, h * 0.14, w * 0.72, h * 0.66), fill=skin)
        draw.chord((w * 0.26, h * 0.1, w * 0.74, h * 0.5), 180, 360, fill=(25, 20, 18))
    for ex in (0.41, 0.59):
        draw.ellipse((w * ex - w * 0.03, h * 0.38, w * ex + w * 0.03, h * 0.42), fill=(30, 25, 25))
    draw.arc((w * 0.42, h * 0.48, w * 0.58, h * 0.56), 20, 160, fill=(120, 60, 60), width=SUPER * 2)
    return image.resize((width, height), Image.LANCZOS)


def text_watermark(size, words, font_path, colour, alpha):
    """The university's short name repeated diagonally over the page, very pale."""
    w, h = size
    font = ImageFont.truetype(font_path, 64)
    tile = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(tile)
    step_x, step_y = int(font.getlength(words + "   ")), 190
    for row, y in enumerate(range(0, h * 2, step_y)):
        for x in range(-(row % 2) * step_x // 2, w * 2, step_x):
            draw.text((x, y), words, font=font, fill=colour + (alpha,))
    tile = tile.rotate(30, resample=Image.BICUBIC)
    return tile.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))


def tint(size, rng, colour):
    """Security paper: fine wavy lines in a pale colour over the whole sheet."""
    w, h = size
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    phase, period = rng.uniform(0, 6.28), rng.uniform(90, 160)
    for y0 in range(-40, h + 40, 14):
        points = [(x, y0 + 9 * math.sin(phase + x / period * 2 * math.pi + y0 / 97)) for x in range(0, w + 10, 10)]
        draw.line(points, fill=colour + (38,), width=1)
    return image
