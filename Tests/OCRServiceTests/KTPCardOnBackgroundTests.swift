import CLeptonica
import Foundation
import Testing
@testable import OCRService

/// A card lying on a bluish-grey desk: the desk is light and bluish too, so the plain stock test
/// takes card and desk as one region; the card is still found, by its lighter stock.
struct KTPCardOnBackgroundTests {
    static let desk: (Double, Double, Double) = (150, 160, 174)
    static let stock: (Double, Double, Double) = (214, 226, 240)

    /// A card of `width` px (85.6 : 54) turned by `degrees` in the middle of a 1.5× larger desk,
    /// with dark bars where the text rows stand. Returns the photo and the card's true corners.
    static func stage(width cw: Int = 280, degrees: Double) throws -> (pix: OCRService.Pix, corners: [Point]) {
        let ch = cw * 54 * 10 / 856
        let width = cw * 3 / 2, height = cw * 6 / 5
        let created: OCRService.Pix? = OCRService.Pix(taking: pixCreate(Int32(width), Int32(height), 32))
        let photo = try #require(created)
        let target = try #require(pixGetData(photo.pointer))
        let line = Int(pixGetWpl(photo.pointer))
        let angle = degrees * .pi / 180, cosine = cos(angle), sine = sin(angle)
        let cx = Double(width) / 2, cy = Double(height) / 2
        for y in 0..<height {
            for x in 0..<width {
                let dx = Double(x) + 0.5 - cx, dy = Double(y) + 0.5 - cy
                let u = cosine * dx + sine * dy + Double(cw) / 2, v = -sine * dx + cosine * dy + Double(ch) / 2
                var colour = desk
                if (0..<Double(cw)).contains(u), (0..<Double(ch)).contains(v) {
                    let textRow = u > 0.05 * Double(cw) && u < 0.6 * Double(cw) && Int(v) % 18 < 6 && v > 0.25 * Double(ch)
                    colour = textRow ? (40, 40, 50) : stock
                }
                target[y * line + x] = UInt32(colour.0) << 24 | UInt32(colour.1) << 16 | UInt32(colour.2) << 8
            }
        }
        let corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)].map { sx, sy in
            let px = sx * Double(cw) / 2, py = sy * Double(ch) / 2
            return Point(x: cx + cosine * px - sine * py, y: cy + sine * px + cosine * py)
        }
        return (photo, corners)
    }

    @Test func cardOnABluishGreyDeskIsFoundByItsLighterStock() throws {
        let photo = try Self.stage(degrees: 5)
        let small = photo.pix.map { pixScaleToSize($0, 320, Int32(320 * photo.pix.height / photo.pix.width)) }
        // The plain test really does take the desk for stock: one region over nearly everything.
        let plain = CardMask(small, stock: .asShot).largestRegion()?.count ?? 0
        #expect(Double(plain) > 0.9 * Double(small.width * small.height))
        let outline = try #require(CardOutline.find(in: photo.pix))
        let width = photo.corners[0].distance(to: photo.corners[1])
        let worst = zip(outline.corners, photo.corners).map { $0.distance(to: $1) / width }.max() ?? .infinity
        #expect(worst < 0.03)
    }
}
