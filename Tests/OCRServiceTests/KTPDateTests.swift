import Testing
@testable import OCRService

struct KTPDateTests {
    @Test(arguments: [
        ("17-08-1990", "17-08-1990"), ("17 08 1990", "17-08-1990"), ("l7-O8-199O", "17-08-1990"),
        ("01.02.03", "01-02-2003"), ("31-12-99", "31-12-1999"), ("29-02-2000", "29-02-2000"),
    ])
    func normalisesPrintedDates(input: String, expected: String) {
        #expect(KTPDate.normalise(input) == expected)
    }

    @Test(arguments: ["31-02-1990", "00-01-1990", "12-13-1990", "1990", ""])
    func refusesImpossibleDates(input: String) {
        #expect(KTPDate.normalise(input) == nil)
    }
}
