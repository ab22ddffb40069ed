/// The seven things a decree (SK kenaikan pangkat) is checked on. Raw values are the public
/// label names of `POST /v1/ner/extract`.
public enum EntityLabel: String, CaseIterable, Sendable, Codable, Comparable {
    case nomorSK = "NOMOR_SK"
    case nomorLGBKN = "NOMOR_LG_BKN"
    case tanggalLGBKN = "TANGGAL_LG_BKN"
    case namaPNS = "NAMA_PNS"
    case nipPNS = "NIP_PNS"
    case tmtKP = "TMT_KP"
    case pangkatBaru = "PANGKAT_BARU"

    public var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool { lhs.index < rhs.index }
}

/// A labelled character span. Offsets count Unicode scalars (Python `str` indices), `end` exclusive.
public struct EntitySpan: Sendable, Hashable, Codable {
    public var label: EntityLabel
    public var start: Int
    public var end: Int

    public init(label: EntityLabel, start: Int, end: Int) {
        self.label = label
        self.start = start
        self.end = end
    }
}

/// BILOU tags over the seven labels: tag 0 is O, then B, I, L, U for each label in order.
/// Invariant: `count == 1 + 4 * EntityLabel.allCases.count`.
public enum BILOU {
    public static let count = 1 + 4 * EntityLabel.allCases.count
    public static let outside = 0

    public enum Part: Int, Sendable { case begin = 0, inside, last, unit }

    public static func tag(_ label: EntityLabel, _ part: Part) -> Int { 1 + 4 * label.index + part.rawValue }

    public static func label(of tag: Int) -> EntityLabel? {
        tag == 0 ? nil : EntityLabel.allCases[(tag - 1) / 4]
    }

    public static func part(of tag: Int) -> Part? {
        tag == 0 ? nil : Part(rawValue: (tag - 1) % 4)
    }

    /// Whether `next` may follow `previous` (-1 = sequence start) in a well-formed sequence.
    public static func allowed(from previous: Int, to next: Int) -> Bool {
        let open = previous >= 0 && (part(of: previous) == .begin || part(of: previous) == .inside)
        let continues = part(of: next) == .inside || part(of: next) == .last
        if open { return continues && label(of: next) == label(of: previous) }
        return !continues
    }

    /// Whether a sequence may end on `tag`.
    public static func mayEnd(_ tag: Int) -> Bool { part(of: tag) != .begin && part(of: tag) != .inside }
}
