"""Recruitment requirements for a mu document, as a department writes them for practicum
assistants (a minimum grade in one to three named courses, `IPK minimal 3,00`, `minimal semester
3`), drawn for the outcome the caller chose: requirements the document meets, and for an unmet
outcome one or two of them made to fail (a grade above the student's, an IPK threshold above
theirs, a later semester, or a course the student has not taken). IPK thresholds are round
numbers kept at least 0.03 from the true IPK, so a printed IPK cut rather than rounded never
changes the decision."""
from generate_khs import SCALES

THRESHOLDS = [2.0, 2.5, 2.75, 3.0, 3.25, 3.5, 3.75]


def _key(rng, row):
    draw = rng.random()
    return row["code"] if draw < 0.25 else row["name"].lower() if draw < 0.45 else row["name"]


def requirements(rng, rows, ipk_true, semester, scale, catalogue, want_met):
    points = SCALES[scale]
    letters = list(points)
    result = {"courses": []}
    passable = [r for r in rows if points[r["grade"]] >= 2.0]
    for row in rng.sample(passable, min(len(passable), rng.choice([1, 1, 2, 2, 3]))):
        fair = [g for g in letters if 2.0 <= points[g] <= points[row["grade"]]]
        minimum = rng.choice(fair[:3])  # the stricter end, as departments ask for B or better
        result["courses"].append({"name": _key(rng, row), "min_grade": minimum})
    low = [t for t in THRESHOLDS if t <= ipk_true - 0.03]
    if low and rng.random() < 0.8:
        result["min_ipk"] = rng.choice(low[-3:])
    if semester >= 2 and rng.random() < 0.65:
        result["min_semester"] = rng.randint(2, semester)
    if want_met:
        return result, True
    failures = []
    better = [r for r in rows if points[r["grade"]] < 4.0 and points[r["grade"]] >= 1.0]
    if better:
        failures.append("grade")
    if any(t >= ipk_true + 0.03 for t in THRESHOLDS):
        failures.append("ipk")
    if semester < 8:
        failures.append("semester")
    if any(c not in {r["name"] for r in rows} for c in catalogue):
        failures.append("absent")
    for failure in rng.sample(failures, 1 if rng.random() < 0.75 else min(2, len(failures))):
        if failure == "grade":
            row = rng.choice(better)
            above = [g for g in letters if points[g] > points[row["grade"]]]
            result["courses"] = [c for c in result["courses"] if c["name"].lower() not in (row["code"].lower(), row["name"].lower())]
            result["courses"].append({"name": _key(rng, row), "min_grade": rng.choice(above[-2:])})
        elif failure == "ipk":
            result["min_ipk"] = rng.choice([t for t in THRESHOLDS if t >= ipk_true + 0.03][:2])
        elif failure == "semester":
            result["min_semester"] = min(8, semester + rng.choice([1, 1, 2]))
        else:
            taken = {r["name"] for r in rows}
            absent = rng.choice([c for c in catalogue if c not in taken])
            result["courses"].append({"name": absent, "min_grade": rng.choice([g for g in letters if points[g] in (3.0, 2.5, 2.0)])})
    return result, False
