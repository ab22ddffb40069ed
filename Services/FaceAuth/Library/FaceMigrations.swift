/// Schema versions 2 and 3 of face-auth (issue 5): face templates (and photos only when configured to
/// keep them), kiosks, attendance, and the digests of check-in photos already used.
enum FaceMigrations {
    static let version2 = [
        """
        CREATE TABLE face_auth.face_templates (
          id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES face_auth.users(id) ON DELETE CASCADE,
          descriptor bytea NOT NULL CHECK (octet_length(descriptor) = 512),
          seq bigserial NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now())
        """,
        "CREATE INDEX face_templates_user ON face_auth.face_templates (user_id)",
        """
        CREATE TABLE face_auth.face_images (
          template_id uuid PRIMARY KEY REFERENCES face_auth.face_templates(id) ON DELETE CASCADE,
          media_type text NOT NULL, bytes bytea NOT NULL, keep_until timestamptz NOT NULL)
        """,
        "CREATE INDEX face_images_keep_until ON face_auth.face_images (keep_until)",
        """
        CREATE TABLE face_auth.kiosks (
          id uuid PRIMARY KEY, name text NOT NULL, secret_hash bytea NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(), disabled_at timestamptz)
        """,
        """
        CREATE TABLE face_auth.attendance (
          id bigserial PRIMARY KEY, user_id uuid NOT NULL REFERENCES face_auth.users(id) ON DELETE CASCADE,
          event text NOT NULL CHECK (event IN ('in','out')), at timestamptz NOT NULL, day date NOT NULL,
          distance double precision NOT NULL, kiosk_id uuid)
        """,
        "CREATE INDEX attendance_user_day ON face_auth.attendance (user_id, day, at)",
        "CREATE INDEX attendance_at ON face_auth.attendance (at)",
        "CREATE TABLE face_auth.seen_images (digest bytea PRIMARY KEY, seen_at timestamptz NOT NULL DEFAULT now())",
        "CREATE INDEX seen_images_seen_at ON face_auth.seen_images (seen_at)",
    ]

    /// Version 3: erasures of a user's templates, so every replica's index forgets them too.
    /// Holds no face, only which user's templates up to which sequence are gone, and when.
    static let version3 = [
        """
        CREATE TABLE face_auth.face_erasures (
          seq bigserial PRIMARY KEY, user_id uuid NOT NULL, up_to bigint NOT NULL,
          erased_at timestamptz NOT NULL DEFAULT now())
        """,
    ]
}
