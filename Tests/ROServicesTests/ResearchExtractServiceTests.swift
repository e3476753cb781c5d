import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// R55, §7.2 through the service and the store, on SQLite and PostgreSQL.
@Suite struct ResearchExtractServiceTests {
    @Test(arguments: Backend.available)
    func R55_anOMSLinkedExtractNeedsTwoCoordinatorsAndHoldsOnlyConsentingOffendersCases(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let manon = try await t.makeUser("manon", role: .manager)
            let agreed = try await t.caseInDialogue(.letter, coordinator: claire, mediator: martin)
            let declined = try await t.caseInDialogue(.letter, coordinator: claire, mediator: martin)
            let cases = CaseService(env: t.env)
            for (value, decision) in [(agreed, ConsentDecision.given), (declined, .refused)] {
                let offender = try #require(value.participants.first { $0.role == .offender })
                _ = try await cases.execute(
                    value.id,
                    .recordConsent(participant: offender.id, purpose: .researchUse, decision: decision, expiresAt: nil, noticeVersion: nil),
                    expectedVersion: nil,
                    by: martin
                )
            }
            let service = ResearchExtractService(env: t.env)

            await #expect(throws: DomainError.notPermitted) { try await service.propose(purpose: "Recidivism study (fictional)", by: manon) }
            await #expect(throws: DomainError.extractPurposeInvalid(ResearchExtract.purposeLength)) {
                try await service.propose(purpose: "  study  ", by: claire)
            }
            let proposed = try await service.propose(purpose: "  Recidivism study 2027 (fictional), University of Nowhere  ", by: claire)
            #expect(proposed.purpose == "Recidivism study 2027 (fictional), University of Nowhere")
            await #expect(throws: DomainError.extractNotApproved) { try await service.produce(proposed.id, by: claire) }
            await #expect(throws: DomainError.secondCoordinatorRequired) { try await service.approve(proposed.id, by: claire) }
            _ = try await service.approve(proposed.id, by: colette)
            await #expect(throws: DomainError.extractAlreadyApproved) { try await service.approve(proposed.id, by: colette) }
            #expect(try await service.recent(by: claire).map(\.extract.approvedBy) == [colette.id])

            let rows = try await service.produce(proposed.id, by: claire)
            let linked = try await cases.read(agreed.id, by: claire).value
            #expect(rows.map(\.fpsNumber) == [try #require(linked.offenderFPSNumber)], "only the case whose offender agreed")
            #expect(rows.first?.forms == [.letter] && rows.first?.assigned == true)

            let audited = try await t.store.transaction { try await $0.audit.entries(about: AuditRecord.target(proposed.id), limit: 10) }
            let actions = audited.map(\.action)
            #expect(["research-extract.proposed", "research-extract.approved", "research-extract.produced"].allSatisfy(actions.contains))
            #expect(actions.filter { $0 == "access.denied" }.count == 3, "the refused production and approvals are audited too")
        }
    }

    /// Issue 15, item 8, N9: an extract leaves out the cases its producer may not read — restricted to others, or
    /// recused from — and serves 30 days after its approval, no longer.
    @Test(arguments: Backend.available)
    func N9_anExtractObeysRestrictionsAndRecusalsAndExpiresThirtyDaysAfterApproval(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let cases = CaseService(env: t.env)
            var byName: [String: Case] = [:]
            for name in ["open", "restricted", "recused"] {
                let value = try await t.caseInDialogue(.letter, coordinator: claire, mediator: martin)
                let offender = try #require(value.participants.first { $0.role == .offender })
                _ = try await cases.execute(
                    value.id,
                    .recordConsent(participant: offender.id, purpose: .researchUse, decision: .given, expiresAt: nil, noticeVersion: nil),
                    expectedVersion: nil,
                    by: martin
                )
                byName[name] = try await cases.read(value.id, by: claire).value
            }
            // Claire restricts one case to herself (and its mediator); Colette recuses herself from another.
            let restricted = try #require(byName["restricted"])
            let recused = try #require(byName["recused"])
            let open = try #require(byName["open"])
            _ = try await cases.execute(restricted.id, .restrictAccess(to: [claire.id]), expectedVersion: nil, by: claire)
            _ = try await cases.execute(recused.id, .recuse, expectedVersion: nil, by: colette)
            let service = ResearchExtractService(env: t.env)
            let proposed = try await service.propose(purpose: "Recidivism study 2027 (fictional), University of Nowhere", by: claire)
            _ = try await service.approve(proposed.id, by: colette)

            #expect(try await service.produce(proposed.id, by: colette).map(\.fpsNumber) == [open.offenderFPSNumber].compactMap { $0 })
            #expect(try await service.produce(proposed.id, by: claire).count == 3, "the restricting coordinator reads all three")

            t.clock.advance(by: 30 * 86_400 - 1)
            _ = try await service.produce(proposed.id, by: claire)
            t.clock.advance(by: 1)
            await #expect(throws: DomainError.extractExpired) { try await service.produce(proposed.id, by: claire) }
        }
    }
}
