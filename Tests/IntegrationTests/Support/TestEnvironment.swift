import Foundation

/// What deploy/local/test provides: a PostgreSQL admin URL and the directory of the built
/// executables. Integration tests run only when both are present.
enum TestEnvironment {
    static var databaseURL: String? { ProcessInfo.processInfo.environment["PERIKSA_TEST_DATABASE_URL"] }
    static var binDirectory: String? { ProcessInfo.processInfo.environment["PERIKSA_BIN_DIR"] }
    static var available: Bool { databaseURL != nil && binDirectory != nil }
}
