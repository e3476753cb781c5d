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

    func record(keys: [String], at: Date) async throws {
        for key in keys {
            try await self.db.raw("INSERT INTO sign_in_failures (throttle_key, failed_at) VALUES (\(bind: key), \(bind: at))").run()
        }
    }

    func clear(key: String) async throws {
        try await self.db.raw("DELETE FROM sign_in_failures WHERE throttle_key = \(bind: key)").run()
    }

    func prune(before: Date) async throws {
        try await self.db.raw("DELETE FROM sign_in_failures WHERE failed_at < \(bind: before)").run()
    }
}
