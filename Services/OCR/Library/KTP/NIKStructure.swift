/// The parts of a 16-digit NIK: region code (province, regency, district), date of birth with
/// 40 added to the day for women, and a serial. Invariant: built only from exactly 16 digits.
struct NIKStructure: Sendable, Equatable {
    let digits: [Int]

    init?(_ text: String) {
        let characters = Array(text)
        guard characters.count == 16, characters.allSatisfy(\.isASCII), characters.allSatisfy(\.isNumber) else { return nil }
        digits = characters.compactMap { Int(String($0)) }
    }

    var string: String { digits.map(String.init).joined() }
    var provinceCode: String { pair(0) }
    var regencyCode: String { pair(0) + "." + pair(2) }
    var districtCode: String { regencyCode + "." + pair(4) }
    var encodedDay: Int { number(6) }
    var month: Int { number(8) }
    var shortYear: Int { number(10) }
    var isFemale: Bool { encodedDay > 40 }
    var day: Int { isFemale ? encodedDay - 40 : encodedDay }

    /// The birth date as `DD-MM-YYYY` (century chosen so the person is not born in the future),
    /// or nil when the digits are not a real date.
    func birthDate(referenceYear: Int) -> String? {
        let year = shortYear + (shortYear > referenceYear % 100 ? 1900 : 2000)
        guard KTPDate.isValid(day: day, month: month, year: year) else { return nil }
        return KTPDate.format(day: day, month: month, year: year)
    }

    /// The six date digits a card with this birth date and sex must carry.
    static func dateDigits(birthDate: String, female: Bool) -> String? {
        let parts = birthDate.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let day = parts[0] + (female ? 40 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return two(day) + two(parts[1]) + two(parts[2] % 100)
    }

    private func pair(_ index: Int) -> String { "\(digits[index])\(digits[index + 1])" }
    private func number(_ index: Int) -> Int { digits[index] * 10 + digits[index + 1] }
}
