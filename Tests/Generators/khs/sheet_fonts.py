"""Fonts and line wrapping shared by the layouts that draw their own sheets (kappa, zeta,
lambda): a family's regular/bold/italic files from Debian font packages, loaded once per size;
a missing file stops the generator with the apt command that installs it."""

import os
import sys

from PIL import ImageFont

ROOT = "/usr/share/fonts/truetype"


class Fonts:
    def __init__(self, family, table):
        """`table` maps a family to its (regular, bold, italic) paths under ROOT and its package."""
        self.paths, package = table[family]
        for path in self.paths:
            if not os.path.exists(os.path.join(ROOT, path)):
                sys.exit(f"missing font {ROOT}/{path}: apt-get install -y {package}")
        self.cache = {}

    def get(self, kind, size):
        key = (kind, size)
        if key not in self.cache:
            self.cache[key] = ImageFont.truetype(os.path.join(ROOT, self.paths[["regular", "bold", "italic"].index(kind)]), size)
        return self.cache[key]

    def fitting(self, kind, size, text, width):
        """The largest size down to 10 at which `text` fits in `width`."""
        while size > 10 and self.get(kind, size).getlength(text) > width:
            size -= 1
        return self.get(kind, size)


def wrap(text, font, width):
    """`text` broken into lines at spaces so each fits `width` (a word longer than it stands alone)."""
    lines = [""]
    for word in text.split(" "):
        if lines[-1] and font.getlength(lines[-1] + " " + word) > width:
            lines.append("")
        lines[-1] = (lines[-1] + " " + word).strip()
    return lines
