import CFaceEmbedding
import Foundation

/// A face found by the detector: its rectangle as detected (may reach past the image's edges).
public struct FaceBox: Sendable, Equatable {
    public var left: Int, top: Int, right: Int, bottom: Int
    public var score: Double

    public init(left: Int, top: Int, right: Int, bottom: Int, score: Double = 1) {
        (self.left, self.top, self.right, self.bottom, self.score) = (left, top, right, bottom, score)
    }

    /// The side of the face's square inside an image of `width`×`height` (clipped).
    public func side(clippedTo width: Int, _ height: Int) -> Int {
        let w = min(right, width - 1) - max(left, 0) + 1
        let h = min(bottom, height - 1) - max(top, 0) + 1
        return max(0, min(w, h))
    }
}

/// What the aligned face chip looks like: mean luma (0…255) and the variance of its Laplacian.
public struct FaceQuality: Sendable, Equatable {
    public var brightness: Double
    public var sharpness: Double
    public init(brightness: Double, sharpness: Double) {
        self.brightness = brightness
        self.sharpness = sharpness
    }
}

/// Failures of the dlib shim, by its return codes.
public enum FaceEngineError: Error, Equatable {
    case modelUnreadable(String)
    case failed(code: Int32)
}

/// One dlib detector + shape predictor + ResNet, loaded from `FACE_MODELS_DIR`. Invariant: not
/// thread-safe, so it is only ever used by the one job that borrowed it from a ``FaceEnginePool``.
final class FaceEngine: @unchecked Sendable {
    private let model: OpaquePointer

    init(files: FaceModelFiles) throws {
        var model: OpaquePointer?
        let code = pk_face_model_open(files.shapePredictor.path, files.resnet.path, &model)
        guard code == Int32(PK_FACE_OK), let model else { throw FaceEngineError.modelUnreadable(files.directory.path) }
        self.model = model
    }

    deinit { pk_face_model_close(model) }

    /// HOG detection, strongest first; `upsample` doubles the image that many times first.
    func detect(_ image: RGBImage, upsample: Int) throws -> [FaceBox] {
        var boxes = [pk_face_box](repeating: pk_face_box(), count: 16)
        var count: Int32 = 0
        let code = image.pixels.withUnsafeBufferPointer { rgb in
            pk_face_detect(model, rgb.baseAddress, Int32(image.width), Int32(image.height), Int32(image.width * 3),
                           Int32(upsample), &boxes, Int32(boxes.count), &count)
        }
        guard code == Int32(PK_FACE_OK) else { throw FaceEngineError.failed(code: code) }
        // More than 16 faces are reported as 16: callers only tell none, one and several apart.
        return boxes.prefix(Int(min(count, Int32(boxes.count)))).map {
            FaceBox(left: Int($0.left), top: Int($0.top), right: Int($0.right), bottom: Int($0.bottom), score: $0.score)
        }
    }

    /// Aligns the face in `box` and computes its descriptor and the chip's quality.
    func describe(_ image: RGBImage, box: FaceBox) throws -> (FaceDescriptor, FaceQuality) {
        var values = [Float](repeating: 0, count: FaceDescriptor.dimensions)
        var quality = pk_face_quality()
        let rect = pk_face_box(left: Int32(box.left), top: Int32(box.top), right: Int32(box.right), bottom: Int32(box.bottom), score: box.score)
        let code = image.pixels.withUnsafeBufferPointer { rgb in
            values.withUnsafeMutableBufferPointer { out in
                pk_face_describe(model, rgb.baseAddress, Int32(image.width), Int32(image.height), Int32(image.width * 3), rect, out.baseAddress, &quality)
            }
        }
        guard code == Int32(PK_FACE_OK), let descriptor = FaceDescriptor(values) else { throw FaceEngineError.failed(code: code) }
        return (descriptor, FaceQuality(brightness: quality.brightness, sharpness: quality.sharpness))
    }
}

/// Where the weights from PyPI face-recognition-models 0.3.0 were unpacked by deploy/local/faces.sh.
public struct FaceModelFiles: Sendable {
    public var directory: URL
    public var shapePredictor: URL { directory.appendingPathComponent("shape_predictor_5_face_landmarks.dat") }
    public var resnet: URL { directory.appendingPathComponent("dlib_face_recognition_resnet_model_v1.dat") }

    public init(directory: URL) { self.directory = directory }

    /// Whether both weight files are present.
    public var present: Bool {
        FileManager.default.fileExists(atPath: shapePredictor.path) && FileManager.default.fileExists(atPath: resnet.path)
    }
}
