/// A 128-d dlib face descriptor. Invariant: exactly ``dimensions`` finite components; two
/// descriptors of one person lie closer (Euclidean) than those of two people.
public struct FaceDescriptor: Sendable, Equatable {
    public static let dimensions = 128
    public let values: [Float]

    /// Nil when `values` is not a finite 128-d vector.
    public init?(_ values: [Float]) {
        guard values.count == Self.dimensions, values.allSatisfy(\.isFinite) else { return nil }
        self.values = values
    }

    public func distance(to other: FaceDescriptor) -> Double {
        values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                guard let a = a.baseAddress, let b = b.baseAddress else { return 0 }
                return Double(Self.squaredDistance(a, b)).squareRoot()
            }
        }
    }

    /// Squared Euclidean distance of two 128-float vectors, 8 lanes at a time.
    @inline(__always)
    static func squaredDistance(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>) -> Float {
        var sum = SIMD8<Float>()
        let (x, y) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
        var offset = 0
        while offset < dimensions * 4 {
            let d = x.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self) - y.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            sum += d * d
            offset += 32
        }
        return sum.sum()
    }

    /// The descriptor as bytes (little-endian Float32), for storage.
    public var bytes: [UInt8] {
        values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
    }

    /// A descriptor from ``bytes``, or nil when the length or values are wrong.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.dimensions * 4 else { return nil }
        let values = stride(from: 0, to: bytes.count, by: 4).map { offset in
            Float(bitPattern: UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24)
        }
        self.init(values)
    }
}
