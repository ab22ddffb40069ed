"""Seeded noise textures. Pillow's own Image.effect_noise draws from C's rand(), which no seed
of ours controls, so noise here comes from the card's random.Random and is tiled."""
import math

from PIL import Image, ImageChops


def _tile(rng, side, sigma):
    values = [max(0, min(255, int(round(128 + rng.gauss(0, sigma))))) for _ in range(side * side)]
    tile = Image.new("L", (side, side))
    tile.putdata(values)
    return tile


def _cover(tile, size, dx, dy):
    w, h = size
    side = tile.size[0]
    out = Image.new("L", (w + side, h + side))
    for y in range(0, h + side, side):
        for x in range(0, w + side, side):
            out.paste(tile, (x, y))
    return out.crop((dx, dy, dx + w, dy + h))


def seeded_noise(rng, size, sigma):
    """Gaussian grey noise (mean 128, about `sigma`), an L image. Two tiles of coprime sides
    (197 and 211 px) are averaged, so the pattern repeats only every ~41,000 px."""
    a = _tile(rng, 197, sigma * math.sqrt(2))
    b = _tile(rng, 211, sigma * math.sqrt(2))
    return ImageChops.add(_cover(a, size, rng.randrange(197), rng.randrange(197)),
                          _cover(b, size, rng.randrange(211), rng.randrange(211)), scale=2.0)
