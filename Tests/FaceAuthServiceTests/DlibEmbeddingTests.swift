import Contracts
import FaceAuthService
import Foundation
import ServiceKit
import Testing

/// dlib through the shim on the real photos of the face_recognition 1.3.0 sdist: photos of one
/// person fall under the default thresholds, photos of two people far over them. Skipped where
/// deploy/local/faces.sh has not fetched the weights and photos.
@Suite(.enabled(if: FacePhotos.modelsAvailable), .serialized)
struct DlibEmbeddingTests {
    static let reader: DlibFaceReader? = try? DlibFaceReader(files: FacePhotos.models, workers: 1)
    let thresholds = FaceThresholds()

    func descriptor(_ name: String) async throws -> FaceDescriptor {
        let reader = try #require(Self.reader)
        return try await reader.read(try FacePhotos.bytes(name)).descriptor
    }

    @Test func samePersonIsUnderBothThresholdsAndDifferentPeopleAreFarOver() async throws {
        let obama = ["obama.jpg", "obama2.jpg", "obama3.jpg"]
        var descriptors: [FaceDescriptor] = []
        for name in obama { descriptors.append(try await descriptor(name)) }
        for i in descriptors.indices { for j in descriptors.indices where j > i {
            let distance = descriptors[i].distance(to: descriptors[j])
            #expect(distance < thresholds.identify, "\(obama[i]) vs \(obama[j]): \(distance)")
        } }
        let biden = try await descriptor("biden.jpg")
        for (name, other) in zip(obama, descriptors) {
            let distance = biden.distance(to: other)
            #expect(distance > thresholds.verify + 0.15, "biden vs \(name): \(distance)")
        }
    }

    @Test func aPNGAndAPartlyHiddenFaceStillMatch() async throws {
        let reference = try await descriptor("obama.jpg")
        let png = try await descriptor("32bit.png")
        #expect(png.distance(to: reference) < thresholds.verify)
        let reader = try #require(Self.reader)
        let partial = try await reader.describeAll(try FacePhotos.bytes("obama_partial_face.jpg"))
        #expect(partial.count == 1)
        #expect(try #require(partial.first).descriptor.distance(to: reference) < thresholds.verify)
    }

    func refusal(_ bytes: [UInt8]) async throws -> String? {
        let reader = try #require(Self.reader)
        do {
            _ = try await reader.read(bytes)
            return nil
        } catch let error as APIError {
            return error.code.rawValue
        }
    }

    @Test func blankTwoFacesAndDarkPhotosAreRefusedWithTheirCodes() async throws {
        let obama = try FaceImageDecoding().decode(try FacePhotos.bytes("obama.jpg"))
        let biden = try FaceImageDecoding().decode(try FacePhotos.bytes("biden.jpg"))
        let blank = try #require(RGBImage(width: 400, height: 300, pixels: [UInt8](repeating: 200, count: 400 * 300 * 3)))
        #expect(try await refusal(blank.png) == "no_face")
        #expect(try await refusal(try #require(RGBImage.sideBySide(obama, biden)).png) == "multiple_faces")
        let dark = try await refusal(try #require(obama.scaled(brightness: 0.12)).png)
        #expect(dark == "image_too_dark" || dark == "no_face", "\(dark ?? "accepted")")
        #expect(try await refusal(obama.png) == nil, "the same photo, re-encoded, is accepted")
    }
}
