import Foundation
import ROCore
import SQLKit

/// Issue 16, item 4: each case's reminder facts, as JSON in `cases.reminder_facts`, written by the same statement
/// that moves the case's version, so they are never behind its events. A list reads them in one query.
extension SQLCaseStore {
    static func encodedFacts(of value: Case) throws -> String {
        String(decoding: try JSONEncoder.sortedKeys.encode(value.reminderFacts), as: UTF8.self)
    }

    func reminderFacts(of ids: [Identifier<Case>]) async throws -> [Identifier<Case>: ReminderFacts] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await self.db.raw(
            "SELECT id, reminder_facts FROM cases WHERE id IN (\(binds: ids.map(\.rawValue))) AND reminder_facts IS NOT NULL"
        ).all()
        let decoder = JSONDecoder()
        return Dictionary(
            uniqueKeysWithValues: try rows.map { row in
                let facts = try decoder.decode(ReminderFacts.self, from: Data(try row.decode(column: "reminder_facts", as: String.self).utf8))
                return (Identifier<Case>(try row.decode(column: "id", as: UUID.self)), facts)
            }
        )
    }
}

extension Migration {
    /// Every case's reminder facts, worked out once from its events (which needs the master key, as sealing did).
    static let m0028ReminderFacts = Migration(id: "0028_reminder_facts") { db, _, masterKeys in
        try await db.raw("ALTER TABLE cases ADD COLUMN reminder_facts TEXT").run()
        let cases = try await db.raw("SELECT id FROM cases WHERE stage <> 'DISPOSED' ORDER BY id").all()
            .map { Identifier<Case>(try $0.decode(column: "id", as: UUID.self)) }
        let store = SQLCaseStore(db: db, codec: CasePayloadCodec(db: db, masterKeys: masterKeys))
        for id in cases {
            let facts = try SQLCaseStore.encodedFacts(of: try await store.load(id))
            try await db.raw("UPDATE cases SET reminder_facts = \(bind: facts) WHERE id = \(bind: id.rawValue)").run()
        }
    }
}

extension Migration {
    /// The year's reference numbers, one row per prefix (`RO-2026-`): see `SQLCaseStore.nextReferenceNumber`.
    static let m0029ReferenceCounters = Migration(id: "0029_reference_counters") { db, _, _ in
        try await db.raw("CREATE TABLE reference_counters (prefix TEXT PRIMARY KEY, last_number INTEGER NOT NULL)").run()
    }
}
