import Foundation
import ROCore
import ROStore

/// §7.3's classes that need no one's decision: the direct-request and information-given logs keep their
/// entries for the logs' retention (2 years by default), then only counts per fiscal quarter, so statistics
/// still count them; the audit trail keeps an entry's content for its record's retention plus 2 years. `ro
/// serve` runs both at start and once a day.
public struct RetentionService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    public struct LogReduction: Sendable, Equatable {
        public let directRequests: Int
        public let informationGiven: Int

        public init(directRequests: Int, informationGiven: Int) {
            self.directRequests = directRequests
            self.informationGiven = informationGiven
        }
    }

    /// Reduces the entries older than the logs' retention to counts, in one transaction; audited when any went.
    @discardableResult
    public func reduceLogs() async throws -> LogReduction {
        let env = self.env
        return try await self.env.store.transaction { tx in
            let cutoff = try await ProgramSettingsService.current(tx).logEntriesKeptSince(env.now())
            let reduction = LogReduction(
                directRequests: try await tx.directRequests.reduceToCounts(receivedBefore: cutoff),
                informationGiven: try await tx.informationLog.reduceToCounts(givenBefore: cutoff)
            )
            if reduction.directRequests + reduction.informationGiven > 0 {
                try await tx.audit.append(env.auditRecord(.logsReducedToCounts, by: .system, target: "logs"))
            }
            return reduction
        }
    }

    /// §7.3 "audit trail: longest related record + 2 years": the content of the entries about a case disposed of
    /// more than 2 years ago, and about log entries reduced to counts more than 2 years ago, is removed; each
    /// entry keeps its place, time and hashes, so the chain still verifies. Returns how many were emptied.
    @discardableResult
    public func removeAuditContentPastRetention() async throws -> Int {
        let env = self.env
        return try await self.env.store.transaction { tx in
            let now = env.now()
            let twoYearsAgo = Calendar.utc.date(byAdding: .year, value: -Self.auditYearsAfterRecord, to: now) ?? now
            var emptied = 0
            for id in try await tx.disposals.disposedCases(before: twoYearsAgo) {
                // Every entry about a disposed case was written by the time of its disposal; none younger than two years goes.
                emptied += try await tx.audit.removeContent(about: AuditRecord.target(id), writtenBefore: twoYearsAgo)
            }
            let settings = try await ProgramSettingsService.current(tx)
            let logsGone = settings.logEntriesKeptSince(twoYearsAgo)
            for prefix in ["direct-request:", "information-given:"] {
                emptied += try await tx.audit.removeContent(aboutTargetsStartingWith: prefix, writtenBefore: logsGone)
            }
            if emptied > 0 { try await tx.audit.append(env.auditRecord(.auditContentRemoved, by: .system, target: "audit")) }
            return emptied
        }
    }

    /// §7.3: how long the audit trail outlives the record it is about.
    static let auditYearsAfterRecord = 2

    /// Applies both now and then every `interval` until the task is cancelled; a failure is logged and tried
    /// again at the next turn.
    public func keepApplying(every interval: Duration = .seconds(86_400)) async {
        while !Task.isCancelled {
            do {
                let reduction = try await self.reduceLogs()
                let emptied = try await self.removeAuditContentPastRetention()
                if reduction.directRequests + reduction.informationGiven + emptied > 0 {
                    self.env.logger.notice(
                        "records past their retention reduced",
                        metadata: [
                            "directRequests": "\(reduction.directRequests)", "informationGiven": "\(reduction.informationGiven)",
                            "auditEntriesEmptied": "\(emptied)",
                        ]
                    )
                }
            } catch {
                self.env.logger.error("applying retention failed; tried again later", metadata: ["error": "\(type(of: error))"])
            }
            try? await Task.sleep(for: interval)
        }
    }
}
