@testable import OCRService

extension GrayImage {
    /// The dark pixels (< 128) in a region: what a page-cleaning step kept or removed there.
    func ink(_ x: Range<Int>, _ y: Range<Int>) -> Int {
        y.map { row in x.filter { self[$0, row] < 128 }.count }.reduce(0, +)
    }
}
