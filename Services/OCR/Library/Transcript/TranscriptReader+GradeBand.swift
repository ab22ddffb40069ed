import Foundation

extension TranscriptReader {
    /// A legend of graduation bands ("Predikat: IPK 3,01 - 3,50 Sangat Memuaskan", "3,51–4,00"):
    /// two grade points joined by a dash or "s.d.", none of them a student's IPK ("IPS 3,20 IPK 3,45" is no band).
    static func isGradeBand(_ tokens: [String]) -> Bool {
        func point(_ text: Substring) -> Bool {
            GradeScale.number(text.trimmingCharacters(in: CharacterSet(charactersIn: ":;()"))).map { (0...4).contains($0) } ?? false
        }
        let dashes = CharacterSet(charactersIn: "-–—")
        if tokens.contains(where: { token in
            let parts = token.split(whereSeparator: { $0.unicodeScalars.allSatisfy(dashes.contains) })
            return parts.count == 2 && parts.allSatisfy(point)
        }) { return true }
        return tokens.indices.dropFirst().dropLast().contains { index in
            ["-", "–", "—", "s.d.", "s/d", "sd", "sampai"].contains(tokens[index].lowercased())
                && point(Substring(tokens[index - 1])) && point(Substring(tokens[index + 1]))
        }
    }
}
