import Foundation
import ROStore
import SQLKit

struct SQLSignInFailureStore: SignInFailureStore {
    let db: any SQLDatabase

    func count(key: String, since: Date) async throws -> Int {
        let row = try await self.db.raw(
            """
            SELECT COUNT(*) AS n FROM sign_in_failures WHERE throttle_key = \(bind: key) AND failed_at > \(bind: since)
            """
        ).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    func lock(keys: [String]) async throws {
        for key in keys.sorted() {
            // The upsert takes the key's row lock on PostgreSQL; SQLite's single writer already serialises.
            try await self.db.raw(
                """
                INSERT INTO sign_in_locks (throttle_key) VALUES (\(bind: key))
                ON CONFLICT (throttle_key) DO UPDATE SET throttle_key = excluded.throttle_key
                """
            ).run()
        }
    }

    func record(keys: [String], at: Date, attempt: String) async throws {
        for key in keys {
            try await self.db.raw(
                "INSERT INTO sign_in_failures (throttle_key, failed_at, attempt) VALUES (\(bind: key), \(bind: at), \(bind: attempt))"
            ).run()
        }
    }

    func forget(attempt: String) async throws {
        try await self.db.raw("DELETE FROM sign_in_failures WHERE attempt = \(bind: attempt)").run()
    }

    func clear(key: String) async throws {
        try await self.db.raw("DELETE FROM sign_in_failures WHERE throttle_key = \(bind: key)").run()
    }

    func prune(before: Date) async throws {
        try await self.db.raw("DELETE FROM sign_in_failures WHERE failed_at < \(bind: before)").run()
    }
}

extension Migration {
    /// Issue 15, item 4: an attempt is counted in the transaction that checks the throttle, under a lock per key.
    static let m0021SignInAttempts = Migration(id: "0021_sign_in_attempts") { db, _, _ in
        try await db.raw("CREATE TABLE sign_in_locks (throttle_key TEXT PRIMARY KEY)").run()
        try await db.raw("ALTER TABLE sign_in_failures ADD COLUMN attempt TEXT").run()
    }
}
