"""beta `kiriman`: a LOW-RESOLUTION PHOTO FORWARDED THROUGH A CHAT APP. The print (the --text-pdf
twin): a left-aligned letterhead beside the emblem over a thin rule, the title and the academic year,
the student in a light grey box of two columns, then one compact table in a narrow or condensed
sans (Liberation Sans Narrow, DejaVu Sans Condensed or Carlito): a heavy rule above the header and
below the last row, a thin one under the header, no vertical rules, zebra shading on every other
row, numbers right-aligned in their columns (No, Smt, SKS, Bobot, N x K; numeric grades too), the
campus's own column order (e.g. # | Kode | Mata Kuliah | Smt | SKS | Nilai | Bobot | N x K, or
No | Sem | Nama Mata Kuliah | Kode MK | Nilai | SKS, or English Code | Course | Cr | Grade | Pts);
under it a boxed summary at the right (Jumlah SKS, Jumlah Mutu, IPK, values right-aligned), the
signature and stamp, and a grey "printed from SIAKAD" line.

The photo: the print lying on a desk, taken with a phone from above with a mild perspective and
turn, a soft shadow, uneven light, a little focus blur and grain; then the chat app's copy: the
photo downscaled (Lanczos) so its long side is 1280-1600 px and JPEG-compressed at quality 45-65
(blocking and ringing around letters). The long side is chosen so body text ends up 10-14 px in
cap height; the guard keeps the body font's em at 8 px or more whatever the draw. In a --pdf each
page is its own forwarded photo."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import beta_style as st
import kappa_art
from canvas import Canvas
from degrade import jpeg, lighting, perspective_coefficients, placed_quad, surface
from texture import seeded_noise

WIDTH, A4 = 1240, 1754
LEFT, RIGHT = 96, 1144
SMALLEST = 8.0  # px of the body font's em on the forwarded photo (xi's guard)
RIGHT_ALIGNED = {"no", "smt", "sks", "point", "mutu"}


def capacity(style):
    return 24


def _widths(style, face, rows):
    code_w = max([face.getlength(r["code"]) for r in rows] + [face.getlength("Kode MK")]) + 22
    fixed = {"no": 46, "code": round(code_w), "smt": 58, "sks": 58, "grade": 86, "point": 78, "mutu": 86}
    if style["scale"] == "numeric":
        fixed["grade"] = 116
    return st.column_spans(style, fixed, LEFT, RIGHT)


def _put(c, key, text, x0, x1, y, face, numeric):
    if key in RIGHT_ALIGNED or (key == "grade" and numeric):
        c.text((x1 - 10, y), text, font=face, fill=st.INK, anchor="rm")
    elif key == "grade":
        c.text(((x0 + x1) // 2, y), text, font=face, fill=st.INK, anchor="mm")
    else:
        c.text((x0 + 8, y), text, font=face, fill=st.INK, anchor="lm")


def _page(style, doc, part, rng, first, last, number, rows):
    size = style["size"]
    face, bold = st.font(style["font"], size), st.font(style["font"], size, 1)
    small = st.font(style["font"], size - 4)
    words = st.labels(style)
    numeric = style["scale"] == "numeric"
    c = Canvas(Image.new("RGB", (WIDTH, 2 * A4), (255, 255, 255)))
    c.paste(kappa_art.emblem(rng, 96, (30, 60, 120), (190, 40, 40)), (LEFT, 50))
    c.text((LEFT + 116, 56), style["institution"].upper(), font=st.font(style["font"], size + 5, 1), fill=st.INK)
    c.text((LEFT + 116, 92), f"{style['faculty']} - {style['programme']}", font=face, fill=st.INK)
    c.text((LEFT + 116, 122), f"Kampus {style['city']}  -  {style['site']}", font=small, fill=(80, 80, 80))
    c.line((LEFT, 164, RIGHT, 164), fill=st.INK, width=1)
    start = doc["entry"] + (doc["semester"] - 1) // 2
    c.text((LEFT, 188), style["title"] + ("" if first else " (lanjutan)"), font=st.font(style["font"], size + 4, 1), fill=st.INK)
    c.text((RIGHT, 192), (f"Academic Year {start}/{start + 1}" if style["english"] else f"Tahun Akademik {start}/{start + 1}"),
           font=face, fill=st.INK, anchor="ra")
    y = 188 + size + 30
    line = round(size * 1.42)
    if first:
        box_h = 2 * line + 20
        c.rectangle((LEFT, y, RIGHT, y + box_h), fill=(244, 244, 244))
        pairs = [[(words["name"], doc["name"]), (words["nim"], doc["nim"])],
                 [(words["programme"], style["programme"]), (words["semester"], str(doc["semester"]))]]
        for k, row in enumerate(pairs):
            for x, (label, value) in zip((LEFT + 14, 640), row):
                c.text((x, y + 10 + k * line + line // 2), label, font=face, fill=(70, 70, 70), anchor="lm")
                c.text((x + 150, y + 10 + k * line + line // 2), value, font=bold, fill=st.INK, anchor="lm")
        y += box_h + 26
    else:
        c.text((LEFT, y), f"{doc['name']}  |  {doc['nim']}", font=bold, fill=st.INK)
        y += line + 10
    cols = _widths(style, face, rows)
    c.rectangle((LEFT, y, RIGHT, y + 2), fill=st.INK)
    head = round(size * 1.6)
    for key, label, x0, x1 in cols:
        _put(c, key, label, x0, x1, y + 3 + head // 2, bold, numeric)
    y += head + 4
    c.line((LEFT, y, RIGHT, y), fill=st.INK, width=1)
    y += 2
    for n, row in enumerate(part):
        names = st.wrap(row["name"], face, next(x1 - x0 for k, _, x0, x1 in cols if k == "name") - 14)
        height = line + round(size * 1.15) * (len(names) - 1)
        if (number + n) % 2 == 0:
            c.rectangle((LEFT, y, RIGHT, y + height - 1), fill=style["zebra"])
        for key, _, x0, x1 in cols:
            text = st.cell(style, row, key, number + n)
            if key == "name":
                for k, piece in enumerate(names):
                    c.text((x0 + 8, y + line // 2 + k * round(size * 1.15)), piece, font=face, fill=st.INK, anchor="lm")
            else:
                _put(c, key, text, x0, x1, y + line // 2, face, numeric)
        y += height
    c.rectangle((LEFT, y + 1, RIGHT, y + 3), fill=st.INK)
    y += 24
    if last:
        box_w = 420
        bx = RIGHT - box_w
        items = [(words["total"], str(doc["total"])), (words["mutu"], st.number(style, doc["mutu"])),
                 ("IPK" if not style["english"] else "GPA", st.number(style, doc["ipk"]))]
        c.line([(bx, y), (RIGHT, y), (RIGHT, y + 3 * line + 16), (bx, y + 3 * line + 16), (bx, y)], fill=st.INK, width=1)
        for k, (label, value) in enumerate(items):
            f = bold if k == 2 else face
            c.text((bx + 14, y + 8 + k * line + line // 2), label, font=f, fill=st.INK, anchor="lm")
            c.text((RIGHT - 14, y + 8 + k * line + line // 2), value, font=f, fill=st.INK, anchor="rm")
        sy = y + 6
        c.text((LEFT, sy), f"{style['city']}, {st.date_text(doc['day'])}", font=face, fill=st.INK)
        c.text((LEFT, sy + line), "a.n. Dekan" if not style["english"] else "On behalf of the Dean", font=face, fill=st.INK)
        c.text((LEFT, sy + 2 * line), "Wakil Dekan Bidang Akademik" if not style["english"] else "Vice Dean for Academic Affairs",
               font=face, fill=st.INK)
        c.paste(kappa_art.stamp(rng, 140, (30, 50, 150), f"{style['institution'].upper()} *", st.font("libsans", 10).path),
                (LEFT + 120, sy + 2 * line))
        c.paste(kappa_art.signature(rng, 200, 74, (20, 25, 80)), (LEFT + 20, sy + 3 * line))
        y = sy + 3 * line + 100
        c.text((LEFT, y), doc["official"], font=bold, fill=st.INK)
        c.text((LEFT, y + line), f"NIP {doc['nip']}", font=face, fill=st.INK)
        y += 2 * line + 20
    stamp = (f"Printed from SIAKAD {st.date_text(doc['day'])} {doc['time']}" if style["english"]
             else f"Dicetak dari SIAKAD pada {st.date_text(doc['day'])} {doc['time']}")
    bottom = max(A4, y + 90)
    c.text((LEFT, bottom - 60), stamp, font=small, fill=(110, 110, 110))
    c.image = c.image.crop((0, 0, WIDTH, bottom))
    c.draw = ImageDraw.Draw(c.image)
    return c


def _cap(style):
    face = st.font(style["font"], 200)
    box = face.getbbox("H")
    return (box[3] - box[1]) / 200 * style["size"]


def _photo(page, style, rng):
    """The print on a desk photographed, then downscaled and compressed by the chat app."""
    page = page.point(lambda v: round(22 + v * 0.89))  # laser toner is never black, the paper a little grey
    w, h = page.size
    out_h = round(h * rng.uniform(1.06, 1.14))
    out_w = round(out_h * 3 / 4)
    keystone, angle = rng.uniform(0.01, 0.05), math.radians(rng.uniform(-3, 3))
    quad, _ = placed_quad((w, h), (out_w, out_h), keystone, angle, (rng.uniform(0.86, 0.94), rng.uniform(0.88, 0.95)),
                          (rng.uniform(-0.02, 0.02), rng.uniform(-0.015, 0.015)))
    coeffs = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], quad)
    warped = page.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    desk = surface(out_w, out_h, rng)
    drop = ImageChops.offset(mask.filter(ImageFilter.GaussianBlur(12)), 7, 11).point(lambda v: round(v * 0.4))
    desk = Image.composite(Image.new("RGB", desk.size, (0, 0, 0)), desk, drop)
    photo = Image.composite(warped, desk, mask)
    photo, light = lighting(photo, rng, rng.uniform(0.2, 0.5))
    focus = round(rng.uniform(0.5, 1.0), 2)
    photo = photo.filter(ImageFilter.GaussianBlur(focus))
    sigma = round(rng.uniform(3, 7), 1)
    photo = ImageChops.add(photo, Image.merge("RGB", [seeded_noise(rng, photo.size, sigma) for _ in range(3)]), 1.0, -128)
    least = min(math.dist(quad[0], quad[1]), math.dist(quad[3], quad[2])) / w  # the page's scale on the photo
    cap = _cap(style)
    target = rng.uniform(10.5, 13.5)  # px of cap height wanted on the chat's copy
    long_side = round(max(1280, min(1600, target / (cap * least) * out_h)))
    while style["size"] * least * long_side / out_h < SMALLEST and long_side < 1600:  # the guard
        long_side += 40
    factor = long_side / out_h
    photo = photo.resize((round(out_w * factor), long_side), Image.LANCZOS)
    quality = rng.randint(45, 65)
    photo = jpeg(photo, quality)
    info = {"name": "chat_forward", "keystone": round(keystone, 3), "tilt": round(math.degrees(angle), 2), "light": light,
            "focus_blur": focus, "noise": sigma, "long_side": long_side, "jpeg": quality,
            "cap_height_px": round(cap * least * factor, 1), "em_px": round(style["size"] * least * factor, 1)}
    return photo, least * factor, info


def render(style, doc, rows, rng, paged, text_pdf):
    chunks = st.split(rng, rows, paged, 26)
    canvases, art, least, number = [], [], 10.0, 1
    for k, part in enumerate(chunks):
        c = _page(style, doc, part, rng, k == 0, k == len(chunks) - 1, number, rows)
        number += len(part)
        if not text_pdf:
            c.image, scale, info = _photo(c.image, style, rng)
            least = min(least, scale)
            art.append(info)
        c.draw = ImageDraw.Draw(c.image)
        canvases.append(c)
    style["art"] = art
    style["body"] = round(style["size"] * (least if not text_pdf else 1.0), 1)
    return canvases
