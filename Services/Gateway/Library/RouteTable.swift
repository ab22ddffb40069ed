import Contracts

/// The public API of DESIGN.md mapped to the owning services, with roles and limits.
public enum RouteTable {
    static let megabyte = 1024 * 1024
    static let staff = Role.staff
    static let people = Role.people

    public static let standard: [GatewayRoute] = [
        GatewayRoute(.post, "/v1/auth/login", to: .faceAuth, roles: nil, bodyLimit: 16 * 1024),
        GatewayRoute(.get, "/.well-known/jwks.json", to: .faceAuth, roles: nil),
        GatewayRoute(.post, "/v1/auth/keys/rotate", to: .faceAuth, roles: [.admin]),
        GatewayRoute(.post, "/v1/users", to: .faceAuth, roles: [.admin], bodyLimit: 16 * 1024),
        GatewayRoute(.post, "/v1/documents", to: .ingest, roles: people, bodyLimit: 25 * megabyte, timeout: .seconds(60)),
        GatewayRoute(.get, "/v1/documents/:id", to: .ingest, roles: people),
        GatewayRoute(.post, "/v1/recruitments", to: .ingest, roles: [.admin], bodyLimit: 64 * 1024),
        GatewayRoute(.get, "/v1/recruitments", to: .ingest, roles: people),
        GatewayRoute(.get, "/v1/recruitments/:id", to: .ingest, roles: people),
        GatewayRoute(.post, "/v1/recruitments/:id/applications", to: .ingest, roles: [.applicant, .employee], bodyLimit: 25 * megabyte, timeout: .seconds(60)),
        GatewayRoute(.get, "/v1/recruitments/:id/applications", to: .ingest, roles: staff),
        GatewayRoute(.get, "/v1/applications", to: .ingest, roles: people),
        GatewayRoute(.get, "/v1/applications/:id", to: .ingest, roles: people),
        GatewayRoute(.post, "/v1/applications/:id/decision", to: .ingest, roles: [.admin], bodyLimit: 16 * 1024),
        GatewayRoute(.post, "/v1/ocr", to: .ocr, roles: staff.union([.employee]), bodyLimit: 12 * megabyte),
        // a photo that is no card takes the reader longest (every outline and rectification tried before it refuses)
        GatewayRoute(.post, "/v1/ktp/extract", to: .ocr, roles: people, bodyLimit: 12 * megabyte, timeout: .seconds(60)),
        GatewayRoute(.post, "/v1/transcripts/verify", to: .ocr, roles: people, bodyLimit: 25 * megabyte, timeout: .seconds(60)),
        GatewayRoute(.post, "/v1/ner/extract", to: .ner, roles: staff.union([.employee]), bodyLimit: 2 * megabyte),
        GatewayRoute(.post, "/v1/sk/validate", to: .ner, roles: staff.union([.employee]), bodyLimit: 25 * megabyte, timeout: .seconds(60)),
        GatewayRoute(.post, "/v1/regions/classify", to: .region, roles: staff.union([.employee]), bodyLimit: 12 * megabyte),
        GatewayRoute(.post, "/v1/faces/enroll", to: .faceAuth, roles: staff, bodyLimit: 25 * megabyte),
        GatewayRoute(.post, "/v1/faces/verify", to: .faceAuth, roles: staff.union([.employee, .kiosk]), bodyLimit: 12 * megabyte),
        GatewayRoute(.post, "/v1/faces/identify", to: .faceAuth, roles: staff.union([.kiosk]), bodyLimit: 12 * megabyte),
        GatewayRoute(.delete, "/v1/faces/:user_id", to: .faceAuth, roles: staff),
        GatewayRoute(.post, "/v1/attendance/check-in", to: .faceAuth, roles: [.kiosk], bodyLimit: 12 * megabyte),
        GatewayRoute(.get, "/v1/attendance", to: .faceAuth, roles: staff),
        GatewayRoute(.post, "/v1/kiosks", to: .faceAuth, roles: [.admin], bodyLimit: 16 * 1024),
        GatewayRoute(.post, "/v1/kiosks/token", to: .faceAuth, roles: nil, bodyLimit: 16 * 1024),
        GatewayRoute(.post, "/v1/auth/face-login", to: .faceAuth, roles: nil, bodyLimit: 12 * megabyte),
    ]
}
