"""A page drawn with Pillow that also remembers what was drawn, so the same page can be written
as a born-digital PDF (textpdf.py): text runs with their font and baseline, ruling lines, filled
rectangles, and pasted pictures (logo, stamp, signature, QR block).

Drawing through a Canvas gives exactly the pixels ImageDraw would: every call is forwarded.
"""
from PIL import Image, ImageDraw


class Canvas:
    def __init__(self, image):
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.ops = []

    @property
    def size(self):
        return self.image.size

    def text(self, xy, text, font, fill, anchor=None):
        self.draw.text(xy, text, font=font, fill=fill, anchor=anchor)
        if not text.strip():
            return
        # the baseline-left origin of the run: Pillow's box for the anchor used, shifted to "ls"
        box = font.getbbox(text, anchor=anchor or "la")
        base = font.getbbox(text, anchor="ls")
        origin = (xy[0] + box[0] - base[0], xy[1] + box[1] - base[1])
        self.ops.append(("text", origin, text, font.path, font.size, _rgb(fill)))

    def line(self, xy, fill, width=1):
        self.draw.line(xy, fill=fill, width=width)
        self.ops.append(("line", tuple(xy), _rgb(fill), width))

    def rectangle(self, xy, fill):
        self.draw.rectangle(xy, fill=fill)
        self.ops.append(("rect", tuple(xy), _rgb(fill)))

    def paste(self, picture, xy):
        """An RGBA picture laid over the page (alpha-composited), top-left at xy."""
        layer = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
        layer.paste(picture, (int(xy[0]), int(xy[1])))
        self.image.paste(Image.alpha_composite(self.image.convert("RGBA"), layer).convert(self.image.mode))
        self.ops.append(("image", (int(xy[0]), int(xy[1])), picture))


def _rgb(fill):
    if isinstance(fill, int):
        return (fill, fill, fill)
    return tuple(fill[:3])
