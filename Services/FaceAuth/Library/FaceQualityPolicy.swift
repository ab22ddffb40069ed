import Contracts
import ServiceKit

/// The checks a face photo must pass before anything is stored or matched: exactly one face,
/// big enough, lit well enough, sharp enough. Each refusal is a 422 with its own code.
/// The defaults come from FaceBench's quality sweep on the real test photos (README).
public struct FaceQualityPolicy: Sendable, Equatable {
    /// Smallest accepted face side in pixels (HOG's own window is 80 px without upsampling).
    public var minFaceSide: Int
    /// Darkest accepted mean luma of the aligned face (0…255).
    public var minBrightness: Double
    /// Lowest accepted variance of the Laplacian of the aligned 150 px face.
    public var minSharpness: Double

    public init(minFaceSide: Int = 80, minBrightness: Double = 40, minSharpness: Double = 12) {
        self.minFaceSide = minFaceSide
        self.minBrightness = minBrightness
        self.minSharpness = minSharpness
    }

    /// The single face to describe, or the reason there is none.
    public func single(_ faces: [FaceBox], width: Int, height: Int) throws(APIError) -> FaceBox {
        guard let face = faces.first else { throw .unprocessable(.noFace, "no face was found in the image") }
        guard faces.count == 1 else { throw .unprocessable(.multipleFaces, "the image shows \(faces.count) faces; exactly one is needed") }
        let side = face.side(clippedTo: width, height)
        guard side >= minFaceSide else {
            throw .unprocessable(.faceTooSmall, "the face is \(side) px wide; at least \(minFaceSide) px are needed")
        }
        return face
    }

    /// Refuses a face chip that is too dark or too blurred to be matched reliably.
    public func check(_ quality: FaceQuality) throws(APIError) {
        guard quality.brightness >= minBrightness else {
            throw .unprocessable(.imageTooDark, "the face is too dark to be recognised; use more light")
        }
        guard quality.sharpness >= minSharpness else {
            throw .unprocessable(.imageTooBlurry, "the face is too blurred to be recognised; hold the camera still")
        }
    }
}
