import Contracts
import ServiceKit
import Testing
@testable import FaceAuthService

struct UserValidationTests {
    func request(username: String = "budi.s", password: String = "correct-horse", fullName: String = "Budi Santoso") -> CreateUserRequest {
        CreateUserRequest(username: username, password: password, role: .employee, fullName: fullName)
    }

    func refusal(_ request: CreateUserRequest) -> APIError? {
        do {
            try UserValidation.validate(request)
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsAGoodRequest() {
        #expect(refusal(request()) == nil)
        #expect(refusal(request(username: "a_1-b.c", password: String(repeating: "x", count: 72))) == nil)
        #expect(refusal(request(username: String(repeating: "a", count: 64), password: String(repeating: "p", count: 10))) == nil)
    }

    @Test(arguments: ["ab", String(repeating: "a", count: 65), "Budi", "budi santoso", "budi@x", "bùdi", "budi'--", ""])
    func refusesBadUsernames(_ username: String) {
        let error = refusal(request(username: username))
        #expect(error?.status == .unprocessableContent)
        #expect(error?.code == .invalidField)
        #expect(error?.message.contains("username") == true)
    }

    @Test(arguments: ["", "short", "123456789", String(repeating: "x", count: 73), String(repeating: "é", count: 37)])
    func refusesBadPasswords(_ password: String) {
        let error = refusal(request(password: password))
        #expect(error?.status == .unprocessableContent)
        #expect(error?.message.contains("password") == true)
    }

    @Test func passwordLimitCountsBytes() {
        #expect(refusal(request(password: String(repeating: "é", count: 36))) == nil)
        #expect(refusal(request(password: String(repeating: "é", count: 37))) != nil)
    }

    @Test(arguments: ["", "   ", String(repeating: "n", count: 201), "Budi\u{0007}", "Budi\nSantoso"])
    func refusesBadFullNames(_ fullName: String) {
        let error = refusal(request(fullName: fullName))
        #expect(error?.status == .unprocessableContent)
        #expect(error?.message.contains("full_name") == true)
    }

    @Test func theServiceRoleIsNeverAPersons() {
        var asService = request()
        asService.role = .service
        #expect(refusal(asService)?.message.contains("role") == true)
        var kiosk = request()
        kiosk.role = .kiosk
        #expect(refusal(kiosk) == nil, "DESIGN.md lets an admin create kiosk users")
    }
}
