import Foundation
import ROCore
import ROServices
import ROTestSupport
import Testing

/// R46 through the service and the store, on SQLite and PostgreSQL.
@Suite struct InformationLogServiceTests {
    @Test(arguments: Backend.available)
    func R46_eachTimeInformationIsGivenItIsLoggedByKindOfPersonAndCounted(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            var env = t.env
            env.statisticsMinimumCell = 3
            let officer = try await t.makeUser("valerie", role: .victimServices)
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let log = InformationLogService(env: env)
            for _ in 0..<3 {
                _ = try await log.log(
                    to: .victim,
                    channel: .phone,
                    language: "fr",
                    materials: [.informationSheet, .resourcesList],
                    victimServicesOffered: true,
                    by: officer
                )
            }
            let anonymous = try await log.log(
                to: .anonymous,
                channel: .email,
                language: "en",
                materials: [],
                victimServicesOffered: false,
                by: coordinator
            )

            let mine = try await log.recent(by: officer)
            #expect(
                mine.count == 3
                    && mine.allSatisfy {
                        $0.givenBy == officer.id && $0.materials == [.informationSheet, .resourcesList] && $0.victimServicesOffered
                    }
            )
            #expect(try await log.recent(by: coordinator) == [anonymous])
            let audited = try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first
            #expect(audited?.action == AuditAction.informationGivenLogged.rawValue && audited?.target == "information-given:\(anonymous.id)")

            let report = try await StatisticsService(env: env).report(for: FiscalYear(containing: t.clock.now), by: coordinator)
            let table = try #require(report.tables.first { $0.indicator == .informationGiven })
            #expect(table.rows.first { $0.key == "victim" }?.value == .suppressed)  // N5: the 1 anonymous entry would show through
            #expect(table.total == .count(4))
        }
    }

    @Test func R46_onlyTheRolesThatGiveInformationLogIt() async throws {
        try await withTestEnvironment { t in
            for role in Role.allCases where ![.coordinator, .victimServices, .referrer].contains(role) {
                let user = try await t.makeUser("user-\(role.rawValue.lowercased())", role: role)
                await #expect(throws: DomainError.notPermitted) {
                    try await InformationLogService(env: t.env).log(
                        to: .victim,
                        channel: .phone,
                        language: "en",
                        materials: [],
                        victimServicesOffered: false,
                        by: user
                    )
                }
            }
        }
    }
}
