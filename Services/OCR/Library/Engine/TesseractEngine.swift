import CTesseract
import CLeptonica
import Contracts
import Foundation

/// How Tesseract should segment the image it is given.
enum SegmentationMode: Sendable {
    case block, singleLine, sparse, auto

    var tesseract: TessPageSegMode {
        switch self {
        case .block: PSM_SINGLE_BLOCK
        case .singleLine: PSM_SINGLE_LINE
        case .sparse: PSM_SPARSE_TEXT
        case .auto: PSM_AUTO
        }
    }
}

/// One initialised Tesseract instance. Invariants: not thread-safe, so it is only ever used
/// by the one task that borrowed it from ``EnginePool``; the handle is freed once, at deinit.
final class TesseractEngine: @unchecked Sendable {
    private let handle: OpaquePointer

    init(languages: String, dataPath: String? = nil) throws {
        guard let handle = TessBaseAPICreate() else { throw EngineError.initialisation }
        self.handle = handle
        guard TessBaseAPIInit3(handle, dataPath, languages) == 0 else {
            TessBaseAPIDelete(handle)
            throw EngineError.initialisation
        }
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Recognises `pix` and returns its lines and words with boxes and confidences (0…1).
    /// `whitelist` limits the characters Tesseract may answer (e.g. digits for a NIK).
    func recognize(_ pix: Pix, mode: SegmentationMode, whitelist: String? = nil, resolution: Int = 300) -> OCRResult {
        TessBaseAPISetPageSegMode(handle, mode.tesseract)
        TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist ?? "")
        TessBaseAPISetImage2(handle, pix.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(resolution))
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else {
            return OCRResult(text: "", lines: [], width: pix.width, height: pix.height)
        }
        defer { TessResultIteratorDelete(iterator) }
        var lines: [OCRLine] = []
        var words: [OCRWord] = []
        let page = TessResultIteratorGetPageIterator(iterator)
        func closeLine() {
            guard !words.isEmpty else { return }
            lines.append(OCRLine.joining(words))
            words = []
        }
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 { closeLine() }
            guard let raw = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: raw)
            TessDeleteText(raw)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom)
            let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD)) / 100
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            words.append(OCRWord(
                text: text, box: Box(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top)),
                confidence: max(0, min(1, confidence))))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        closeLine()
        return OCRResult(text: lines.map(\.text).joined(separator: "\n"), lines: lines, width: pix.width, height: pix.height)
    }
}

/// Tesseract could not start (missing language data).
enum EngineError: Error {
    case initialisation
}

extension OCRLine {
    /// A line made of `words`: their text joined by spaces, their union box, mean confidence.
    static func joining(_ words: [OCRWord]) -> OCRLine {
        let left = words.map(\.box.x).min() ?? 0, top = words.map(\.box.y).min() ?? 0
        let right = words.map { $0.box.x + $0.box.width }.max() ?? 0, bottom = words.map { $0.box.y + $0.box.height }.max() ?? 0
        let confidence = words.map(\.confidence).reduce(0, +) / Double(max(words.count, 1))
        return OCRLine(
            text: words.map(\.text).joined(separator: " "), box: Box(x: left, y: top, width: right - left, height: bottom - top),
            confidence: confidence, words: words)
    }
}
