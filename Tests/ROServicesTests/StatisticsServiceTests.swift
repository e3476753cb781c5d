import Foundation
import ROCore
import ROServices
import ROTestSupport
import Testing

/// R13, R55, R56, N5 through the service and the store, on SQLite and PostgreSQL.
@Suite struct StatisticsServiceTests {
    static func total(_ report: StatisticsReport, _ indicator: Indicator) -> StatisticCell? {
        report.tables.first { $0.indicator == indicator }?.total
    }

    @Test(arguments: Backend.available)
    func R55_aYearsStatisticsCountThatYearsCasesFromTheirEvents(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            var env = t.env
            env.statisticsMinimumCell = 3
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let manager = try await t.makeUser("marc", role: .manager)
            for _ in 0..<3 { _ = try await t.assignedCase(coordinator: coordinator, mediator: mediator) }
            _ = try await DirectRequestService(env: env).log(channel: .mail, language: "fr", by: coordinator)
            let statistics = StatisticsService(env: env)
            let thisYear = FiscalYear(containing: t.clock.now)

            let report = try await statistics.report(for: thisYear, by: manager)
            #expect(Self.total(report, .requestsBySource) == .count(3))
            #expect(Self.total(report, .roReferralsByRegion) == .count(3))  // R13
            #expect(report.tables.first { $0.indicator == .roReferralsByRegion }?.rows.first { $0.key == "pacific" }?.value == .count(3))
            #expect(Self.total(report, .standardReplies) == .suppressed)  // N5: one is fewer than 3
            let audited = try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first
            #expect(audited?.action == AuditAction.statisticsRead.rawValue)
            #expect(audited?.target == "fiscal-year:\(thisYear.startYear)")

            t.clock.advance(by: 366 * 86_400)
            _ = try await CaseService(env: env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .mail,
                region: "pacific",
                language: "en",
                by: coordinator
            )
            let nextYear = try #require(FiscalYear(startYear: thisYear.startYear + 1))
            let later = try await statistics.report(for: nextYear, by: coordinator)
            #expect(Self.total(later, .requestsBySource) == .suppressed)
            #expect(Self.total(later, .roReferralsByRegion) == .count(0))
            #expect(Self.total(try await statistics.report(for: thisYear, by: manager), .requestsBySource) == .count(3))
        }
    }

    @Test func N5_onlyCoordinatorsAndManagersReadStatistics() async throws {
        try await withTestEnvironment { t in
            let year = FiscalYear(containing: t.clock.now)
            for role in Role.allCases where role != .coordinator && role != .manager {
                let user = try await t.makeUser("user-\(role.rawValue.lowercased())", role: role)
                await #expect(throws: DomainError.notPermitted) { try await StatisticsService(env: t.env).report(for: year, by: user) }
            }
        }
    }
}
