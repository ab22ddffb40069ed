import Contracts
import Foundation

/// Decides whether a read transcript meets a recruitment's requirements. Rules, in order:
/// nothing readable, or a printed IPK that differs from the recomputed one by more than
/// rounding (0.02) → needs_review (the whole reading is in doubt); a requirement surely not met
/// (grade too low, semester too low, IPK too low on a table read whole or as printed and agreeing with the rows read, a course absent from a
/// table read whole, whose printed IPK was found, with no row resembling it) → not_eligible; a requirement in doubt
/// (unreadable rows, a printed credit total the rows read do not add up to, no semester printed, no printed IPK found or its value unreadable, a row
/// that may be the course misread, an unknown required grade) → needs_review; otherwise eligible. Every reason is listed.
public struct TranscriptVerifier: Sendable {
    public var scale: GradeScale
    public var tolerance: Double

    public init(scale: GradeScale = .indonesian, tolerance: Double = 0.02) {
        self.scale = scale
        self.tolerance = tolerance
    }

    /// Σ sks × points / Σ sks over the rows the scale knows, rounded to two decimals.
    public func ipk(_ rows: [CourseRow]) -> Double? {
        let known = rows.compactMap { row in scale.value(of: row.grade).map { (Double(row.sks), $0) } }
        let credits = known.map(\.0).reduce(0, +)
        guard credits > 0 else { return nil }
        return (known.map { $0.0 * $0.1 }.reduce(0, +) / credits * 100).rounded() / 100
    }

    /// Whether a printed IPK is the one recomputed from `rows`, within the tolerance; nil when none can be recomputed.
    public func agrees(_ printed: Double, with rows: [CourseRow]) -> Bool? {
        ipk(rows).map { abs($0 - printed) <= tolerance }
    }

    public func verify(_ reading: TranscriptReading, _ requirements: TranscriptRequirements) -> TranscriptVerification {
        let ipk = ipk(reading.rows)
        // doubt: the reading as a whole is untrustworthy; review: one requirement is in doubt;
        // failed: a requirement surely not met (on evidence the doubts do not touch)
        var doubt: [String] = [], review: [String] = [], failed: [String] = []
        if reading.rows.isEmpty { doubt.append("no course rows could be read from the transcript") }
        if reading.unreadableRows > 0 { review.append("\(reading.unreadableRows) table row(s) could not be read completely") }
        let unmatched = reading.creditTotals.filter { !$0.agrees(with: reading.rows, scale: scale) }
        for total in unmatched {
            let read = reading.rows[total.sinceLast.clamped(to: reading.rows.indices)].map(\.sks).reduce(0, +)
            review.append("the table prints a total of \(total.printed) SKS where the rows read above it add up to \(read) (rows may be missing or misread)")
        }
        // a table not read whole: a requirement it seems to fail may be met by what was not read
        // (a course seems absent too where no printed IPK was found to check the rows read against);
        // rows read without their code beside rows with one lost their code cell, and often the start
        // of their name with it (a name wrapped in its cell, "Keperawatan" read into the codes)
        let codesLost = reading.rows.contains { $0.code == nil } && reading.rows.contains { $0.code != nil }
        let partial = reading.unreadableRows > 0 || !unmatched.isEmpty
        if let printed = reading.ipkPrinted, let ipk, agrees(printed, with: reading.rows) == false {
            doubt.append(String(format: "the printed IPK %.2f does not match the IPK %.2f recomputed from the courses", printed, ipk))
        }
        if reading.ipkUnread, !reading.rows.isEmpty {
            review.append("the printed IPK could not be read, so the courses could not be checked against it")
        } else if reading.ipkPrinted == nil, !reading.rows.isEmpty {
            // every KHS and transcript prints an IPK (or a semester's IPS): not finding it leaves the
            // one check against an altered page undone
            review.append("no printed IPK was found on the transcript, so the courses could not be checked against it")
        }
        if let minimum = requirements.minIPK, let ipk, ipk + 1e-9 < minimum {
            let below = String(format: "IPK %.2f is below the required %.2f", ipk, minimum)
            // the printed IPK, below the minimum and agreeing with the rows read, is the document's own
            // figure: rows not read cannot lift it (an altered page raises an IPK, never lowers it)
            let printedBelow = reading.ipkPrinted.map { abs($0 - ipk) <= tolerance && $0 + 1e-9 < minimum } ?? false
            if partial && !printedBelow { review.append(below + " (recomputed from a table not read whole)") } else { failed.append(below) }
        }
        if let minimum = requirements.minSemester {
            if let semester = reading.semester {
                if semester < minimum, reading.semesterIsLowerBound {
                    // the last semester heading of the table: a later semester may have no courses listed yet
                    review.append("the transcript lists courses up to semester \(semester) and does not print the current semester (at least \(minimum) is required)")
                } else if semester < minimum {
                    failed.append("semester \(semester) is below the required semester \(minimum)")
                }
            } else {
                review.append("the semester could not be read from the transcript (at least \(minimum) is required)")
            }
        }
        for requirement in requirements.courses {
            guard scale.value(of: scale.canonical(requirement.minGrade) ?? requirement.minGrade) != nil else {
                review.append("the required grade '\(requirement.minGrade)' for \(requirement.name) is not on the grade scale")
                continue
            }
            guard let row = TranscriptCourseMatch.find(requirement.name, in: reading.rows) else {
                let missing = "\(requirement.name) was not found on the transcript"
                if let near = TranscriptCourseMatch.resembling(requirement.name, in: reading.rows) {
                    review.append(missing + " (the row '\(near.name)' may be it, misread)")
                } else if reading.rows.isEmpty || partial || codesLost || reading.ipkPrinted == nil { review.append(missing) } else { failed.append(missing) }
                continue
            }
            if !scale.meets(row.grade, minimum: requirement.minGrade) {
                failed.append("\(row.name): grade \(row.grade) is below the required \(requirement.minGrade)")
            }
        }
        let decision: Eligibility = !doubt.isEmpty ? .needsReview : !failed.isEmpty ? .notEligible : !review.isEmpty ? .needsReview : .eligible
        return TranscriptVerification(
            student: reading.student, courses: reading.rows, ipk: ipk, ipkPrinted: reading.ipkPrinted, eligible: decision,
            reasons: failed + doubt + review, semester: reading.semester)
    }
}
