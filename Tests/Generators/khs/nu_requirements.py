"""Recruitment requirements for a `nu` document, as a lab coordinator writes them for practicum
assistants (a minimum grade in one or two named courses, named by name, lower-cased name or code;
a minimum IPK; a minimum semester), drawn for the outcome the caller chose. For an unmet outcome
one requirement is made to fail: a grade above the student's, an IPK threshold above theirs, a
semester after the printed one, or a course the student has not taken. IPK thresholds are round
numbers at least 0.03 from the true IPK, so cutting instead of rounding never flips a decision.
Works on letter scales and on the numeric 0-4 scale (minimum grades then read "3.00")."""
from generate_khs import SCALES

THRESHOLDS = [2.0, 2.5, 2.75, 3.0, 3.25, 3.5]
NUMERIC_MINIMUMS = ["2.00", "2.50", "2.75", "3.00", "3.50", "4.00"]


def _point(scale, grade):
    return float(grade) if scale == "numeric" else SCALES[scale][grade]


def _ladder(scale):
    return NUMERIC_MINIMUMS if scale == "numeric" else [g for g in SCALES[scale] if SCALES[scale][g] >= 2.0]


def _key(rng, row):
    draw = rng.random()
    return row["code"] if draw < 0.3 else row["name"].lower() if draw < 0.5 else row["name"]


def requirements(rng, rows, ipk_true, semester, scale, catalogue, want_met):
    ladder = _ladder(scale)
    result = {"courses": []}
    for row in rng.sample(rows, rng.choice([1, 1, 2, 2, 3])):
        fair = [g for g in ladder if _point(scale, g) <= _point(scale, row["grade"])]
        if fair:
            result["courses"].append({"name": _key(rng, row), "min_grade": rng.choice(sorted(fair, key=lambda g: -_point(scale, g))[:3])})
    low = [t for t in THRESHOLDS if t <= ipk_true - 0.03]
    if low and rng.random() < 0.8:
        result["min_ipk"] = rng.choice(low[-3:])
    if rng.random() < 0.65:
        result["min_semester"] = rng.randint(min(2, semester), semester)
    if want_met:
        return result, True
    taken = {r["name"] for r in rows}
    failures = ["absent"] if any(c not in taken for c in catalogue) else []
    improvable = [r for r in rows if any(_point(scale, g) > _point(scale, r["grade"]) for g in ladder)]
    if improvable:
        failures += ["grade", "grade"]
    if any(t >= ipk_true + 0.03 for t in THRESHOLDS):
        failures.append("ipk")
    if semester < 8:
        failures.append("semester")
    failure = rng.choice(failures)
    if failure == "grade":
        row = rng.choice(improvable)
        above = [g for g in ladder if _point(scale, g) > _point(scale, row["grade"])]
        result["courses"] = [c for c in result["courses"] if c["name"].lower() not in (row["code"].lower(), row["name"].lower())]
        result["courses"].append({"name": _key(rng, row), "min_grade": rng.choice(above)})
    elif failure == "ipk":
        result["min_ipk"] = rng.choice([t for t in THRESHOLDS if t >= ipk_true + 0.03][:2])
    elif failure == "semester":
        result["min_semester"] = min(8, semester + rng.choice([1, 1, 2]))
    else:
        result["courses"].append({"name": rng.choice([c for c in catalogue if c not in taken]), "min_grade": ladder[len(ladder) // 2]})
    return result, False
