"""Makes a flat card (or any document image) look like a phone photo or a poor scan.

Operations, each seeded and recorded as {"name": ..., parameters}:
  background   placed on a desk/table texture with margins and a shadow, as a phone photo
  rotation     turned up to ±8°
  perspective  keystone: one edge nearer the camera (up to 8 % shorter far edge) + corner jitter
  glare        a bright soft ellipse on the laminate, covering at most 10 % of the text ink
  lighting     uneven light: a brightness gradient down to 50 %, sometimes a warm cast
  blur         Gaussian (radius up to 2.2 px) or a short motion blur
  lowres       the whole image reduced to 640–950 px wide
  noise        sensor noise, σ up to 14 per channel
  jpeg         JPEG quality down to 30

Levels: none = the flat clean scan; mixed = 0–3 operations, mild to moderate; heavy = background,
rotation, perspective, lowres and jpeg at their strongest plus two or three of the others.
The operations always run in the physical order above, whatever order they were drawn in."""
import io
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from texture import seeded_noise

OPERATIONS = ["background", "rotation", "perspective", "glare", "lighting", "blur", "lowres", "noise", "jpeg"]


def _between(low, high, strength):
    return low + (high - low) * strength


# ---------------------------------------------------------------- surfaces under the card

def _noise(rng, size, sigma):
    return seeded_noise(rng, size, sigma)


def surface(width, height, rng):
    """A desk, table, cloth or paper surface, RGB."""
    kind = rng.choice(["wood", "wood", "plain", "plain", "cloth", "stone", "paper"])
    if kind == "wood":
        grain = _noise(rng, (max(2, width // 60), height), 60).resize((width, height), Image.BICUBIC)
        dark = (rng.randint(70, 120), rng.randint(45, 75), rng.randint(25, 50))
        light = (min(255, dark[0] + rng.randint(50, 90)), min(255, dark[1] + rng.randint(40, 70)), min(255, dark[2] + rng.randint(25, 50)))
        image = ImageOps.colorize(grain, black=dark, white=light)
        if rng.random() < 0.5:
            image = image.rotate(90, expand=True).resize((width, height))
    elif kind == "plain":
        base = rng.choice([(235, 235, 230), (200, 200, 196), (60, 62, 66), (30, 30, 32), (215, 200, 175), (180, 190, 200), (120, 140, 120)])
        image = ImageOps.colorize(_noise(rng, (width, height), 5), black=tuple(max(0, c - 15) for c in base), white=tuple(min(255, c + 15) for c in base))
    elif kind == "cloth":
        base = (rng.randint(40, 200), rng.randint(40, 200), rng.randint(40, 200))
        weave = _noise(rng, (width // 2, height // 2), 40).resize((width, height), Image.NEAREST)
        image = ImageOps.colorize(weave, black=tuple(max(0, c - 30) for c in base), white=tuple(min(255, c + 30) for c in base))
    elif kind == "stone":
        coarse = _noise(rng, (width // 16 + 1, height // 16 + 1), 50).resize((width, height), Image.BICUBIC)
        fine = _noise(rng, (width, height), 30)
        mixed = Image.blend(coarse, fine, 0.35)
        g = rng.randint(150, 230)
        image = ImageOps.colorize(mixed, black=(g - 60, g - 60, g - 55), white=(g + 20 if g < 235 else 255,) * 3)
    else:  # a sheet of lined paper
        image = Image.new("RGB", (width, height), (246, 246, 240))
        draw = ImageDraw.Draw(image)
        gap = rng.randint(28, 40)
        for y in range(rng.randint(0, gap), height, gap):
            draw.line([(0, y), (width, y)], fill=(170, 190, 225), width=1)
    # the camera focused on the card: the surface is a little soft
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 2.0)))
    # the room light is never even
    light = Image.new("L", (2, 2))
    light.putdata([rng.randint(170, 255) for _ in range(4)])
    light = light.resize((width, height), Image.BILINEAR)
    return ImageChops.multiply(image, Image.merge("RGB", [light] * 3))


# ---------------------------------------------------------------- geometry

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


def placed_quad(size, out, keystone, angle, fill, shift):
    """Where a sheet of `size` lands in a phone photo of size `out`: its top edge narrowed by `keystone`, turned by
    `angle` (radians), scaled to fill `fill` (x, y fractions) of the photo, its centre moved off the photo's by `shift`
    (x, y fractions). The corners clockwise from the top left, for perspective_coefficients, and the scale."""
    (sw, sh), (out_w, out_h) = size, out
    top = sw * (1 - keystone)
    quad = [(-top / 2, -sh / 2), (top / 2, -sh / 2), (sw / 2, sh / 2), (-sw / 2, sh / 2)]
    quad = [(x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)) for x, y in quad]
    span_x = max(p[0] for p in quad) - min(p[0] for p in quad)
    span_y = max(p[1] for p in quad) - min(p[1] for p in quad)
    scale = min(out_w * fill[0] / span_x, out_h * fill[1] / span_y)
    cx, cy = out_w / 2 + shift[0] * out_w, out_h / 2 + shift[1] * out_h
    return [(cx + x * scale, cy + y * scale) for x, y in quad], scale


def place(image, shape, rng, on_surface, margin, angle, keystone, jitter, log_entry):
    """Warps image (with its outline mask `shape`) onto a surface or a scanner bed.
    Returns the new image; the card's corners in it go to log_entry["card_corners"]."""
    w, h = image.size
    if on_surface:
        canvas_w = int(w * (1 + 2 * margin))
        canvas_h = max(int(canvas_w * rng.choice([0.75, 0.75, 0.5625, 1.0])), int(h * (1 + 2 * margin)))
        canvas = surface(canvas_w, canvas_h, rng)
    else:  # a tilted flatbed scan: white lid, narrow margins
        pad = rng.uniform(0.03, 0.06)
        canvas_w, canvas_h = int(w * (1 + 2 * pad)), int(h + 2 * w * pad)
        canvas = Image.new("RGB", (canvas_w, canvas_h), (rng.randint(238, 252),) * 3)
    half_w, half_h = w / 2, h / 2
    corners = [[-half_w, -half_h], [half_w, -half_h], [half_w, half_h], [-half_w, half_h]]
    if keystone:  # the far edge is shorter: pick which edge is far
        edge = rng.choice(["top", "bottom", "left", "right"])
        pairs = {"top": (0, 1), "bottom": (3, 2), "left": (0, 3), "right": (1, 2)}[edge]
        for i in pairs:
            if edge in ("top", "bottom"):
                corners[i][0] *= 1 - keystone
            else:
                corners[i][1] *= 1 - keystone
    for c in corners:
        c[0] += rng.uniform(-jitter, jitter) * w
        c[1] += rng.uniform(-jitter, jitter) * w
    scale = 1.0
    a = math.radians(angle)
    rotated = [(x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)) for x, y in corners]
    span_x = max(p[0] for p in rotated) - min(p[0] for p in rotated)
    span_y = max(p[1] for p in rotated) - min(p[1] for p in rotated)
    scale = min(1.0, (canvas_w * 0.98) / span_x, (canvas_h * 0.98) / span_y)
    room_x = (canvas_w - span_x * scale) / 2
    room_y = (canvas_h - span_y * scale) / 2
    cx = canvas_w / 2 + rng.uniform(-0.4, 0.4) * room_x
    cy = canvas_h / 2 + rng.uniform(-0.4, 0.4) * room_y
    target = [(cx + x * scale, cy + y * scale) for x, y in rotated]
    coefficients = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], target)
    warped = image.transform((canvas_w, canvas_h), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    mask = shape.transform((canvas_w, canvas_h), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    if on_surface:  # a soft shadow under the card
        shadow = mask.filter(ImageFilter.GaussianBlur(w * 0.012))
        offset = (int(rng.uniform(-0.01, 0.015) * w), int(rng.uniform(0.0, 0.018) * w))
        shadow = ImageChops.offset(shadow, *offset).point(lambda v: int(v * 0.45))
        canvas = Image.composite(Image.new("RGB", canvas.size, (0, 0, 0)), canvas, shadow)
    canvas.paste(warped, (0, 0), mask)
    log_entry["card_corners"] = [[round(x, 1), round(y, 1)] for x, y in target]
    return canvas


# ---------------------------------------------------------------- light

def glare_mask(size, rng, strength, text_mask):
    """A soft bright ellipse covering at most 10 % of the text ink (tried at up to 40 places)."""
    w, h = size
    text = text_mask.point(lambda v: 255 if v > 128 else 0) if text_mask else None
    total = text.histogram()[255] if text else 0
    best = None
    for _ in range(40):
        rx = w * rng.uniform(0.05, _between(0.1, 0.2, strength))
        ry = h * rng.uniform(0.06, _between(0.12, 0.24, strength))
        cx, cy = rng.uniform(0.08, 0.92) * w, rng.uniform(0.1, 0.9) * h
        peak = int(255 * rng.uniform(_between(0.45, 0.8, strength), _between(0.65, 0.95, strength)))
        spot = Image.new("L", (w, h), 0)
        ImageDraw.Draw(spot).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=peak)
        spot = spot.filter(ImageFilter.GaussianBlur(min(rx, ry) * 0.45))
        covered = 0.0
        if total:
            hit = ImageChops.multiply(text, spot.point(lambda v: 255 if v > 100 else 0))
            covered = hit.histogram()[255] / total
        if covered <= 0.10:
            return spot, (cx, cy, rx, ry, peak), covered
        if best is None or covered < best[2]:
            best = (spot, (cx, cy, rx, ry, peak), covered)
    return best


def lighting(image, rng, strength):
    w, h = image.size
    low = _between(0.85, 0.5, strength) + rng.uniform(-0.04, 0.04)
    field = Image.new("L", (2, 2))
    values = [255, int(255 * low), int(255 * rng.uniform(low, 1)), int(255 * rng.uniform(low, 1))]
    rng.shuffle(values)
    field.putdata(values)
    field = field.resize((w, h), Image.BILINEAR)
    warm = rng.random() < 0.5
    tint = (255, rng.randint(238, 250), rng.randint(205, 235)) if warm else (255, 255, 255)
    shade = Image.merge("RGB", [field.point(lambda v, t=t: v * t // 255) for t in tint])
    return ImageChops.multiply(image, shade), {"darkest": round(low, 2), "warm": warm}


def blur(image, rng, strength):
    if rng.random() < 0.25:
        length = 5 if strength > 0.6 else 3
        kernel = [0.0] * (length * length)
        direction = rng.choice(["h", "d"])
        for i in range(length):
            kernel[i * length + (i if direction == "d" else length // 2)] = 1.0
        if direction == "h":
            kernel = [0.0] * (length * length)
            for i in range(length):
                kernel[(length // 2) * length + i] = 1.0
        return image.filter(ImageFilter.Kernel((length, length), kernel, scale=length)), {"kind": "motion", "length": length}
    radius = round(rng.uniform(_between(0.6, 1.5, strength), _between(1.2, 2.2, strength)), 2)
    return image.filter(ImageFilter.GaussianBlur(radius)), {"kind": "gaussian", "radius": radius}


def noise(image, rng, strength):
    sigma = round(rng.uniform(_between(3, 9, strength), _between(7, 14, strength)), 1)
    w, h = image.size
    grain = Image.merge("RGB", [_noise(rng, (w, h), sigma) for _ in range(3)])
    return ImageChops.add(image, grain, scale=1.0, offset=-128), {"sigma": sigma}


def jpeg(image, quality):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


# ---------------------------------------------------------------- levels

def choose(rng, level):
    """The operations and their strength (0 mild … 1 strongest) for a level."""
    if level == "none":
        return {}
    if level == "heavy":
        chosen = ["background", "rotation", "perspective", "lowres", "jpeg"]
        chosen += rng.sample(["glare", "lighting", "blur", "noise"], rng.randint(2, 3))
        return {name: rng.uniform(0.85, 1.0) for name in chosen}
    chosen = rng.sample(OPERATIONS, rng.randint(0, 3))
    return {name: rng.uniform(0.15, 0.7) for name in chosen}


def degrade(image, rng, level, shape=None, text_mask=None):
    """Returns (image, degradations, jpeg quality or None).
    shape: the document's outline mask (rounded card corners); text_mask: where text ink is."""
    plan = choose(rng, level)
    log = []
    shape = shape or Image.new("L", image.size, 255)
    quality = None
    geometry_entry = None
    if "glare" in plan:
        spot, (cx, cy, rx, ry, peak), covered = glare_mask(image.size, rng, plan["glare"], text_mask)
        image = Image.composite(Image.new("RGB", image.size, (255, 255, 252)), image, spot)
        log.append({"name": "glare", "center": [round(cx), round(cy)], "radii": [round(rx), round(ry)], "peak": round(peak / 255, 2), "text_covered": round(covered, 3)})
    if {"background", "rotation", "perspective"} & set(plan):
        strength = max(plan.get(k, 0) for k in ("background", "rotation", "perspective"))
        angle = 0.0
        if "rotation" in plan:
            angle = round(rng.choice([-1, 1]) * rng.uniform(_between(0.5, 6, plan["rotation"]), _between(3, 8, plan["rotation"])), 2)
        keystone = round(rng.uniform(_between(0.02, 0.05, plan["perspective"]), _between(0.04, 0.08, plan["perspective"])), 3) if "perspective" in plan else 0.0
        jitter = 0.008 * plan["perspective"] if "perspective" in plan else 0.0
        margin = rng.uniform(_between(0.06, 0.15, strength), _between(0.15, 0.3, strength)) if "background" in plan else 0.0
        entries = []
        if "background" in plan:
            entries.append({"name": "background", "margin": round(margin, 3)})
        if "rotation" in plan:
            entries.append({"name": "rotation", "degrees": angle})
        if "perspective" in plan:
            entries.append({"name": "perspective", "keystone": keystone})
        geometry_entry = entries[0]
        image = place(image, shape, rng, "background" in plan, margin, angle, keystone, jitter, geometry_entry)
        log += entries
    if "lighting" in plan:
        image, detail = lighting(image, rng, plan["lighting"])
        log.append({"name": "lighting", **detail})
    if "blur" in plan:
        image, detail = blur(image, rng, plan["blur"])
        log.append({"name": "blur", **detail})
    if "lowres" in plan:
        target = int(_between(950, 640, plan["lowres"]) + rng.uniform(-20, 20))
        target = max(640, min(target, image.size[0]))
        factor = target / image.size[0]
        image = image.resize((target, max(1, round(image.size[1] * factor))), Image.LANCZOS)
        log.append({"name": "lowres", "width": target})
        if geometry_entry:
            geometry_entry["card_corners"] = [[round(x * factor, 1), round(y * factor, 1)] for x, y in geometry_entry["card_corners"]]
    if "noise" in plan:
        image, detail = noise(image, rng, plan["noise"])
        log.append({"name": "noise", **detail})
    if "jpeg" in plan:
        quality = int(round(_between(75, 30, plan["jpeg"]) + rng.uniform(-5, 5)))
        quality = max(30, min(85, quality))
        log.append({"name": "jpeg", "quality": quality})
    return image, log, quality
