"""alpha `buku`: a PHONE PHOTO OF A PAGE IN A BOUND TRANSCRIPT BOOKLET (buku transkrip) held open on
a table. The page: the institution and "BUKU TRANSKRIP AKADEMIK" over a rule, the student as label
lines (first page) or one "Nama ... NIM ..." line (later pages), a conventional fully bordered table
(No | Kode | Mata Kuliah | SKS | Nilai, or No | Mata Kuliah | Kode | Nilai | SKS | K x N) with a
shaded "Semester III (Ganjil 2021/2022)" sub-heading row before each semester, then Jumlah SKS and
the IPK in a box and the official's signature and stamp; the booklet's page number at the foot.
The photo: the page bends down into the spine, so near the gutter the lines curve (a smooth
vertical displacement growing towards the gutter, the page squeezed across) and darken in the
gutter's shadow; a strip of the facing page shows beyond the gutter (prose, no table), the cover
and the page block's edges around the pages, the book on a table seen a little askew; a thumb
holds the page open on the outer margin (never over the table); dim indoor light with a warm cast
and a vignette, sensor noise and mild JPEG. In a --pdf each page is its own photo, left and right
pages in turn. The --text-pdf twin is the flat page as printed."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

import alpha_style as st
from iota_style import columns
import kappa_art
from canvas import Canvas
from degrade import jpeg, lighting, perspective_coefficients, placed_quad, surface
from eta_balik import _reverse
from texture import seeded_noise

W, H = 1100, 1560
OUTER, INNER, TOP = 140, 124, 86


def capacity(style):
    return 13


def _page(c, style, doc, part, rng, first, last, number, leaf, side):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    x0, x1 = (OUTER, W - INNER) if side == "left" else (INNER, W - OUTER)
    mid = (x0 + x1) // 2
    c.text((mid, TOP), style["institution"].upper(), font=st.font(style["font"], size + 3, 1), fill=st.INK, anchor="ma")
    c.text((mid, TOP + size + 14), "BUKU TRANSKRIP AKADEMIK", font=bold, fill=st.INK, anchor="ma")
    y = TOP + 2 * size + 34
    c.line((x0, y, x1, y), fill=st.INK, width=2)
    y += 18
    if first:
        for label, value in [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Program Studi", style["programme"]),
                             ("Semester", str(doc["semester"]))]:
            c.text((x0, y), label, font=face, fill=st.INK)
            c.text((x0 + 180, y), f": {value}", font=bold if label == "Nama" else face, fill=st.INK)
            y += round(size * 1.45)
    else:
        c.text((x0, y), f"Nama : {doc['name']}", font=face, fill=st.INK)
        c.text((x1, y), f"NIM : {doc['nim']}", font=face, fill=st.INK, anchor="ra")
        y += round(size * 1.45)
    y = _table(c, style, doc, part, y + 10, number, x0, x1)
    if last:
        y = _foot(c, style, doc, y + 20, rng, x0, x1)
    bottom = max(H, y + 100)
    c.text((x0 if side == "left" else x1, bottom - 60), f"- {leaf} -", font=st.font(style["font"], size - 3), fill=(60, 60, 60),
           anchor="ls" if side == "left" else "rs")
    return bottom


def _table(c, style, doc, part, y, number, x0, x1):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    spec = [("no", "No", 46), ("code", "Kode", 128), ("name", "Mata Kuliah", 0), ("sks", "SKS", 58), ("grade", "Nilai", 70)]
    if style["order"] == "b":
        spec = [spec[0], spec[2], spec[1], spec[4], spec[3], ("mutu", "K x N", 72)]
    cols = columns(spec, x0, x1)
    line, head = round(size * 1.6), round(size * 1.9)
    top = y
    c.rectangle((x0, y, x1, y + head), fill=(228, 228, 224))
    for key, (a, b, label) in cols.items():
        c.text(((a + b) // 2, y + head // 2), label, font=bold, fill=st.INK, anchor="mm")
    y += head
    c.line((x0, y, x1, y), fill=st.INK, width=1)
    spans, semester, start = [], None, top
    for n, row in enumerate(part):
        if row["semester"] != semester:
            semester = row["semester"]
            spans.append((start, y))
            start = y + line
            c.rectangle((x0, y + 1, x1, y + line - 1), fill=(238, 238, 234))
            c.text((x0 + 10, y + line // 2), st.term(doc["entry"], semester), font=st.font(style["font"], size - 1, 1),
                   fill=st.INK, anchor="lm")
            y += line
            c.line((x0, y, x1, y), fill=st.INK, width=1)
        names = st.wrap(row["name"], face, cols["name"][1] - cols["name"][0] - 14)
        mutu = row["mutu"]
        cells = {"no": str(number + n), "code": row["code"], "sks": str(row["sks"]), "grade": row["grade"],
                 "mutu": st.number(style, mutu, 1 if mutu % 1 else 0)}
        for key, (a, b, _) in cols.items():
            if key == "name":
                for k, text in enumerate(names):
                    c.text((a + 7, y + line // 2 + k * round(size * 1.2)), text, font=face, fill=st.INK, anchor="lm")
            elif key == "code":
                c.text((a + 7, y + line // 2), cells[key], font=face, fill=st.INK, anchor="lm")
            else:
                c.text(((a + b) // 2, y + line // 2), cells[key], font=face, fill=st.INK, anchor="mm")
        y += line + round(size * 1.2) * (len(names) - 1)
        c.line((x0, y, x1, y), fill=st.INK, width=1)
    spans.append((start, y))
    for key, (a, _, _) in cols.items():
        for y0, y1 in spans:  # inner rules stop at the semester sub-headings, which span the table
            if key != "no" and y1 > y0:
                c.line((a, y0, a, y1), fill=st.INK, width=1)
    for x in (x0, x1):
        c.line((x, top, x, y), fill=st.INK, width=2)
    c.line((x0, top, x1, top), fill=st.INK, width=2)
    c.line((x0, y, x1, y), fill=st.INK, width=2)
    return y


def _foot(c, style, doc, y, rng, x0, x1):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    box = round(size * 3.3)
    c.line([(x0, y), (x0 + 470, y), (x0 + 470, y + box), (x0, y + box), (x0, y)], fill=st.INK, width=1)
    c.text((x0 + 12, y + 10), f"Jumlah SKS : {doc['total']}", font=bold, fill=st.INK)
    c.text((x0 + 12, y + 10 + round(size * 1.5)), f"IPK : {st.number(style, doc['ipk'])}", font=bold, fill=st.INK)
    y += box + 26
    sx = x1 - 330
    c.text((sx, y), f"{style['city']}, {st.date_text(doc['day'])}", font=face, fill=st.INK)
    c.text((sx, y + round(size * 1.4)), "Dekan,", font=face, fill=st.INK)
    c.paste(kappa_art.stamp(rng, 140, (40, 60, 150), f"{style['faculty'].upper()} *", st.font("libsans", 10).path), (sx - 110, y + 20))
    c.paste(kappa_art.signature(rng, 190, 70, (25, 30, 90)), (sx + 10, y + round(size * 2.5)))
    c.text((sx, y + round(size * 2.5) + 80), doc["official"], font=bold, fill=st.INK)
    c.text((sx, y + round(size * 3.8) + 80), f"NIP. {doc['nip']}", font=face, fill=st.INK)
    return y + round(size * 3.8) + 110


def _facing(style, rng, h):
    """The facing page: prose (the booklet's rules in eta_balik's words, a little soft), no table."""
    ink = ImageOps.mirror(_reverse((W, h), rng, style))  # eta's show-through of a reverse side, turned the right way
    return Image.composite(Image.new("RGB", (W, h), style["paper"]), Image.new("RGB", (W, h), st.INK), ink)


def _bend(page, gutter_left, rng):
    """The page curving down into the spine: the inverse map of a smooth vertical displacement and a
    squeeze across that grow towards the gutter, as an RGB page and its mask."""
    w, h = page.size
    zone, squeeze = w * rng.uniform(0.3, 0.4), rng.uniform(0.1, 0.18)
    lift, pinch = rng.choice([-1, 1]) * rng.uniform(6, 18), rng.uniform(14, 30)

    def source(x, y):
        d = x if gutter_left else w - x
        t = max(0.0, 1 - d / zone)
        d += squeeze * zone * t ** 3
        return (d if gutter_left else w - d), y + t * t * (lift + pinch * (y - h / 2) / (h / 2))

    mesh = []
    for y0 in range(0, h, 40):
        for x0 in range(0, w, 20):
            x1, y1 = min(x0 + 20, w), min(y0 + 40, h)
            corners = [source(x0, y0), source(x0, y1), source(x1, y1), source(x1, y0)]
            mesh.append(((x0, y0, x1, y1), tuple(v for p in corners for v in p)))
    bent = page.transform((w, h), Image.MESH, mesh, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((w, h), Image.MESH, mesh, Image.BILINEAR)
    shade = Image.linear_gradient("L").rotate(90 if gutter_left else -90).resize((w, h))  # 255 at the gutter
    depth = rng.uniform(0.45, 0.7)
    shade = shade.point(lambda v: round(255 * (1 - depth * max(0.0, (v / 255 - (1 - zone / w)) / (zone / w)) ** 2.2)))
    bent = ImageChops.multiply(bent, Image.merge("RGB", [shade] * 3))
    return bent, mask, {"bend_zone": round(zone), "squeeze": round(squeeze, 3), "lift": round(lift, 1), "pinch": round(pinch, 1),
                        "gutter_shadow": round(depth, 2)}


def _thumb(photo, rng, tip, away, scale):
    """A thumb from beyond the book onto the page's outer margin, its tip at `tip` (photo px), the hand towards `away`."""
    width, length = rng.randint(100, 124) * scale, math.dist(tip, away)
    skin = (rng.randint(175, 215), rng.randint(125, 160), rng.randint(98, 125))
    ux, uy = (away[0] - tip[0]) / length, (away[1] - tip[1]) / length
    layer = Image.new("RGBA", photo.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx, cy = tip[0] + ux * width / 2, tip[1] + uy * width / 2
    for k, shade in enumerate([-34, -22, -10, 0]):  # rounder: darker towards its sides
        r, fill = width / 2 * (1 - k * 0.12), tuple(max(0, v + shade) for v in skin) + (255,)
        draw.polygon([(cx - uy * r, cy + ux * r), (cx + uy * r, cy - ux * r), (away[0] + uy * r, away[1] - ux * r),
                      (away[0] - uy * r, away[1] + ux * r)], fill=fill)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
    nx, ny = tip[0] + ux * width * 0.36, tip[1] + uy * width * 0.36
    draw.ellipse((nx - width * 0.26, ny - width * 0.24, nx + width * 0.26, ny + width * 0.24), fill=tuple(min(255, v + 38) for v in skin))
    alpha = layer.getchannel("A")
    shadow = ImageChops.offset(alpha.filter(ImageFilter.GaussianBlur(10)), 7, 10).point(lambda v: v // 2)
    photo = Image.composite(Image.new("RGB", photo.size, (0, 0, 0)), photo, shadow)
    return Image.composite(layer.convert("RGB"), photo, alpha.filter(ImageFilter.GaussianBlur(1.0)))


def _photo(page, style, rng, side):
    """The open booklet on a table, photographed. Returns (photo, page scale in it, what was done)."""
    gutter_left = side == "right"
    H = page.size[1]  # noqa: N806 (the page as drawn, A5 high or more)
    bent, mask, info = _bend(page, gutter_left, rng)
    facing, fmask, _ = _bend(_facing(style, rng, H), not gutter_left, rng)
    strip, pad = round(W * rng.uniform(0.08, 0.18)), rng.randint(12, 18)
    sw, sh = W + strip + 2 * pad, H + 2 * pad
    spread = Image.new("RGB", (sw, sh), style["cover"])
    page_x = pad + strip if gutter_left else pad
    box = (W - strip, 0, W, H) if gutter_left else (0, 0, strip, H)
    spread.paste(facing.crop(box), (pad if gutter_left else pad + W, pad), fmask.crop(box))
    draw = ImageDraw.Draw(spread)
    for k in range(1, 5):  # the page block's edges beyond the outer edge
        x = page_x + W + 2 * k if gutter_left else page_x - 2 * k
        draw.line((x, pad + 2 * k, x, pad + H - 2 * k), fill=tuple(v - 30 - 8 * k for v in style["paper"]), width=1)
    spread.paste(bent, (page_x, pad), mask)
    seam = page_x if gutter_left else page_x + W
    draw.line((seam, pad, seam, pad + H), fill=(40, 36, 32), width=3)
    edge = page_x + W if gutter_left else page_x  # the page's outer edge, where the thumb holds it
    reach, thumb_y = rng.randint(55, OUTER - 18), rng.randint(pad + 300, pad + H - 300)
    inward = -1 if gutter_left else 1
    thumb_at = [(edge + inward * reach, thumb_y), (edge - inward * 600, thumb_y + rng.randint(0, 240))]
    out_w = round(sw * rng.uniform(1.08, 1.15))
    out_h = round(max(out_w * 4 / 3, sh * 1.08))
    keystone, angle = rng.uniform(0.02, 0.06), math.radians(rng.uniform(-3, 3))
    shift = (rng.uniform(-0.015, 0.015), rng.uniform(-0.01, 0.01))
    quad, scale = placed_quad((sw, sh), (out_w, out_h), keystone, angle, (0.95, 0.96), shift)
    coeffs = perspective_coefficients([(0, 0), (sw, 0), (sw, sh), (0, sh)], quad)
    outline = Image.new("L", (sw, sh), 0)
    ImageDraw.Draw(outline).rounded_rectangle((0, 0, sw - 1, sh - 1), radius=10, fill=255)
    warp = lambda image, fill: image.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=fill)  # noqa: E731
    alpha = warp(outline, 0)
    desk = surface(out_w, out_h, rng)
    drop = ImageChops.offset(alpha.filter(ImageFilter.GaussianBlur(14)), 8, 12).point(lambda v: round(v * 0.45))
    desk = Image.composite(Image.new("RGB", desk.size, (0, 0, 0)), desk, drop)
    photo = Image.composite(warp(spread, (0, 0, 0)), desk, alpha)
    forward = perspective_coefficients(quad, [(0, 0), (sw, 0), (sw, sh), (0, sh)])  # spread -> photo

    def seen(x, y):
        z = forward[6] * x + forward[7] * y + 1
        return ((forward[0] * x + forward[1] * y + forward[2]) / z, (forward[3] * x + forward[4] * y + forward[5]) / z)
    photo = _thumb(photo, rng, seen(*thumb_at[0]), seen(*thumb_at[1]), scale)
    dim = rng.randint(150, 195)  # dim indoor light, uneven and warm (degrade's lighting)
    photo, lit = lighting(ImageChops.multiply(photo, Image.new("RGB", photo.size, (dim, dim, dim))), rng, rng.uniform(0.3, 0.6))
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    lit["dim"] = round(dim / 255, 2)
    sigma = round(rng.uniform(5, 9), 1)
    grain = Image.merge("RGB", [seeded_noise(rng, photo.size, sigma) for _ in range(3)])
    photo = ImageChops.add(photo, grain, 1.0, -128)
    quality = rng.randint(58, 76)
    photo = jpeg(photo, quality)
    least = min(math.dist(quad[0], quad[1]), math.dist(quad[3], quad[2])) / sw
    info.update(name="booklet_photo", page_side=side, facing_strip=strip, keystone=round(keystone, 3),
                tilt=round(math.degrees(angle), 2), light=lit, noise=sigma, jpeg=quality, thumb_reach=reach)
    return photo, least, info


def render(style, doc, rows, rng, paged, text_pdf):
    chunks = st.split(rng, rows, paged, 16)
    leaf = rng.randint(2, 5)  # the booklet's page number of the first page shown
    canvases, art, least, number = [], [], 1.0, 1
    for k, part in enumerate(chunks):
        side = style["side"] if k % 2 == 0 else ("left" if style["side"] == "right" else "right")
        c = Canvas(Image.new("RGB", (W, H + 700), style["paper"]))
        bottom = _page(c, style, doc, part, rng, k == 0, k == len(chunks) - 1, number, leaf + k, side)
        number += len(part)
        c.image = c.image.crop((0, 0, W, bottom))
        if not text_pdf:
            c.image, scale, info = _photo(c.image, style, rng, side)
            least = min(least, scale)
            art.append(info)
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art
    style["body"] = round(style["size"] * least, 1)
    return canvases
