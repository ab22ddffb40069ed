"""The Debian font files the generators draw with (fonts-liberation, fonts-dejavu-core,
fonts-ocr-a, fonts-ocr-b). Each kind lists its files in order of preference."""
import functools
import os

from PIL import ImageFont

_LIB = ["/usr/share/fonts/truetype/liberation2/", "/usr/share/fonts/truetype/liberation/"]
_DJV = "/usr/share/fonts/truetype/dejavu/"

CANDIDATES = {
    # Arial-metric faces: what the card printers' templates look like.
    "liberation": [d + "LiberationSans-Regular.ttf" for d in _LIB],
    "liberation_bold": [d + "LiberationSans-Bold.ttf" for d in _LIB],
    "dejavu": [_DJV + "DejaVuSans.ttf"],
    "dejavu_bold": [_DJV + "DejaVuSans-Bold.ttf"],
    "dejavu_condensed": [_DJV + "DejaVuSansCondensed.ttf", _DJV + "DejaVuSans.ttf"],
    "dejavu_condensed_bold": [_DJV + "DejaVuSansCondensed-Bold.ttf", _DJV + "DejaVuSans-Bold.ttf"],
    "narrow": ["/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf", _DJV + "DejaVuSansCondensed.ttf"],
    "narrow_bold": ["/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf", _DJV + "DejaVuSansCondensed-Bold.ttf"],
    "serif": [d + "LiberationSerif-Regular.ttf" for d in _LIB] + [_DJV + "DejaVuSerif.ttf"],
    "serif_bold": [d + "LiberationSerif-Bold.ttf" for d in _LIB] + [_DJV + "DejaVuSerif-Bold.ttf"],
    "mono": [d + "LiberationMono-Regular.ttf" for d in _LIB] + [_DJV + "DejaVuSansMono.ttf"],
    "mono_bold": [d + "LiberationMono-Bold.ttf" for d in _LIB] + [_DJV + "DejaVuSansMono-Bold.ttf"],
    # The NIK: OCR-A as on the card; OCR-B and a bold monospace only if fonts-ocr-a is missing.
    "ocr_a": ["/usr/share/fonts/truetype/ocr-a/OCRA.ttf", "/usr/share/fonts/opentype/ocr-b/OCRB.otf", _DJV + "DejaVuSansMono-Bold.ttf"],
    "ocr_b": ["/usr/share/fonts/opentype/ocr-b/OCRB.otf", "/usr/share/fonts/truetype/ocr-a/OCRA.ttf", _DJV + "DejaVuSansMono-Bold.ttf"],
}


@functools.lru_cache(maxsize=None)
def path(kind):
    for candidate in CANDIDATES[kind]:
        if os.path.exists(candidate):
            return candidate
    raise SystemExit(f"no font file for '{kind}': apt-get install -y fonts-liberation fonts-dejavu-core fonts-ocr-a fonts-ocr-b")


@functools.lru_cache(maxsize=512)
def font(kind, size):
    return ImageFont.truetype(path(kind), max(6, int(round(size))))
