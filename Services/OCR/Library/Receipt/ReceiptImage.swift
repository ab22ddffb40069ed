import CLeptonica
import Foundation

/// A shipping receipt prepared for recognition, from a flat thermal print or a phone photo:
/// grey; scaled so its width is within the range Tesseract reads small print best at; uneven
/// light, faded thermal ink and low contrast normalised to black on white paper; straightened
/// (skew measured on the binarised text lines, up to ±10°); lightly sharpened. With
/// `localContrast`, each neighbourhood's darkest ink is also stretched to black (faded or
/// blurred print whose strokes never get dark: Tesseract's own thresholding drops such lines).
struct ReceiptImage {
    let text: Pix
    /// The skew that was removed, in degrees.
    let skew: Double

    init(_ image: Pix, widthRange: ClosedRange<Int> = 900...1500, localContrast: Bool = false) {
        let gray = image.depth == 8 ? image : image.map { pixConvertRGBToLuminance($0) }
        let scaled: Pix
        if gray.width < widthRange.lowerBound || gray.width > widthRange.upperBound {
            let target = gray.width < widthRange.lowerBound ? widthRange.lowerBound : widthRange.upperBound
            let factor = Float(target) / Float(gray.width)
            scaled = gray.map { pixScale($0, factor, factor) }
        } else {
            scaled = gray
        }
        let flattened = scaled.map { pixBackgroundNorm($0, nil, nil, 10, 15, 100, 50, 250, 2, 1) }
        let global = flattened.map { pixGammaTRC(nil, $0, 1.0, 60, 235) }
        let contrasted = localContrast ? global.map { pixContrastNorm(nil, $0, 40, 40, 55, 2, 2) } : global
        let angle = Self.skew(of: contrasted)
        skew = angle
        let straight = abs(angle) < 0.3 ? contrasted : contrasted.map {
            pixRotate($0, Float(angle * Double.pi / 180), Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0)
        }
        text = straight.map { pixUnsharpMaskingGray($0, 1, 0.3) }
    }

    /// The text lines' angle in degrees (Leptonica's sweep and binary search over ±10°), or 0
    /// when the measurement is not confident.
    static func skew(of pix: Pix) -> Double {
        let binary = pix.map { pixConvertTo1($0, 160) }
        guard binary.depth == 1 else { return 0 }
        var angle: Float = 0, confidence: Float = 0
        guard pixFindSkewSweepAndSearch(binary.pointer, &angle, &confidence, 4, 2, 10, 1, 0.01) == 0, confidence >= 2.5 else { return 0 }
        return Double(angle)
    }
}
