import Foundation
import Contracts
import ServiceKit

/// Rules a new user must meet before anything is stored.
enum UserValidation {
    static func validate(_ request: CreateUserRequest) throws(APIError) {
        let username = request.username
        guard (3...64).contains(username.count),
            username.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) })
        else {
            throw .unprocessable(.invalidField, "username must be 3–64 characters of a–z, 0–9, '.', '_' or '-'")
        }
        guard request.role != .service else {
            throw .unprocessable(.invalidField, "role must be admin, operator, employee, applicant or kiosk (service is for Periksa's own services)")
        }
        guard request.password.count >= 10 else { throw .unprocessable(.invalidField, "password must have at least 10 characters") }
        guard request.password.utf8.count <= 72 else { throw .unprocessable(.invalidField, "password must be at most 72 bytes") }
        let name = request.fullName.trimmingCharacters(in: .whitespaces)
        guard (1...200).contains(name.count), !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .unprocessable(.invalidField, "full_name must be 1–200 printable characters")
        }
    }
}
