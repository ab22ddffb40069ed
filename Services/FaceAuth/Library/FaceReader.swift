import Contracts
import Foundation
import ServiceKit

/// One accepted face photo: the descriptor of its single face and how it looked.
public struct FaceSample: Sendable {
    public var descriptor: FaceDescriptor
    public var box: FaceBox
    public var quality: FaceQuality
    public init(descriptor: FaceDescriptor, box: FaceBox, quality: FaceQuality) {
        self.descriptor = descriptor
        self.box = box
        self.quality = quality
    }
}

/// How long each stage of reading one photo took.
public struct FaceReadTimings: Sendable {
    public var decode: Duration = .zero
    public var detect: Duration = .zero
    /// Landmarks, alignment and the ResNet descriptor of one face.
    public var describe: Duration = .zero
}

/// Reads the one face of an uploaded photo, or refuses it with a 4xx. The routes depend on this
/// protocol so their logic is tested with a fake reader, without weights.
public protocol FaceReading: Sendable {
    func read(_ bytes: [UInt8]) async throws -> FaceSample
}

/// ``FaceReading`` with dlib: decode → HOG detection → the quality policy → 5-point alignment →
/// ResNet descriptor. Models are loaded once per process into a pool of per-core engines.
public final class DlibFaceReader: FaceReading {
    private let pool: FaceEnginePool
    let decoding: FaceImageDecoding
    let policy: FaceQualityPolicy
    let upsample: Int

    public init(files: FaceModelFiles, workers: Int, decoding: FaceImageDecoding = FaceImageDecoding(), policy: FaceQualityPolicy = FaceQualityPolicy(), upsample: Int = 0) throws {
        self.pool = try FaceEnginePool(files: files, size: workers)
        self.decoding = decoding
        self.policy = policy
        self.upsample = upsample
    }

    public func read(_ bytes: [UInt8]) async throws -> FaceSample {
        try await readTimed(bytes).sample
    }

    /// ``read(_:)`` with the time each stage took (for FaceBench).
    public func readTimed(_ bytes: [UInt8]) async throws -> (sample: FaceSample, timings: FaceReadTimings) {
        _ = try decoding.check(bytes)
        let (decoding, policy, upsample) = (self.decoding, self.policy, self.upsample)
        return try await pool.run { engine in
            let clock = ContinuousClock()
            var timings = FaceReadTimings()
            var image: RGBImage?
            timings.decode = try clock.measure { image = try decoding.decode(bytes) }
            guard let image else { throw APIError.unprocessable(.corruptImage, "the image could not be decoded") }
            var faces: [FaceBox] = []
            timings.detect = try clock.measure { faces = try engine.detect(image, upsample: upsample) }
            let box = try policy.single(faces, width: image.width, height: image.height)
            var described: (FaceDescriptor, FaceQuality)?
            timings.describe = try clock.measure { described = try engine.describe(image, box: box) }
            guard let (descriptor, quality) = described else { throw FaceEngineError.failed(code: -1) }
            try policy.check(quality)
            return (FaceSample(descriptor: descriptor, box: box, quality: quality), timings)
        }
    }

    /// Every face's descriptor without the quality policy: for the evaluation, never for requests.
    public func describeAll(_ bytes: [UInt8]) async throws -> [FaceSample] {
        let (decoding, upsample) = (self.decoding, self.upsample)
        return try await pool.run { engine in
            let image = try decoding.decode(bytes)
            return try engine.detect(image, upsample: upsample).map { box in
                let (descriptor, quality) = try engine.describe(image, box: box)
                return FaceSample(descriptor: descriptor, box: box, quality: quality)
            }
        }
    }
}
