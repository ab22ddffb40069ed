import Foundation

/// The model's file form: little-endian, features sorted by hash, only non-zero weights, so the
/// same model always gives the same bytes. Layout: magic `PKSNER2\n`, version (UInt16 length +
/// UTF-8), tag count (UInt8), transitions (Float32 each), feature count (UInt32), then per
/// feature its hash (UInt64), non-zero count (UInt8) and that many (tag UInt8, weight Float32);
/// last the vocabulary: count (UInt32) and sorted word hashes (UInt64).
extension LinearChainModel {
    static let magic = Array("PKSNER2\n".utf8)

    /// Why a model file could not be read.
    public struct FileError: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public func serialized() -> [UInt8] {
        var out = Self.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        let name = Array(version.utf8.prefix(1000))
        out += [UInt8(name.count & 0xFF), UInt8(name.count >> 8)] + name
        out.append(UInt8(Self.tags))
        for w in transitions { f32(w) }
        u32(UInt32(rows.count))
        let t = Self.tags
        for (hash, row) in rows.sorted(by: { $0.key < $1.key }) {
            withUnsafeBytes(of: hash.littleEndian) { out += $0 }
            let slice = weights[(Int(row) * t)..<(Int(row) * t + t)]
            out.append(UInt8(slice.filter { $0 != 0 }.count))
            for (tag, w) in slice.enumerated() where w != 0 {
                out.append(UInt8(tag))
                f32(w)
            }
        }
        u32(UInt32(vocabulary.count))
        for hash in vocabulary.sorted() { withUnsafeBytes(of: hash.littleEndian) { out += $0 } }
        return out
    }

    public init(serialized bytes: [UInt8]) throws(FileError) {
        var at = 0
        func need(_ n: Int) throws(FileError) {
            guard at + n <= bytes.count else { throw FileError(description: "the model file is truncated") }
        }
        func u32() throws(FileError) -> UInt32 {
            try need(4)
            defer { at += 4 }
            return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        try need(Self.magic.count + 2)
        guard Array(bytes[0..<Self.magic.count]) == Self.magic else { throw FileError(description: "not a Periksa NER model file") }
        at = Self.magic.count
        let length = Int(bytes[at]) | Int(bytes[at + 1]) << 8
        at += 2
        try need(length + 1)
        let version = String(decoding: bytes[at..<(at + length)], as: UTF8.self)
        at += length
        guard Int(bytes[at]) == Self.tags else { throw FileError(description: "the model has another tag set") }
        at += 1
        let t = Self.tags
        var transitions: [Float] = []
        for _ in 0..<((t + 1) * t) { transitions.append(Float(bitPattern: try u32())) }
        let count = Int(try u32())
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(count)
        var weights = [Float](repeating: 0, count: count * t)
        for row in 0..<count {
            let low = UInt64(try u32()), high = UInt64(try u32())
            rows[low | high << 32] = Int32(row)
            try need(1)
            let nonZero = Int(bytes[at])
            at += 1
            for _ in 0..<nonZero {
                try need(5)
                let tag = Int(bytes[at])
                at += 1
                guard tag < t else { throw FileError(description: "the model file is corrupt") }
                weights[row * t + tag] = Float(bitPattern: try u32())
            }
        }
        var vocabulary = Set<UInt64>()
        for _ in 0..<Int(try u32()) {
            let low = UInt64(try u32()), high = UInt64(try u32())
            vocabulary.insert(low | high << 32)
        }
        guard at == bytes.count else { throw FileError(description: "the model file has trailing bytes") }
        self.init(version: version, rows: rows, weights: weights, transitions: transitions, vocabulary: vocabulary)
    }
}
