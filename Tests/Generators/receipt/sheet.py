"""A thermal label being drawn: text with wrapping, rules, barcodes, QR-like blocks, logos,
and the plain text in reading order (the `.txt` twin of the image)."""
from PIL import Image, ImageChops, ImageDraw, ImageOps

from fonts import font
from texture import seeded_noise

BLACK = (18, 18, 18)


class Sheet:
    def __init__(self, rng, width=800, height=1200):
        self.rng = rng
        g = rng.randint(238, 252)
        self.image = Image.blend(Image.new("RGB", (width, height), (g, g, g - rng.randint(0, 6))), seeded_noise(rng, (width, height), 10).convert("RGB"), 0.04)
        self.draw = ImageDraw.Draw(self.image)
        self.width, self.height = width, height
        self.lines = []  # reading-order text, for the text-only twin
        self.face = rng.choice(["liberation", "dejavu", "narrow", "mono"])

    def font(self, size, bold=False, kind=None):
        kind = kind or self.face
        return font(kind + ("_bold" if bold else ""), size)

    def text(self, xy, text, size=24, bold=False, kind=None, record=True, anchor="la", fill=BLACK):
        self.draw.text(xy, text, font=self.font(size, bold, kind), fill=fill, anchor=anchor)
        if record:
            self.lines.append(text)

    def wrapped(self, x, y, text, size, room, bold=False, pitch=1.25, record=True):
        """Draws `text` wrapped to `room` px; returns the y below it."""
        face = self.font(size, bold)
        words, line, out = text.split(), "", []
        for word in words:
            trial = (line + " " + word).strip()
            if self.draw.textlength(trial, font=face) <= room or not line:
                line = trial
            else:
                out.append(line)
                line = word
        out.append(line)
        for row in out:
            self.draw.text((x, y), row, font=face, fill=BLACK)
            y += int(size * pitch)
        if record:
            self.lines.append(text)
        return y

    def rule(self, y, x0=12, x1=None, width=3):
        self.draw.line([(x0, y), (x1 or self.width - 12, y)], fill=BLACK, width=width)

    def box(self, box, width=2):
        self.draw.rectangle(box, outline=BLACK, width=width)

    def barcode(self, box):
        x0, y0, x1, y1 = box
        x = x0
        while x < x1 - 4:
            w = self.rng.choice([1, 2, 2, 3, 4])
            if self.rng.random() < 0.55:
                self.draw.rectangle([x, y0, x + w - 1, y1], fill=BLACK)
            x += w

    def qr(self, x, y, size):
        cells = 25
        step = size / cells
        for i in range(cells):
            for j in range(cells):
                finder = any(i in r and j in c for r, c in [(range(7), range(7)), (range(7), range(18, 25)), (range(18, 25), range(7))])
                if (finder and (i % 6 == 0 or j % 6 == 0 or (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4))) or (not finder and self.rng.random() < 0.5):
                    self.draw.rectangle([x + j * step, y + i * step, x + (j + 1) * step - 1, y + (i + 1) * step - 1], fill=BLACK)

    def logo(self, box, name, size=34):
        """A courier logo: a filled shape with the name knocked out in white (not recorded)."""
        x0, y0, x1, y1 = box
        self.draw.rounded_rectangle(box, radius=min(14, (y1 - y0) // 3), fill=BLACK)
        self.draw.text(((x0 + x1) / 2, (y0 + y1) / 2), name, font=font("liberation_bold", size), fill=(250, 250, 250), anchor="mm")

    def thermal(self):
        """Uneven print-head darkness across the width and a dropped dot column or two."""
        rng, (w, h) = self.rng, self.image.size
        fade = Image.new("L", (5, 1))
        fade.putdata([rng.randint(150, 255) for _ in range(5)])
        fade = fade.resize((w, h), Image.BILINEAR)
        ink = ImageChops.multiply(ImageOps.invert(self.image.convert("L")), fade)
        self.image = ImageOps.invert(ink).convert("RGB")
        draw = ImageDraw.Draw(self.image)
        for _ in range(rng.randint(0, 2)):
            x = rng.randint(40, w - 40)
            draw.line([(x, 0), (x, h)], fill=(236, 236, 236), width=rng.randint(1, 2))
        return self.image
