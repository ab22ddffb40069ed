import Contracts
import Foundation
import RegionRegistry

/// Exact-match and character-accuracy scoring of extracted fields against ground truth.
struct KTPScore {
    var cards = 0
    var nikExact = 0
    var exact: [String: Int] = [:]
    var characterErrors = 0
    var characters = 0
    var refused = 0

    mutating func add(truth: [String: String], predicted: [String: String]?) {
        cards += 1
        guard let predicted else {
            refused += 1
            for key in Self.fields { characterErrors += truth[key]?.count ?? 0; characters += truth[key]?.count ?? 0 }
            return
        }
        for key in Self.fields {
            let expected = truth[key] ?? "", got = predicted[key] ?? ""
            if expected == got { exact[key, default: 0] += 1 }
            characterErrors += TextSimilarity.distance(got, expected)
            characters += expected.count
        }
        if truth["nik"] == predicted["nik"] { nikExact += 1 }
    }

    static let fields = KTPFields.CodingKeys.allCases.map(\.rawValue)
    var characterAccuracy: Double { characters == 0 ? 0 : 1 - Double(characterErrors) / Double(characters) }
    func rate(_ count: Int) -> String { String(format: "%.1f%%", cards == 0 ? 0 : 100 * Double(count) / Double(cards)) }

    func print(title: String) {
        Swift.print("\n\(title): \(cards) cards")
        Swift.print("NIK exact: \(rate(nikExact))   character accuracy: \(String(format: "%.2f%%", 100 * characterAccuracy))   refused as not a KTP: \(refused)")
        Swift.print("| field | exact |")
        Swift.print("|---|---:|")
        for key in Self.fields { Swift.print("| \(key) | \(rate(exact[key] ?? 0)) |") }
    }

    /// Ground truth (`*.json` beside each image) keyed by the image's base name.
    static func truths(in directory: String) throws -> [(name: String, image: String, truth: [String: String])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        return try names.compactMap { file in
            let base = String(file.dropLast(5))
            guard let image = ["jpg", "png"].map({ "\(directory)/\(base).\($0)" }).first(where: FileManager.default.fileExists) else { return nil }
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(file)")))
            let truth = (object as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            return (base, image, truth)
        }
    }

    /// Scores a peer's results (`<name>.json` field objects, or absent when it gave up).
    static func peer(cards: String, results: String) throws -> KTPScore {
        var score = KTPScore()
        for card in try truths(in: cards) {
            let path = "\(results)/\(card.name).json"
            let object = FileManager.default.contents(atPath: path).flatMap { try? JSONSerialization.jsonObject(with: $0) }
            score.add(truth: card.truth, predicted: (object as? [String: Any])?.compactMapValues { $0 as? String })
        }
        return score
    }
}
