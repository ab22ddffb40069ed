import Contracts

/// RT/RW is printed as two three-digit numbers ("005/015"), its value starting in the value
/// column like every row's. When fewer digits were read and the value's first word stands
/// clearly right of where the other rows' values start, glare or a smudge took its beginning
/// ("015"): the row is read again from the value column, digits and the slash only.
extension KTPReader {
    func rtRwFromValueColumn(_ parsed: KTPLayoutParser.Result, reread: FieldReread, engine: TesseractEngine) -> String? {
        guard let box = parsed.values[.rtRw]?.box else { return nil }
        let starts = [KTPLabel.nama, .alamat, .kelDesa, .kecamatan, .agama].compactMap { parsed.values[$0]?.box?.x }.sorted()
        guard starts.count >= 3 else { return nil }
        let start = starts[starts.count / 2]
        guard box.x - start > box.height else { return nil }
        let wider = Box(x: start, y: box.y, width: box.x + box.width - start, height: box.height)
        guard let text = reread.read(wider, allowing: "0123456789/", engine: engine), let value = KTPFieldNormaliser.rtRw(text), value.count == 7 else { return nil }
        return value
    }
}
