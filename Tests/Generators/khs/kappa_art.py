"""Pictures on a kappa transcript, as RGBA images: the university emblem (also a faint watermark),
the signature, the round faculty stamp, and a verification-code block. Drawn 4x and reduced so
edges are smooth, as a printed emblem or a scanned stamp image is."""
import math

from PIL import Image, ImageDraw

SUPER = 4


def _reduce(image, size):
    return image.resize(size, Image.LANCZOS)


def emblem(rng, diameter, colour, accent):
    """A round emblem: outer ring, a dotted inner ring, a star or a shield with a torch, rays."""
    d = diameter * SUPER
    image = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, d - 1, d - 1), fill=colour)
    draw.ellipse((d * 0.07, d * 0.07, d * 0.93, d * 0.93), fill=(255, 255, 255, 255))
    draw.ellipse((d * 0.11, d * 0.11, d * 0.89, d * 0.89), outline=colour, width=max(2, d // 90))
    for k in range(36):
        a = 2 * math.pi * k / 36
        x, y = d / 2 + math.cos(a) * d * 0.41, d / 2 + math.sin(a) * d * 0.41
        draw.ellipse((x - d * 0.012, y - d * 0.012, x + d * 0.012, y + d * 0.012), fill=colour)
    c = d / 2
    if rng.random() < 0.5:
        points = []
        for k in range(10):
            r = d * (0.3 if k % 2 == 0 else 0.12)
            a = -math.pi / 2 + math.pi * k / 5
            points.append((c + math.cos(a) * r, c + math.sin(a) * r))
        draw.polygon(points, fill=accent)
    else:
        w = d * 0.26
        draw.polygon([(c - w, c - w * 1.1), (c + w, c - w * 1.1), (c + w, c + w * 0.3), (c, c + w * 1.25), (c - w, c + w * 0.3)], fill=colour)
        draw.polygon([(c - w * 0.18, c + w * 0.6), (c + w * 0.18, c + w * 0.6), (c + w * 0.28, c - w * 0.2), (c - w * 0.28, c - w * 0.2)], fill=accent)
        draw.ellipse((c - w * 0.3, c - w * 0.85, c + w * 0.3, c - w * 0.2), fill=accent)
    for k in range(rng.randint(5, 9)):
        a = math.pi * (0.15 + 0.7 * k / 8)
        draw.line((c + math.cos(a) * d * 0.2, c + math.sin(a) * d * 0.2, c + math.cos(a) * d * 0.33, c + math.sin(a) * d * 0.33),
                  fill=accent, width=max(2, d // 80))
    return _reduce(image, (diameter, diameter))


def faint(picture, strength):
    """The picture as a pale watermark (alpha scaled down)."""
    alpha = picture.getchannel("A").point(lambda v: int(v * strength))
    faded = picture.copy()
    faded.putalpha(alpha)
    return faded


def signature(rng, width, height, ink):
    """A hand signature: a few connected loops and a final stroke, pen ink."""
    w, h = width * SUPER, height * SUPER
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points, x = [], w * 0.08
    phase, loops = rng.uniform(0, 6.28), rng.randint(4, 8)
    for k in range(220):
        t = k / 219
        x = w * (0.08 + 0.78 * t)
        y = h * (0.55 + 0.3 * math.sin(phase + t * loops * 2 * math.pi) * (1 - 0.5 * t) + 0.05 * math.sin(t * 31))
        points.append((x + w * 0.05 * math.cos(phase + t * loops * 2 * math.pi), y))
    draw.line(points, fill=ink + (235,), width=3 * SUPER, joint="curve")
    y0 = h * rng.uniform(0.65, 0.85)
    draw.line([(w * 0.1, y0), (w * 0.55, y0 - h * 0.1), (w * 0.95, y0 - h * rng.uniform(0.05, 0.3))], fill=ink + (235,), width=2 * SUPER)
    return _reduce(image, (width, height))


def stamp(rng, diameter, ink, words, font_path):
    """A round rubber stamp: two rings, the institution's name around, a star; half-transparent."""
    from PIL import ImageFont
    d = diameter * SUPER
    image = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    colour = ink + (rng.randint(150, 200),)
    draw.ellipse((4, 4, d - 5, d - 5), outline=colour, width=d // 40)
    draw.ellipse((d * 0.2, d * 0.2, d * 0.8, d * 0.8), outline=colour, width=d // 70)
    glyph = ImageFont.truetype(font_path, int(d * 0.085))
    text = words[: 34]
    span = min(2 * math.pi * 0.85, len(text) * 0.19)
    for k, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / len(text)
        tile = Image.new("RGBA", (int(d * 0.12), int(d * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=glyph, fill=colour, anchor="mm")
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x, y = d / 2 + math.cos(a) * d * 0.39, d / 2 + math.sin(a) * d * 0.39
        image.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    c, r = d / 2, d * 0.12
    draw.polygon([(c + math.cos(-math.pi / 2 + math.pi * k / 5) * (r if k % 2 == 0 else r * 0.4),
                   c + math.sin(-math.pi / 2 + math.pi * k / 5) * (r if k % 2 == 0 else r * 0.4)) for k in range(10)], fill=colour)
    return _reduce(image.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC), (diameter, diameter))


def code_block(rng, modules=25, cell=5):
    """A square two-dimensional code block (three finder squares, seeded modules)."""
    size = modules * cell
    image = Image.new("RGBA", (size + 2 * cell, size + 2 * cell), (255, 255, 255, 255))
    draw = ImageDraw.Draw(image)

    def box(mx, my, n, fill):
        draw.rectangle((cell + mx * cell, cell + my * cell, cell + (mx + n) * cell - 1, cell + (my + n) * cell - 1), fill=fill)

    finders = [(0, 0), (modules - 7, 0), (0, modules - 7)]
    for mx in range(modules):
        for my in range(modules):
            if not any(fx - 1 <= mx <= fx + 7 and fy - 1 <= my <= fy + 7 for fx, fy in finders) and rng.random() < 0.5:
                box(mx, my, 1, (0, 0, 0, 255))
    for fx, fy in finders:
        box(fx, fy, 7, (0, 0, 0, 255))
        box(fx + 1, fy + 1, 5, (255, 255, 255, 255))
        box(fx + 2, fy + 2, 3, (0, 0, 0, 255))
    return image
