import Foundation
import ROCore
import SQLKit

extension Migration {
    /// §7.2: each case's content sealed with its own data key, wrapped by the master key (`case_keys`). Content that
    /// earlier versions stored in clear (events, the sites' entry requests, file chunks) is sealed here, in the
    /// migration's transaction: all of it or none. A database holding cases needs the master key for this.
    static let m0016SealedCaseContent = Migration(id: "0016_sealed_case_content") { db, type, masterKeys in
        try await db.raw(
            """
            CREATE TABLE case_keys (
                case_id \(type.uuid) PRIMARY KEY REFERENCES cases (id),
                wrapped_key TEXT NOT NULL,
                master_key_id TEXT NOT NULL
            )
            """
        ).run()
        let cases = try await db.raw("SELECT id FROM cases ORDER BY id").all().map { Identifier<Case>(try $0.decode(column: "id", as: UUID.self)) }
        guard !cases.isEmpty else { return }
        let codec = CasePayloadCodec(db: db, masterKeys: masterKeys)
        for id in cases {
            let key = try await codec.key(of: id, creating: true)
            for row in try await db.raw("SELECT sequence, payload FROM case_events WHERE case_id = \(bind: id.rawValue)").all() {
                let sequence = try row.decode(column: "sequence", as: Int.self)
                let clear = try row.decode(column: "payload", as: String.self)
                let sealed = try key.sealText(clear, at: "event.\(sequence)")
                try await db.raw(
                    "UPDATE case_events SET payload = \(bind: sealed) WHERE case_id = \(bind: id.rawValue) AND sequence = \(bind: sequence)"
                ).run()
            }
            for row in try await db.raw("SELECT meeting_id, payload FROM entry_requests WHERE case_id = \(bind: id.rawValue)").all() {
                let meeting = Identifier<Meeting>(try row.decode(column: "meeting_id", as: UUID.self))
                let sealed = try key.sealText(try row.decode(column: "payload", as: String.self), at: "entry-request.\(meeting)")
                try await db.raw("UPDATE entry_requests SET payload = \(bind: sealed) WHERE meeting_id = \(bind: meeting.rawValue)").run()
            }
            let chunks = try await db.raw(
                """
                SELECT c.media_id, c.sequence, c.bytes FROM media_chunks c JOIN media_files f ON f.id = c.media_id
                WHERE f.case_id = \(bind: id.rawValue)
                """
            ).all()
            for row in chunks {
                let media = Identifier<MediaAttachment>(try row.decode(column: "media_id", as: UUID.self))
                let sequence = try row.decode(column: "sequence", as: Int.self)
                let sealed = try key.seal(try row.decode(column: "bytes", as: Data.self), at: "chunk.\(media).\(sequence)")
                try await db.raw(
                    "UPDATE media_chunks SET bytes = \(bind: sealed) WHERE media_id = \(bind: media.rawValue) AND sequence = \(bind: sequence)"
                ).run()
            }
        }
    }

    /// §7.2: the keyed blind index staff find cases by (`SearchIndex`), filled from the cases already stored.
    static let m0017SearchIndex = Migration(id: "0017_search_index") { db, type, masterKeys in
        try await db.raw(
            """
            CREATE TABLE case_search_tokens (
                case_id \(type.uuid) NOT NULL REFERENCES cases (id),
                participant_id \(type.uuid),
                token TEXT NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX case_search_tokens_by_token ON case_search_tokens (token)").run()
        try await db.raw("CREATE INDEX case_search_tokens_by_case ON case_search_tokens (case_id)").run()
        let cases = try await db.raw("SELECT id FROM cases ORDER BY id").all().map { Identifier<Case>(try $0.decode(column: "id", as: UUID.self)) }
        let store = SQLCaseStore(db: db, codec: CasePayloadCodec(db: db, masterKeys: masterKeys))
        for id in cases {
            try await SearchIndex(db: db, masterKeys: masterKeys).project(try await store.events(of: id), of: id)
        }
    }
}
