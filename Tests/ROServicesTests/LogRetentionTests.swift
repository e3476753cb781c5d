import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// §7.3 "direct-request and information-given logs: 2 years, then counts only", on SQLite and PostgreSQL.
@Suite struct LogRetentionTests {
    @Test(arguments: Backend.available)
    func section7_3_logEntriesOlderThanTwoYearsBecomeCounts_statisticsStillCountThem(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            var env = t.env
            env.statisticsMinimumCell = 1
            let claire = try await t.makeUser("claire", role: .coordinator)
            let valerie = try await t.makeUser("valerie", role: .victimServices)
            let information = InformationLogService(env: env)
            let requests = DirectRequestService(env: env)
            let logOne = {
                _ = try await information.log(to: .victim, channel: .phone, language: "fr", materials: [], victimServicesOffered: true, by: valerie)
                _ = try await requests.log(channel: .mail, language: "en", by: claire)
            }
            // Fiscal year 2026–27: three of each on the clock's first day, one more 200 days later (2027–28).
            for _ in 0..<3 { try await logOne() }
            let firstYear = FiscalYear(containing: t.clock.now)
            t.clock.advance(by: 200 * 86_400)
            try await logOne()
            let statistics = StatisticsService(env: env)
            let before = try await statistics.report(for: firstYear, by: claire)

            // Two years and a day after the first entries: those three of each go, the later one stays.
            t.clock.advance(by: (731 - 200 + 1) * 86_400)
            let retention = RetentionService(env: env)
            // Two instances reducing at once (PostgreSQL): each entry is counted by exactly one of them.
            async let first = retention.reduceLogs()
            async let second = RetentionService(env: env).reduceLogs()
            let (one, other) = try await (first, second)
            #expect(one.directRequests + other.directRequests == 3 && one.informationGiven + other.informationGiven == 3)
            #expect(try await information.recent(by: valerie).count == 1, "only the entry within two years is kept")
            #expect(try await retention.reduceLogs() == RetentionService.LogReduction(directRequests: 0, informationGiven: 0))

            let after = try await statistics.report(for: firstYear, by: claire)
            #expect(after.tables == before.tables, "the fiscal year counts the same from its counts")
            #expect(after.tables.first { $0.indicator == .informationGiven }?.total == .count(3))
            #expect(try await requests.count(.offenderRequest, by: claire) == 4)
            let reduced = try await t.store.transaction { try await $0.audit.recent(limit: 20) }.filter { $0.action == "logs.reduced-to-counts" }
            #expect(reduced.count == 1 && reduced.first?.actorRole == "system")
        }
    }

    /// §7.3 is a default: a program keeping its logs five years keeps these entries.
    @Test func section7_3_theLogsRetentionIsAProgramSetting() async throws {
        try await withTestEnvironment { t in
            let admin = try await t.makeUser("adele", role: .admin)
            let claire = try await t.makeUser("claire", role: .coordinator)
            var settings = try await ProgramSettingsService(env: t.env).current()
            settings.logRetentionYears = 5
            _ = try await ProgramSettingsService(env: t.env).save(settings, by: .user(admin))
            _ = try await DirectRequestService(env: t.env).log(channel: .phone, language: "fr", by: claire)
            t.clock.advance(by: 3 * 366 * 86_400)
            #expect(try await RetentionService(env: t.env).reduceLogs() == RetentionService.LogReduction(directRequests: 0, informationGiven: 0))
        }
    }
}
