import CLeptonica
import FaceAuthService
import Foundation

/// More identities for the false-accept figures: every face of the insightface 0.7.3 sample
/// photos (a group of six, one portrait), each cropped with a margin into its own PNG, one
/// person per crop.
enum ExtraFaces {
    /// Writes the crops into `output` and returns their file names.
    static func crop(from directory: URL, into output: URL, reader: DlibFaceReader) async throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var written: [String] = []
        for name in names.sorted() where [".jpg", ".png"].contains(where: name.lowercased().hasSuffix) {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
            let faces = try await reader.describeAll(bytes)
            for (index, face) in faces.enumerated() {
                guard let crop = cut(bytes, face.box, margin: faces.count == 1 ? 10 : 0.6) else { continue }
                let file = "extra-\((name as NSString).deletingPathExtension)-\(index).png"
                try Data(crop).write(to: output.appendingPathComponent(file))
                written.append(file)
            }
        }
        return written
    }

    /// The box grown by `margin` of its side on every edge, clipped, as PNG.
    static func cut(_ bytes: [UInt8], _ box: FaceBox, margin: Double) -> [UInt8]? {
        var pix = bytes.withUnsafeBufferPointer { pixReadMem($0.baseAddress, $0.count) }
        defer { pixDestroy(&pix) }
        var converted = pix.flatMap { pixConvertTo32($0) }
        defer { pixDestroy(&converted) }
        guard let rgb = converted else { return nil }
        let side = Double(box.right - box.left)
        let grow = Int(side * margin)
        let x = max(0, box.left - grow), y = max(0, box.top - grow)
        let w = min(Int(pixGetWidth(rgb)) - x, box.right - box.left + 2 * grow)
        let h = min(Int(pixGetHeight(rgb)) - y, box.bottom - box.top + 2 * grow)
        guard w > 0, h > 0 else { return nil }
        var region = boxCreate(Int32(x), Int32(y), Int32(w), Int32(h))
        defer { boxDestroy(&region) }
        var cropped = region.flatMap { pixClipRectangle(rgb, $0, nil) }
        defer { pixDestroy(&cropped) }
        return cropped.flatMap { Augmentation.encode($0, jpegQuality: nil) }
    }
}
