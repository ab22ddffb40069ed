"""Writes Canvas pages (canvas.py) as a born-digital PDF: real text operators at the positions the
raster page has them, ruling lines and filled boxes as vector paths, pictures as image XObjects.

Fonts the way document software writes them: Liberation Sans/Serif pages use the standard
Helvetica/Times fonts, not embedded (metric-identical; what FPDF-style report code emits); any
other font (DejaVu, Carlito) is embedded whole as a TrueType FontFile2 with WinAnsi encoding and
its widths. 150 px of the raster page = 1 inch (a 1240 px wide page is A4 wide). No dates or ids:
the same pages give the same bytes.
"""
import os
import zlib

from PIL import ImageFont

SCALE = 72 / 150
STANDARD = {"LiberationSans-Regular": "Helvetica", "LiberationSans-Bold": "Helvetica-Bold",
            "LiberationSans-Italic": "Helvetica-Oblique", "LiberationSans-BoldItalic": "Helvetica-BoldOblique",
            "LiberationSerif-Regular": "Times-Roman", "LiberationSerif-Bold": "Times-Bold",
            "LiberationSerif-Italic": "Times-Italic", "LiberationSerif-BoldItalic": "Times-BoldItalic"}


class _Objects:
    def __init__(self):
        self.bodies = []

    def add(self, body=None):
        self.bodies.append(body)
        return len(self.bodies)

    def set(self, number, body):
        self.bodies[number - 1] = body

    def stream(self, data, extra=""):
        packed = zlib.compress(data, 9)
        return self.add(b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra.encode()) + packed + b"\nendstream")


def _font(objects, path):
    stem = os.path.splitext(os.path.basename(path))[0]
    if stem in STANDARD:
        return objects.add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{STANDARD[stem]} /Encoding /WinAnsiEncoding >>")
    measure = ImageFont.truetype(path, 1000)
    family, style = measure.getname()
    name = family.replace(" ", "") + "-" + style.replace(" ", "")
    widths = []
    for code in range(32, 256):
        try:
            widths.append(round(measure.getlength(bytes([code]).decode("cp1252"))))
        except UnicodeDecodeError:
            widths.append(0)
    ascent, descent = measure.getmetrics()
    with open(path, "rb") as handle:
        data = handle.read()
    file = objects.stream(data, f"/Length1 {len(data)}")
    flags = 32 | (64 if "Italic" in style or "Oblique" in style else 0)
    descriptor = objects.add(f"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [-600 {-descent} 1700 {ascent}] "
                             f"/ItalicAngle {-12 if flags & 64 else 0} /Ascent {ascent} /Descent {-descent} /CapHeight {round(ascent * 0.75)} "
                             f"/StemV 80 /FontFile2 {file} 0 R >>")
    return objects.add(f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 255 "
                       f"/Widths [{' '.join(map(str, widths))}] /Encoding /WinAnsiEncoding /FontDescriptor {descriptor} 0 R >>")


def _string(text):
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _colour(rgb, op):
    return "%.3f %.3f %.3f %s" % (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255, op)


def _picture(objects, picture):
    rgba = picture.convert("RGBA")
    w, h = rgba.size
    common = f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /BitsPerComponent 8"
    mask = objects.stream(rgba.getchannel("A").tobytes(), common + " /ColorSpace /DeviceGray")
    return objects.stream(rgba.convert("RGB").tobytes(), common + f" /ColorSpace /DeviceRGB /SMask {mask} 0 R")


def write(path, pages):
    """pages: [(canvas, (width_px, height_px))], the page box at least the canvas's drawing."""
    objects = _Objects()
    catalog, tree = objects.add(), objects.add()
    fonts, kids = {}, []
    for canvas, (width, height) in pages:
        top = height * SCALE
        ops, pictures = [], {}
        for op in canvas.ops:
            if op[0] == "text":
                _, (x, y), text, font_path, size, rgb = op
                if font_path not in fonts:
                    fonts[font_path] = (f"F{len(fonts) + 1}", _font(objects, font_path))
                ops.append(b"BT /%s %.2f Tf %s 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                    fonts[font_path][0].encode(), size * SCALE, _colour(rgb, "rg").encode(), x * SCALE, top - y * SCALE, _string(text)))
            elif op[0] == "line":
                _, xy, rgb, stroke = op
                points = [(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)] if not isinstance(xy[0], tuple) else list(xy)
                stroke_path = " ".join("%.2f %.2f %s" % (px * SCALE, top - py * SCALE, "m" if i == 0 else "l") for i, (px, py) in enumerate(points))
                ops.append(("%.2f w %s %s S" % (stroke * SCALE, _colour(rgb, "RG"), stroke_path)).encode())
            elif op[0] == "rect":
                _, (x0, y0, x1, y1), rgb = op
                ops.append(("%s %.2f %.2f %.2f %.2f re f" % (_colour(rgb, "rg"), x0 * SCALE, top - (y1 + 1) * SCALE,
                                                             (x1 - x0 + 1) * SCALE, (y1 - y0 + 1) * SCALE)).encode())
            else:
                _, (x, y), picture = op
                name = f"Im{len(pictures) + 1}"
                pictures[name] = _picture(objects, picture)
                w, h = picture.size
                ops.append(("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (w * SCALE, h * SCALE, x * SCALE, top - (y + h) * SCALE, name)).encode())
        content = objects.stream(b"\n".join(ops))
        images = " ".join(f"/{n} {ref} 0 R" for n, ref in pictures.items())
        kids.append((objects.add(), content, images, width * SCALE, top))
    font_dict = " ".join(f"/{name} {ref} 0 R" for name, ref in fonts.values())
    for number, content, images, w, h in kids:
        objects.set(number, f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] /Contents {content} 0 R "
                            f"/Resources << /Font << {font_dict} >> /XObject << {images} >> >> >>")
    objects.set(tree, f"<< /Type /Pages /Kids [{' '.join(f'{k[0]} 0 R' for k in kids)}] /Count {len(kids)} >>")
    objects.set(catalog, f"<< /Type /Catalog /Pages {tree} 0 R >>")
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects.bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, catalog, xref)
    with open(path, "wb") as handle:
        handle.write(out)
