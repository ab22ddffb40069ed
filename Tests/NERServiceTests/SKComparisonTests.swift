import Contracts
import DecreeEntities
import Testing

/// Levenshtein ratios and the approve / review / reject decision.
struct SKComparisonTests {
    static let decree: [ExtractedEntity] = [
        entity(.nipPNS, "19850312 201001 1 005"), entity(.namaPNS, "Drs. BUDI SANTOSO, M.Si."),
        entity(.nomorSK, "823.3/0456/BKD/2023"), entity(.nomorLGBKN, "LG-23400000123"),
        entity(.tanggalLGBKN, "12 Maret 2023"), entity(.tmtKP, "1 April 2023"), entity(.pangkatBaru, "Penata Muda Tingkat I, III/b"),
    ]

    static func entity(_ label: EntityLabel, _ text: String) -> ExtractedEntity {
        ExtractedEntity(label: label, text: text, value: EntityValue.normalise(label, text), start: 0, end: text.count, confidence: 0.9)
    }

    static let honest = SKProposal(
        nip: "198503122010011005", nama: "Budi Santoso", nomorSK: "823.3/0456/BKD/2023", nomorLGBKN: "LG-23400000123",
        tanggalLGBKN: "12-03-2023", tmtKP: "01/04/2023", pangkatBaru: "Penata Muda Tk. I III/b")

    @Test func levenshteinRatio() {
        #expect(Levenshtein.distance("kitten", "sitting") == 3)
        #expect(Levenshtein.ratio("abc", "abc") == 1)
        #expect(Levenshtein.ratio("", "") == 1)
        #expect(abs(Levenshtein.ratio("abcd", "abcx") - 0.75) < 1e-9)
        #expect(Levenshtein.distance("abcdef", "uvwxyz", limit: 2) == 3)
    }

    @Test func matchingProposalInOtherWrittenFormsIsApproved() {
        let result = SKComparison().compare(Self.honest, with: Self.decree)
        #expect(result.decision == .approve)
        #expect(result.similarity == 1)
        #expect(result.fields.count == 7)
        #expect(result.fields.allSatisfy { $0.similarity == 1 })
    }

    @Test func oneDigitOffInTheNIPIsNotApproved() {
        var proposal = Self.honest
        proposal.nip = "198503122010011006"
        let result = SKComparison().compare(proposal, with: Self.decree)
        #expect(result.decision == .review)
        #expect(result.reasons.contains { $0.contains("NIP") })
    }

    @Test func anotherPersonIsRejected() {
        var proposal = Self.honest
        proposal.nama = "Siti Rahayu"
        proposal.pangkatBaru = "Pembina Utama IV/e"
        let result = SKComparison().compare(proposal, with: Self.decree)
        #expect(result.decision == .reject)
        #expect(result.reasons.contains { $0.contains("name differs") })
    }

    @Test func missingEntityMeansReview() {
        let result = SKComparison().compare(Self.honest, with: Self.decree.filter { $0.label != .tmtKP })
        #expect(result.decision == .review)
        #expect(result.fields.first { $0.field == "tmt_kp" }?.extracted == nil)
        #expect(result.reasons.contains { $0.contains("could not be found") })
    }

    @Test func thresholdsAreConfigurable() {
        var proposal = Self.honest
        proposal.nama = "Budi Santosa"
        #expect(SKComparison(thresholds: DecisionThresholds(approve: 0.9, reject: 0.7)).compare(proposal, with: Self.decree).decision == .approve)
        #expect(SKComparison(thresholds: DecisionThresholds(approve: 0.99, reject: 0.7)).compare(proposal, with: Self.decree).decision == .review)
        #expect(SKComparison(thresholds: DecisionThresholds(approve: 1, reject: 0.95)).compare(proposal, with: Self.decree).decision == .reject)
    }

    @Test func emptyProposalIsSentToReview() {
        let result = SKComparison().compare(SKProposal(), with: Self.decree)
        #expect(result.decision == .review)
        #expect(result.fields.isEmpty)
    }
}
