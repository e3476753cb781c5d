import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLDirectRequestStore: DirectRequestStore {
    let db: any SQLDatabase

    func insert(_ entry: DirectRequestLogEntry) async throws {
        try await self.db.raw(
            """
            INSERT INTO direct_offender_requests (id, kind, received_at, channel, language, reply_sent, logged_by)
            VALUES (\(bind: entry.id.rawValue), \(bind: entry.kind.rawValue), \(bind: entry.receivedAt), \(bind: entry.channel.rawValue),
                    \(bind: entry.language), \(bind: entry.replySent), \(bind: entry.loggedBy.rawValue))
            """
        ).run()
    }

    func count(_ kind: DirectRequestLogEntry.Kind, receivedIn period: Range<Date>?) async throws -> Int {
        let within: SQLQueryString = period.map { "AND received_at >= \(bind: $0.lowerBound) AND received_at < \(bind: $0.upperBound)" } ?? ""
        let row = try await self.db.raw("SELECT COUNT(*) AS n FROM direct_offender_requests WHERE kind = \(bind: kind.rawValue) \(within)").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}
