import Foundation
import Contracts
import JWTKit
import ServiceKit

/// The claims of a Periksa access token. Invariant: a token verifies only with its issuer,
/// our audience, a future expiry and a known role.
public struct AccessClaims: JWTPayload, Equatable {
    public var sub: SubjectClaim
    public var name: String
    public var role: Role
    public var iss: IssuerClaim
    public var aud: AudienceClaim
    public var exp: ExpirationClaim
    public var iat: IssuedAtClaim

    public init(identity: Identity, settings: TokenSettings, issuedAt: Date, lifetime: Duration? = nil) {
        self.sub = SubjectClaim(value: identity.userID)
        self.name = identity.username
        self.role = identity.role
        self.iss = IssuerClaim(value: settings.issuer)
        self.aud = AudienceClaim(value: [settings.audience])
        let seconds = Double((lifetime ?? settings.lifetime).components.seconds)
        self.exp = ExpirationClaim(value: issuedAt.addingTimeInterval(seconds))
        self.iat = IssuedAtClaim(value: issuedAt)
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }

    public var identity: Identity {
        Identity(userID: sub.value, username: name, role: role)
    }
}
