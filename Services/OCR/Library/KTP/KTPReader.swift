import CLeptonica
import Contracts
import Foundation
import ServiceKit

/// Reads an e-KTP photo or scan into its fields: finds and straightens the card, recognises
/// the header and the labelled body, parses and normalises the fields, re-reads the NIK with
/// a digit-only recogniser and checks it. Refuses with 422 `not_a_ktp` an image whose text
/// does not carry the KTP's labels. Runs synchronously on one borrowed engine.
struct KTPReader: Sendable {
    let regions: any RegionLookup
    var decoding = ImageDecoding()
    var rectifier = CardRectifier()
    var minimumLabels = 4
    let glyphs = NIKGlyphReader(classifier: DigitClassifier())
    static let nameCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ'.,-"
    static let addressCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.,-/()"

    func read(_ bytes: [UInt8], engine: TesseractEngine) throws(APIError) -> KTPExtraction {
        let image = try decoding.decode(bytes)
        var attempt = recognise(rectifier.rectify(image), engine: engine)
        if attempt.parsed.labelsFound < minimumLabels {
            let flat = recognise(image.map { pixScaleToSize($0, Int32(rectifier.width), Int32(rectifier.height)) }, engine: engine)
            if flat.parsed.labelsFound > attempt.parsed.labelsFound { attempt = flat }
        }
        guard attempt.parsed.labelsFound >= minimumLabels else {
            throw .unprocessable("not_a_ktp", "the image does not look like an e-KTP (its labels were not found)")
        }
        return extraction(from: attempt, engine: engine)
    }

    /// The recognised lines, each as "y xX: word[confidence hHEIGHT] …", for diagnosis.
    func lines(_ bytes: [UInt8], engine: TesseractEngine) throws(APIError) -> [String] {
        let image = try decoding.decode(bytes)
        return recogniseLines(CardImage(card: rectifier.rectify(image)), engine: engine).map { line in
            "\(line.box.y) x\(line.box.x): " + line.words.map { "\($0.text)[\(Int($0.confidence * 100)) h\($0.box.height)]" }.joined(separator: " ")
        }
    }

    struct Attempt {
        var card: CardImage
        var parsed: KTPLayoutParser.Result
    }

    private func recognise(_ card: Pix, engine: TesseractEngine) -> Attempt {
        let image = CardImage(card: card)
        let lines = recogniseLines(image, engine: engine)
        var parser = KTPLayoutParser()
        parser.valueLimitX = Int(Double(image.width) * 0.71)
        parser.defaultColonX = Int(Double(image.width) * 0.205)
        return Attempt(card: image, parsed: parser.parse(lines))
    }

    private func recogniseLines(_ image: CardImage, engine: TesseractEngine) -> [OCRLine] {
        var lines: [OCRLine] = []
        for (x, y) in [(0.08...0.92, 0.0...0.19), (0.0...0.74, 0.17...1.0)] {
            guard let zone = image.zone(x: x, y: y) else { continue }
            let result = engine.recognize(zone.pix, mode: .block)
            lines += result.lines.map { $0.offset(x: zone.originX, y: zone.originY) }
        }
        return lines
    }

    private func extraction(from attempt: Attempt, engine: TesseractEngine) -> KTPExtraction {
        var normal = KTPFieldNormaliser(regions: regions).normalise(attempt.parsed)
        let reread = FieldReread(card: attempt.card)
        if let text = reread.read(attempt.parsed.values[.rtRw]?.box, allowing: "0123456789/", engine: engine),
            let value = KTPFieldNormaliser.rtRw(text), value.count == 7
        {
            normal.fields.rtRw = value
        }
        if normal.fields.rtRw?.count != 7, let value = rtRwFromValueColumn(attempt.parsed, reread: reread, engine: engine) {
            normal.fields.rtRw = value
        }
        if let value = attempt.parsed.values[.nama], let name = reread.name(value, engine: engine) {
            normal.fields.nama = name
        }
        if let address = attempt.parsed.values[.alamat], let firstLine = KTPLayoutParser().value(of: address.words)?.text, address.text.hasPrefix(firstLine),
            let spaced = reread.splitAtInkGaps(address.words).flatMap({ KTPLayoutParser().value(of: $0)?.text })
                ?? reread.respaced(firstLine, box: address.box, allowing: Self.addressCharacters, clean: { $0.uppercased() }, engine: engine)
        {
            normal.fields.alamat = KTPFieldNormaliser.cleanAddress(spaced + address.text.dropFirst(firstLine.count))
        }
        if let blood = normal.fields.golonganDarah, !KTPVocabulary.bloodTypes.contains(blood),
            let text = reread.read(attempt.parsed.values[.golonganDarah]?.box, allowing: "ABO0+-", engine: engine),
            let snapped = KTPFieldNormaliser.bloodType(text)
        {
            normal.fields.golonganDarah = snapped
        }
        let parsed = attempt.parsed
        let header = (parsed.regencyLine ?? parsed.provinceLine)?.box.map { $0.y + $0.height }
        let firstRow = [KTPLabel.nama, .tempatTglLahir, .jenisKelamin].lazy.compactMap { parsed.values[$0]?.box?.y }.first
        let nikRead = NIKReread(card: attempt.card, glyphs: glyphs).read(around: parsed.values[.nik]?.box, headerBottom: header, firstRowTop: firstRow, engine: engine)
        var decodedCorrections: [String] = []
        var nikText = nikRead?.text ?? normal.rawNIK
        if let read = nikRead, let alternatives = read.alternatives {
            let dateDigits = normal.fields.tanggalLahir.flatMap { birth in
                normal.fields.jenisKelamin.flatMap { NIKStructure.dateDigits(birthDate: birth, female: $0 == "PEREMPUAN") }
            }
            let evidence = NIKDecoder.Evidence(
                districtCodes: regions.districtDigitCodes(),
                printedDistrict: normal.district.flatMap { $0.score >= 0.8 ? $0.code.filter(\.isNumber) : nil },
                printedDateDigits: dateDigits)
            if let decoded = NIKDecoder().decode(alternatives, evidence: evidence), decoded != read.text {
                let changed = zip(read.text, decoded).enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
                decodedCorrections.append("doubtful NIK digits at positions \(changed.map(String.init).joined(separator: ", ")) settled by the NIK's structure and the card's other fields")
                nikText = decoded
            }
        }
        let inspector = NIKInspector(regions: regions)
        var outcome = inspector.inspect(nikText, perDigit: nikRead?.perCharacter, fields: normal.fields, district: normal.district, regency: normal.regency)
        if let fromNIK = outcome.check.birthDate, let printed = normal.fields.tanggalLahir, fromNIK != printed,
            NIKInspector.isRepairable(printed.filter(\.isNumber), into: fromNIK.filter(\.isNumber)), (nikRead?.confidence ?? 0) >= 0.6
        {
            normal.fields.tanggalLahir = fromNIK
            decodedCorrections.append("tanggal lahir read as \(printed) corrected to \(fromNIK), agreeing with the NIK")
            outcome = inspector.inspect(outcome.nik, perDigit: nil, fields: normal.fields, district: normal.district, regency: normal.regency)
        }
        outcome.corrections = decodedCorrections + outcome.corrections
        normal.fields.nik = outcome.nik
        normal.confidence["nik"] = nikRead.map { ($0.confidence * 1000).rounded() / 1000 } ?? 0
        if normal.fields.tanggalLahir == nil, let birth = outcome.check.birthDate {
            normal.fields.tanggalLahir = birth
            normal.confidence["tanggal_lahir"] = 0.5
        }
        if normal.fields.jenisKelamin == nil, let sex = outcome.check.sex {
            normal.fields.jenisKelamin = sex
            normal.confidence["jenis_kelamin"] = 0.5
        }
        var check = outcome.check
        check.corrections = outcome.corrections
        return KTPExtraction(fields: normal.fields, confidence: normal.confidence, nikCheck: check)
    }
}

extension OCRLine {
    /// The line moved by (`x`, `y`), to card coordinates from a zone's.
    func offset(x: Int, y: Int) -> OCRLine {
        func move(_ box: Contracts.Box) -> Contracts.Box { Contracts.Box(x: box.x + x, y: box.y + y, width: box.width, height: box.height) }
        return OCRLine(text: text, box: move(box), confidence: confidence, words: words.map { OCRWord(text: $0.text, box: move($0.box), confidence: $0.confidence) })
    }
}
