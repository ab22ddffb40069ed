"""gamma `kilat`: a NIGHT PHONE PHOTO WITH THE FLASH of a printed transcript that had been folded in
four and crumpled a little. The print (the --text-pdf twin): the campus letterhead over a thick and
a thin rule, the title, the student in two columns, one table whose header row is white bold text on
a dark coloured fill (navy, maroon or dark green), thin grey rules between the rows, SKS, grade and
the points centred, sometimes semester sub-heading rows in a pale tint of the header colour, then a
bordered summary box at the right under the table (Jumlah SKS / Total Credits, the IPK, the
predicate "Sangat Memuaskan" etc.) and the signature at the left.

The photo: the two fold lines (across the middle and down the middle) and a few small wrinkles, each
a dark shading edge beside a lighter one, the paper's facets lit a little differently and the text
shifted by a pixel or two across each fold; the sheet on a dark table at a slight angle and
keystone; the flash: a bright specular hotspot that washes a patch out (never a grade: its peak
keeps the ink visibly darker than the paper), strong vignetting, warm shadows and heavier noise in
the corners, a mild motion blur, JPEG. In a --pdf each page is its own photo."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import gamma_style as st
from canvas import Canvas
from degrade import jpeg, perspective_coefficients, placed_quad, surface
from texture import seeded_noise

WIDTH, A4, LEFT, RIGHT, CENTRED = st.WIDTH, st.A4, st.LEFT, st.RIGHT, st.CENTRED
capacity = st.one_table_capacity


def _widths(style, face, rows):
    return st.widths(style, face, rows, {"no": 52, "sks": 70, "grade": 88, "point": 88, "mutu": 86}, 120, LEFT, RIGHT)


def _page(style, doc, part, rng, first, last, number, rows):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    words = st.labels(style)
    fill = style["head_fill"]
    pale = tuple(round(255 - (255 - v) * 0.12) for v in fill)
    c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
    y = st.letterhead(c, style, rng, 64, LEFT, RIGHT, size)
    st.title(c, style, first, WIDTH // 2, y)
    y += size + 34
    line = round(size * 1.6)
    if first:
        st.student_columns(c, style, doc, face, (LEFT, 640), y, line)
        y += 2 * line
    else:
        c.text((LEFT, y), f"{doc['name']}  -  {doc['nim']}", font=bold, fill=st.INK)
        y += line
    y += 16
    cols = _widths(style, face, rows)
    head = round(size * 2.1)
    top = y
    c.rectangle((LEFT, y, RIGHT, y + head), fill=fill)
    for key, label, x0, x1 in cols:
        if key in CENTRED:
            c.text(((x0 + x1) // 2, y + head // 2), label, font=bold, fill=(255, 255, 255), anchor="mm")
        else:
            c.text((x0 + 10, y + head // 2), label, font=bold, fill=(255, 255, 255), anchor="lm")
    y += head
    semester = None
    for n, row in enumerate(part):
        if style["semester_rows"] and row["semester"] != semester:
            semester = row["semester"]
            c.rectangle((LEFT, y, RIGHT, y + line), fill=pale)
            c.text((LEFT + 12, y + line // 2), st.term(style, doc["entry"], semester), font=bold, fill=fill, anchor="lm")
            y += line
        names, height = st.wrapped_name(style, row, face, cols, line)
        st.row_cells(c, style, row, cols, names, number + n, y, line, face, CENTRED)
        y += height
        c.line((LEFT, y, RIGHT, y), fill=(150, 150, 150))
    if style["frame"]:
        for x in (LEFT, RIGHT):
            c.line((x, top, x, y), fill=(150, 150, 150))
    c.line((LEFT, y, RIGHT, y), fill=fill, width=2)
    y += 28
    if last:
        box_w, bx = 460, RIGHT - 460
        items = [(words["total"], str(doc["total"])), (words["ipk"], st.number(style, doc["ipk"])),
                 (words["predikat"], st.predicate(style, doc["ipk"]))]
        label_face = bold if bold.getlength(words["ipk"]) < box_w - 210 else st.font(style["font"], size - 3, 1)
        box_h = len(items) * line + 20
        c.line([(bx, y), (RIGHT, y), (RIGHT, y + box_h), (bx, y + box_h), (bx, y)], fill=st.INK, width=2)
        for k, (label, value) in enumerate(items):
            yy = y + 10 + k * line + line // 2
            c.text((bx + 14, yy), label, font=label_face if k == 1 else face, fill=st.INK, anchor="lm")
            c.text((RIGHT - 14, yy), value, font=bold if k == 1 else face, fill=st.INK, anchor="rm")
        y = st.sign_block(c, style, doc, rng, LEFT + 100, y + 6, line, face, bold)
        y = max(y, top)
    else:
        y = st.continued(c, style, RIGHT, y, line)
    return st.trim(c, WIDTH, max(A4, y + 100))


def _creases(page, rng):
    """Two fold lines crossing and a few wrinkles: shading edges, facets lit differently, the text shifted across a fold."""
    w, h = page.size
    fy, fx = round(h / 2 + rng.uniform(-0.04, 0.04) * h), round(w / 2 + rng.uniform(-0.05, 0.05) * w)
    shifts = []
    for axis in ("y", "x"):
        dx, dy = rng.choice([-2, -1, 1, 2]), rng.choice([-1, 0, 1])
        box = (0, fy, w, h) if axis == "y" else (fx, 0, w, h)
        part = page.crop(box)
        part = ImageChops.offset(part, dx if axis == "y" else dy, dy if axis == "y" else dx)
        page.paste(part, box[:2])
        shifts.append([dx, dy])
    shade = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(shade)
    facets = [round(255 * rng.uniform(0.9, 1.0)) for _ in range(4)]
    draw.rectangle((0, 0, fx, fy), fill=facets[0])
    draw.rectangle((fx, 0, w, fy), fill=facets[1])
    draw.rectangle((0, fy, fx, h), fill=facets[2])
    draw.rectangle((fx, fy, w, h), fill=facets[3])
    light = Image.new("L", (w, h), 0)
    ldraw = ImageDraw.Draw(light)
    side = rng.choice([-1, 1])
    for k in range(16):  # the dark edge: a gradient on one side of each fold
        v = round(255 * (0.74 + 0.26 * k / 15))
        draw.line((0, fy + side * k * 2, w, fy + side * k * 2), fill=min(v, facets[2]), width=3)
        draw.line((fx - side * k * 2, 0, fx - side * k * 2, h), fill=min(v, facets[1]), width=3)
    ldraw.line((0, fy - side * 3, w, fy - side * 3), fill=34, width=4)
    ldraw.line((fx + side * 3, 0, fx + side * 3, h), fill=34, width=4)
    wrinkles = []
    for _ in range(rng.randint(3, 5)):
        x0, y0 = rng.uniform(0.05, 0.95) * w, rng.uniform(0.05, 0.95) * h
        a, length = rng.uniform(0, math.pi), rng.uniform(90, 320)
        x1, y1 = x0 + length * math.cos(a), y0 + length * math.sin(a)
        nx, ny = -math.sin(a) * 3, math.cos(a) * 3
        draw.line((x0, y0, x1, y1), fill=rng.randint(196, 222), width=rng.randint(3, 6))
        ldraw.line((x0 + nx, y0 + ny, x1 + nx, y1 + ny), fill=24, width=4)
        wrinkles.append([round(x0), round(y0), round(x1), round(y1)])
    shade = shade.filter(ImageFilter.GaussianBlur(2.2))
    page = ImageChops.multiply(page, Image.merge("RGB", [shade] * 3))
    return page, light.filter(ImageFilter.GaussianBlur(3.5)), {"folds": [fx, fy], "shifts": shifts, "wrinkles": wrinkles}


def _flash(photo, quad, rng):
    """The flash's specular hotspot on the sheet: a soft bright ellipse whose peak leaves the ink darker than the paper."""
    w, h = photo.size
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    cx, cy = rng.uniform(min(xs) + 0.25 * (max(xs) - min(xs)), max(xs) - 0.25 * (max(xs) - min(xs))), rng.uniform(
        min(ys) + 0.2 * (max(ys) - min(ys)), max(ys) - 0.2 * (max(ys) - min(ys)))
    rx, ry = w * rng.uniform(0.08, 0.15), w * rng.uniform(0.06, 0.12)
    peak = rng.uniform(0.5, 0.64)
    spot = Image.new("L", (w, h), 0)
    ImageDraw.Draw(spot).ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=round(255 * peak))
    spot = spot.filter(ImageFilter.GaussianBlur(min(rx, ry) * 0.5))
    photo = Image.composite(Image.new("RGB", (w, h), (255, 255, 250)), photo, spot)
    return photo, {"center": [round(cx), round(cy)], "radii": [round(rx), round(ry)], "peak": round(peak, 2)}


def _night(photo, rng):
    """Strong vignetting, warm shadows and heavier noise towards the corners."""
    w, h = photo.size
    small = Image.new("L", (64, 64))
    strength = rng.uniform(0.45, 0.6)
    ox, oy = rng.uniform(-0.15, 0.15), rng.uniform(-0.15, 0.15)
    small.putdata([round(255 * max(0.0, min(1.0, ((x / 63 - 0.5 - ox) ** 2 + (y / 63 - 0.5 - oy) ** 2) * 2)))
                   for y in range(64) for x in range(64)])
    edge = small.resize((w, h), Image.BICUBIC)  # 0 at the flash's centre, 255 in the corners
    dim = edge.point(lambda v: round(255 * (1 - strength * v / 255)))
    warm = [dim, dim.point(lambda v: round(v * 0.93)), dim.point(lambda v: round(v * 0.8))]
    tint = Image.merge("RGB", [Image.composite(b, dim, edge) for b in warm])
    photo = ImageChops.multiply(photo, tint)
    weak, strong = rng.uniform(3, 5), rng.uniform(9, 13)
    noisy = ImageChops.add(photo, Image.merge("RGB", [seeded_noise(rng, (w, h), strong) for _ in range(3)]), 1.0, -128)
    calm = ImageChops.add(photo, Image.merge("RGB", [seeded_noise(rng, (w, h), weak)] * 3), 1.0, -128)
    return Image.composite(noisy, calm, edge), {"vignette": round(strength, 2), "noise": [round(weak, 1), round(strong, 1)]}


def _motion(photo, rng):
    length = rng.choice([3, 3, 4, 5])
    direction = rng.choice(["h", "v", "d"])
    kernel = [0.0] * 25
    for i in range(length):
        j = i + (5 - length) // 2
        kernel[{"h": 2 * 5 + j, "v": j * 5 + 2, "d": j * 5 + j}[direction]] = 1.0
    return photo.filter(ImageFilter.Kernel((5, 5), kernel, scale=length)), {"length": length, "direction": direction}


def _photo(page, rng):
    page = page.point(lambda v: round(18 + v * 0.91))
    page, highlight, creases = _creases(page, rng)
    w, h = page.size
    out_h = round(h * rng.uniform(1.05, 1.12))
    out_w = round(out_h * 3 / 4)
    keystone, angle = rng.uniform(0.02, 0.06), math.radians(rng.uniform(-3, 3))
    quad, _ = placed_quad((w, h), (out_w, out_h), keystone, angle, (rng.uniform(0.86, 0.93), rng.uniform(0.88, 0.94)),
                          (rng.uniform(-0.02, 0.02), rng.uniform(-0.015, 0.015)))
    coeffs = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], quad)
    warped = page.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    glint = highlight.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    mask = Image.new("L", (w, h), 255).transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    desk = surface(out_w, out_h, rng).point(lambda v: round(v * 0.45))
    photo = Image.composite(warped, desk, mask)
    photo = ImageChops.add(photo, Image.merge("RGB", [glint] * 3), scale=1.0)  # the light side of each crease
    exposure = rng.uniform(0.8, 0.9)  # the night shot's exposure: the paper grey but for the flash's spot
    photo = photo.point(lambda v: round(v * exposure))
    photo, spot = _flash(photo, quad, rng)
    photo, night = _night(photo, rng)
    photo, motion = _motion(photo, rng)
    quality = rng.randint(70, 85)
    photo = jpeg(photo, quality)
    least = min(math.dist(quad[0], quad[1]), math.dist(quad[3], quad[2])) / w
    info = {"name": "flash_photo", "creases": creases, "exposure": round(exposure, 2), "hotspot": spot, **night, "motion_blur": motion,
            "keystone": round(keystone, 3), "tilt": round(math.degrees(angle), 2), "jpeg": quality}
    return photo, least, info


def render(style, doc, rows, rng, paged, text_pdf):
    scales = [1.0]

    def photo(image):
        image, scale, info = _photo(image, rng)
        scales.append(scale)
        return image, info

    canvases = st.pages(style, rows, rng, paged, text_pdf, 24,
                        lambda part, k, count, number: _page(style, doc, part, rng, k == 0, k == count - 1, number, rows), photo)
    style["body"] = round(style["size"] * min(scales), 1)
    return canvases
