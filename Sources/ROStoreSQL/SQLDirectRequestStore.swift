import ROCore
import ROStore
import SQLKit

struct SQLDirectRequestStore: DirectRequestStore {
    let db: any SQLDatabase

    func insert(_ entry: DirectRequestLogEntry) async throws {
        try await self.db.raw("""
            INSERT INTO direct_offender_requests (id, kind, received_at, channel, language, reply_sent, logged_by)
            VALUES (\(bind: entry.id.rawValue), \(bind: entry.kind.rawValue), \(bind: entry.receivedAt), \(bind: entry.channel.rawValue),
                    \(bind: entry.language), \(bind: entry.replySent), \(bind: entry.loggedBy.rawValue))
            """).run()
    }

    func count(_ kind: DirectRequestLogEntry.Kind) async throws -> Int {
        try await self.db.raw("SELECT COUNT(*) AS n FROM direct_offender_requests WHERE kind = \(bind: kind.rawValue)").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
