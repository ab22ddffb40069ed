import Foundation
import Contracts

/// Where the decision lines are. `approve`: fields compared loosely (name, decree number, rank)
/// must reach it, identifiers (NIP, LG number, dates) must match exactly; `reject`: any field
/// found in both but below it, or an overall similarity below it, rejects.
/// Invariant: `0 <= reject <= approve <= 1`.
public struct DecisionThresholds: Sendable, Equatable {
    public var approve: Double
    public var reject: Double

    public init(approve: Double = 0.9, reject: Double = 0.7) {
        self.approve = min(1, max(0, approve))
        self.reject = min(self.approve, max(0, reject))
    }
}

/// Compares what an employee proposed with what the decree says: both sides normalised the
/// same way, per-field Levenshtein ratio, the mean as overall similarity, and a decision with
/// reasons a clerk can act on.
public struct SKComparison: Sendable {
    public let thresholds: DecisionThresholds

    public init(thresholds: DecisionThresholds = DecisionThresholds()) {
        self.thresholds = thresholds
    }

    /// The proposal's fields in answer order, with their entity label and the name a clerk reads.
    static func fields(_ p: SKProposal) -> [(key: String, label: EntityLabel, title: String, value: String?)] {
        [("nip", .nipPNS, "NIP", p.nip), ("nama", .namaPNS, "name", p.nama), ("nomor_sk", .nomorSK, "decree number", p.nomorSK),
         ("nomor_lg_bkn", .nomorLGBKN, "BKN approval number (LG)", p.nomorLGBKN),
         ("tanggal_lg_bkn", .tanggalLGBKN, "BKN approval date", p.tanggalLGBKN),
         ("tmt_kp", .tmtKP, "promotion date (TMT)", p.tmtKP), ("pangkat_baru", .pangkatBaru, "new rank", p.pangkatBaru)]
    }

    static let exact: Set<EntityLabel> = [.nipPNS, .nomorLGBKN, .tanggalLGBKN, .tmtKP]

    /// The form both sides are compared in.
    static func comparable(_ label: EntityLabel, _ text: String) -> String {
        let value = EntityValue.normalise(label, text)
        switch label {
        case .namaPNS: return value.uppercased().filter { $0.isLetter || $0 == " " || $0 == "'" }
        case .nomorSK, .nomorLGBKN: return value.uppercased()
        default: return value
        }
    }

    public func compare(_ proposal: SKProposal, with entities: [ExtractedEntity]) -> SKValidation {
        var comparisons: [FieldComparison] = []
        var reasons: [String] = []
        var approve = true, reject = false
        for field in Self.fields(proposal) {
            guard let raw = field.value?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { continue }
            let proposed = Self.comparable(field.label, raw)
            let candidates = entities.filter { $0.label == field.label }.map { Self.comparable(field.label, $0.text) }
            let best = candidates.map { ($0, Levenshtein.ratio(proposed, $0)) }.max { $0.1 < $1.1 }
            let similarity = ((best?.1 ?? 0) * 1000).rounded() / 1000
            comparisons.append(FieldComparison(field: field.key, proposed: proposed, extracted: best?.0, similarity: similarity))
            guard let extracted = best?.0 else {
                approve = false
                reasons.append("The \(field.title) could not be found in the decree; check the scan by hand.")
                continue
            }
            let needed = Self.exact.contains(field.label) ? 1.0 : thresholds.approve
            if similarity < thresholds.reject {
                reject = true
                reasons.append("The \(field.title) differs: the decree says \"\(extracted)\", the proposal \"\(proposed)\".")
            } else if similarity < needed {
                approve = false
                reasons.append("The \(field.title) is close but not equal (similarity \(similarity)): the decree says \"\(extracted)\", the proposal \"\(proposed)\".")
            }
        }
        let overall = comparisons.isEmpty ? 0 : ((comparisons.map(\.similarity).reduce(0, +) / Double(comparisons.count)) * 1000).rounded() / 1000
        if comparisons.isEmpty {
            return SKValidation(fields: [], similarity: 0, decision: .review, reasons: ["Nothing was proposed, so there is nothing to check against the decree."])
        }
        if overall < thresholds.reject, !reject {
            reject = true
            reasons.append("Overall the proposal matches the decree poorly (similarity \(overall)).")
        }
        let decision: SKDecision = reject ? .reject : approve ? .approve : .review
        if decision == .approve { reasons.append("All \(comparisons.count) proposed fields match the decree.") }
        return SKValidation(fields: comparisons, similarity: overall, decision: decision, reasons: reasons)
    }
}
