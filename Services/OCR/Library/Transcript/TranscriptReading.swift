import Contracts

/// What was read from a transcript (one page or several merged): the student, the course rows,
/// the printed IPK and the highest semester printed. Invariant: `ipkPrinted` is within 0…4 when
/// present; `unreadableRows` counts table rows that were seen but could not be read whole (a
/// reason for review, never silently dropped); `ipkUnread` says an IPK/IPS label was seen but
/// no value could be read from its line (the check against the rows could not be made);
/// `semesterIsLowerBound` says the semester is only the last semester heading of the table
/// ("Semester II (Genap 2020/2021)"): the student is in that semester or a later one.
public struct TranscriptReading: Sendable, Equatable {
    public var student: Student
    public var rows: [CourseRow]
    public var ipkPrinted: Double?
    public var unreadableRows: Int
    public var semester: Int?
    public var ipkUnread: Bool
    public var semesterIsLowerBound: Bool
    /// The credit totals printed inside the table(s); their row ranges index `rows`.
    public var creditTotals: [CreditTotal]

    public init(student: Student, rows: [CourseRow], ipkPrinted: Double?, unreadableRows: Int = 0, semester: Int? = nil, ipkUnread: Bool = false, creditTotals: [CreditTotal] = [], semesterIsLowerBound: Bool = false) {
        self.student = student
        self.rows = rows
        self.ipkPrinted = ipkPrinted
        self.unreadableRows = unreadableRows
        self.semester = semester
        self.semesterIsLowerBound = semester != nil && semesterIsLowerBound
        self.ipkUnread = ipkPrinted == nil && ipkUnread
        self.creditTotals = creditTotals
    }

    /// The pages of one transcript as one reading: rows in page order, the student from the
    /// first page that names them, the IPK from the last page that prints one (a cumulative
    /// IPK closes the document), the highest semester (a lower bound only when no page prints
    /// the student's own), unreadable rows added up.
    public init(merging pages: [TranscriptReading]) {
        student = Student(
            name: pages.lazy.compactMap(\.student.name).first, nim: pages.lazy.compactMap(\.student.nim).first)
        rows = pages.flatMap(\.rows)
        creditTotals = CreditTotal.joined(pages.map { ($0.creditTotals, $0.rows.count) }, runOn: true)
        ipkPrinted = pages.last { $0.ipkPrinted != nil }?.ipkPrinted
        unreadableRows = pages.map(\.unreadableRows).reduce(0, +)
        semester = pages.compactMap(\.semester).max()
        semesterIsLowerBound = semester != nil && pages.allSatisfy { $0.semester == nil || $0.semesterIsLowerBound }
        ipkUnread = ipkPrinted == nil && pages.contains(where: \.ipkUnread)
    }
}
