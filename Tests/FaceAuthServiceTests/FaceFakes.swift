import Contracts
import FaceAuthService
import Foundation
import ServiceKit

/// Descriptors with known distances: person `p` is the unit vector on axis `p`, moved by
/// `jitter` along the last axis. Two people are √2 apart; one person's photos |j1 − j2|.
enum Faces {
    static func descriptor(person: Int, jitter: Float = 0) -> FaceDescriptor {
        var values = [Float](repeating: 0, count: FaceDescriptor.dimensions)
        values[person] = 1
        values[FaceDescriptor.dimensions - 1] = jitter
        return FaceDescriptor(values)!
    }

    static func sample(person: Int, jitter: Float = 0) -> FaceSample {
        FaceSample(descriptor: descriptor(person: person, jitter: jitter), box: FaceBox(left: 0, top: 0, right: 150, bottom: 150),
                   quality: FaceQuality(brightness: 120, sharpness: 200))
    }

    /// Photo bytes the fake reader understands: `[person, jitter × 100, nonce…]`.
    static func photo(person: Int, jitter: Float = 0, nonce: UInt8 = 0) -> [UInt8] {
        [UInt8(person), UInt8(jitter * 100), nonce]
    }
}

/// Reads the fake photos of ``Faces/photo(person:jitter:nonce:)``; anything else has no face.
struct FakeFaceReader: FaceReading {
    func read(_ bytes: [UInt8]) async throws -> FaceSample {
        guard bytes.count == 3, Int(bytes[0]) < FaceDescriptor.dimensions - 1 else {
            throw APIError.unprocessable(.noFace, "no face was found in the image")
        }
        return Faces.sample(person: Int(bytes[0]), jitter: Float(bytes[1]) / 100)
    }
}

/// ``FaceTemplateStore`` in memory, with the users it knows and a global sequence.
actor InMemoryFaceTemplateStore: FaceTemplateStore {
    var users: Set<UUID>
    private(set) var stored: [FaceTemplate] = []
    private(set) var images: [EnrollmentImage] = []
    private(set) var erased: [FaceErasure] = []
    private var lastSequence: Int64 = 0

    init(users: Set<UUID> = []) { self.users = users }

    func addUser(_ id: UUID) { users.insert(id) }

    func userExists(_ userID: UUID) async throws -> Bool { users.contains(userID) }

    func add(userID: UUID, descriptors: [FaceDescriptor], images: [EnrollmentImage]?) async throws -> [FaceTemplate] {
        var added: [FaceTemplate] = []
        for (offset, descriptor) in descriptors.enumerated() {
            lastSequence += 1
            let template = FaceTemplate(id: UUID(), userID: userID, descriptor: descriptor, sequence: lastSequence)
            stored.append(template)
            added.append(template)
            if let image = images?[offset] { self.images.append(image) }
        }
        return added
    }

    func templates(of userID: UUID) async throws -> [FaceTemplate] { stored.filter { $0.userID == userID } }

    func templates(after sequence: Int64, limit: Int) async throws -> [FaceTemplate] {
        Array(stored.filter { $0.sequence > sequence }.prefix(limit))
    }

    func latestSequences() async throws -> FaceSequences {
        FaceSequences(templates: stored.last?.sequence ?? 0, erasures: erased.last?.sequence ?? 0)
    }

    func erase(userID: UUID) async throws -> Int {
        let mine = stored.filter { $0.userID == userID }
        guard let upTo = mine.map(\.sequence).max() else { return 0 }
        stored.removeAll { $0.userID == userID }
        erased.append(FaceErasure(sequence: Int64(erased.count + 1), userID: userID, upTo: upTo))
        return mine.count
    }

    func erasures(after sequence: Int64) async throws -> [FaceErasure] { erased.filter { $0.sequence > sequence } }

    func deleteExpiredImages(now: Date) async throws -> Int {
        let before = images.count
        images.removeAll { $0.keepUntil <= now }
        return before - images.count
    }
}

/// ``AttendanceStore`` and ``SeenImageStore`` in memory.
actor InMemoryAttendanceStore: AttendanceStore, SeenImageStore {
    private(set) var entries: [(day: String, entry: AttendanceEntry)] = []
    private var digests: [[UInt8]: Date] = [:]

    func checkIn(userID: UUID, day: String, at: Date, distance: Double, kiosk: UUID?,
                 decide: @Sendable (AttendanceEntry?) -> CheckInDecision) async throws -> (AttendanceEntry, recorded: Bool) {
        let last = entries.last { $0.day == day && $0.entry.userID == userID }?.entry
        switch decide(last) {
        case .repeated(let entry): return (entry, false)
        case .record(let event):
            let entry = AttendanceEntry(userID: userID, event: event, at: at, distance: distance)
            entries.append((day, entry))
            return (entry, true)
        }
    }

    func list(_ query: AttendanceQuery) async throws -> [AttendanceEntry] {
        entries.map(\.entry).filter { $0.at >= query.from && $0.at < query.to && (query.userID == nil || $0.userID == query.userID) }
    }

    func claim(_ digest: [UInt8], at: Date) async throws -> Bool {
        guard digests[digest] == nil else { return false }
        digests[digest] = at
        return true
    }

    func forget(before cutoff: Date) async throws { digests = digests.filter { $0.value >= cutoff } }
}

/// A kiosk store in memory.
actor InMemoryKioskStore: KioskStore {
    private var kiosks: [UUID: KioskRecord] = [:]
    func create(_ kiosk: KioskRecord) async throws { kiosks[kiosk.id] = kiosk }
    func find(id: UUID) async throws -> KioskRecord? { kiosks[id] }
}
