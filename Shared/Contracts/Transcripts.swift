/// One course requirement of a recruitment: the course and the lowest acceptable grade.
public struct CourseRequirement: Codable, Sendable, Equatable {
    public var name: String
    public var minGrade: String
    public init(name: String, minGrade: String) {
        self.name = name
        self.minGrade = minGrade
    }
    enum CodingKeys: String, CodingKey {
        case name
        case minGrade = "min_grade"
    }
}

/// The `requirements` part of `POST /v1/transcripts/verify`. `min_semester` (an extra beyond
/// DESIGN.md's keys, optional) is the lowest semester the applicant must have reached.
public struct TranscriptRequirements: Codable, Sendable, Equatable {
    public var minIPK: Double?
    public var courses: [CourseRequirement]
    public var minSemester: Int?
    public init(minIPK: Double?, courses: [CourseRequirement], minSemester: Int? = nil) {
        self.minIPK = minIPK
        self.courses = courses
        self.minSemester = minSemester
    }
    enum CodingKeys: String, CodingKey {
        case courses
        case minIPK = "min_ipk"
        case minSemester = "min_semester"
    }
}

/// The student a transcript belongs to. Invariant: both keys are always encoded (null when unread).
public struct Student: Codable, Sendable, Equatable {
    public var name: String?
    public var nim: String?
    public init(name: String?, nim: String?) {
        self.name = name
        self.nim = nim
    }
    enum CodingKeys: String, CodingKey { case name, nim }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(nim, forKey: .nim)
    }
}

/// One row of a transcript. Invariant: `code` is always encoded (null when the row has none).
public struct CourseRow: Codable, Sendable, Equatable {
    public var code: String?
    public var name: String
    public var sks: Int
    public var grade: String
    public init(code: String?, name: String, sks: Int, grade: String) {
        self.code = code
        self.name = name
        self.sks = sks
        self.grade = grade
    }
    enum CodingKeys: String, CodingKey { case code, name, sks, grade }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(sks, forKey: .sks)
        try c.encode(grade, forKey: .grade)
    }
}

/// Whether an applicant meets a recruitment's requirements.
public enum Eligibility: String, Codable, Sendable {
    case eligible
    case notEligible = "not_eligible"
    case needsReview = "needs_review"
}

/// `POST /v1/transcripts/verify` answer. `semester` (an extra beyond DESIGN.md's keys) is the
/// highest semester printed on the transcript, null when none was read.
public struct TranscriptVerification: Codable, Sendable, Equatable {
    public var student: Student
    public var courses: [CourseRow]
    public var ipk: Double?
    public var ipkPrinted: Double?
    public var eligible: Eligibility
    public var reasons: [String]
    public var semester: Int?

    public init(
        student: Student, courses: [CourseRow], ipk: Double?, ipkPrinted: Double?, eligible: Eligibility,
        reasons: [String], semester: Int? = nil
    ) {
        self.student = student
        self.courses = courses
        self.ipk = ipk
        self.ipkPrinted = ipkPrinted
        self.eligible = eligible
        self.reasons = reasons
        self.semester = semester
    }

    enum CodingKeys: String, CodingKey {
        case student, courses, ipk, eligible, reasons, semester
        case ipkPrinted = "ipk_printed"
    }

    /// Every key of DESIGN.md's shape is written; an IPK that could not be computed or read is null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(student, forKey: .student)
        try c.encode(courses, forKey: .courses)
        try c.encode(ipk, forKey: .ipk)
        try c.encode(ipkPrinted, forKey: .ipkPrinted)
        try c.encode(eligible, forKey: .eligible)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(semester, forKey: .semester)
    }
}
