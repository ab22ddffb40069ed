"""Checks generated KHS ground truth against itself, without the transcript reader:
ipk_true is the SKS-weighted mean of the rows on the scale named; an untampered page prints that
IPK (to 0.01: some institutions cut rather than round); a tampered one is off by more than 0.02;
the expected decision follows from the requirements; for PDFs with a text layer (--text-pdf),
`pdftotext` finds every row's code, name, SKS and grade, the student's name and number, and
the printed IPK on the pages.

    var/venv/bin/python Tests/Generators/khs/check_truth.py DIR [DIR...]
"""
import json
import os
import subprocess
import sys

from generate_khs import SCALES


def point(scale, grade):
    return float(grade) if scale == "numeric" else SCALES[scale][grade]


def problems(path):
    truth = json.load(open(path))
    scale, rows, found = truth["scale"], truth["rows"], []
    total = sum(r["sks"] for r in rows)
    mean = round(sum(r["sks"] * point(scale, r["grade"]) for r in rows) / total, 2)
    if mean != truth["ipk_true"]:
        found.append(f"ipk_true {truth['ipk_true']} but the rows give {mean}")
    gap = abs(truth["ipk_printed"] - truth["ipk_true"])
    if truth["tampered"] and gap <= 0.02:
        found.append(f"tampered but printed {truth['ipk_printed']} is within 0.02 of {truth['ipk_true']}")
    if not truth["tampered"] and gap > 0.011:
        found.append(f"untampered but printed {truth['ipk_printed']} differs from {truth['ipk_true']}")
    wanted, met = truth["requirements"], True
    for course in wanted["courses"]:
        key = course["name"].lower()
        row = next((r for r in rows if key in (r["code"].lower(), r["name"].lower())), None)
        met = met and row is not None and point(scale, row["grade"]) >= point(scale, course["min_grade"])
    met = met and truth["ipk_true"] >= wanted.get("min_ipk", 0) and truth["semester"] >= wanted.get("min_semester", 0)
    expected = "needs_review" if truth["tampered"] else ("eligible" if met else "not_eligible")
    if expected != truth["expected"]:
        found.append(f"expected {truth['expected']} but the requirements give {expected}")
    pdf = path[:-5] + ".pdf"
    if truth.get("text_layer"):
        raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True, check=True).stdout
        text = " ".join(raw.split())  # content-stream order: -layout may split a run between close lines (bilingual rows)
        words = [truth["student"]["name"], truth["student"]["nim"]]
        words += [str(v) for r in rows for v in (r["code"], r["name"], r["grade"])]
        ipk = f"{truth['ipk_printed']:.2f}"
        missing = [w for w in words if w not in text] + ([] if ipk in text or ipk.replace(".", ",") in text else [ipk])
        if missing:
            found.append(f"text layer lacks {missing[:5]}")
    return found


def main():
    checked, bad = 0, 0
    for folder in sys.argv[1:]:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".json"):
                checked += 1
                for problem in problems(os.path.join(folder, name)):
                    bad += 1
                    print(f"{name}: {problem}")
    print(f"{checked} transcripts checked, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
