import Contracts
import Foundation

/// A recruitment as stored, with the count of applications accepted so far.
public struct StoredRecruitment: Sendable, Equatable {
    public var id: UUID
    public var course: String
    public var title: String?
    public var requirements: TranscriptRequirements
    public var minSemester: Int?
    public var quota: Int
    public var closesAt: Date?
    public var createdBy: String
    public var createdAt: Date
    public var accepted: Int

    public init(
        id: UUID, course: String, title: String?, requirements: TranscriptRequirements, minSemester: Int?, quota: Int,
        closesAt: Date?, createdBy: String, createdAt: Date, accepted: Int = 0
    ) {
        self.id = id
        self.course = course
        self.title = title
        self.requirements = requirements
        self.minSemester = minSemester
        self.quota = quota
        self.closesAt = closesAt
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.accepted = accepted
    }

    public func isClosed(at now: Date) -> Bool { closesAt.map { $0 <= now } ?? false }
    public var isFull: Bool { accepted >= quota }

    /// The requirements as sent to the transcript verification: the recruitment's
    /// `min_semester` is added when the requirements do not name one themselves; anything else
    /// in them passes through untouched.
    public func verificationRequirements() throws -> JSONValue {
        var value = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(requirements))
        if case .object(var members) = value, let minSemester, members["min_semester"] == nil || members["min_semester"] == .null {
            members["min_semester"] = .number(Double(minSemester))
            value = .object(members)
        }
        return value
    }

    public func contract(at now: Date) -> Recruitment {
        Recruitment(
            id: id.uuidString.lowercased(), course: course, title: title, requirements: requirements, minSemester: minSemester,
            quota: quota, accepted: accepted, closesAt: closesAt.map(ISOTime.string), open: !isClosed(at: now) && !isFull,
            createdAt: ISOTime.string(createdAt))
    }
}
