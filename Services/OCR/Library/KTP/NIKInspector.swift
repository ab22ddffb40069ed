import Contracts

/// Checks a NIK against its own structure, the region registry and the card's other fields,
/// and repairs doubtful digits where the other fields agree. Invariants: a repair changes at
/// most two digits of a part, each into a digit OCR confuses it with (8 for 0, 7 for 1 — not 5
/// for 1, which is how a woman's date differs from a man's), and is always reported in
/// `corrections`; every remaining disagreement is a problem, so `valid` means "nothing disagrees".
struct NIKInspector {
    let regions: any RegionLookup
    var referenceYear = 2026

    struct Outcome: Sendable {
        var nik: String?
        var check: NIKCheck
        var corrections: [String]
    }

    func inspect(_ raw: String?, perDigit: [Double]? = nil, fields: KTPFields, district: PlaceMatch?, regency: PlaceMatch?) -> Outcome {
        guard let raw else {
            return Outcome(nik: nil, check: NIKCheck(provinceCode: nil, regencyCode: nil, districtCode: nil, birthDate: nil, sex: nil, problems: ["no NIK could be read"]), corrections: [])
        }
        var digits = KTPDate.repairDigits(raw).filter(\.isNumber).map(String.init).joined()
        guard digits.count == 16 else {
            return Outcome(nik: digits, check: NIKCheck(provinceCode: nil, regencyCode: nil, districtCode: nil, birthDate: nil, sex: nil, problems: ["the NIK has \(digits.count) digits, not 16"]), corrections: [])
        }
        var corrections: [String] = []
        if let district, regions.districtName(Self.dotted(digits, 6)) == nil || regions.districtName(Self.dotted(digits, 6)) != district.name {
            let expected = district.code.filter(\.isNumber)
            if district.score >= 0.8, Self.isRepairable(String(digits.prefix(6)), into: expected, confidence: perDigit.map { Array($0.prefix(6)) }) {
                corrections.append("region digits \(digits.prefix(6)) read as \(expected), agreeing with the printed kecamatan")
                digits = expected + digits.dropFirst(6)
            }
        }
        if let birth = fields.tanggalLahir, let sex = fields.jenisKelamin,
            let expected = NIKStructure.dateDigits(birthDate: birth, female: sex == "PEREMPUAN")
        {
            let current = String(digits.dropFirst(6).prefix(6))
            if Self.isRepairable(current, into: expected, confidence: perDigit.map { Array($0.dropFirst(6).prefix(6)) }) {
                corrections.append("date digits \(current) read as \(expected), agreeing with tanggal lahir and jenis kelamin")
                digits = String(digits.prefix(6)) + expected + digits.suffix(4)
            }
        }
        guard let nik = NIKStructure(digits) else {
            return Outcome(nik: digits, check: NIKCheck(provinceCode: nil, regencyCode: nil, districtCode: nil, birthDate: nil, sex: nil, problems: ["the NIK is not numeric"]), corrections: corrections)
        }
        return Outcome(nik: nik.string, check: check(nik, fields: fields, regency: regency), corrections: corrections)
    }

    private func check(_ nik: NIKStructure, fields: KTPFields, regency: PlaceMatch?) -> NIKCheck {
        var problems: [String] = []
        let birth = nik.birthDate(referenceYear: referenceYear)
        let sex = nik.isFemale ? "PEREMPUAN" : "LAKI-LAKI"
        if regions.provinceName(nik.provinceCode) == nil {
            problems.append("province code \(nik.provinceCode) is not in the Kemendagri registry")
        } else if regions.regencyName(nik.regencyCode) == nil {
            problems.append("regency code \(nik.regencyCode) is not in the Kemendagri registry")
        } else if regions.districtName(nik.districtCode) == nil {
            problems.append("district code \(nik.districtCode) is not in the Kemendagri registry")
        }
        if birth == nil { problems.append("digits 7–12 are not a real date of birth") }
        if let birth, let printed = fields.tanggalLahir, printed != birth {
            problems.append("the NIK's date of birth \(birth) differs from tanggal lahir \(printed)")
        }
        if let printed = fields.jenisKelamin, printed != sex {
            problems.append("the NIK encodes \(sex) but jenis kelamin is \(printed)")
        }
        if let printed = fields.provinsi, let name = regions.provinceName(nik.provinceCode), name != printed {
            problems.append("the NIK's province is \(name) but the card says \(printed)")
        }
        if let printed = fields.kotaKabupaten, let name = regions.regencyName(nik.regencyCode), name != printed {
            problems.append("the NIK's regency is \(name) but the card says \(printed)")
        }
        return NIKCheck(
            provinceCode: nik.provinceCode, regencyCode: nik.regencyCode, districtCode: nik.districtCode,
            birthDate: birth, sex: sex, problems: problems)
    }

    static func dotted(_ digits: String, _ count: Int) -> String {
        let chars = Array(digits.prefix(count))
        return stride(from: 0, to: chars.count, by: 2).map { String(chars[$0..<min($0 + 2, chars.count)]) }.joined(separator: ".")
    }

    /// Digit pairs Tesseract confuses in print.
    static let confusable: Set<String> = ["08", "06", "09", "17", "14", "38", "39", "56", "58", "68", "89", "27"]

    /// True when `read` differs from `expected` in one to three places, each a known confusion
    /// or a glyph the recogniser was unsure of (confidence under 0.55); at most two places
    /// unless every one was unsure.
    static func isRepairable(_ read: String, into expected: String, confidence: [Double]? = nil) -> Bool {
        let count = differences(read, expected)
        guard (1...3).contains(count) else { return false }
        var allUnsure = true
        for (index, (a, b)) in zip(read, expected).enumerated() where a != b {
            let unsure = (confidence?.count ?? 0) > index && (confidence?[index] ?? 1) < 0.55
            allUnsure = allUnsure && unsure
            guard unsure || confusable.contains(String([min(a, b), max(a, b)])) else { return false }
        }
        return count <= 2 || allUnsure
    }

    static func differences(_ a: String, _ b: String) -> Int {
        guard a.count == b.count else { return Int.max }
        return zip(a, b).filter { $0 != $1 }.count
    }
}
