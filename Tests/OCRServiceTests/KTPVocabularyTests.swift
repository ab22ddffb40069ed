import Contracts
import Testing
@testable import OCRService

/// Closed vocabularies snapped through stray marks, blood types with rhesus, the province as
/// printed, and stray words at the ends of a name.
struct KTPVocabularyTests {
    @Test(arguments: [
        ("2 ISLAM 4", "ISLAM"), ("“WNI =", "WNI"), ("WNI MOJO", "WNI"), ("8ELUM KAWIN", "BELUM KAWIN"),
        ("KAWIN", "KAWIN"), ("CERAI HIDUP", "CERAI HIDUP"), ("1 : WNI", "WNI"),
    ])
    func closedValuesSnapThroughStrayMarks(read: String, expected: String) {
        let vocabulary = KTPVocabulary.religions + KTPVocabulary.maritalStatuses + KTPVocabulary.citizenships
        let best = KTPFieldNormaliser.closest(read, in: vocabulary)
        #expect(best?.value == expected)
        #expect((best?.score ?? 0) >= 0.6)
    }

    @Test func unrelatedTextDoesNotSnap() {
        #expect((KTPFieldNormaliser.closest("PEMATANG SIANTAR", in: KTPVocabulary.religions)?.score ?? 0) < 0.6)
    }

    @Test(arguments: [("O", "O"), ("AB", "AB"), ("0", "O"), ("A+", "A+"), ("B-", "B-"), ("-", "-"), ("A -", "A"), ("8", "B"), ("B8", "B"), ("OO", "O")])
    func bloodTypes(read: String, expected: String) {
        #expect(KTPFieldNormaliser.bloodType(read) == expected)
    }

    @Test func bloodTypeRefusesWhatIsNone() {
        #expect(KTPFieldNormaliser.bloodType("OA") == nil)
        #expect(KTPFieldNormaliser.bloodType("XYZ") == nil)
    }

    @Test func forLifeFromEitherWord() {
        #expect(KTPFieldNormaliser.isForLife("JR HIDUP"))
        #expect(KTPFieldNormaliser.isForLife("SEUMUR HIDUF"))
        #expect(!KTPFieldNormaliser.isForLife("17-08-2027"))
    }

    @Test func provinceKeepsThePrintedForm() {
        #expect(KTPFieldNormaliser.printedProvince("DI YOGYAKARTA", read: "DAERAH ISTIMEWA YOGYAKARTA") == "DAERAH ISTIMEWA YOGYAKARTA")
        #expect(KTPFieldNormaliser.printedProvince("DI YOGYAKARTA", read: "DAERAH ISTIMEWA Y0GYAKARTA") == "DAERAH ISTIMEWA YOGYAKARTA")
        #expect(KTPFieldNormaliser.printedProvince("DI YOGYAKARTA", read: "DI YOGYAKARTA") == "DI YOGYAKARTA")
        #expect(KTPFieldNormaliser.printedProvince("DKI JAKARTA", read: "DKI JAKARTA") == "DKI JAKARTA")
        #expect(KTPFieldNormaliser.printedProvince("JAWA BARAT", read: "JAWA BARAT") == "JAWA BARAT")
    }

    func value(_ words: [(String, Double, Int)]) -> ReadValue {
        var x = 0
        let read = words.map { text, confidence, height -> OCRWord in
            defer { x += text.count * 12 + 10 }
            return OCRWord(text: text, box: Contracts.Box(x: x, y: 0, width: text.count * 12, height: height), confidence: confidence)
        }
        return ReadValue(text: read.map(\.text).joined(separator: " "), confidence: 0.9, box: nil, words: read)
    }

    @Test func strayWordsAtANamesEndsAreDropped() {
        #expect(KTPFieldNormaliser.withoutStrayEnds(value([("t", 0, 20), ("SIMON", 0.92, 24), ("ISWAHYUDI", 0.89, 24)])) == "SIMON ISWAHYUDI")
        #expect(KTPFieldNormaliser.withoutStrayEnds(value([("IVAN", 0.92, 10), ("NAPITUPULU", 0.89, 10), ("TT", 0.44, 1)])) == "IVAN NAPITUPULU")
        #expect(KTPFieldNormaliser.withoutStrayEnds(value([("MAHENDRA", 0.91, 15), ("ri", 0.6, 2)])) == "MAHENDRA")
        // Kept: a whole name read with low confidence, the Balinese "I", a short capital word.
        #expect(KTPFieldNormaliser.withoutStrayEnds(value([("MAIDA", 0.06, 23), ("WIDIASTUTI", 0.06, 40)])) == "MAIDA WIDIASTUTI")
        #expect(KTPFieldNormaliser.withoutStrayEnds(value([("I", 0.48, 23), ("MADE", 0.96, 24), ("WISNU", 0.96, 24)])) == "I MADE WISNU")
        #expect(KTPFieldNormaliser.withoutStrayEnds(value([("SITI", 0.9, 24), ("NG", 0.9, 24)])) == "SITI NG")
        // A confident word of capitals beside one whose box glare inflated to twice its height.
        #expect(KTPFieldNormaliser.withoutStrayEnds(value([("MAIDA", 0.92, 22), ("PUSPASARI", 0.92, 47)])) == "MAIDA PUSPASARI")
    }
}
