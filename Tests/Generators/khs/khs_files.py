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
