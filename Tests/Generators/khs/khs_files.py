"""Writes one generated transcript and its ground truth, the same way for every layout that
renders its own pages (kappa, zeta, lambda): a phone photo (JPEG), a scanned PDF (each page
degraded, half of them grey, a fixed creation date so a seed gives the same bytes) or a
born-digital PDF with a text layer; the truth JSON beside it with the keys khs-bench reads."""

import json
import os
import random
import time

from faker import Faker

import textpdf
from degrade import degrade
from omicron_style import half_up, mean
from xi_requirements import tampered_ipk


def document_start(layout, seed, index, draw_style, pdf, text_pdf):
    """What every layout's document begins with, in this order so a seed keeps giving the same
    document: its random generator, its style (`draw_style(rng)`), an Indonesian Faker seeded from
    it, and whether it is paged (a PDF or a text PDF)."""
    rng = random.Random(f"{layout}-{seed}-{index}")
    style = draw_style(rng)
    fake = Faker("id_ID")
    fake.seed_instance(rng.randint(0, 2**31))
    return rng, style, fake, pdf or text_pdf


def study_span(rng, shown):
    """The student's semester (the semesters shown, sometimes one more, at most 8) and entry year."""
    semester = min(8, shown + (1 if rng.random() < 0.4 else 0))
    return semester, rng.randint(2018, 2025 - (semester + 1) // 2)


def nip(rng, born):
    """An official's 18-digit NIP: born (year, month, day), appointed (year, month), sex, serial."""
    return (f"{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{born + rng.randint(24, 32)}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 2)}{rng.randint(1, 20):03d}")


def graded(rng, rows, outcome):
    """The IPK recomputed from `rows` (each with its sks and point), the tampering (an IPK printed
    off the true one where the outcome is needs_review, else None) and the IPK printed."""
    ipk_true = round(sum(r["sks"] * r["point"] for r in rows) / sum(r["sks"] for r in rows), 2)
    tampered = "ipk" if outcome == "needs_review" else None
    printed = tampered_ipk(rng, half_up(mean(rows)), 0.65) if tampered else half_up(mean(rows))
    return ipk_true, tampered, printed


def amend_truth(out, layout, index, amend):
    """Reads the truth JSON ``write_document`` wrote, lets `amend(truth)` change it in place (the
    layout's family, degradations drawn before write_document's), and writes it back."""
    path = os.path.join(out, f"khs-{layout}-{index:04d}.json")
    with open(path) as handle:
        written = json.load(handle)
    amend(written)
    with open(path, "w") as handle:
        json.dump(written, handle, indent=1, ensure_ascii=False)


def write_document(out, layout, index, canvases, rng, *, paged, text_pdf, gray, level, pdf_quality,
                   style, doc, rows, printed, ipk_true, tampered, semester, wanted, met):
    stem = f"khs-{layout}-{index:04d}"
    if paged:
        images, degradations = [], []
        for canvas in canvases:
            image, applied, _ = degrade(canvas.image, rng, level)
            images.append(image.convert("L") if rng.random() < 0.5 or gray else image)
            degradations.append(applied)
        if text_pdf:
            textpdf.write(os.path.join(out, stem + ".pdf"), [(c, c.size) for c in canvases])
            degradations = [[] for _ in canvases]
        else:
            fixed = time.struct_time((2025, 11, 1, 8, 0, 0, 5, 305, 0))
            images[0].save(os.path.join(out, stem + ".pdf"), save_all=True, append_images=images[1:], resolution=150, quality=pdf_quality,
                           creationDate=fixed, modDate=fixed)
    else:
        image, degradations, quality = degrade(canvases[0].image, rng, level)
        image.save(os.path.join(out, stem + ".jpg"), quality=quality or 88)
    truth = {"layout": layout, "scale": style["scale"], "student": {"name": doc["name"], "nim": doc["nim"]},
             "rows": [{"code": r["code"], "name": r["name"], "sks": r["sks"], "grade": r["grade"]} for r in rows],
             "ipk_printed": printed, "ipk_true": ipk_true, "tampered": tampered is not None, "semester": semester,
             "pages": len(canvases) if paged else 1, "requirements": wanted,
             "expected": "needs_review" if tampered else ("eligible" if met else "not_eligible"), "degradations": degradations}
    if text_pdf:
        truth["text_layer"] = True
    with open(os.path.join(out, stem + ".json"), "w") as handle:
        json.dump(truth, handle, indent=1, ensure_ascii=False)


def family_courses(rng, style, pool, points, shown, paged, most, *, ability, head, jitter, general_first, step, code,
                   finish=None):
    """Courses semester by semester for iota and theta: `shown` semesters of 5-7 courses (a PDF)
    or 3-6 (a photo), at most `most` in all, each semester's own courses from `pool` (the order
    jittered by up to `jitter` semesters), general ones first or last, coded by `code(course,
    semester, serial)` (the serial moved on by `step` while a code repeats), graded by a student of
    an ability drawn from `ability` (the weights of the best grades start at `head`); `finish(rng,
    style, row)` may add to each row."""
    drawn = rng.uniform(*ability)
    weights = [w * drawn ** -k for k, w in enumerate([head, 5, 5, 4, 3, 2, 1.2, 0.6][: len(points) - 1])] + [0.15]
    counts = [rng.randint(5, 7) if paged else rng.randint(3, 6) for _ in range(shown)]
    while sum(counts) > most:
        counts[counts.index(max(counts))] -= 1
    order = (lambda c: (not c["general"], c["name"])) if general_first else (lambda c: (c["general"], c["name"]))
    rows, taken, codes = [], set(), set()
    for semester, want in enumerate(counts, 1):
        open_ = [c for c in pool if c["name"] not in taken and c["semester"] <= semester + 1]
        chosen = sorted(open_, key=lambda c: abs(c["semester"] - semester) + rng.random() * jitter)[:want]
        chosen.sort(key=order)
        for serial, course in enumerate(chosen, 1):
            taken.add(course["name"])
            course_code = code(course, semester, serial)
            while course_code in codes:
                serial += step
                course_code = code(course, semester, serial)
            codes.add(course_code)
            grade = rng.choices(list(points), weights)[0]
            row = {"code": course_code, "natural": course["name"], "name": course["name"].upper() if style["upper"] else course["name"],
                   "sks": course["sks"], "grade": grade, "point": points[grade], "semester": semester,
                   "mutu": course["sks"] * points[grade]}
            if finish:
                finish(rng, style, row)
            rows.append(row)
    return rows


def family_page(layout, st, index, seed, level, out, pdf, text_pdf, pdf_quality, gray, *, paged_most, divisor, bare,
                courses, outcome, make_doc):
    """One document of a layout whose family turns with the document number (iota, theta): the
    family's renderer is module `{layout}_{family}` (with `capacity(style)` and `render(...)`),
    `st` the layout's style module (FAMILIES, draw_style, pool, POINTS). `paged_most` caps the rows
    of a PDF, `divisor` the semesters of a photo (at most its capacity // divisor); `bare(family,
    paged, text_pdf)` says when the page is drawn without degradation; `courses`, `outcome` and `make_doc`
    are the layout's own. The family and any `art` (work done before the degradations) go into
    the truth after write_document."""
    import importlib

    from xi_khs import _legible_level as legible_level
    from xi_requirements import requirements

    family = st.FAMILIES[(index - 1) % len(st.FAMILIES)]
    rng, style, fake, paged = document_start(layout, seed, index, lambda rng: st.draw_style(rng, family), pdf, text_pdf)
    renderer = importlib.import_module(f"{layout}_{family}")
    most = paged_most if paged else renderer.capacity(style)
    shown = rng.randint(4, 6) if paged else min(rng.randint(2, 4) + (most >= 24), max(2, most // divisor))
    semester, entry = study_span(rng, shown)
    rows = courses(rng, style, shown, paged, most)
    kind = outcome(seed, index)
    ipk_true, tampered, printed = graded(rng, rows, kind)
    doc = make_doc(rng, fake, style, rows, semester, entry, printed)
    extra = random.Random(f"{layout}-{seed}-{index}-requirements")
    natural = [dict(r, name=r["natural"]) for r in rows]
    want_met = kind == "eligible" or (kind == "needs_review" and extra.random() < 0.5)
    catalogue = [c["name"] for c in st.pool(style)]
    wanted, met = requirements(extra, natural, ipk_true, semester, st.POINTS[style["scale"]], catalogue, want_met)
    canvases = renderer.render(style, doc, rows, rng, paged, text_pdf)
    art = style.pop("art", [])
    if bare(family, paged, text_pdf):
        level = "none"
    elif not text_pdf:
        level = legible_level(canvases, rng, level, style.get("body", style["size"]))
    truth = {"style": style, "doc": doc, "rows": rows, "printed": printed, "ipk_true": ipk_true, "tampered": tampered,
             "semester": semester, "wanted": wanted, "met": met}
    write_document(out, layout, index, canvases, rng, paged=paged, text_pdf=text_pdf, gray=gray, level=level,
                   pdf_quality=pdf_quality, **truth)

    def amend(written):
        written["family"] = family
        if art and not text_pdf:  # work done before the degradations drawn after it (a fax, a camera, a scanner)
            if paged:
                written["degradations"] = [[info] + log for info, log in zip(art, written["degradations"])]
            else:
                written["degradations"] = art + written["degradations"]
    amend_truth(out, layout, index, amend)
