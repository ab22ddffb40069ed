"""Makes a flat card look like a phone photo or a poor scan: placed on a desk, rotated up to
±8°, perspective, blur, noise, uneven light, glare, low resolution and JPEG down to quality 30.
Every step is seeded and recorded."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter


def desk(width, height, rng):
    base = rng.choice([(120, 85, 60), (200, 200, 195), (60, 60, 65), (170, 140, 100), (230, 225, 215), (90, 110, 90)])
    image = Image.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        y = rng.uniform(0, height)
        shade = tuple(max(0, min(255, c + rng.randint(-18, 18))) for c in base)
        draw.line([(0, y), (width, y + rng.uniform(-30, 30))], fill=shade, width=rng.randint(1, 5))
    return image


def perspective_coefficients(source, target):
    """Coefficients for PIL's PERSPECTIVE transform mapping target corners back to source corners."""
    matrix, vector = [], []
    for (x, y), (u, v) in zip(target, source):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        vector += [u, v]
    n = 8
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col:
                factor = a[r][col] / a[col][col]
                a[r] = [a[r][k] - factor * a[col][k] for k in range(n + 1)]
    return [a[i][n] / a[i][i] for i in range(n)]


def photograph(card, rng, strength, log):
    w, h = card.size
    margin = rng.uniform(0.08, 0.25)
    canvas_w, canvas_h = int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin * 1.3))
    canvas = desk(canvas_w, canvas_h, rng)
    angle = rng.uniform(-8, 8) * strength
    cx, cy = canvas_w / 2 + rng.uniform(-0.05, 0.05) * w, canvas_h / 2 + rng.uniform(-0.05, 0.05) * h
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    skew = 0.06 * strength
    target = []
    for (x, y) in corners:
        x *= 1 + rng.uniform(-skew, skew)
        y *= 1 + rng.uniform(-skew, skew)
        a = math.radians(angle)
        target.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    coefficients = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], target)
    warped = card.transform((canvas_w, canvas_h), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    mask = Image.new("L", card.size, 255).transform((canvas_w, canvas_h), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    canvas.paste(warped, (0, 0), mask)
    log.append(f"photo(angle={angle:.1f},perspective={skew:.2f})")
    return canvas


def lighting(image, rng, log):
    w, h = image.size
    gradient = Image.linear_gradient("L").resize((w, h)).rotate(rng.uniform(0, 360))
    low = rng.uniform(0.6, 0.85)
    shade = gradient.point(lambda v: int(255 * (low + (1 - low) * v / 255)))
    log.append(f"lighting(low={low:.2f})")
    return Image.composite(image, Image.new("RGB", (w, h), (0, 0, 0)), shade)


def glare(image, rng, log):
    w, h = image.size
    rx, ry = w * rng.uniform(0.06, 0.14), h * rng.uniform(0.05, 0.12)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    spot = Image.new("L", (w, h), 0)
    ImageDraw.Draw(spot).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=rng.randint(150, 230))
    spot = spot.filter(ImageFilter.GaussianBlur(radius=min(rx, ry) * 0.5))
    log.append("glare")
    return Image.composite(Image.new("RGB", (w, h), (255, 255, 250)), image, spot)


def noise(image, rng, sigma, log):
    w, h = image.size
    grain = Image.effect_noise((w, h), sigma).convert("RGB")
    log.append(f"noise(sigma={sigma:.0f})")
    return Image.blend(image, grain, 0.12)


def degrade(card, rng, level):
    """Returns (image, jpeg quality, degradations) for level none | mixed | heavy."""
    log = []
    if level == "none":
        return card, 92, log
    heavy = level == "heavy"
    image = card
    if heavy or rng.random() < 0.6:
        image = photograph(image, rng, 1.0 if heavy else rng.uniform(0.3, 1.0), log)
    steps = ["blur", "noise", "lighting", "glare", "lowres"]
    chosen = steps if heavy else rng.sample(steps, rng.randint(0, 3))
    if "lighting" in chosen:
        image = lighting(image, rng, log)
    if "glare" in chosen:
        image = glare(image, rng, log)
    if "blur" in chosen:
        radius = rng.uniform(0.6, 1.6 if heavy else 1.2)
        image = image.filter(ImageFilter.GaussianBlur(radius=radius))
        log.append(f"blur(radius={radius:.1f})")
    if "noise" in chosen:
        image = noise(image, rng, rng.uniform(20, 60 if heavy else 40), log)
    if "lowres" in chosen:
        target = rng.randint(640, 900)
        image = image.resize((target, int(image.size[1] * target / image.size[0])), Image.LANCZOS)
        log.append(f"lowres(width={target})")
    quality = rng.randint(30, 60) if heavy else rng.randint(45, 90)
    log.append(f"jpeg(quality={quality})")
    return image, quality, log
