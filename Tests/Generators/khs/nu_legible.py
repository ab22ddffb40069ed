"""Keeps a `nu` photo or scan readable by a clerk: the shared degrade helper (../ktp/degrade.py)
shrinks a page to 640-950 px wide and may lay it on a desk with wide margins, which on a landscape
page (or the strongest level) can leave body text a few pixels high. Before a document is written,
its degradations are tried on a copy of the random state; while the body text would end up under
MIN_TEXT_PX high on some page, the state is moved on by one draw and tried again (a few times, then
the most readable try is kept). khs_files.write_document then draws exactly the degradations tried."""
import math
import random

from degrade import degrade

MIN_TEXT_PX = 7.5
TRIES = 6


def _text_px(log, page_width, size):
    width = page_width
    for entry in log:
        if "card_corners" in entry:
            (x0, y0), (x1, y1) = entry["card_corners"][0], entry["card_corners"][1]
            return size * math.hypot(x1 - x0, y1 - y0) / page_width
        if entry["name"] == "lowres":
            width = entry["width"]
    return size * width / page_width


def settle(rng, canvases, level, size, paged):
    """Moves rng on until the degradations it would draw leave every page readable."""
    best, best_px = rng.getstate(), -1.0
    for _ in range(TRIES):
        probe = random.Random()
        probe.setstate(rng.getstate())
        smallest = math.inf
        for canvas in canvases if paged else canvases[:1]:
            _, log, _ = degrade(canvas.image, probe, level)
            smallest = min(smallest, _text_px(log, canvas.size[0], size))
            if paged:
                probe.random()  # write_document's grey-or-colour draw
        if smallest >= MIN_TEXT_PX:
            return
        if smallest > best_px:
            best, best_px = rng.getstate(), smallest
        rng.random()
    rng.setstate(best)
