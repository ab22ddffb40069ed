import Contracts
import Testing

/// Login, users and JWKS payloads against DESIGN.md's field names.
struct AuthContractsTests {
    @Test func loginRequest() throws {
        let login = try FixtureRoundTrip.check("auth-login-request", as: LoginRequest.self, designKeys: ["username", "password"])
        #expect(login == LoginRequest(username: "operator1", password: "S3cret-pass phrase"))
    }

    @Test func loginResponse() throws {
        let token = try FixtureRoundTrip.check(
            "auth-login-response", as: TokenResponse.self, designKeys: ["access_token", "token_type", "expires_in"])
        #expect(token.tokenType == "Bearer")
        #expect(token.expiresIn == 900)
        #expect(try FixtureRoundTrip.keys(of: TokenResponse(accessToken: "t", expiresIn: 60)) == ["access_token", "token_type", "expires_in"])
    }

    @Test func createUserRequest() throws {
        let request = try FixtureRoundTrip.check(
            "users-create-request", as: CreateUserRequest.self, designKeys: ["username", "password", "role", "full_name"])
        #expect(request.role == .employee)
        #expect(request.fullName == "Siti Rahmawati")
    }

    @Test func createUserResponseNeverCarriesThePassword() throws {
        let user = try FixtureRoundTrip.check("users-create-response", as: UserResponse.self, designKeys: ["id", "username", "role"])
        #expect(try FixtureRoundTrip.keys(of: user) == ["id", "username", "role"])
    }

    @Test func rolesAreTheDesignedOnesPlusTheInternalServiceRole() {
        #expect(Set(Role.allCases.map(\.rawValue)) == ["admin", "operator", "employee", "applicant", "kiosk", "service"])
    }

    @Test(arguments: ["root", "Admin", "", "superuser"])
    func unknownRoleIsRefused(role: String) {
        let json = #"{"username":"a","password":"b","role":"\#(role)","full_name":"c"}"#
        #expect(FixtureRoundTrip.rejects(json, as: CreateUserRequest.self))
    }

    @Test func missingPasswordIsRefused() {
        #expect(FixtureRoundTrip.rejects(#"{"username":"a"}"#, as: LoginRequest.self))
    }

    @Test func jwksUsesStandardJWKNames() throws {
        let jwks = try FixtureRoundTrip.check("jwks", as: JWKSDocument.self, designKeys: ["keys"])
        let key = try #require(jwks.keys.first)
        #expect(key == PublicJWK(x: key.x, y: key.y, kid: "k-2026-11"))
        #expect(try FixtureRoundTrip.keys(of: key) == ["kty", "crv", "x", "y", "kid", "alg", "use"])
    }
}
