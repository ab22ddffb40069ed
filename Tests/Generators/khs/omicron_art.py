"""Drawing plumbing for the omicron families: a portrait or landscape sheet (a Canvas, so it can be
written born-digital), the polytechnic's cog-wheel logo, faux small capitals for English headings,
text fitted into a ruled cell, and the signature block with its NIP (the signature and stamp
pictures are kappa's, kappa_art.py)."""

from PIL import Image, ImageDraw

import kappa_art
import omicron_style as ost
from lambda_art import cog_outline
from canvas import Canvas
from sheet_fonts import Fonts

A4 = (1240, 1754)
INK = (22, 22, 28)
SUPER = 4


def sheet(rng, landscape=False, tall=3400):
    width = A4[1] if landscape else A4[0]
    tint = rng.choice([(255, 255, 255), (253, 253, 250), (250, 250, 246)])
    return Canvas(Image.new("RGB", (width, tall if not landscape else 2400), tint))


def finish(canvas, used, landscape=False, least=None):
    """The sheet cut below the last thing drawn, at least A4 high (or A4 wide when landscape), or
    at least `least` px for a slip torn off below the print."""
    width = canvas.size[0]
    floor = least if least is not None else (A4[0] if landscape else A4[1])
    canvas.image = canvas.image.crop((0, 0, width, max(floor, used + 80)))
    canvas.draw = ImageDraw.Draw(canvas.image)
    return canvas


def fonts(style):
    return Fonts(style["font"], ost.FONT_TABLE)


def cog(rng, diameter, colour):
    """A polytechnic logo: a cog wheel with a flame or a lightning bolt in its hub, RGBA."""
    d = diameter * SUPER
    image = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c, teeth = d / 2, rng.choice([10, 12, 14])
    draw.polygon(cog_outline(c, d, teeth, 0.49, 0.40), fill=colour)
    draw.ellipse((c - d * 0.31, c - d * 0.31, c + d * 0.31, c + d * 0.31), fill=(255, 255, 255, 255))
    draw.ellipse((c - d * 0.27, c - d * 0.27, c + d * 0.27, c + d * 0.27), outline=colour, width=d // 60)
    accent = rng.choice([(215, 160, 30, 255), (200, 40, 40, 255), (30, 90, 170, 255)])
    if rng.random() < 0.5:  # a lightning bolt
        w = d * 0.12
        draw.polygon([(c + w * 0.4, c - w * 1.9), (c - w * 0.9, c + w * 0.2), (c - w * 0.05, c + w * 0.2), (c - w * 0.5, c + w * 1.9),
                      (c + w * 0.9, c - w * 0.3), (c + w * 0.05, c - w * 0.3)], fill=accent)
    else:  # a flame over a book
        w = d * 0.15
        draw.polygon([(c - w * 1.3, c + w * 0.6), (c, c + w * 0.9), (c + w * 1.3, c + w * 0.6), (c + w * 1.3, c + w * 1.2),
                      (c, c + w * 1.5), (c - w * 1.3, c + w * 1.2)], fill=colour)
        draw.polygon([(c, c - w * 1.6), (c + w * 0.6, c - w * 0.2), (c + w * 0.35, c + w * 0.5), (c - w * 0.35, c + w * 0.5),
                      (c - w * 0.6, c - w * 0.2)], fill=accent)
    return image.resize((diameter, diameter), Image.LANCZOS)


def small_caps(canvas, x, y, text, font_of, size, ink=INK, spacing=0.0):
    """`text` in faux small capitals, baseline at y: capitals at `size`, the rest upper-cased smaller.
    Returns the x after the text."""
    small = max(8, round(size * 0.78))
    for k, word in enumerate(text.split(" ")):
        if k:
            x += font_of(size).getlength(" ") + spacing * 2
        for ch in word:
            big = not ch.isalpha() or ch.isupper()
            glyph = font_of(size if big else small)
            canvas.text((x, y), ch.upper(), font=glyph, fill=ink, anchor="ls")
            x += glyph.getlength(ch.upper()) + spacing
    return x


def small_caps_width(text, font_of, size, spacing=0.0):
    small = max(8, round(size * 0.78))
    width = 0.0
    for k, word in enumerate(text.split(" ")):
        width += (font_of(size).getlength(" ") + spacing * 2) if k else 0
        for ch in word:
            width += font_of(size if (not ch.isalpha() or ch.isupper()) else small).getlength(ch.upper()) + spacing
    return width


def cell(canvas, box, text, font, align="left", pad=8, ink=INK):
    """`text` in the ruled cell `box` (x0, y0, x1, y1), vertically centred."""
    x0, y0, x1, y1 = box
    middle = (y0 + y1) / 2
    if align == "centre":
        canvas.text(((x0 + x1) / 2, middle), text, font=font, fill=ink, anchor="mm")
    elif align == "right":
        canvas.text((x1 - pad, middle), text, font=font, fill=ink, anchor="rm")
    else:
        canvas.text((x0 + pad, middle), text, font=font, fill=ink, anchor="lm")


def signature_block(canvas, rng, x, y, lines, official, nip, body, bold, stamp_words=None, ink=INK):
    """Place and date / role lines, a signature (sometimes stamped), the official's name underlined
    and "NIP. ..." under it; returns the y under the block."""
    line = round(body.size * 1.45)
    for text in lines:
        canvas.text((x, y), text, font=body, fill=ink)
        y += line
    pen = rng.choice([(25, 35, 120), (20, 20, 30)])
    canvas.paste(kappa_art.signature(rng, 250, 90, pen), (x + rng.randint(0, 40), y))
    if stamp_words:
        canvas.paste(kappa_art.stamp(rng, 140, rng.choice([(60, 70, 160), (140, 50, 120)]), stamp_words, bold.path),
                     (x - rng.randint(60, 110), y - 30))
    y += 105
    canvas.text((x, y), official, font=bold, fill=ink)
    width = bold.getlength(official)
    canvas.line((x, y + bold.size + 3, x + width, y + bold.size + 3), fill=ink, width=1)
    y += line
    canvas.text((x, y), f"NIP. {nip}", font=body, fill=ink)
    return y + line
