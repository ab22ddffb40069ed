"""Pictures and small drawing helpers for the pi families, as RGBA images drawn 4x and reduced: an
Islamic university's emblem (an eight-pointed star of two squares with a crescent and a book), an
open-university logo (an open book under a rising sun in a ring), and a ruled-table helper. Pages,
signatures and stamps are omicron's and kappa's (omicron_art.py, kappa_art.py)."""
import math

from PIL import Image, ImageDraw

SUPER = 4


def octagram(rng, diameter, colour):
    d = diameter * SUPER
    image = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = d / 2
    for turn in (0, math.pi / 4):
        r = d * 0.49
        draw.polygon([(c + r * math.cos(turn + math.pi / 4 + k * math.pi / 2), c + r * math.sin(turn + math.pi / 4 + k * math.pi / 2))
                      for k in range(4)], fill=colour)
    draw.ellipse((c - d * 0.3, c - d * 0.3, c + d * 0.3, c + d * 0.3), fill=(255, 255, 255, 255))
    accent = rng.choice([(200, 160, 40, 255), (20, 110, 60, 255), (30, 60, 140, 255)])
    draw.ellipse((c - d * 0.2, c - d * 0.22, c + d * 0.16, c + d * 0.14), fill=accent)  # the crescent
    draw.ellipse((c - d * 0.12, c - d * 0.25, c + d * 0.2, c + d * 0.07), fill=(255, 255, 255, 255))
    w = d * 0.2  # an open book under it
    draw.polygon([(c - w, c + w * 0.45), (c, c + w * 0.75), (c + w, c + w * 0.45), (c + w, c + w * 1.05), (c, c + w * 1.3),
                  (c - w, c + w * 1.05)], fill=colour)
    draw.line([(c, c + w * 0.75), (c, c + w * 1.3)], fill=(255, 255, 255, 255), width=max(2, d // 100))
    return image.resize((diameter, diameter), Image.LANCZOS)


def open_book(rng, diameter, colour):
    d = diameter * SUPER
    image = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = d / 2
    draw.ellipse((0, 0, d - 1, d - 1), fill=colour)
    draw.ellipse((d * 0.06, d * 0.06, d * 0.94, d * 0.94), fill=(255, 255, 255, 255))
    sun = rng.choice([(235, 170, 30, 255), (220, 90, 40, 255)])
    draw.pieslice((c - d * 0.28, c - d * 0.36, c + d * 0.28, c + d * 0.2), 180, 360, fill=sun)
    for k in range(7):
        a = math.pi + math.pi * (k + 0.5) / 7
        draw.line([(c + math.cos(a) * d * 0.31, c - d * 0.08 + math.sin(a) * d * 0.31),
                   (c + math.cos(a) * d * 0.4, c - d * 0.08 + math.sin(a) * d * 0.4)], fill=sun, width=d // 50)
    w = d * 0.32
    for side in (-1, 1):
        draw.polygon([(c, c - d * 0.02), (c + side * w, c - d * 0.08), (c + side * w, c + d * 0.2), (c, c + d * 0.26)], fill=colour)
        for k in range(3):
            y = c + d * (0.03 + 0.06 * k)
            draw.line([(c + side * w * 0.15, y), (c + side * w * 0.85, y - d * 0.05)], fill=(255, 255, 255, 255), width=d // 90)
    return image.resize((diameter, diameter), Image.LANCZOS)


def grid(canvas, xs, top, bottom, rows_y, ink, width=1, vertical=True):
    """Rules a table: the outer frame, a line at each y in rows_y, and column lines at xs."""
    left, right = xs[0], xs[-1]
    canvas.line((left, top, right, top), fill=ink, width=width)
    canvas.line((left, bottom, right, bottom), fill=ink, width=width)
    for y in rows_y:
        canvas.line((left, y, right, y), fill=ink, width=1)
    if vertical:
        for x in xs:
            canvas.line((x, top, x, bottom), fill=ink, width=width if x in (left, right) else 1)
