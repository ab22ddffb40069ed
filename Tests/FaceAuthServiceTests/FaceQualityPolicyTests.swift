import Contracts
import FaceAuthService
import Foundation
import ServiceKit
import Testing

/// Each refusal of a face photo has its own code, decided before anything is stored.
struct FaceQualityPolicyTests {
    let policy = FaceQualityPolicy(minFaceSide: 80, minBrightness: 40, minSharpness: 12)

    func code(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as APIError {
            return error.code.rawValue
        } catch {
            return "\(error)"
        }
    }

    @Test func exactlyOneBigEnoughFace() throws {
        let face = FaceBox(left: 10, top: 10, right: 209, bottom: 209)
        #expect(code { _ = try policy.single([], width: 640, height: 480) } == "no_face")
        #expect(code { _ = try policy.single([face, face], width: 640, height: 480) } == "multiple_faces")
        #expect(code { _ = try policy.single([FaceBox(left: 0, top: 0, right: 59, bottom: 59)], width: 640, height: 480) } == "face_too_small")
        #expect(try policy.single([face], width: 640, height: 480) == face)
    }

    @Test func aFaceCutByTheEdgeIsMeasuredInsideTheImage() {
        let cut = FaceBox(left: -150, top: 10, right: 49, bottom: 209)
        #expect(cut.side(clippedTo: 640, 480) == 50)
        #expect(code { _ = try policy.single([cut], width: 640, height: 480) } == "face_too_small")
    }

    @Test func darkAndBlurredFacesAreRefusedWithTheirReason() {
        #expect(code { try policy.check(FaceQuality(brightness: 20, sharpness: 300)) } == "image_too_dark")
        #expect(code { try policy.check(FaceQuality(brightness: 120, sharpness: 3)) } == "image_too_blurry")
        #expect(code { try policy.check(FaceQuality(brightness: 120, sharpness: 300)) } == nil)
    }

    @Test func theDecoderRefusesFromTheHeaderBeforeDecoding() {
        let decoding = FaceImageDecoding()
        let pdf = Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".utf8)
        var tinyPNG: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        tinyPNG += [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        var bomb = tinyPNG
        bomb.replaceSubrange(16..<24, with: [0, 0, 0x9C, 0x40, 0, 0, 0x9C, 0x40])  // 40000 × 40000
        #expect(code { _ = try decoding.check(pdf) } == "unsupported_media_type")
        #expect(code { _ = try decoding.check(tinyPNG) } == "image_too_small")
        #expect(code { _ = try decoding.check(bomb) } == "image_too_large")
        #expect(code { _ = try decoding.check([0xFF, 0xD8, 0xFF, 0xE0, 0, 2]) } == "corrupt_image")
    }

    @Test(.enabled(if: FacePhotos.available)) func aTruncatedRealPhotoIsCorrupt() throws {
        let photo = try FacePhotos.bytes("obama.jpg")
        #expect(code { _ = try FaceImageDecoding().check(Array(photo.prefix(photo.count / 2))) } == "corrupt_image")
        let image = try FaceImageDecoding().decode(photo)
        #expect(image.width == 910 && image.height == 1137)
    }
}
