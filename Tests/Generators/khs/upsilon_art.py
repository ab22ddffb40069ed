"""Small drawing helpers the upsilon families share: a light tint of a colour, a signature block
that names the official's number by the label the institution uses (NIP at a state campus, NIDN or
NIK at a private one) with an optional stamp over its left edge, a page's footer line (the print's
address or reference at the left, "Halaman k dari n" at the right), and a dot-matrix print's paper
(continuous form with tractor holes, perforations and green bars) and the faint gaps between the
print head's pin rows. Pictures are kappa's (kappa_art.py)."""
from PIL import Image, ImageChops

import kappa_art

INK = (24, 24, 30)
GREY = (105, 105, 112)


def tint(colour, amount):
    """`colour` mixed with white: amount 0 keeps it, 1 gives white."""
    return tuple(round(c + (255 - c) * amount) for c in colour)


def sign(canvas, rng, x, y, lines, official, ident, fonts, stamp_words=None, ink=INK, stamp_shift=(70, 120)):
    """Place/date and role lines, the signature, the name (bold, underlined) and its number line
    (`ident`, e.g. "NIDN. 0612038101"); the stamp `stamp_shift` px left of x (negative: right of it);
    returns the y under it."""
    body, bold = fonts
    step = round(body.size * 1.4)
    for text in lines:
        canvas.text((x, y), text, font=body, fill=ink)
        y += step
    pen = rng.choice([(20, 40, 130), (30, 30, 40), (15, 60, 150)])
    canvas.paste(kappa_art.signature(rng, 230, 86, pen), (x + rng.randint(-10, 50), y + 4))
    if stamp_words:
        colour = rng.choice([(50, 70, 170), (120, 40, 140), (40, 90, 160)])
        canvas.paste(kappa_art.stamp(rng, 132, colour, stamp_words, bold.path), (x - rng.randint(*stamp_shift), y - rng.randint(0, 30)))
    y += 100
    canvas.text((x, y), official, font=bold, fill=ink)
    canvas.line((x, y + bold.size + 2, x + bold.getlength(official), y + bold.size + 2), fill=ink, width=1)
    y += step
    canvas.text((x, y), ident, font=body, fill=ink)
    return y + step


def footer(canvas, y, left, k, pages, font, margin=(70, 70), ink=GREY):
    """A footer line at y: a thin rule, `left` under it at the left margin and the page number at the right."""
    width = canvas.size[0]
    canvas.line((margin[0], y, width - margin[1], y), fill=ink, width=1)
    canvas.text((margin[0], y + 6), left, font=font, fill=ink)
    if pages > 1:
        text = f"Halaman {k + 1} dari {pages}"
        canvas.text((width - margin[1] - font.getlength(text), y + 6), text, font=font, fill=ink)
    return y + 6 + round(font.size * 1.3)


def continuous_form(style, canvas):
    """Tractor strips with holes and perforations, green bars: drawn on the raster only."""
    draw, (width, height) = canvas.draw, canvas.size
    if style["paper"] != "form":
        return 90
    if style["green"]:
        for top in range(75, height, 150):
            draw.rectangle((75, top, width - 76, top + 74), fill=(226, 240, 226))
    for x in (37, width - 38):
        for y in range(37, height, 75):
            draw.ellipse((x - 11, y - 11, x + 11, y + 11), fill=(172, 170, 166))
    for x in (75, width - 76):
        for y in range(0, height, 9):
            draw.line((x, y, x, y + 4), fill=(180, 180, 184))
    return 75 + 70


def pin_rows(image):
    """Faint gaps between the print head's dot rows: every third pixel row of the ink lightened."""
    ink = image.convert("L").point(lambda v: 255 if v < 150 else 0)
    rows = Image.new("L", image.size, 0)
    for y in range(0, image.size[1], 3):
        rows.paste(80, (0, y, image.size[0], y + 1))
    return Image.composite(Image.new("RGB", image.size, (250, 250, 250)), image, ImageChops.multiply(ink, rows))
