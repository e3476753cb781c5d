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

    /// Entries still kept, and the counts of those reduced (§7.3), together.
    func count(_ kind: DirectRequestLogEntry.Kind, receivedIn period: Range<Date>?) async throws -> Int {
        let within: SQLQueryString = period.map { "AND received_at >= \(bind: $0.lowerBound) AND received_at < \(bind: $0.upperBound)" } ?? ""
        let row = try await self.db.raw("SELECT COUNT(*) AS n FROM direct_offender_requests WHERE kind = \(bind: kind.rawValue) \(within)").first()
        let kept = try row?.decode(column: "n", as: Int.self) ?? 0
        return kept + (try await self.counts.totals(in: period)[kind.rawValue] ?? 0)
    }

    func reduceToCounts(receivedBefore cutoff: Date) async throws -> Int {
        // Counting what this transaction deleted: two instances reducing at once never count an entry twice.
        let rows = try await self.db.raw("DELETE FROM direct_offender_requests WHERE received_at < \(bind: cutoff) RETURNING kind, received_at").all()
        try await self.counts.add(
            try rows.map { (try $0.decode(column: "kind", as: String.self), try $0.decode(column: "received_at", as: Date.self)) }
        )
        return rows.count
    }

    private var counts: LogCounts { LogCounts(db: self.db, log: LogCounts.directRequests) }
}
