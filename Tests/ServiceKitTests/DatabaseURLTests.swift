import DatabaseTesting
import Foundation
import ServiceKit
import Testing

/// `DATABASE_URL` parsing, and the rule that only loopback (or an explicit opt-out) skips TLS.
struct DatabaseURLTests {
    @Test func readsEveryPart() throws {
        let url = try DatabaseURL("postgres://periksa:s%40cret@db.internal:6543/periksa_prod")
        let configuration = url.configuration
        #expect(configuration.host == "db.internal")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "periksa")
        #expect(configuration.password == "s@cret")
        #expect(configuration.database == "periksa_prod")
    }

    @Test func ipv6LiteralLosesItsBrackets() throws {
        let configuration = try DatabaseURL("postgres://u@[::1]:6000/db").configuration
        #expect(configuration.host == "::1")
        #expect(configuration.port == 6000)
    }

    @Test func connectsToTheTestDatabaseWithoutTLS() async throws {
        guard let url = ProcessInfo.processInfo.environment["PERIKSA_TEST_DATABASE_URL"] else { return }
        #expect(try DatabaseURL(url).requiresTLS == false)
        let answer = try await TestDatabase.withClient(url) { client in
            var value = 0
            for try await one in try await client.query("SELECT 1", logger: TestDatabase.logger).decode(Int.self) { value = one }
            return value
        }
        #expect(answer == 1)
    }

    @Test func defaultsPortAndLeavesDatabaseToTheServer() throws {
        let configuration = try DatabaseURL("postgresql://app@127.0.0.1").configuration
        #expect(configuration.port == 5432)
        #expect(configuration.database == nil)
        #expect(configuration.password == nil)
    }

    @Test(arguments: [
        ("postgres://u@127.0.0.1:5432/db", false),
        ("postgres://u@localhost/db", false),
        ("postgres://u@[::1]:5432/db", false),
        ("postgres://u@127.0.0.1/db?sslmode=require", true),
        ("postgres://u@db.example.com/db", true),
        ("postgres://u@10.0.0.5/db", true),
        ("postgres://u@db.example.com/db?sslmode=prefer", true),
        ("postgres://u@db.example.com/db?sslmode=disable", false),
    ])
    func tlsOnlyOffForLoopbackOrExplicitOptOut(url: String, requiresTLS: Bool) throws {
        #expect(try DatabaseURL(url).requiresTLS == requiresTLS)
    }

    @Test(arguments: [
        "", "not a url", "mysql://u@127.0.0.1/db", "postgres://127.0.0.1/db", "postgres:///db", "http://u@host/db",
    ])
    func malformedURLsNameTheVariable(url: String) {
        do {
            _ = try DatabaseURL(url)
            Issue.record("'\(url)' was accepted")
        } catch {
            #expect(error.variable == "DATABASE_URL")
            #expect(!error.description.contains("s3cret"))
        }
    }

    @Test func errorNeverEchoesTheURL() {
        do {
            _ = try DatabaseURL("mysql://root:s3cret@db/x")
            Issue.record("accepted")
        } catch {
            #expect(!error.description.contains("s3cret"), "the password must not reach logs")
        }
    }
}
