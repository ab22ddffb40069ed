import ServiceKit

/// ingest's schema, versioned.
enum IngestMigrations {
    static let all = SchemaMigrator(schema: "ingest", migrations: [
        Migration(version: 1, name: "documents, jobs, blobs", statements: [
            """
            CREATE TABLE ingest.documents (
              id uuid PRIMARY KEY, type text NOT NULL, owner_id text NOT NULL, content_type text NOT NULL,
              sha256 text NOT NULL, size integer NOT NULL, claimed jsonb,
              status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
              result jsonb, error text, attempts integer NOT NULL DEFAULT 0,
              lease_owner text, lease_expires_at timestamptz, run_after timestamptz NOT NULL DEFAULT now(),
              created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())
            """,
            "CREATE INDEX documents_claimable ON ingest.documents (run_after) WHERE status IN ('queued', 'running')",
            "CREATE TABLE ingest.blobs (document_id uuid PRIMARY KEY, bytes bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
            """
            CREATE TABLE ingest.job_attempts (
              document_id uuid NOT NULL REFERENCES ingest.documents(id) ON DELETE CASCADE, attempt integer NOT NULL,
              worker text NOT NULL, started_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz,
              outcome text, error text, PRIMARY KEY (document_id, attempt))
            """,
        ]),
        Migration(version: 2, name: "recruitments, applications, decisions", statements: [
            """
            CREATE TABLE ingest.recruitments (
              id uuid PRIMARY KEY, course text NOT NULL, title text, requirements jsonb NOT NULL, min_semester integer,
              quota integer NOT NULL CHECK (quota > 0), closes_at timestamptz, created_by text NOT NULL,
              created_at timestamptz NOT NULL DEFAULT now())
            """,
            """
            CREATE TABLE ingest.applications (
              id uuid PRIMARY KEY, recruitment_id uuid NOT NULL REFERENCES ingest.recruitments(id),
              applicant_id text NOT NULL, document_id uuid NOT NULL UNIQUE REFERENCES ingest.documents(id),
              decision text CHECK (decision IN ('accepted','rejected')), decision_note text, decided_by text,
              decided_at timestamptz, submitted_at timestamptz NOT NULL DEFAULT now(),
              UNIQUE (recruitment_id, applicant_id))
            """,
            "CREATE INDEX applications_applicant ON ingest.applications (applicant_id)",
            """
            CREATE TABLE ingest.application_decisions (
              application_id uuid NOT NULL REFERENCES ingest.applications(id), decision text NOT NULL,
              note text, decided_by text NOT NULL, decided_at timestamptz NOT NULL)
            """,
        ]),
    ])
}
