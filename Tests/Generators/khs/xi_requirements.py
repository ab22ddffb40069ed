"""Recruitment requirements for an xi document, for the outcome the caller chose, over any grade
scale given as {printed grade: point} (letters, or numeric grades like "3.50"): one to three named
courses (by code, by name, sometimes lower-cased) with a minimum grade the student meets, often a
round minimum IPK at least 0.03 below the true IPK and a minimum semester the printed semester
meets; for an unmet outcome one or two of them made to fail (a grade above the student's, an IPK
at least 0.03 above, a later semester, or a course not taken)."""

THRESHOLDS = [2.0, 2.5, 2.75, 3.0, 3.25, 3.5, 3.75]


def tampered_ipk(rng, printed, up_chance):
    """The printed IPK of a tampered (needs_review) document: moved 0.15-0.6, upward with chance
    `up_chance` where that stays within 0-4."""
    shift = rng.uniform(0.15, 0.6)
    upward = printed + shift <= 4.0 and (printed - shift < 0.0 or rng.random() < up_chance)
    return round(printed + shift if upward else printed - shift, 2)


def _key(rng, row):
    draw = rng.random()
    return row["code"] if draw < 0.3 else row["name"].lower() if draw < 0.45 else row["name"]


def requirements(rng, rows, ipk_true, semester, points, catalogue, want_met):
    grades = sorted(points, key=lambda g: -points[g])
    result = {"courses": []}
    passable = [r for r in rows if points[r["grade"]] >= 2.0]
    for row in rng.sample(passable, min(len(passable), rng.choice([1, 1, 2, 2, 3]))):
        fair = [g for g in grades if 2.0 <= points[g] <= points[row["grade"]]]
        result["courses"].append({"name": _key(rng, row), "min_grade": rng.choice(fair[:3])})
    low = [t for t in THRESHOLDS if t <= ipk_true - 0.03]
    if low and rng.random() < 0.8:
        result["min_ipk"] = rng.choice(low[-3:])
    if semester >= 2 and rng.random() < 0.7:
        result["min_semester"] = rng.randint(2, semester)
    if want_met:
        return result, True
    failures = []
    if any(1.0 <= points[r["grade"]] < 4.0 for r in rows):
        failures.append("grade")
    if any(t >= ipk_true + 0.03 for t in THRESHOLDS):
        failures.append("ipk")
    if semester < 8:
        failures.append("semester")
    taken = {r["name"] for r in rows}
    if any(c not in taken for c in catalogue):
        failures.append("absent")
    for failure in rng.sample(failures, 1 if rng.random() < 0.75 else min(2, len(failures))):
        if failure == "grade":
            row = rng.choice([r for r in rows if 1.0 <= points[r["grade"]] < 4.0])
            above = [g for g in grades if points[g] > points[row["grade"]]]
            result["courses"] = [c for c in result["courses"] if c["name"].lower() not in (row["code"].lower(), row["name"].lower())]
            result["courses"].append({"name": _key(rng, row), "min_grade": rng.choice(above[-2:])})
        elif failure == "ipk":
            result["min_ipk"] = rng.choice([t for t in THRESHOLDS if t >= ipk_true + 0.03][:2])
        elif failure == "semester":
            result["min_semester"] = min(8, semester + rng.choice([1, 1, 2]))
        else:
            absent = rng.choice([c for c in catalogue if c not in taken])
            result["courses"].append({"name": absent, "min_grade": rng.choice([g for g in grades if 2.0 <= points[g] <= 3.0])})
    return result, False
