import ServiceKit

/// The `ner` schema: the decision audit trail. Only hashes of the inputs are stored, with the
/// compared field values the decision rests on.
enum NERMigrations {
    static let all = SchemaMigrator(schema: "ner", migrations: [
        Migration(version: 1, name: "decisions", statements: [
            """
            CREATE TABLE ner.decisions (
              id uuid PRIMARY KEY,
              decided_at timestamptz NOT NULL,
              user_id text NOT NULL,
              username text,
              role text,
              source text NOT NULL,
              input_sha256 text NOT NULL,
              proposal_sha256 text NOT NULL,
              model_version text NOT NULL,
              decision text NOT NULL CHECK (decision IN ('approve', 'review', 'reject')),
              similarity double precision NOT NULL,
              fields jsonb NOT NULL,
              reasons jsonb NOT NULL,
              request_id text NOT NULL)
            """,
            "CREATE INDEX decisions_decided_at ON ner.decisions (decided_at)",
            "CREATE INDEX decisions_input ON ner.decisions (input_sha256)",
        ]),
    ])
}
