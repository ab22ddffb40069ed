import FaceAuthService
import Foundation

/// Compares our descriptors with the reference pipeline's (Tests/Generators/faces/reference_embeddings.py)
/// photo by photo: the Euclidean distance must be ≤ 0.03.
enum Parity {
    struct Entry: Decodable {
        var box: [Int]
        var descriptor: [Float]
    }

    static func report(reader: DlibFaceReader, reference: URL, photos: URL) async throws {
        guard let data = try? Data(contentsOf: reference) else {
            print("no reference at \(reference.path): run Tests/Generators/faces/setup_reference.sh first")
            return
        }
        let entries = try JSONDecoder().decode([String: Entry?].self, from: data)
        var distances: [(String, Double)] = []
        var mismatched: [String] = []
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
            guard let bytes = try? Data(contentsOf: photos.appendingPathComponent(name)) else {
                mismatched.append("\(name): no longer in \(photos.path); rerun the reference")
                continue
            }
            let ours = try await reader.describeAll(Array(bytes))
            guard let entry else {
                if ours.count == 1 { mismatched.append("\(name): reference found no single face, we found one") }
                continue
            }
            guard ours.count == 1, let mine = ours.first, let theirs = FaceDescriptor(entry.descriptor) else {
                mismatched.append("\(name): we found \(ours.count) faces")
                continue
            }
            distances.append((name, mine.descriptor.distance(to: theirs)))
        }
        let worst = distances.max { $0.1 < $1.1 }
        let passing = distances.filter { $0.1 <= 0.03 }.count
        print(String(format: "%@: %d/%d photos within 0.03 (max %.6f on %@, mean %.6f)", reference.lastPathComponent, passing, distances.count,
                     worst?.1 ?? 0, worst?.0 ?? "-", distances.map(\.1).reduce(0, +) / Double(max(1, distances.count))))
        for line in mismatched { print("  detection differs: \(line)") }
        for (name, distance) in distances where distance > 0.03 { print(String(format: "  over 0.03: %@ %.4f", name, distance)) }
    }
}
