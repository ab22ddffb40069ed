import Contracts
import Foundation
import Logging
import Testing
@testable import FaceAuthService

struct FirstAdminTests {
    let hasher = PasswordHasher(cost: 4)
    let logger = Logger(label: "test")

    @Test func createsOneAdminWithTheGivenPassword() async throws {
        let users = InMemoryUserStore()
        try await FirstAdmin(users: users, hasher: hasher).ensure(password: "kata-sandi-admin", logger: logger)
        #expect(try await users.count(role: .admin) == 1)
        let admin = try #require(try await users.find(username: "admin"))
        #expect(admin.role == .admin)
        #expect(admin.passwordHash != "kata-sandi-admin")
        #expect(try await hasher.verify("kata-sandi-admin", against: admin.passwordHash))
        #expect(try await hasher.verify("wrong-password", against: admin.passwordHash) == false)
    }

    @Test func doesNothingWhenAnAdminExists() async throws {
        let users = InMemoryUserStore()
        let first = FirstAdmin(users: users, hasher: hasher)
        try await first.ensure(password: "first-password", logger: logger)
        let before = try #require(try await users.find(username: "admin"))
        try await first.ensure(password: "second-password", logger: logger)
        #expect(try await users.find(username: "admin") == before)
        #expect(await users.users.count == 1)
    }

    @Test func respectsAnAdminWithAnotherName() async throws {
        let users = InMemoryUserStore()
        try await users.create(UserRecord(id: UUID(), username: "root", passwordHash: "x", role: .admin, fullName: "Root"))
        try await FirstAdmin(users: users, hasher: hasher).ensure(password: "some-password", logger: logger)
        #expect(try await users.find(username: "admin") == nil)
        #expect(try await users.count(role: .admin) == 1)
    }

    @Test func generatesARandomPasswordWhenNoneIsGiven() async throws {
        let users = InMemoryUserStore()
        try await FirstAdmin(users: users, hasher: hasher).ensure(password: nil, logger: logger)
        let admin = try #require(try await users.find(username: "admin"))
        #expect(admin.role == .admin)
        #expect(try await hasher.verify("", against: admin.passwordHash) == false)
        #expect(try await hasher.verify("admin", against: admin.passwordHash) == false)
    }

    @Test func randomPasswordsAreTwentyUnambiguousCharacters() {
        let passwords = (0..<50).map { _ in FirstAdmin.randomPassword() }
        let alphabet = Set("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        for password in passwords {
            #expect(password.count == 20)
            #expect(password.allSatisfy { alphabet.contains($0) })
        }
        #expect(Set(passwords).count == passwords.count)
    }
}
