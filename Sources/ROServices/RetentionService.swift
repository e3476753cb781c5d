import Foundation
import ROCore
import ROStore

/// §7.3's classes that need no one's decision: the direct-request and information-given logs keep their
/// entries for the logs' retention (2 years by default), then only counts per fiscal quarter, so statistics
/// still count them. `ro serve` runs it at start and once a day.
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

    /// Reduces the logs now and then every `interval` until the task is cancelled; a failure is logged and
    /// tried again at the next turn.
    public func keepReducingLogs(every interval: Duration = .seconds(86_400)) async {
        while !Task.isCancelled {
            do {
                let reduction = try await self.reduceLogs()
                if reduction.directRequests + reduction.informationGiven > 0 {
                    self.env.logger.notice(
                        "log entries past their retention reduced to counts",
                        metadata: ["directRequests": "\(reduction.directRequests)", "informationGiven": "\(reduction.informationGiven)"]
                    )
                }
            } catch {
                self.env.logger.error("reducing the logs to counts failed; tried again later", metadata: ["error": "\(type(of: error))"])
            }
            try? await Task.sleep(for: interval)
        }
    }
}
