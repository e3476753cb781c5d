import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLLabelStore: LabelStore {
    let db: any SQLDatabase

    func all() async throws -> [String: BilingualText] {
        let rows = try await self.db.raw("SELECT key, english, french FROM label_overrides").all()
        return Dictionary(
            uniqueKeysWithValues: try rows.map { row in
                (
                    try row.decode(column: "key", as: String.self),
                    BilingualText(
                        english: try row.decode(column: "english", as: String.self),
                        french: try row.decode(column: "french", as: String.self)
                    )
                )
            }
        )
    }

    func set(_ key: String, to text: BilingualText, by user: Identifier<User>?, at: Date) async throws {
        try await self.db.raw(
            """
            INSERT INTO label_overrides (key, english, french, updated_at, updated_by)
            VALUES (\(bind: key), \(bind: text.english), \(bind: text.french), \(bind: at), \(bind: user?.rawValue))
            ON CONFLICT (key) DO UPDATE SET english = EXCLUDED.english, french = EXCLUDED.french,
                updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
            """
        ).run()
    }

    func remove(_ key: String) async throws -> Bool {
        try await !self.db.raw("DELETE FROM label_overrides WHERE key = \(bind: key) RETURNING key").all().isEmpty
    }
}
