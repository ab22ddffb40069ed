"""The university logo on a lambda KHS, as an RGBA image: a toothed ring (a cog, as many faculties
of engineering draw it) around a flame over an open book, or a pentagon with a lotus. Drawn 4x
and reduced so edges are smooth. Signature, stamp and QR block come from kappa_art."""
import math

from PIL import Image, ImageDraw

SUPER = 4


def cog_outline(centre, d, teeth, outer, inner):
    """The outline of a cog of `teeth` teeth around `centre`: radii `outer` and `inner` times `d`."""
    points = []
    for k in range(teeth * 4):
        a = 2 * math.pi * k / (teeth * 4)
        r = d * (outer if (k // 2) % 2 == 0 else inner)
        points.append((centre + math.cos(a) * r, centre + math.sin(a) * r))
    return points


def logo(rng, size, colour, accent):
    d = size * SUPER
    image = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = d / 2
    if rng.random() < 0.5:  # cog ring
        teeth = rng.choice([12, 16, 20])
        draw.polygon(cog_outline(c, d, teeth, 0.5, 0.43), fill=colour)
        draw.ellipse((d * 0.14, d * 0.14, d * 0.86, d * 0.86), fill=(255, 255, 255, 255))
        draw.ellipse((d * 0.18, d * 0.18, d * 0.82, d * 0.82), outline=colour, width=d // 60)
        # flame over an open book
        draw.polygon([(c, d * 0.24), (c + d * 0.09, d * 0.42), (c + d * 0.05, d * 0.52), (c - d * 0.05, d * 0.52),
                      (c - d * 0.09, d * 0.42)], fill=accent)
        draw.polygon([(c, d * 0.56), (d * 0.28, d * 0.5), (d * 0.28, d * 0.68), (c, d * 0.74)], fill=colour)
        draw.polygon([(c, d * 0.56), (d * 0.72, d * 0.5), (d * 0.72, d * 0.68), (c, d * 0.74)], fill=colour)
    else:  # pentagon with a lotus
        corners = [(c + math.cos(-math.pi / 2 + 2 * math.pi * k / 5) * d * 0.5, c + 0.04 * d + math.sin(-math.pi / 2 + 2 * math.pi * k / 5) * d * 0.5)
                   for k in range(5)]
        draw.polygon(corners, fill=colour)
        inner = [(c + (x - c) * 0.84, c + 0.04 * d + (y - c - 0.04 * d) * 0.84) for x, y in corners]
        draw.polygon(inner, fill=(255, 255, 255, 255))
        for k in range(5):
            a = -math.pi / 2 + (k - 2) * 0.45
            tip = (c + math.cos(a) * d * 0.3, d * 0.62 + math.sin(a) * d * 0.3)
            left = (c + math.cos(a - 0.5) * d * 0.08, d * 0.62 + math.sin(a - 0.5) * d * 0.08)
            right = (c + math.cos(a + 0.5) * d * 0.08, d * 0.62 + math.sin(a + 0.5) * d * 0.08)
            draw.polygon([(c, d * 0.64), left, tip, right], fill=accent if k % 2 == 0 else colour)
        draw.rectangle((d * 0.3, d * 0.7, d * 0.7, d * 0.74), fill=colour)
    return image.resize((size, size), Image.LANCZOS)
