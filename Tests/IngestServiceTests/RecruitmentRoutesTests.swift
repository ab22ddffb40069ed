import Contracts
import Foundation
import HummingbirdTesting
import NIOCore
import Testing
@testable import IngestService

/// `POST/GET /v1/recruitments`: only an admin opens one, bad proposals get a 400 naming the
/// field, and the list shows only recruitments still taking applications.
struct RecruitmentRoutesTests {
    typealias H = RegistrationHarness

    @Test func adminOpensARecruitmentThatEveryoneSignedInCanRead() async throws {
        let harness = H()
        try await harness.run { client in
            let opened = try await H.open(client, quota: 2)
            #expect(opened.course == "Praktikum Basis Data" && opened.quota == 2 && opened.accepted == 0 && opened.open)
            #expect(opened.minSemester == 3 && opened.requirements == H.requirements)
            let id = try #require(UUID(uuidString: opened.id))
            let stored = try #require(try await harness.recruitments.recruitment(id: id))
            #expect(stored.createdBy == "admin-1")

            let shown = try await client.execute(uri: "/v1/recruitments/\(opened.id)", method: .get, headers: H.headers("applicant", "a1"))
            #expect(try DocumentRoutesTests.decode(Recruitment.self, shown) == opened)
            let unknown = try await client.execute(uri: "/v1/recruitments/\(UUID())", method: .get, headers: H.headers("applicant", "a1"))
            #expect(unknown.status == .notFound)
            let kiosk = try await client.execute(uri: "/v1/recruitments", method: .get, headers: H.headers("kiosk", "k1"))
            #expect(kiosk.status == .forbidden)
        }
    }

    @Test(arguments: ["applicant", "employee", "operator"])
    func onlyAnAdminOpens(role: String) async throws {
        try await H().run { client in
            let (headers, body) = try H.json(NewRecruitment(course: "X", requirements: H.requirements, quota: 1), role: role, user: "u")
            let response = try await client.execute(uri: "/v1/recruitments", method: .post, headers: headers, body: body)
            #expect(response.status == .forbidden)
        }
    }

    @Test(arguments: [
        (#"{"course":"X","requirements":{"courses":[]},"quota":0}"#, "invalid_field"),
        (#"{"course":" ","requirements":{"courses":[]},"quota":1}"#, "invalid_field"),
        (#"{"course":"X","requirements":{"min_ipk":5,"courses":[]},"quota":1}"#, "invalid_field"),
        (#"{"course":"X","requirements":{"courses":[{"name":"Basis Data","min_grade":"Z"}]},"quota":1}"#, "invalid_field"),
        (#"{"course":"X","requirements":{"courses":[]},"quota":1,"closes_at":"next week"}"#, "invalid_field"),
        (#"{"course":"X","requirements":{"courses":[]},"quota":1,"closes_at":"2020-01-01T00:00:00Z"}"#, "invalid_field"),
        (#"{"course":"X","requirements":{"courses":[]},"quota":1,"min_semester":0}"#, "invalid_field"),
        (#"{"course":"X","requirements":{"courses":[],"min_semester":20},"quota":1}"#, "invalid_field"),
        (#"{"course":"X","quota":1}"#, "missing_field"),
        (#"{"course":"X","requirements":"#, "malformed_json"),
    ])
    func badProposalsAreRefused(json: String, code: String) async throws {
        try await H().run { client in
            var headers = H.headers("admin", "admin-1")
            headers[.contentType] = "application/json"
            let response = try await client.execute(uri: "/v1/recruitments", method: .post, headers: headers, body: ByteBuffer(string: json))
            #expect(response.status == .badRequest)
            #expect(H.code(response) == code)
        }
    }

    @Test func closedRecruitmentsAreListedOnlyForStaffAskingForAll() async throws {
        let harness = H()
        try await harness.run { client in
            let closed = try await harness.closed().contract(at: H.now)
            let open = try await H.open(client, closesAt: ISOTime.string(H.now.addingTimeInterval(3600)))
            #expect(!closed.open && open.open)
            func listed(_ query: String, _ role: String) async throws -> [String] {
                let response = try await client.execute(uri: "/v1/recruitments\(query)", method: .get, headers: H.headers(role, "u"))
                return try DocumentRoutesTests.decode(RecruitmentList.self, response).recruitments.map(\.id)
            }
            #expect(try await listed("", "employee") == [open.id])
            #expect(try await listed("?all=true", "applicant") == [open.id])
            #expect(try await listed("?all=true", "operator") == [open.id, closed.id])
            #expect(try await listed("", "admin") == [open.id])
        }
    }

    @Test func requiredGradesAreStoredInTheirCanonicalForm() throws {
        let requirements = TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: " Basis Data ", minGrade: "ab "), CourseRequirement(name: "IF2240", minGrade: "3.5")])
        let recruitment = try NewRecruitment(course: "X", requirements: requirements, quota: 1).validated(id: UUID(), by: "a", at: H.now)
        #expect(recruitment.requirements.courses == [CourseRequirement(name: "Basis Data", minGrade: "AB"), CourseRequirement(name: "IF2240", minGrade: "3.5")])
    }

    @Test func minimumSemesterIsPassedToTheVerification() throws {
        let recruitment = try NewRecruitment(course: "X", requirements: H.requirements, minSemester: 4, quota: 1)
            .validated(id: UUID(), by: "a", at: H.now)
        guard case .object(let members) = try recruitment.verificationRequirements() else { Issue.record("not an object"); return }
        #expect(members["min_semester"] == .number(4))
        #expect(members["min_ipk"] == .number(3))
        let courses = try JSONEncoder().encode(members["courses"])
        #expect(try JSONDecoder().decode([CourseRequirement].self, from: courses) == H.requirements.courses)
    }
}
