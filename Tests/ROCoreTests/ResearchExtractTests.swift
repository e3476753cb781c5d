import Foundation
import ROCore
import Testing

/// R55, §7.2: an extract for a study linked to OMS needs a stated purpose and a second coordinator, and
/// holds only cases whose offender agreed to research use.
@Suite struct ResearchExtractTests {
    let claire = CaseActor(userID: Identifier(CaseFixture.uuid(1)), role: .coordinator)
    let colette = CaseActor(userID: Identifier(CaseFixture.uuid(2)), role: .coordinator)
    let martin = CaseActor(userID: Identifier(CaseFixture.uuid(3)), role: .mediator)

    @Test func R55_aSecondCoordinatorApprovesOnce() throws {
        let id = Identifier<ResearchExtract>(CaseFixture.uuid(50))
        #expect(throws: DomainError.roleNotAllowed(.mediator)) {
            try ResearchExtract.propose(id, purpose: "A study (fictional)", by: self.martin, at: CaseFixture.t0)
        }
        #expect(throws: DomainError.extractPurposeInvalid(ResearchExtract.purposeLength)) {
            try ResearchExtract.propose(id, purpose: "short", by: self.claire, at: CaseFixture.t0)
        }
        let proposed = try ResearchExtract.propose(id, purpose: "A recidivism study (fictional)", by: self.claire, at: CaseFixture.t0)
        #expect(!proposed.isApproved)
        #expect(throws: DomainError.secondCoordinatorRequired) { try proposed.approved(by: self.claire, at: CaseFixture.t0) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try proposed.approved(by: self.martin, at: CaseFixture.t0) }
        let approved = try proposed.approved(by: self.colette, at: CaseFixture.t0)
        #expect(approved.isApproved && approved.approvedBy == self.colette.userID)
        #expect(throws: DomainError.extractAlreadyApproved) { try approved.approved(by: self.colette, at: CaseFixture.t0) }
    }

    /// C-ledger `researchUse`: a row only while the offender's agreement is current; withdrawn, no row.
    @Test func R55_aCaseIsInTheExtractOnlyWhileItsOffenderAgrees() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(ResearchExtractRow(f.caseID, history: f.events, at: f.now) == nil)
        try f.consent(f.victim, .researchUse)
        #expect(ResearchExtractRow(f.caseID, history: f.events, at: f.now) == nil, "the victim's agreement does not link the offender")
        try f.consent(f.offender, .researchUse)
        let row = try #require(ResearchExtractRow(f.caseID, history: f.events, at: f.now))
        #expect(row.fpsNumber == "000111A" && row.assigned && row.stage == .assigned && row.closureReason == nil)
        #expect(row.fiscalYear == FiscalYear(containing: CaseFixture.t0))

        try f.run(
            .recordConsent(participant: f.offender.id, purpose: .researchUse, decision: .withdrawn, expiresAt: nil, noticeVersion: nil),
            by: f.mediator
        )
        #expect(ResearchExtractRow(f.caseID, history: f.events, at: f.now) == nil)
    }
}
