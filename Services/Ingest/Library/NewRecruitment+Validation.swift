import Contracts
import Foundation
import ServiceKit

extension NewRecruitment {
    static let grades: Set<String> = ["A", "A-", "AB", "B+", "B", "B-", "BC", "C+", "C", "CD", "D+", "D", "DE", "E"]

    /// The recruitment to store, or a 400 naming the field that is not acceptable.
    func validated(id: UUID, by creator: String, at now: Date) throws(APIError) -> StoredRecruitment {
        let course = course.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !course.isEmpty, course.count <= 200 else { throw .badRequest("'course' must be 1 to 200 characters", code: .invalidField) }
        if let title, title.count > 300 { throw .badRequest("'title' must be at most 300 characters", code: .invalidField) }
        guard (1...10_000).contains(quota) else { throw .badRequest("'quota' must be between 1 and 10000", code: .invalidField) }
        if let minSemester, !(1...14).contains(minSemester) {
            throw .badRequest("'min_semester' must be between 1 and 14", code: .invalidField)
        }
        if let minimum = requirements.minIPK, !(0...4).contains(minimum) {
            throw .badRequest("'requirements.min_ipk' must be between 0 and 4", code: .invalidField)
        }
        guard requirements.courses.count <= 50 else { throw .badRequest("at most 50 required courses", code: .invalidField) }
        var requirements = requirements
        requirements.courses = requirements.courses.map {
            CourseRequirement(name: $0.name.trimmingCharacters(in: .whitespaces), minGrade: $0.minGrade.trimmingCharacters(in: .whitespaces).uppercased())
        }
        if let semester = requirements.minSemester, !(1...14).contains(semester) {
            throw .badRequest("'requirements.min_semester' must be between 1 and 14", code: .invalidField)
        }
        for course in requirements.courses {
            guard !course.name.isEmpty, course.name.count <= 200 else {
                throw .badRequest("'requirements.courses[].name' must be 1 to 200 characters", code: .invalidField)
            }
            guard Self.grades.contains(course.minGrade) || Double(course.minGrade).map({ (0...4).contains($0) }) == true else {
                throw .badRequest("'requirements.courses[].min_grade' must be a letter grade (A, AB, B+, …) or a number 0–4", code: .invalidField)
            }
        }
        var closes: Date?
        if let closesAt {
            guard let date = ISOTime.date(closesAt) else {
                throw .badRequest("'closes_at' must be an ISO-8601 instant such as 2026-12-31T17:00:00Z", code: .invalidField)
            }
            guard date > now else { throw .badRequest("'closes_at' is already past", code: .invalidField) }
            closes = date
        }
        return StoredRecruitment(
            id: id, course: course, title: title, requirements: requirements, minSemester: minSemester, quota: quota,
            closesAt: closes, createdBy: creator, createdAt: now)
    }
}
