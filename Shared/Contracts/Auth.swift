/// Roles a token can carry; the gateway checks them per route. `kiosk` is a registered device and
/// `service` a Periksa service calling another for a request it already authorised; neither is
/// ever held by a person. Invariant: decoding an unknown role fails, so a typo never grants access.
public enum Role: String, Codable, Sendable, CaseIterable {
    case admin, `operator`, employee, applicant, kiosk, service
}

extension Role {
    /// Staff: read and review every user's documents and applications.
    public static let staff: Set<Role> = [.admin, .operator]
    /// Every role a person signs in with (kiosks are devices, not people).
    public static let people: Set<Role> = [.admin, .operator, .employee, .applicant]
}

/// `POST /v1/auth/service-token` request (internal: the gateway does not route it): a service
/// proves the deployment's shared service secret and gets a short-lived token with role `service`.
public struct ServiceTokenRequest: Codable, Sendable, Equatable {
    public var service: String
    public var secret: String
    public init(service: String, secret: String) {
        self.service = service
        self.secret = secret
    }
}

/// `POST /v1/auth/login` request.
public struct LoginRequest: Codable, Sendable, Equatable {
    public var username: String
    public var password: String
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// A bearer token as issued by face-auth (`token_type` is always `Bearer`).
public struct TokenResponse: Codable, Sendable, Equatable {
    public var accessToken: String
    public var tokenType: String
    public var expiresIn: Int

    public init(accessToken: String, expiresIn: Int) {
        self.accessToken = accessToken
        self.tokenType = "Bearer"
        self.expiresIn = expiresIn
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
    }
}

/// `POST /v1/users` request (admin only).
public struct CreateUserRequest: Codable, Sendable, Equatable {
    public var username: String
    public var password: String
    public var role: Role
    public var fullName: String

    public init(username: String, password: String, role: Role, fullName: String) {
        self.username = username
        self.password = password
        self.role = role
        self.fullName = fullName
    }

    enum CodingKeys: String, CodingKey {
        case username, password, role
        case fullName = "full_name"
    }
}

/// A created user as returned to the admin; never carries the password or its hash.
public struct UserResponse: Codable, Sendable, Equatable {
    public var id: String
    public var username: String
    public var role: Role

    public init(id: String, username: String, role: Role) {
        self.id = id
        self.username = username
        self.role = role
    }
}

/// One public signing key in JWKS form (EC P-256 for ES256).
public struct PublicJWK: Codable, Sendable, Equatable {
    public var kty: String
    public var crv: String
    public var x: String
    public var y: String
    public var kid: String
    public var alg: String
    public var use: String

    public init(x: String, y: String, kid: String) {
        self.kty = "EC"
        self.crv = "P-256"
        self.x = x
        self.y = y
        self.kid = kid
        self.alg = "ES256"
        self.use = "sig"
    }
}

/// `GET /.well-known/jwks.json`: every key whose tokens may still be alive.
public struct JWKSDocument: Codable, Sendable, Equatable {
    public var keys: [PublicJWK]
    public init(keys: [PublicJWK]) { self.keys = keys }
}

/// Answer of the admin key-rotation endpoint.
public struct KeyRotationResponse: Codable, Sendable, Equatable {
    public var kid: String
    public var retiredKids: [String]
    public init(kid: String, retiredKids: [String]) {
        self.kid = kid
        self.retiredKids = retiredKids
    }
    enum CodingKeys: String, CodingKey {
        case kid
        case retiredKids = "retired_kids"
    }
}
