import Foundation
import ROCore
import ROStore

/// A fiscal year's statistics (R55): derived from workflow events and the standard-reply log only,
/// never from separate data entry (R56), with small cells suppressed (N5). Coordinators and managers
/// read them; no one reads a case through them.
public struct StatisticsService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    public func report(for year: FiscalYear, by user: User) async throws -> StatisticsReport {
        try await self.env.require(.readStatistics, .user(user))
        let env = self.env
        let period = year.start..<year.end
        return try await self.env.store.transaction { tx in
            // §7.4: a disposed case still counts, from its anonymous residue.
            let cases =
                try await tx.cases.histories(activeIn: period).compactMap { CaseFacts($0.id, history: $0.events) }
                + tx.disposals.residues(activeIn: period)
            var replies: [DirectRequestLogEntry.Kind: Int] = [:]
            for kind in DirectRequestLogEntry.Kind.allCases { replies[kind] = try await tx.directRequests.count(kind, receivedIn: period) }
            let informationGiven = try await tx.informationLog.countsByRecipient(in: period)
            let regions = try await ProgramSettingsService.current(tx).regionCodes
            try await tx.audit.append(env.auditRecord(.statisticsRead, by: .user(user), target: "fiscal-year:\(year.startYear)"))
            return StatisticsReport(
                fiscalYear: year,
                cases: cases,
                standardReplies: replies,
                regions: regions,
                informationGiven: informationGiven,
                minimumCell: env.statisticsMinimumCell
            )
        }
    }
}
