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
}
