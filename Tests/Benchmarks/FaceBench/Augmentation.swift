import CLeptonica
import Foundation

/// The augmentations of the evaluation, made with Leptonica from a real photo: rotation, scale,
/// brightness, blur and JPEG re-compression. Each returns encoded bytes, as a client would send.
enum Augmentation: String, CaseIterable {
    case original, rotateLeft10 = "rotate-10", rotateRight10 = "rotate+10", scaleDown = "scale0.6", scaleUp = "scale1.4"
    case darker = "brightness0.6", brighter = "brightness1.4", blur = "blur-box5", jpeg = "jpeg-q25"
    /// Beyond what a kiosk should accept: the quality gate must refuse these (not in the accuracy set).
    case veryDark = "brightness0.15", veryBlurred = "blur-box17"

    static let evaluated: [Augmentation] = [.original, .rotateLeft10, .rotateRight10, .scaleDown, .scaleUp, .darker, .brighter, .blur, .jpeg]
    static let refused: [Augmentation] = [.veryDark, .veryBlurred]

    func apply(to bytes: [UInt8]) -> [UInt8]? {
        var source = bytes.withUnsafeBufferPointer { pixReadMem($0.baseAddress, $0.count) }
        defer { pixDestroy(&source) }
        var converted = source.flatMap { pixConvertTo32($0) }
        defer { pixDestroy(&converted) }
        guard let rgb = converted else { return nil }
        var result: UnsafeMutablePointer<PIX>?
        switch self {
        case .original, .jpeg: result = pixCopy(nil, rgb)
        case .rotateLeft10, .rotateRight10:
            let angle: Float = (self == .rotateLeft10 ? -10 : 10) * .pi / 180
            result = pixRotate(rgb, angle, Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0)
        case .scaleDown: result = pixScale(rgb, 0.6, 0.6)
        case .scaleUp: result = pixScale(rgb, 1.4, 1.4)
        case .darker, .brighter, .veryDark: result = Self.multiply(rgb, by: self == .darker ? 0.6 : self == .brighter ? 1.4 : 0.15)
        case .blur: result = pixBlockconv(rgb, 2, 2)
        case .veryBlurred: result = pixBlockconv(rgb, 8, 8)
        }
        defer { pixDestroy(&result) }
        guard let output = result else { return nil }
        return Self.encode(output, jpegQuality: self == .jpeg ? 25 : nil)
    }

    static func multiply(_ pix: UnsafeMutablePointer<PIX>, by factor: Float) -> UnsafeMutablePointer<PIX>? {
        guard let copy = pixCopy(nil, pix), let data = pixGetData(copy) else { return nil }
        let words = Int(pixGetWpl(copy)) * Int(pixGetHeight(copy))
        for index in 0..<words {
            let word = data[index]
            func channel(_ shift: UInt32) -> UInt32 { UInt32(min(255, Float((word >> shift) & 0xFF) * factor)) << shift }
            data[index] = channel(24) | channel(16) | channel(8) | (word & 0xFF)
        }
        return copy
    }

    /// PNG (lossless) unless a JPEG quality is given.
    static func encode(_ pix: UnsafeMutablePointer<PIX>, jpegQuality: Int32?) -> [UInt8]? {
        var data: UnsafeMutablePointer<UInt8>?
        var size = 0
        let failed = jpegQuality.map { pixWriteMemJpeg(&data, &size, pix, $0, 0) } ?? pixWriteMemPng(&data, &size, pix, 0)
        guard failed == 0, let data else { return nil }
        defer { free(data) }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
