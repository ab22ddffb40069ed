"""Paper and scan effects for the phi families: security paper with a guilloche (a rosette of
interlaced hypotrochoids in the middle, wavy ribbons along the top and bottom edges and a fine
moire of crossing sine lines over the sheet) printed in a pale colour UNDER the text, and a page
laid crooked on the scanner glass (turned 2-4 degrees, the uncovered corners the grey of the
scanner lid). Both change only the raster; a born-digital PDF keeps its text where it was drawn.
Pictures (emblem, code block, stamp, signature, pas-foto) are kappa's and zeta's."""
import math

from PIL import Image, ImageChops, ImageDraw

SUPER = 2


def _rosette(draw, cx, cy, radius, colour, rng):
    big, small = radius, radius * rng.uniform(0.28, 0.4)
    reach = small * rng.uniform(0.7, 1.2)
    for turn in range(rng.randint(5, 8)):
        shift = turn * math.pi / 36
        points = []
        for step in range(0, 1441):
            t = step / 1440 * 2 * math.pi * 7
            x = (big - small) * math.cos(t) + reach * math.cos((big - small) / small * t + shift)
            y = (big - small) * math.sin(t) - reach * math.sin((big - small) / small * t + shift)
            points.append((cx + x * 0.9, cy + y * 0.9))
        draw.line(points, fill=colour, width=SUPER)


def _ribbon(draw, width, y0, colour, rng):
    period, phase = rng.uniform(120, 200) * SUPER, rng.uniform(0, 6.3)
    for k in range(9):
        amplitude = (14 + 3 * k) * SUPER
        points = [(x, y0 + amplitude * math.sin(phase + x / period * 2 * math.pi + k * 0.35)) for x in range(0, width + 8, 8)]
        draw.line(points, fill=colour, width=SUPER)


def guilloche(size, rng, colour):
    """An RGB sheet: white with the pale guilloche, to be multiplied under a printed page."""
    w, h = size[0] * SUPER, size[1] * SUPER
    image = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    faint = tuple(round(c + (255 - c) * 0.35) for c in colour)
    period = rng.uniform(160, 260) * SUPER
    for y0 in range(-60 * SUPER, h + 60 * SUPER, 22 * SUPER):  # the crossing moire over the whole sheet
        for sign in (1, -1):
            points = [(x, y0 + sign * 10 * SUPER * math.sin(x / period * 2 * math.pi + y0 / 300)) for x in range(0, w + 12, 12)]
            draw.line(points, fill=faint, width=1)
    _rosette(draw, w / 2, h * rng.uniform(0.42, 0.55), min(w, h) * 0.3, colour, rng)
    _ribbon(draw, w, 70 * SUPER, colour, rng)
    _ribbon(draw, w, h - 70 * SUPER, colour, rng)
    return image.resize(size, Image.LANCZOS)


def finish_paper(canvas, style, rng, scanned):
    """Security paper under the print when the style has it, then the crooked scan when the style
    has one and the page is a photo or scan. Draws the same random numbers either way."""
    pattern = guilloche(canvas.size, rng, style["paper"]) if style["guilloche"] else None
    turn = style["skew"] + rng.uniform(-0.3, 0.3) if style["skew"] else 0.0
    if not scanned:
        return
    if pattern is not None:
        canvas.image = ImageChops.multiply(canvas.image.convert("RGB"), pattern)
    if turn:
        lid = (208, 208, 204)
        canvas.image = canvas.image.rotate(turn, resample=Image.BICUBIC, expand=True, fillcolor=lid)
    canvas.draw = ImageDraw.Draw(canvas.image)


def zebra(canvas, box, colour):
    """A shaded band behind one table row (a portal print's alternate rows: no ruling lines)."""
    canvas.rectangle(box, fill=colour)
