import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// §4.9 through the service, on SQLite and PostgreSQL: a link is recorded on both cases in one
/// transaction, reaches only cases the coordinator may read, and shows readers only what they may open.
@Suite struct CaseLinkServiceTests {
    @Test(arguments: Backend.available)
    func aLinkIsRecordedOnBothCasesAndShownOnlyToThoseWhoMayOpenTheOther(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let maria = try await t.makeUser("maria", role: .mediator)
            let first = try await t.assignedCase(coordinator: claire, mediator: martin)
            let second = try await t.assignedCase(coordinator: claire, mediator: maria)
            let cases = CaseService(env: t.env)

            _ = try await cases.execute(
                first.id,
                .linkCase(CaseLink(reference: second.reference, relation: .sameOffender)),
                expectedVersion: first.version,
                by: claire
            )

            let seenFromFirst = try await cases.read(first.id, by: claire).linkedCases
            let seenFromSecond = try await cases.read(second.id, by: claire).linkedCases
            #expect(seenFromFirst == [LinkedCase(id: second.id, reference: second.reference, relation: .sameOffender, stage: .assigned)])
            #expect(seenFromSecond == [LinkedCase(id: first.id, reference: first.reference, relation: .sameOffender, stage: .assigned)])
            #expect(try await cases.read(second.id, by: claire).value.participants == second.participants, "nothing is merged")
            // N1: each mediator reads their own case, and not even the reference of the other.
            #expect(try await cases.read(first.id, by: martin).linkedCases.isEmpty)
            #expect(try await cases.read(second.id, by: maria).linkedCases.isEmpty)

            _ = try await cases.execute(second.id, .unlinkCase(reference: first.reference), expectedVersion: nil, by: claire)
            #expect(try await cases.read(first.id, by: claire).linkedCases.isEmpty)
            #expect(try await cases.read(second.id, by: claire).linkedCases.isEmpty)
        }
    }

    /// N1, N9: a case the coordinator may not read answers like one that does not exist, and nothing is written.
    @Test(arguments: Backend.available)
    func aLinkToACaseOutOfReachChangesNothing(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let open = try await t.assignedCase(coordinator: claire, mediator: martin)
            let restricted = try await t.assignedCase(coordinator: claire, mediator: martin)
            let cases = CaseService(env: t.env)
            let hidden = try await cases.execute(restricted.id, .restrictAccess(to: [claire.id]), expectedVersion: nil, by: claire)

            for reference in [restricted.reference, "RO-1999-0001"] {
                await #expect(throws: DomainError.linkedCaseNotFound) {
                    try await cases.execute(
                        open.id,
                        .linkCase(CaseLink(reference: reference, relation: .sameVictimSide)),
                        expectedVersion: nil,
                        by: colette
                    )
                }
            }

            #expect(try await cases.read(open.id, by: claire).value.version == open.version)
            #expect(try await cases.read(restricted.id, by: claire).value.version == hidden.version)
            let denials = try await t.env.store.transaction { try await $0.audit.recent(limit: 20) }.filter {
                $0.outcome == AuditOutcome.denied.rawValue
            }
            #expect(denials.count == 2, "each refused link is audited")
        }
    }
}

/// §2.2 note 10 on SQLite and PostgreSQL: a coordinator reads who looked at a case; the mediator's role
/// may not; a case out of reach stays "not found" (N1, N9).
@Suite struct CaseAccessReportTests {
    @Test(arguments: Backend.available)
    func aCoordinatorReadsWhoLookedAtTheCase(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let referrer = try await t.makeUser("rita", role: .referrer)
            let value = try await t.assignedCase(coordinator: claire, mediator: martin)
            let cases = CaseService(env: t.env)
            _ = try await cases.read(value.id, by: martin)
            await #expect(throws: DomainError.caseNotFound) { try await cases.read(value.id, by: referrer) }

            let report = try await cases.accessReport(value.id, by: claire)

            #expect(report.reference == value.reference)
            let lines = report.entries.map { "\($0.actorRole) \($0.action) \($0.outcome)" }
            #expect(lines.first == "coordinator case.access-report-read success", "the report's own reading is listed")
            #expect(lines.contains("mediator case.read success") && lines.contains("referrer access.denied denied"))
            #expect(report.entries.map(\.position) == report.entries.map(\.position).sorted(by: >), "newest first")
            await #expect(throws: DomainError.roleNotAllowed(.mediator)) { try await cases.accessReport(value.id, by: martin) }
            _ = try await cases.execute(value.id, .restrictAccess(to: [claire.id]), expectedVersion: nil, by: claire)
            await #expect(throws: DomainError.caseNotFound) { try await cases.accessReport(value.id, by: colette) }
        }
    }
}
