import CLeptonica
import Foundation
import Testing
@testable import OCRService

/// The card outline under warm light: a fixture card staged as a phone photo (turned on a desk,
/// lit by a yellowish lamp whose light falls off across the card) must still be found, so the
/// tilted card is straightened instead of read whole.
struct CardOutlineTests {
    /// A tungsten-like cast: blue and a little green absorbed (the generator's warm range).
    static let warm = (red: 1.0, green: 0.94, blue: 0.84)
    static let neutral = (red: 1.0, green: 1.0, blue: 1.0)

    @Test func tiltedCardUnderWarmFallingLightIsFound() throws {
        let photo = try Self.stage(degrees: 6, tint: Self.warm, darkest: 0.6)
        let small = photo.pix.map { pixScaleToSize($0, 320, Int32(320 * photo.pix.height / photo.pix.width)) }
        // The scene really is one the as-shot test cannot see: warm light took the blue out.
        let asShot = CardMask(small, stock: .asShot).largestRegion()?.count ?? 0
        #expect(Double(asShot) < 0.12 * Double(small.width * small.height))
        let outline = try #require(CardOutline.find(in: photo.pix))
        #expect(Self.worstCornerError(outline, photo.corners) < 0.03)
    }

    @Test func tiltedCardUnderNeutralLightIsFoundAsBefore() throws {
        let photo = try Self.stage(degrees: -5, tint: Self.neutral, darkest: 0.8)
        let outline = try #require(CardOutline.find(in: photo.pix))
        #expect(Self.worstCornerError(outline, photo.corners) < 0.03)
    }

    @Test func flatScanUnderWarmLightIsNotCutDown() throws {
        // No desk around it: the card is the whole image, so either no outline (read whole) or one
        // close to the image's own corners; never a patch of the card.
        let photo = try Self.stage(degrees: 0, tint: Self.warm, darkest: 0.6, desk: false)
        if let outline = CardOutline.find(in: photo.pix) {
            #expect(Self.worstCornerError(outline, photo.corners) < 0.03)
        }
    }

    static func worstCornerError(_ outline: CardOutline, _ truth: [Point]) -> Double {
        let width = truth[0].distance(to: truth[1])
        return zip(outline.corners, truth).map { $0.distance(to: $1) / width }.max() ?? .infinity
    }

    /// Fixture card ktp-00001 (a flat clean scan) scaled to 480 px, turned by `degrees` about the
    /// centre of a plain grey desk (or alone), every pixel multiplied by the light's colour and by
    /// a brightness falling linearly from 1 at the left edge to `darkest` at the right.
    static func stage(degrees: Double, tint: (red: Double, green: Double, blue: Double), darkest: Double, desk: Bool = true) throws -> (pix: OCRService.Pix, corners: [Point]) {
        let url = try FixtureCards.directory("ktp").appendingPathComponent("ktp-00001.jpg")
        let decoded = try ImageDecoding().decode([UInt8](try Data(contentsOf: url)))
        let cw = 480, ch = 480 * decoded.height / decoded.width
        let card = decoded.map { pixScaleToSize($0, Int32(cw), Int32(ch)) }
        let width = desk ? cw * 3 / 2 : cw, height = desk ? cw * 6 / 5 : ch
        let created: OCRService.Pix? = OCRService.Pix(taking: pixCreate(Int32(width), Int32(height), 32))
        let photo = try #require(created)
        let source = try #require(pixGetData(card.pointer)), target = try #require(pixGetData(photo.pointer))
        let sourceLine = Int(pixGetWpl(card.pointer)), targetLine = Int(pixGetWpl(photo.pointer))
        let angle = degrees * .pi / 180, cosine = cos(angle), sine = sin(angle)
        let cx = Double(width) / 2, cy = Double(height) / 2
        let deskColour: UInt32 = 0xC8C4_BE00
        for y in 0..<height {
            for x in 0..<width {
                let dx = Double(x) + 0.5 - cx, dy = Double(y) + 0.5 - cy
                let u = Int((cosine * dx + sine * dy + Double(cw) / 2).rounded(.down))
                let v = Int((-sine * dx + cosine * dy + Double(ch) / 2).rounded(.down))
                let pixel = (0..<cw).contains(u) && (0..<ch).contains(v) ? source[v * sourceLine + u] : deskColour
                let shade = 1 - (1 - darkest) * Double(x) / Double(width - 1)
                let r = UInt32(min(255, Double(pixel >> 24) * tint.red * shade))
                let g = UInt32(min(255, Double((pixel >> 16) & 0xFF) * tint.green * shade))
                let b = UInt32(min(255, Double((pixel >> 8) & 0xFF) * tint.blue * shade))
                target[y * targetLine + x] = r << 24 | g << 16 | b << 8
            }
        }
        let corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)].map { sx, sy in
            let px = sx * Double(cw) / 2, py = sy * Double(ch) / 2
            return Point(x: cx + cosine * px - sine * py, y: cy + sine * px + cosine * py)
        }
        return (photo, corners)
    }
}
