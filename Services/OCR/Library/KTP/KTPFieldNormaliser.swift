import RegionRegistry
import Contracts
import Foundation

/// Turns the values read off a card into the fields DESIGN.md fixes: upper case, closed
/// vocabularies snapped to their printed values, places snapped to the registry, dates as
/// `DD-MM-YYYY`. Invariant: a value is snapped only when it is close to one allowed value;
/// otherwise the cleaned reading is kept and its confidence lowered.
struct KTPFieldNormaliser {
    let regions: any RegionLookup

    struct Outcome: Sendable {
        var fields = KTPFields()
        var confidence: [String: Double] = [:]
        var regency: PlaceMatch?
        var district: PlaceMatch?
        var rawNIK: String?
    }

    func normalise(_ read: KTPLayoutParser.Result) -> Outcome {
        var out = Outcome()
        func set(_ key: KTPFields.CodingKeys, _ value: String?, _ confidence: Double) {
            guard let value, !value.isEmpty else { return }
            out.fields[key] = value
            out.confidence[key.rawValue] = (max(0, min(1, confidence)) * 1000).rounded() / 1000
        }
        let province = read.provinceLine.flatMap { regions.matchProvince(Self.clean($0.text)) }
        set(.provinsi, province.map { Self.printedProvince($0.name, read: read.provinceLine?.text ?? "") } ?? read.provinceLine.map { Self.clean($0.text) }, (read.provinceLine?.confidence ?? 0) * (province?.score ?? 0.5))
        out.regency = read.regencyLine.flatMap { regions.matchRegency(Self.clean($0.text), province: province?.code) }
        set(.kotaKabupaten, out.regency?.name ?? read.regencyLine.map { Self.clean($0.text) }, (read.regencyLine?.confidence ?? 0) * (out.regency?.score ?? 0.5))
        out.rawNIK = read.values[.nik]?.text

        if let value = read.values[.nama] { set(.nama, Self.cleanName(Self.withoutStrayEnds(value)), value.confidence) }
        if let value = read.values[.tempatTglLahir] {
            let (place, date) = Self.splitBirth(value.text)
            let snapped = place.flatMap { regions.matchPlaceName($0) }.flatMap { $0.score >= 0.8 ? $0 : nil }
            set(.tempatLahir, snapped?.name ?? place, value.confidence * (snapped?.score ?? 0.7))
            set(.tanggalLahir, date.flatMap { KTPDate.normalise($0) }, value.confidence)
        }
        snap(read.values[.jenisKelamin], to: KTPVocabulary.sexes, key: .jenisKelamin, set: set)
        if let blood = read.values[.golonganDarah] {
            let letters = String(Self.clean(blood.text).map { ["0": "O", "8": "B", "4": "A", "D": "O", "Q": "O"][$0] ?? $0 }).filter { "ABO-".contains($0) }
            let snapped = Self.bloodType(blood.text)
            set(.golonganDarah, snapped ?? (letters.isEmpty ? "-" : String(letters.prefix(2))), blood.confidence * (snapped == nil ? 0.5 : 1))
        }
        if let value = read.values[.alamat] { set(.alamat, Self.cleanAddress(value.text), value.confidence) }
        if let value = read.values[.rtRw] { set(.rtRw, Self.rtRw(value.text), value.confidence) }
        out.district = read.values[.kecamatan].flatMap { regions.matchDistrict(Self.clean($0.text), regency: out.regency?.code) }
        if let value = read.values[.kecamatan] {
            set(.kecamatan, out.district.flatMap { $0.score >= 0.6 ? $0.name : nil } ?? Self.clean(value.text), value.confidence * (out.district?.score ?? 0.6))
        }
        if let value = read.values[.kelDesa] {
            let village = regions.matchVillage(Self.clean(value.text), district: out.district?.code).flatMap { $0.score >= 0.6 ? $0 : nil }
            set(.kelurahanDesa, village?.name ?? Self.clean(value.text), value.confidence * (village?.score ?? 0.6))
        }
        snap(read.values[.agama], to: KTPVocabulary.religions, key: .agama, set: set)
        snap(read.values[.statusPerkawinan], to: KTPVocabulary.maritalStatuses, key: .statusPerkawinan, set: set)
        snap(read.values[.pekerjaan], to: KTPVocabulary.occupations, key: .pekerjaan, set: set)
        snap(read.values[.kewarganegaraan], to: KTPVocabulary.citizenships, key: .kewarganegaraan, set: set)
        if let value = read.values[.berlakuHingga] {
            let text = Self.clean(value.text)
            let forLife = Self.isForLife(text)
            set(.berlakuHingga, forLife ? KTPVocabulary.forLife : KTPDate.normalise(text) ?? text, value.confidence)
        }
        return out
    }

    private func snap(_ value: ReadValue?, to vocabulary: [String], key: KTPFields.CodingKeys, set: (KTPFields.CodingKeys, String?, Double) -> Void) {
        guard let value else { return }
        let text = Self.clean(value.text)
        if let best = Self.closest(text, in: vocabulary), best.score >= 0.6 {
            set(key, best.value, value.confidence * best.score)
        } else {
            set(key, text, value.confidence * 0.5)
        }
    }

    /// Upper case, single spaces, no stray punctuation at the ends.
    static func clean(_ text: String) -> String {
        text.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " :;,.|_-~'\"")).replacingOccurrences(of: " ,", with: ",")
    }

    /// A person's name: letters, spaces, apostrophes, dots and commas; digits read as letters,
    /// and a bracket or "!" inside a word of letters read as the stem of an I ("TIT]" → "TITI").
    static func cleanName(_ text: String) -> String {
        let repairs: [Character: Character] = ["0": "O", "1": "I", "5": "S", "8": "B", "4": "A", "6": "G", "2": "Z", "|": "I"]
        let stems: Set<Character> = ["]", "[", "!"]
        let mapped = clean(text).split(separator: " ", omittingEmptySubsequences: false).map { word in
            let stemIsLetter = word.filter(\.isLetter).count >= 2
            return String(word.map { repairs[$0] ?? (stemIsLetter && stems.contains($0) ? "I" : $0) })
        }.joined(separator: " ")
        return separatingBalinesePrefix(mapped.filter { $0.isLetter || " '.,-".contains($0) }.split(separator: " ").joined(separator: " "))
    }

    /// An address: "NO," and "NO " read as "NO.", "JL" as "JL.", spaces before punctuation removed.
    static func cleanAddress(_ text: String) -> String {
        var raw = text.uppercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if raw.count > 1, let last = raw.last, ["|", "!", "]", "[", "|.", "1."].contains(last) { raw[raw.count - 1] = "I" }
        var words = clean(raw.joined(separator: " ")).split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            if ["NO,", "NO", "N0.", "N0"].contains(word), index + 1 < words.count { words[index] = "NO." }
            if ["JL,", "JL"].contains(word) || (index == 0 && ["IL", "IL.", "JI", "JI.", "J1.", "JL:"].contains(word)) { words[index] = "JL." }
            if ["GG,", "GG"].contains(word) { words[index] = "GG." }
            if ["KP,", "KP"].contains(word) { words[index] = "KP." }
        }
        return repairingAbbreviationCommas(repairingJoinedStrokes(repairingRomanNumerals(words))).joined(separator: " ")
    }

    /// "BANDUNG, 17-08-1990" → ("BANDUNG", "17-08-1990").
    static func splitBirth(_ text: String) -> (String?, String?) {
        let cleaned = clean(text)
        if let comma = cleaned.lastIndex(of: ",") {
            let place = clean(String(cleaned[..<comma]))
            return (place.isEmpty ? nil : place, String(cleaned[cleaned.index(after: comma)...]))
        }
        let words = cleaned.split(separator: " ")
        guard let last = words.last else { return (nil, nil) }
        return (words.dropLast().joined(separator: " "), String(last))
    }

    /// "001 / 002", "0O1/0O2" → "001/002".
    static func rtRw(_ text: String) -> String? {
        var parts = KTPDate.repairDigits(text).split(whereSeparator: { !$0.isNumber }).map(String.init)
        if parts.count == 1, let only = parts.first, (6...7).contains(only.count) {
            parts = [String(only.prefix(3)), String(only.suffix(3))]
        }
        guard parts.count >= 2 else { return parts.first.map { String(repeating: "0", count: max(0, 3 - $0.count)) + $0 } }
        func three(_ s: String) -> String { String((String(repeating: "0", count: max(0, 3 - s.count)) + s).suffix(3)) }
        return three(parts[0]) + "/" + three(parts[1])
    }
}
