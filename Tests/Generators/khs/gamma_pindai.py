"""gamma `pindai`: a transcript SCANNED WITH A PHONE SCANNER APP (CamScanner-style) and exported as
JPEG. The print (the --text-pdf twin): the campus letterhead beside the emblem over a thick and a
thin rule, the title, the student as "Nama : ..." lines, one fully ruled table in the campus's
wording (No | Kode MK | Nama Mata Kuliah | SKS | Nilai; No | Kode | Mata Kuliah | K | HM | AM | M;
No. | Kode MK | Mata Kuliah | SKS | Huruf | Bobot | K x N; or English Course Code | Course Title |
Credits | Grade) with a light grey header row, "Semester III" sub-heading rows and sometimes light
zebra rows, then Jumlah SKS (and Jumlah Mutu), the IPK and the signature over a stamp.

The app: the page photographed under uneven room light, the app's edge detection off by a little
(a residual trapezoid, a sliver of the desk along one or two sides, a slight barrel curvature from
the lens), its sharpening (halos round the letters), then its filter: "magic colour" (paper blown to
white, ink and colours pushed hard), "B&W document" (grey, a steep curve: light fills wiped out or
left as blotchy speckle, the thin strokes of small text eroded) or a plain grey export; a small
"Scanned with <App>" mark in a bottom corner; JPEG. In a --pdf every page is its own app scan."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

import gamma_style as st
from canvas import Canvas
from degrade import jpeg, perspective_coefficients, surface
from texture import seeded_noise

WIDTH, A4, LEFT, RIGHT, CENTRED = st.WIDTH, st.A4, st.LEFT, st.RIGHT, st.CENTRED
capacity = st.one_table_capacity


def _widths(style, face, rows):
    return st.widths(style, face, rows, {"no": 52, "sks": 64, "grade": 78, "point": 74, "mutu": 84}, 116, LEFT, RIGHT)


def _page(style, doc, part, rng, first, last, number, rows, pages):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    words = st.labels(style)
    c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
    y = st.letterhead(c, style, rng, 60, LEFT, RIGHT, size)
    mid = WIDTH // 2
    st.title(c, style, first, mid, y)
    y += size + 34
    line = round(size * 1.62)
    if first:
        for label, value in st.student_lines(style, doc):
            c.text((LEFT, y), label, font=face, fill=st.INK)
            c.text((LEFT + 250, y), f": {value}", font=face, fill=st.INK)
            y += line
    else:
        st.name_line(c, style, doc, face, LEFT, y)
        y += line
    y += 14
    cols = _widths(style, face, rows)
    head = round(size * 2.0)
    top = y
    shade = (style["shade"],) * 3
    c.rectangle((LEFT, y, RIGHT, y + head), fill=shade)
    for key, label, x0, x1 in cols:
        c.text(((x0 + x1) // 2, y + head // 2), label, font=bold, fill=st.INK, anchor="mm")
    y += head
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    semester, bands = None, []
    for n, row in enumerate(part):
        if style["semester_rows"] and row["semester"] != semester:
            semester = row["semester"]
            c.rectangle((LEFT, y, RIGHT, y + line), fill=(min(255, style["shade"] + 12),) * 3)
            c.text((LEFT + 12, y + line // 2), st.term(style, doc["entry"], semester), font=bold, fill=st.INK, anchor="lm")
            bands.append((y, y + line))
            y += line
            c.line((LEFT, y, RIGHT, y), fill=st.INK)
        names, height = st.wrapped_name(style, row, face, cols, line)
        if style["zebra"] and (number + n) % 2 == 0:
            c.rectangle((LEFT, y + 1, RIGHT, y + height - 1), fill=(238, 238, 238))
        st.row_cells(c, style, row, cols, names, number + n, y, line, face, CENTRED)
        y += height
        c.line((LEFT, y, RIGHT, y), fill=st.INK)
    for _, _, x0, _ in cols[1:]:  # the column rules, broken by the semester bands
        y0 = top
        for b0, b1 in bands + [(y, y)]:
            if b0 > y0:
                c.line((x0, y0, x0, b0), fill=st.INK)
            y0 = b1
    for x in (LEFT, RIGHT):
        c.line((x, top, x, y), fill=st.INK, width=2)
    c.line((LEFT, top, RIGHT, top), fill=st.INK, width=2)
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=2)
    y += 28
    if last:
        items = [(words["total"], str(doc["total"]))]
        if any(k == "mutu" for k, _ in style["columns"]):
            items.append((words["mutu"], st.number(style, doc["mutu"])))
        items.append((words["ipk"], st.number(style, doc["ipk"])))
        if rng.random() < 0.5:
            items.append((words["predikat"], st.predicate(style, doc["ipk"])))
        y = st.summary(c, items, words["ipk"], LEFT, 430, y, line, face, bold)
        y = st.sign_block(c, style, doc, rng, RIGHT - 380, y + line, line, face, bold)
    else:
        y = st.continued(c, style, RIGHT, y, line)
    bottom = max(A4, y + 130)
    c.text((mid, bottom - 70), f"{'Page' if style['english'] else 'Halaman'} {pages[0]} / {pages[1]}",
           font=st.font(style["font"], size - 4), fill=st.INK, anchor="ma")
    return st.trim(c, WIDTH, bottom)


def _barrel(image, k, fill):
    """A slight barrel curvature: each output point samples the picture a little further from the centre."""
    w, h = image.size
    cx, cy, half = w / 2, h / 2, math.hypot(w, h) / 2
    step_x, step_y = w / 12, h / 16

    def source(x, y):
        r2 = ((x - cx) ** 2 + (y - cy) ** 2) / half ** 2
        return cx + (x - cx) * (1 + k * r2), cy + (y - cy) * (1 + k * r2)

    mesh = []
    for j in range(16):
        for i in range(12):
            x0, y0, x1, y1 = round(i * step_x), round(j * step_y), round((i + 1) * step_x), round((j + 1) * step_y)
            quad = source(x0, y0) + source(x0, y1) + source(x1, y1) + source(x1, y0)
            mesh.append(((x0, y0, x1, y1), quad))
    return image.transform((w, h), Image.MESH, mesh, Image.BICUBIC, fillcolor=fill)


def _capture(page, rng):
    """The app's crop: the page where its edge detection put it (a residual trapezoid, a desk sliver), curved a little."""
    w, h = page.size
    margin = round(w * 0.04)
    scene = surface(w + 2 * margin, h + 2 * margin, rng)
    corners = [[0.0, 0.0], [w, 0.0], [w, h], [0.0, h]]
    sides = rng.sample(["top", "bottom", "left", "right"], rng.choice([1, 2, 2]))
    inward = {"top": ((0, 1), (0, 1)), "bottom": ((3, 2), (0, -1)), "left": ((0, 3), (1, 0)), "right": ((1, 2), (-1, 0))}
    slivers = {}
    for side in ["top", "bottom", "left", "right"]:
        (a, b), (dx, dy) = inward[side]
        for k in (a, b):
            d = rng.uniform(6, 24) if side in sides else -rng.uniform(0, 10)  # a sliver of desk, or the page's edge cut
            corners[k][0] += dx * d
            corners[k][1] += dy * d
        slivers[side] = side in sides
    far = rng.choice(["top", "bottom"])  # the residual trapezoid: one edge a little shorter
    narrow = w * rng.uniform(0.004, 0.018)
    for k in ((0, 1) if far == "top" else (3, 2)):
        corners[k][0] += narrow if k in (0, 3) else -narrow
    target = [(x + margin, y + margin) for x, y in corners]
    coeffs = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], target)
    warped = page.transform(scene.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform(scene.size, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    scene = Image.composite(warped, scene, mask)
    k = round(rng.uniform(0.004, 0.012), 3)
    scene = _barrel(scene, k, scene.getpixel((margin // 2, margin // 2)))
    return scene.crop((margin, margin, margin + w, margin + h)), {"desk_slivers": sorted(sides), "trapezoid": far,
                                                                  "narrowed_px": round(narrow, 1), "barrel": k}


def _curve(image, low, high):
    return image.point(lambda v: 0 if v <= low else 255 if v >= high else round((v - low) * 255 / (high - low)))


def _filter(photo, style, rng):
    """The app's enhancement: sharpening, then magic colour, B&W or a plain grey export. The darkness of every pixel is
    scaled by a blotchy field (0.65-1.3) with a fine speckle, so light fills are wiped out in some places and kept in
    others, and thin strokes thin out where the field is low; the paper stays above the white point."""
    w, h = photo.size
    mode = style["mode"]
    photo = photo.filter(ImageFilter.UnsharpMask(radius=round(rng.uniform(1.6, 2.6), 1), percent=rng.randint(150, 230), threshold=2))
    blotch = seeded_noise(rng, (w // 28 + 1, h // 28 + 1), 14).resize((w, h), Image.BICUBIC)
    field = ImageChops.add(blotch, seeded_noise(rng, (w, h), 6), scale=1.0, offset=-128)
    factor = field.point(lambda v: max(0.65, min(1.3, 1 + (v - 128) / 110)) * 180)  # 180 = 1.0

    def blotched(band):
        dark = ImageChops.multiply(ImageChops.invert(band), factor).point(lambda v: min(255, round(v * 255 / 180)))
        return ImageChops.invert(dark)

    info = {"mode": mode}
    if mode == "magic":
        low, high = rng.randint(55, 80), rng.randint(210, 218)
        bands = [_curve(blotched(b), low, high) for b in photo.split()]
        photo = ImageEnhance.Color(Image.merge("RGB", bands)).enhance(rng.uniform(1.3, 1.7))
    elif mode == "bw":
        low, high = rng.randint(85, 110), rng.randint(200, 212)
        photo = _curve(blotched(photo.convert("L")), low, high).convert("RGB")
    else:
        low, high = rng.randint(25, 45), rng.randint(222, 238)
        photo = _curve(photo.convert("L"), low, high).convert("RGB")
    photo = photo.filter(ImageFilter.UnsharpMask(radius=1.2, percent=rng.randint(60, 110), threshold=1))
    info.update(low=low, high=high)
    return photo, info


def _watermark(photo, style, rng):
    """The free app's mark in a bottom corner: a small logo tile and "Scanned with <App>"."""
    w, h = photo.size
    face = st.font("libsans", rng.randint(16, 19))
    text = f"Scanned with {style['app']}" if rng.random() < 0.8 else f"Dipindai dengan {style['app']}"
    tile = round(face.size * 1.5)
    width = tile + 8 + face.getlength(text)
    x = w - 52 - width if style["corner"] == "right" else 52
    y = h - 40 - tile
    draw = ImageDraw.Draw(photo)
    logo = (20, 160, 110) if style["mode"] != "bw" else (90, 90, 90)
    draw.rounded_rectangle((x, y, x + tile, y + tile), radius=5, fill=logo)
    draw.text((x + tile / 2, y + tile / 2), "".join(p[0] for p in style["app"].split())[:2], font=st.font("libsans", face.size - 3, 1),
              fill=(255, 255, 255), anchor="mm")
    draw.text((x + tile + 8, y + tile / 2), text, font=face, fill=(96, 96, 96), anchor="lm")
    return photo, {"text": text, "corner": style["corner"]}


def _app_scan(page, style, rng):
    w, h = page.size
    field = Image.new("L", (2, 2))
    field.putdata([round(255 * rng.uniform(0.9, 1.0)) for _ in range(4)])
    light = field.resize((w, h), Image.BILINEAR)
    page = ImageChops.multiply(page, Image.merge("RGB", [light] * 3))
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    photo, geometry = _capture(page, rng)
    photo, info = _filter(photo, style, rng)
    photo, mark = _watermark(photo, style, rng)
    quality = rng.randint(72, 88)
    photo = jpeg(photo, quality)
    return photo, {"name": "scanner_app", **geometry, **info, "watermark": mark, "jpeg": quality}


def render(style, doc, rows, rng, paged, text_pdf):
    canvases = st.pages(style, rows, rng, paged, text_pdf, 24,
                        lambda part, k, count, number: _page(style, doc, part, rng, k == 0, k == count - 1, number, rows,
                                                             (k + 1, count)),
                        lambda image: _app_scan(image, style, rng))
    style["body"] = style["size"]
    return canvases
