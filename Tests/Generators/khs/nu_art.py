"""Pictures on a `nu` document, drawn as shapes (RGBA, pasted through Canvas.paste so a
born-digital twin carries them as images): the campus logo (a shield, a ring with a book or a
torch, a star), the faculty stamp (a translucent ring that sits over the signer's lines), a QR-like
verification square and a handwritten signature."""
import math

from PIL import Image, ImageDraw


def logo(rng, size, colour):
    picture = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    gold = (214, 170, 40, 255)
    ink = colour + (255,)
    if rng.random() < 0.5:  # shield
        w = size - 8
        draw.polygon([(4, 4), (4 + w, 4), (4 + w, size * 0.55), (size / 2, size - 4), (4, size * 0.55)], fill=ink)
        draw.polygon([(14, 14), (size - 14, 14), (size - 14, size * 0.52), (size / 2, size - 18), (14, size * 0.52)], fill=gold)
    else:  # ring
        draw.ellipse((2, 2, size - 3, size - 3), fill=ink)
        draw.ellipse((12, 12, size - 13, size - 13), fill=gold)
        for k in range(24):
            a = 2 * math.pi * k / 24
            r0, r1 = size / 2 - 10, size / 2 - 3
            draw.line((size / 2 + r0 * math.cos(a), size / 2 + r0 * math.sin(a), size / 2 + r1 * math.cos(a), size / 2 + r1 * math.sin(a)),
                      fill=gold, width=2)
    c = size / 2
    if rng.random() < 0.5:  # an open book
        draw.polygon([(c - size * 0.28, c), (c, c + size * 0.08), (c, c + size * 0.24), (c - size * 0.28, c + size * 0.16)], fill=ink)
        draw.polygon([(c + size * 0.28, c), (c, c + size * 0.08), (c, c + size * 0.24), (c + size * 0.28, c + size * 0.16)], fill=ink)
    else:  # a torch
        draw.rectangle((c - 4, c - 2, c + 4, c + size * 0.25), fill=ink)
        draw.polygon([(c - 12, c - 2), (c + 12, c - 2), (c, c - size * 0.1)], fill=ink)
    points = [(c + (size * (0.13 if k % 2 else 0.05)) * math.cos(math.pi / 2 + k * math.pi / 5),
               c - size * 0.25 - (size * (0.13 if k % 2 else 0.05)) * math.sin(math.pi / 2 + k * math.pi / 5)) for k in range(10)]
    draw.polygon(points, fill=(255, 255, 255, 255) if rng.random() < 0.5 else ink)
    return picture


def stamp(rng, size, font, words):
    """A round rubber stamp in violet or blue ink, translucent so the text under it still reads."""
    ink = rng.choice([(80, 50, 170), (30, 70, 170), (60, 60, 150)])
    alpha = rng.randint(95, 135)
    picture = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((2, 2, size - 3, size - 3), outline=ink + (alpha,), width=5)
    draw.ellipse((size * 0.2, size * 0.2, size * 0.8, size * 0.8), outline=ink + (alpha,), width=2)
    radius = size / 2 - 17
    letters = list(words[:34])
    for k, letter in enumerate(letters):
        a = math.pi + 2 * math.pi * k / len(letters)
        draw.text((size / 2 + radius * math.cos(a), size / 2 + radius * math.sin(a)), letter, font=font, fill=ink + (alpha,), anchor="mm")
    draw.text((size / 2, size / 2), "*", font=font, fill=ink + (alpha,), anchor="mm")
    return picture.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def code_square(rng, modules=25, cell=5):
    """A QR-like square: three finder patterns and seeded modules (not a decodable code)."""
    size = modules * cell
    picture = Image.new("RGBA", (size + 2 * cell, size + 2 * cell), (255, 255, 255, 255))
    draw = ImageDraw.Draw(picture)
    for row in range(modules):
        for col in range(modules):
            finder = (row < 8 and col < 8) or (row < 8 and col >= modules - 8) or (row >= modules - 8 and col < 8)
            if not finder and rng.random() < 0.5:
                x, y = (col + 1) * cell, (row + 1) * cell
                draw.rectangle((x, y, x + cell - 1, y + cell - 1), fill=(0, 0, 0, 255))
    for fx, fy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        x, y = (fx + 1) * cell, (fy + 1) * cell
        draw.rectangle((x, y, x + 7 * cell - 1, y + 7 * cell - 1), fill=(0, 0, 0, 255))
        draw.rectangle((x + cell, y + cell, x + 6 * cell - 1, y + 6 * cell - 1), fill=(255, 255, 255, 255))
        draw.rectangle((x + 2 * cell, y + 2 * cell, x + 5 * cell - 1, y + 5 * cell - 1), fill=(0, 0, 0, 255))
    return picture


def signature(rng, width, height):
    picture = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    ink = rng.choice([(20, 30, 120, 255), (20, 20, 25, 255)])
    x, y, points = 10.0, height * 0.6, []
    for _ in range(rng.randint(5, 8)):
        for t in range(12):
            points.append((x + t * 3, y + math.sin(t / 2.0) * rng.uniform(10, height * 0.35)))
        x += 36
        y = min(height - 10, max(10, y + rng.uniform(-12, 12)))
    draw.line([p for p in points if p[0] < width - 5], fill=ink, width=3, joint="curve")
    draw.line((20, height - 12, min(width - 10, x), height - 20), fill=ink, width=2)
    return picture
