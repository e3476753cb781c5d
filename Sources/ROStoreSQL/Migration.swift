import ROCore
import SQLKit

/// One numbered schema change. Append only: never edit, reorder or delete a shipped migration; fix forward.
public struct Migration: Sendable {
    public let id: String
    /// The database, its column types, and the master key (for a migration that seals content).
    let apply: @Sendable (any SQLDatabase, ColumnTypes, MasterKeySource) async throws -> Void

    init(id: String, apply: @escaping @Sendable (any SQLDatabase, ColumnTypes, MasterKeySource) async throws -> Void) {
        self.id = id
        self.apply = apply
    }

    /// In order, like a changelog.
    public static let all: [Migration] = [
        .m0001Accounts, .m0002Audit, .m0003Cases, .m0004DirectRequests, .m0005SitesAndEntryRequests, .m0006Media, .m0007CaseVisibility,
        .m0008StandardReplyKinds, .m0009InformationLog, .m0010PendingRoleChanges, .m0011ProgramSettings, .m0012AuditByTarget,
        .m0013Investigations, .m0014LabelOverrides, .m0015ResearchExtracts, .m0016SealedCaseContent,
        .m0017SearchIndex, .m0018Disposal, .m0019LogCounts, .m0020AuditContentHash, .m0021SignInAttempts, .m0022TokenRefusals, .m0023AccessEnds,
        .m0024PendingAccountChanges, .m0025TokenScopes, .m0026SecondFactors, .m0027SessionAuthentication,
        .m0028ReminderFacts, .m0029ReferenceCounters, .m0030SearchByPerson,
    ]
}

/// The column types that differ between the two databases.
struct ColumnTypes: Sendable {
    let uuid: SQLQueryString
    let time: SQLQueryString
    let bool: SQLQueryString
    let bytes: SQLQueryString
    let falseValue: SQLQueryString

    init(_ dialect: SQLDialectKind) {
        switch dialect {
        case .postgres:
            self.uuid = "UUID"
            self.time = "TIMESTAMPTZ"
            self.bool = "BOOLEAN"
            self.bytes = "BYTEA"
            self.falseValue = "false"
        case .sqlite:
            self.uuid = "TEXT"
            self.time = "REAL"  // sqlite-nio stores a Date as seconds since 1970
            self.bool = "INTEGER"
            self.bytes = "BLOB"
            self.falseValue = "0"
        }
    }
}

extension Migration {
    static let m0001Accounts = Migration(id: "0001_accounts") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE users (
                id \(type.uuid) PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                is_disabled \(type.bool) NOT NULL,
                created_at \(type.time) NOT NULL,
                version INTEGER NOT NULL
            )
            """
        ).run()
        try await db.raw(
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id \(type.uuid) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at \(type.time) NOT NULL,
                last_seen_at \(type.time) NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX sessions_by_user ON sessions (user_id)").run()
        try await db.raw(
            """
            CREATE TABLE api_tokens (
                id \(type.uuid) PRIMARY KEY,
                user_id \(type.uuid) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                secret_hash TEXT NOT NULL UNIQUE,
                created_at \(type.time) NOT NULL,
                expires_at \(type.time) NOT NULL,
                revoked_at \(type.time)
            )
            """
        ).run()
        try await db.raw(
            """
            CREATE TABLE sign_in_failures (
                throttle_key TEXT NOT NULL,
                failed_at \(type.time) NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX sign_in_failures_by_key ON sign_in_failures (throttle_key, failed_at)").run()
        try await db.raw("CREATE TABLE instance_meta (meta_key TEXT PRIMARY KEY, meta_value TEXT NOT NULL)").run()
    }

    static let m0002Audit = Migration(id: "0002_audit") { db, _, _ in
        // Times are integer microseconds here, not dates: the hashed value must come back bit for bit.
        try await db.raw(
            """
            CREATE TABLE audit_log (
                position BIGINT PRIMARY KEY,
                actor_user_id TEXT NOT NULL,
                actor_role TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                outcome TEXT NOT NULL,
                at_us BIGINT NOT NULL,
                request_id TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """
        ).run()
        // One row: the chain's head. Appenders update it first, which serialises them on PostgreSQL too.
        try await db.raw(
            """
            CREATE TABLE audit_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                position BIGINT NOT NULL,
                hash TEXT NOT NULL
            )
            """
        ).run()
        try await db.raw("INSERT INTO audit_head (id, position, hash) VALUES (1, 0, \(bind: AuditEntry.genesisHash))").run()
    }
}

extension Migration {
    static let m0003Cases = Migration(id: "0003_cases") { db, type, _ in
        // The projection every list reads; `version` is the optimistic-concurrency check.
        try await db.raw(
            """
            CREATE TABLE cases (
                id \(type.uuid) PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                stage TEXT NOT NULL,
                region TEXT NOT NULL,
                channel TEXT NOT NULL,
                opened_at \(type.time) NOT NULL,
                updated_at \(type.time) NOT NULL,
                version INTEGER NOT NULL,
                opened_by \(type.uuid) NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX cases_by_opener ON cases (opened_by)").run()
        try await db.raw("CREATE INDEX cases_by_stage ON cases (stage, opened_at)").run()
        try await db.raw("CREATE INDEX cases_by_update ON cases (updated_at)").run()
        try await db.raw(
            """
            CREATE TABLE case_mediators (
                case_id \(type.uuid) NOT NULL REFERENCES cases (id),
                user_id \(type.uuid) NOT NULL,
                PRIMARY KEY (case_id, user_id)
            )
            """
        ).run()
        try await db.raw("CREATE INDEX case_mediators_by_user ON case_mediators (user_id)").run()
        // The source of truth. The payload passes through the case codec (roadmap: sealed per case).
        try await db.raw(
            """
            CREATE TABLE case_events (
                case_id \(type.uuid) NOT NULL REFERENCES cases (id),
                sequence INTEGER NOT NULL,
                kind TEXT NOT NULL,
                actor_user_id \(type.uuid) NOT NULL,
                actor_role TEXT NOT NULL,
                occurred_at \(type.time) NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (case_id, sequence)
            )
            """
        ).run()
    }
}

extension Migration {
    static let m0004DirectRequests = Migration(id: "0004_direct_requests") { db, type, _ in
        // R5: date, channel, language and "reply sent" only.
        try await db.raw(
            """
            CREATE TABLE direct_offender_requests (
                id \(type.uuid) PRIMARY KEY,
                received_at \(type.time) NOT NULL,
                channel TEXT NOT NULL,
                language TEXT NOT NULL,
                reply_sent \(type.bool) NOT NULL,
                logged_by \(type.uuid) NOT NULL
            )
            """
        ).run()
    }

    static let m0005SitesAndEntryRequests = Migration(id: "0005_sites_and_entry_requests") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE sites (
                code TEXT PRIMARY KEY,
                name_en TEXT NOT NULL,
                name_fr TEXT NOT NULL,
                region TEXT NOT NULL,
                time_zone TEXT NOT NULL
            )
            """
        ).run()
        try await db.raw(
            """
            CREATE TABLE site_liaisons (
                user_id \(type.uuid) NOT NULL REFERENCES users (id),
                site_code TEXT NOT NULL REFERENCES sites (code),
                PRIMARY KEY (user_id, site_code)
            )
            """
        ).run()
        // The site's view of a meeting (R31, N4), projected from case events in the same transaction.
        // `payload` holds the R31 fields through the case payload codec, like every other piece of content.
        try await db.raw(
            """
            CREATE TABLE entry_requests (
                meeting_id \(type.uuid) PRIMARY KEY,
                case_id \(type.uuid) NOT NULL REFERENCES cases (id),
                site_code TEXT NOT NULL,
                scheduled_for \(type.time) NOT NULL,
                meeting_state TEXT NOT NULL,
                payload TEXT NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX entry_requests_by_site ON entry_requests (site_code, scheduled_for)").run()
    }

    /// Files of items (§4.5), in chunks so no instance ever holds a whole file and disposal finds them
    /// with their case. A file counts once the case event attaching it is stored (`attached`); one left
    /// unattached by a failed upload is removed.
    static let m0006Media = Migration(id: "0006_media") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE media_files (
                id \(type.uuid) PRIMARY KEY,
                case_id \(type.uuid) NOT NULL REFERENCES cases (id),
                uploaded_by \(type.uuid) NOT NULL REFERENCES users (id),
                started_at \(type.time) NOT NULL,
                attached \(type.bool) NOT NULL
            )
            """
        ).run()
        try await db.raw(
            """
            CREATE TABLE media_chunks (
                media_id \(type.uuid) NOT NULL REFERENCES media_files (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                bytes \(type.bytes) NOT NULL,
                PRIMARY KEY (media_id, sequence)
            )
            """
        ).run()
    }

    /// N9, projected from case events in their transaction, so lists leave out what a viewer may not see:
    /// `cases.restricted`, and per user `named` (may see a restricted case) or `recused`.
    static let m0007CaseVisibility = Migration(id: "0007_case_visibility") { db, type, _ in
        try await db.raw("ALTER TABLE cases ADD COLUMN restricted \(type.bool) NOT NULL DEFAULT \(type.falseValue)").run()
        try await db.raw(
            """
            CREATE TABLE case_visibility (
                case_id \(type.uuid) NOT NULL REFERENCES cases (id),
                user_id \(type.uuid) NOT NULL REFERENCES users (id),
                rule TEXT NOT NULL,
                PRIMARY KEY (case_id, user_id, rule)
            )
            """
        ).run()
    }

    /// R36 beside R5: the same log keeps requests for participation letters, told apart by `kind`.
    static let m0008StandardReplyKinds = Migration(id: "0008_standard_reply_kinds") { db, _, _ in
        try await db.raw("ALTER TABLE direct_offender_requests ADD COLUMN kind TEXT NOT NULL DEFAULT 'offenderRequest'").run()
    }

    /// R46: each time RO information is given. A kind of person, never a name; materials as a sorted,
    /// comma-separated list of codes.
    static let m0009InformationLog = Migration(id: "0009_information_log") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE information_given (
                id \(type.uuid) PRIMARY KEY,
                given_at \(type.time) NOT NULL,
                given_by \(type.uuid) NOT NULL,
                recipient TEXT NOT NULL,
                channel TEXT NOT NULL,
                language TEXT NOT NULL,
                materials TEXT NOT NULL,
                victim_services_offered \(type.bool) NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX information_given_by_time ON information_given (given_at)").run()
        try await db.raw("CREATE INDEX information_given_by_giver ON information_given (given_by, given_at)").run()
    }

    /// N6: a role change one administrator proposed, until a second one makes it.
    static let m0010PendingRoleChanges = Migration(id: "0010_pending_role_changes") { db, type, _ in
        try await db.raw("ALTER TABLE users ADD COLUMN proposed_role TEXT").run()
        try await db.raw("ALTER TABLE users ADD COLUMN role_proposed_by \(type.uuid)").run()
    }

    /// R57: the program's settings as one JSON record (no personal data), and who changed them last
    /// (none: an operator at the command line).
    static let m0011ProgramSettings = Migration(id: "0011_program_settings") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE program_settings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                settings TEXT NOT NULL,
                updated_at \(type.time) NOT NULL,
                updated_by \(type.uuid)
            )
            """
        ).run()
    }

    /// A case's access report reads the entries about that case without walking the whole log.
    static let m0012AuditByTarget = Migration(id: "0012_audit_by_target") { db, _, _ in
        try await db.raw("CREATE INDEX audit_log_by_target ON audit_log (target, position)").run()
    }

    /// N7: an auditor's investigation of one case and its second approver.
    static let m0013Investigations = Migration(id: "0013_investigations") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE investigations (
                id \(type.uuid) PRIMARY KEY,
                case_id \(type.uuid) NOT NULL,
                grounds TEXT NOT NULL,
                opened_by \(type.uuid) NOT NULL,
                opened_at \(type.time) NOT NULL,
                approved_by \(type.uuid),
                approved_at \(type.time),
                closed_at \(type.time)
            )
            """
        ).run()
        try await db.raw("CREATE INDEX investigations_by_case ON investigations (case_id, opened_at)").run()
        try await db.raw("CREATE INDEX investigations_by_opening ON investigations (opened_at)").run()
    }

    /// R55: research extracts and their second approver (the extract itself is produced on demand, never stored).
    static let m0015ResearchExtracts = Migration(id: "0015_research_extracts") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE research_extracts (
                id \(type.uuid) PRIMARY KEY,
                purpose TEXT NOT NULL,
                proposed_by \(type.uuid) NOT NULL,
                proposed_at \(type.time) NOT NULL,
                approved_by \(type.uuid),
                approved_at \(type.time)
            )
            """
        ).run()
        try await db.raw("CREATE INDEX research_extracts_by_proposal ON research_extracts (proposed_at)").run()
    }

    /// R57: administrators' wording for the pages' labels (no personal data), and who set it last.
    static let m0014LabelOverrides = Migration(id: "0014_label_overrides") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE label_overrides (
                key TEXT PRIMARY KEY,
                english TEXT NOT NULL,
                french TEXT NOT NULL,
                updated_at \(type.time) NOT NULL,
                updated_by \(type.uuid)
            )
            """
        ).run()
    }
}
