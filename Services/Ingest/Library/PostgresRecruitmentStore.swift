import Contracts
import Foundation
import Logging
import PostgresNIO

/// ``RecruitmentStore`` in ingest's PostgreSQL schema; `accepted` is counted on every read.
public struct PostgresRecruitmentStore: RecruitmentStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func create(_ recruitment: StoredRecruitment) async throws {
        let requirements = String(decoding: try JSONEncoder().encode(recruitment.requirements), as: UTF8.self)
        try await client.query("""
            INSERT INTO ingest.recruitments (id, course, title, requirements, min_semester, quota, closes_at, created_by, created_at)
            VALUES (\(recruitment.id), \(recruitment.course), \(recruitment.title), \(requirements)::jsonb, \(recruitment.minSemester),
                    \(recruitment.quota), \(recruitment.closesAt), \(recruitment.createdBy), \(recruitment.createdAt))
            """, logger: logger)
    }

    public func recruitment(id: UUID) async throws -> StoredRecruitment? {
        try await read(PostgresQuery(unsafeSQL: Self.select + " WHERE r.id = $1", binds: Self.binds(id))).first
    }

    public func recruitments() async throws -> [StoredRecruitment] {
        try await read(PostgresQuery(unsafeSQL: Self.select + " ORDER BY r.created_at DESC"))
    }

    static let select = """
        SELECT r.id, r.course, r.title, r.requirements::text, r.min_semester, r.quota, r.closes_at, r.created_by, r.created_at,
               (SELECT count(*)::integer FROM ingest.applications a WHERE a.recruitment_id = r.id AND a.decision = 'accepted')
        FROM ingest.recruitments r
        """

    static func binds(_ id: UUID) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(id)
        return binds
    }

    private func read(_ query: PostgresQuery) async throws -> [StoredRecruitment] {
        let rows = try await client.query(query, logger: logger)
        var found: [StoredRecruitment] = []
        for try await (id, course, title, requirements, minSemester, quota, closesAt, createdBy, createdAt, accepted) in rows.decode(
            (UUID, String, String?, String, Int?, Int, Date?, String, Date, Int).self)
        {
            found.append(StoredRecruitment(
                id: id, course: course, title: title,
                requirements: try JSONDecoder().decode(TranscriptRequirements.self, from: Data(requirements.utf8)),
                minSemester: minSemester, quota: quota, closesAt: closesAt, createdBy: createdBy, createdAt: createdAt,
                accepted: accepted))
        }
        return found
    }
}
