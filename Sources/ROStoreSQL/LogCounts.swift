import Foundation
import ROCore
import SQLKit

/// §7.3: the direct-request and information-given logs keep their entries for the logs' retention, then only
/// counts: how many of each kind in each fiscal quarter, so that statistics over fiscal years stay exact.
struct LogCounts {
    let db: any SQLDatabase
    /// Which log a count belongs to.
    let log: String

    static let directRequests = "direct-request"
    static let informationGiven = "information-given"

    /// Adds each entry's `category` (a kind of request, a kind of recipient) to its quarter's count.
    func add(_ entries: [(category: String, at: Date)]) async throws {
        var tally: [String: [Date: Int]] = [:]
        for entry in entries { tally[entry.category, default: [:]][FiscalQuarter(containing: entry.at).start, default: 0] += 1 }
        for (category, quarters) in tally {
            for (quarterStart, count) in quarters {
                try await self.db.raw(
                    """
                    INSERT INTO log_counts (log, category, quarter_start, n)
                    VALUES (\(bind: self.log), \(bind: category), \(bind: quarterStart), \(bind: count))
                    ON CONFLICT (log, category, quarter_start) DO UPDATE SET n = log_counts.n + excluded.n
                    """
                ).run()
            }
        }
    }

    /// The counts kept for `period` (quarters starting in it), or for all time, by category.
    func totals(in period: Range<Date>?) async throws -> [String: Int] {
        let within: SQLQueryString =
            period.map { "AND quarter_start >= \(bind: $0.lowerBound) AND quarter_start < \(bind: $0.upperBound)" } ?? ""
        let rows = try await self.db.raw(
            "SELECT category, SUM(n) AS n FROM log_counts WHERE log = \(bind: self.log) \(within) GROUP BY category"
        ).all()
        var totals: [String: Int] = [:]
        for row in rows { totals[try row.decode(column: "category", as: String.self)] = try row.decode(column: "n", as: Int.self) }
        return totals
    }
}

extension Migration {
    /// §7.3: what the request and information logs keep once their entries' retention ends.
    static let m0019LogCounts = Migration(id: "0019_log_counts") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE log_counts (
                log TEXT NOT NULL,
                category TEXT NOT NULL,
                quarter_start \(type.time) NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (log, category, quarter_start)
            )
            """
        ).run()
    }
}
