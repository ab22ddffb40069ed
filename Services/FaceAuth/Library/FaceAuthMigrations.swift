import ServiceKit

/// face-auth's schema, versioned.
enum FaceAuthMigrations {
    static let all = SchemaMigrator(schema: "face_auth", migrations: [
        Migration(version: 1, name: "users and signing keys", statements: [
            """
            CREATE TABLE face_auth.users (
              id uuid PRIMARY KEY, username text NOT NULL UNIQUE, password_hash text NOT NULL,
              role text NOT NULL CHECK (role IN ('admin','operator','employee','applicant','kiosk')),
              full_name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())
            """,
            """
            CREATE TABLE face_auth.signing_keys (
              kid text PRIMARY KEY, private_pem text NOT NULL,
              created_at timestamptz NOT NULL DEFAULT now(), retired_at timestamptz)
            """,
            "CREATE UNIQUE INDEX signing_keys_one_active ON face_auth.signing_keys ((retired_at IS NULL)) WHERE retired_at IS NULL",
        ]),
        Migration(version: 2, name: "face templates, kiosks, attendance", statements: FaceMigrations.version2),
        Migration(version: 3, name: "face template erasures", statements: FaceMigrations.version3),
    ])
}
