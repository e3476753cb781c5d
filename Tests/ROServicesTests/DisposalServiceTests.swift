import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// §7.3, §7.4 through the service and the store, on SQLite and PostgreSQL: holds, two coordinators, the key
/// destroyed with the content, the residue still counted, the certificate and the audit trail.
@Suite struct DisposalServiceTests {
    static let name = "Ysolde Brightwater-Fictive"

    @Test(arguments: Backend.available)
    func section7_3_twoCoordinatorsDisposeOfACase_nothingOfItReadsAgain_andStatisticsStillCountIt(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            var env = t.env
            env.statisticsMinimumCell = 3
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colin = try await t.makeUser("colin", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let aude = try await t.makeUser("aude", role: .auditor)
            let cases = CaseService(env: env)
            let value = try await t.assignedCase(coordinator: claire, mediator: martin)
            let victim = try #require(value.participants.first { $0.role == .victim }).id
            for command: CaseCommand in [
                .recordPerson(participant: victim, PersonRecord(usedName: Self.name)), .screenOut(.screenedOutReadiness),
            ] {
                _ = try await cases.execute(value.id, command, expectedVersion: nil, by: claire)
            }
            let year = FiscalYear(containing: value.openedAt)
            let statistics = StatisticsService(env: env)
            let before = try await statistics.report(for: year, by: claire)
            let disposals = DisposalService(env: env)

            await #expect(throws: DomainError.notDueForDisposal) { try await disposals.propose(value.id, by: claire) }
            t.clock.advance(by: 3_653 * 86_400 + 86_400)  // §7.3: ten years after closure, and a day
            #expect(try await disposals.overview(by: claire).due.map(\.reference) == [value.reference])

            // §7.3: an auditor's hold suspends disposal until lifted.
            let hold = try await disposals.placeHold(onReference: value.reference.lowercased(), reason: "ATIP A-2036-0042 (fictional)", by: aude)
            await #expect(throws: DomainError.notPermitted) { try await disposals.placeHold(onReference: value.reference, reason: "x", by: claire) }
            await #expect(throws: DomainError.legalHoldActive) { try await disposals.propose(value.id, by: claire) }
            try await disposals.liftHold(hold.id, reason: "Request answered (fictional)", by: aude)

            try await disposals.propose(value.id, by: claire)
            await #expect(throws: DomainError.disposalAlreadyProposed) { try await disposals.propose(value.id, by: colin) }
            await #expect(throws: DomainError.secondApproverRequired) { try await disposals.approve(value.id, by: claire) }
            await #expect(throws: DomainError.notPermitted) { try await disposals.approve(value.id, by: martin) }
            let certificate = try await disposals.approve(value.id, by: colin)
            #expect(certificate.proposedBy == claire.id && certificate.approvedBy == colin.id && certificate.id.hasPrefix("DC-"))

            // Nothing of the case reads again: not its events, not a page, not a search, whoever asks.
            let day = certificate.disposedOn
            await #expect(throws: DomainError.caseDisposed(on: day)) { try await cases.read(value.id, by: claire) }
            await #expect(throws: DomainError.caseNotFound) { try await cases.read(value.id, by: martin) }
            await #expect(throws: DomainError.caseDisposed(on: day)) { try await disposals.approve(value.id, by: colin) }
            let left = try await t.store.transaction { tx in (try await tx.cases.events(of: value.id), try await tx.disposals.holds(on: value.id)) }
            #expect(left.0.isEmpty && left.1.isEmpty)
            #expect(try await t.store.caseKeyCounts().values.reduce(0, +) == 0, "the only case's key is destroyed")
            #expect(try await cases.search("Brightwater", by: claire).isEmpty)
            let tombstone = try await cases.search(value.reference, by: claire)
            #expect(tombstone.map(\.stage) == [.disposed], "the reference answers only that it was disposed of")

            // §7.4: statistics count it as before; the certificate and the audit trail remain.
            #expect(try await statistics.report(for: year, by: claire) == before)
            #expect(try await disposals.overview(by: aude).disposed.map(\.certificate) == [certificate])
            let trail = try await t.store.transaction { try await $0.audit.entries(about: "case:\(value.id)", limit: 100) }
            let byAction = { (action: AuditAction) in trail.filter { $0.action == action.rawValue }.map(\.actorUserID) }
            #expect(byAction(.disposalProposed) == [claire.id.description] && byAction(.caseDisposed) == [colin.id.description])
            #expect(byAction(.legalHoldPlaced) == [aude.id.description] && byAction(.legalHoldLifted) == [aude.id.description])

            // §7.3 "audit trail: longest related record + 2 years": two years after the disposal, the content of the
            // case's entries goes; the chain still verifies.
            let retention = RetentionService(env: env)
            #expect(try await retention.removeAuditContentPastRetention() == 0)
            t.clock.advance(by: 729 * 86_400)  // disposed of in September 2036: two years later is 730 days on
            #expect(try await retention.removeAuditContentPastRetention() == 0)
            t.clock.advance(by: 2 * 86_400)
            #expect(try await retention.removeAuditContentPastRetention() == trail.count)
            #expect(try await t.store.transaction { try await $0.audit.entries(about: "case:\(value.id)", limit: 100) }.isEmpty)
            let verified = try await AuditService(env: env).verify(by: .user(aude))
            #expect({ if case .intact = verified { true } else { false } }(), "\(verified)")
        }
    }

    /// §7.3: an investigation in progress suspends disposal like a hold.
    @Test func section7_3_anInvestigationInProgressSuspendsDisposal() async throws {
        try await withTestEnvironment { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let aude = try await t.makeUser("aude", role: .auditor)
            let value = try await t.assignedCase(coordinator: claire, mediator: martin)
            _ = try await CaseService(env: t.env).execute(value.id, .screenOut(.screenedOutReadiness), expectedVersion: nil, by: claire)
            t.clock.advance(by: 3_654 * 86_400)
            _ = try await InvestigationService(env: t.env).open(value.id, grounds: "Complaint C-17 (fictional)", by: aude)
            await #expect(throws: DomainError.legalHoldActive) { try await DisposalService(env: t.env).propose(value.id, by: claire) }
        }
    }
}
