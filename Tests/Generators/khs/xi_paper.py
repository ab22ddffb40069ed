"""Drawing plumbing the three xi families share: a blank A4-wide sheet (a Canvas, so it can also be
written born-digital), the style's fonts, outlined boxes, right-aligned and centred text, and the
sheet cut to what was drawn (never shorter than A4)."""
from PIL import Image, ImageDraw

import xi_style as xs
from canvas import Canvas
from sheet_fonts import Fonts

WIDTH, A4 = 1240, 1754
INK = (25, 25, 30)


def sheet(rng, tall=3600):
    tint = rng.choice([(255, 255, 255), (255, 255, 255), (252, 251, 246), (248, 248, 244)])
    return Canvas(Image.new("RGB", (WIDTH, tall), tint))


def fonts(style):
    return Fonts(style["font"], xs.FONT_TABLE)


def box(canvas, xy, ink=INK, width=1):
    x0, y0, x1, y1 = xy
    canvas.line((x0, y0, x1, y0, x1, y1, x0, y1, x0, y0), fill=ink, width=width)


def right(canvas, x, y, text, font, ink=INK):
    canvas.text((x - font.getlength(text), y), text, font=font, fill=ink)


def centre(canvas, x, y, text, font, ink=INK):
    canvas.text((x - font.getlength(text) / 2, y), text, font=font, fill=ink)


def finish(canvas, used):
    """The sheet cut below the last thing drawn (`used` px), at least A4 high."""
    canvas.image = canvas.image.crop((0, 0, WIDTH, max(A4, used + 90)))
    canvas.draw = ImageDraw.Draw(canvas.image)
    return canvas
