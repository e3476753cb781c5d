import ROCore
import ROStore
import SQLKit

struct SQLDirectRequestStore: DirectRequestStore {
    let db: any SQLDatabase

    func insert(_ entry: DirectRequestLogEntry) async throws {
        try await self.db.raw("""
            INSERT INTO direct_offender_requests (id, received_at, channel, language, reply_sent, logged_by)
            VALUES (\(bind: entry.id.rawValue), \(bind: entry.receivedAt), \(bind: entry.channel.rawValue), \(bind: entry.language),
                    \(bind: entry.replySent), \(bind: entry.loggedBy.rawValue))
            """).run()
    }

    func count() async throws -> Int {
        try await self.db.raw("SELECT COUNT(*) AS n FROM direct_offender_requests").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
