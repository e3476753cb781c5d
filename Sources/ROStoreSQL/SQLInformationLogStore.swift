import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLInformationLogStore: InformationLogStore {
    let db: any SQLDatabase

    func insert(_ entry: InformationGivenEntry) async throws {
        let materials = entry.materials.map(\.rawValue).sorted().joined(separator: ",")
        try await self.db.raw(
            """
            INSERT INTO information_given (id, given_at, given_by, recipient, channel, language, materials, victim_services_offered)
            VALUES (\(bind: entry.id.rawValue), \(bind: entry.givenAt), \(bind: entry.givenBy.rawValue), \(bind: entry.recipient.rawValue),
                    \(bind: entry.channel.rawValue), \(bind: entry.language), \(bind: materials), \(bind: entry.victimServicesOffered))
            """
        ).run()
    }

    func countsByRecipient(in period: Range<Date>) async throws -> [InformationGivenEntry.Recipient: Int] {
        let rows = try await self.db.raw(
            """
            SELECT recipient, COUNT(*) AS n FROM information_given
            WHERE given_at >= \(bind: period.lowerBound) AND given_at < \(bind: period.upperBound)
            GROUP BY recipient
            """
        ).all()
        var counts: [InformationGivenEntry.Recipient: Int] = [:]
        for row in rows {
            guard let recipient = InformationGivenEntry.Recipient(rawValue: try row.decode(column: "recipient", as: String.self)) else { continue }
            counts[recipient] = try row.decode(column: "n", as: Int.self)
        }
        // §7.3: entries past the logs' retention are counted there.
        for (category, count) in try await self.counts.totals(in: period) {
            guard let recipient = InformationGivenEntry.Recipient(rawValue: category) else { continue }
            counts[recipient, default: 0] += count
        }
        return counts
    }

    func reduceToCounts(givenBefore cutoff: Date) async throws -> Int {
        // Counting what this transaction deleted: two instances reducing at once never count an entry twice.
        let rows = try await self.db.raw("DELETE FROM information_given WHERE given_at < \(bind: cutoff) RETURNING recipient, given_at").all()
        try await self.counts.add(
            try rows.map { (try $0.decode(column: "recipient", as: String.self), try $0.decode(column: "given_at", as: Date.self)) }
        )
        return rows.count
    }

    private var counts: LogCounts { LogCounts(db: self.db, log: LogCounts.informationGiven) }

    func recent(by user: Identifier<User>, limit: Int) async throws -> [InformationGivenEntry] {
        let rows = try await self.db.raw(
            """
            SELECT id, given_at, given_by, recipient, channel, language, materials, victim_services_offered FROM information_given
            WHERE given_by = \(bind: user.rawValue) ORDER BY given_at DESC LIMIT \(bind: limit)
            """
        ).all()
        return try rows.map { row in
            guard let recipient = InformationGivenEntry.Recipient(rawValue: try row.decode(column: "recipient", as: String.self)),
                let channel = InformationGivenEntry.Channel(rawValue: try row.decode(column: "channel", as: String.self))
            else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown code in information_given")) }
            let materials = try row.decode(column: "materials", as: String.self).split(separator: ",").compactMap {
                InformationGivenEntry.Material(rawValue: String($0))
            }
            return InformationGivenEntry(
                id: Identifier(try row.decode(column: "id", as: UUID.self)),
                givenAt: try row.decode(column: "given_at", as: Date.self),
                givenBy: Identifier(try row.decode(column: "given_by", as: UUID.self)),
                recipient: recipient,
                channel: channel,
                language: try row.decode(column: "language", as: String.self),
                materials: Set(materials),
                victimServicesOffered: try row.decode(column: "victim_services_offered", as: Bool.self)
            )
        }
    }
}
