import Foundation
import ROCore
import Testing

/// §7.3 disposal steps, §7.4 residue: what may be disposed of, by whom, and what is left.
@Suite struct DisposalTests {
    /// A case closed after assignment (10 years, §7.3) and `days` past that.
    static func closedCase(daysAfterRetention days: Double = 1) throws -> CaseFixture {
        var f = CaseFixture()
        try f.assigned()
        f.advance(days: 40)
        try f.run(.screenOut(.screenedOutReadiness))
        f.advance(days: 3_653 + days)  // ten years, two or three of them leap years, and then some
        return f
    }

    @Test func section7_3_aCaseIsDisposedOfOnlyOnceItsRetentionHasEndedAndNothingSuspendsIt() throws {
        var open = CaseFixture()
        try open.assigned()
        #expect(throws: DomainError.notDueForDisposal) {
            try Disposal.propose(open.state, suspended: false, by: open.coordinator, at: open.now, policy: open.policy)
        }
        var early = CaseFixture()
        try early.assigned()
        try early.run(.screenOut(.screenedOutReadiness))
        early.advance(days: 365 * 9)
        #expect(throws: DomainError.notDueForDisposal) {
            try Disposal.propose(early.state, suspended: false, by: early.coordinator, at: early.now, policy: early.policy)
        }
        let f = try Self.closedCase()
        #expect(throws: DomainError.legalHoldActive) {
            try Disposal.propose(f.state, suspended: true, by: f.coordinator, at: f.now, policy: f.policy)
        }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) {
            try Disposal.propose(f.state, suspended: false, by: f.mediator, at: f.now, policy: f.policy)
        }
        let proposal = try Disposal.propose(f.state, suspended: false, by: f.coordinator, at: f.now, policy: f.policy)
        #expect(proposal.reference == f.state.reference && !proposal.isDone)
    }

    /// §7.3 step 2: the coordinator who proposed cannot approve; a second one can, while nothing suspends it.
    @Test func section7_3_aSecondCoordinatorApproves_andTheCertificateNamesNoOneInTheCase() throws {
        let f = try Self.closedCase()
        let proposal = try Disposal.propose(f.state, suspended: false, by: f.coordinator, at: f.now, policy: f.policy)
        let approve = { (actor: CaseActor, suspended: Bool) throws(DomainError) -> Disposal in
            try proposal.approved(f.state, suspended: suspended, by: actor, at: f.now, policy: f.policy, certificateID: "DC-0123456789AB")
        }
        #expect(throws: DomainError.secondApproverRequired) { try approve(f.coordinator, false) }
        #expect(throws: DomainError.legalHoldActive) { try approve(f.secondCoordinator, true) }
        let done = try approve(f.secondCoordinator, false)

        let certificate = try #require(done.certificate)
        #expect(done.isDone && done.approvedBy == f.secondCoordinator.userID)
        #expect(certificate.id == "DC-0123456789AB" && certificate.retentionClass == .closedCase)
        #expect(certificate.proposedBy == f.coordinator.userID && certificate.approvedBy == f.secondCoordinator.userID)
        #expect(certificate.closedIn.hasSuffix(" Q\(FiscalQuarter(containing: f.state.closedAt!).number)"))
        #expect(certificate.classesDestroyed.contains("participantIdentity") && certificate.classesDestroyed.contains("itemsAndMedia"))
        #expect(throws: DomainError.caseNotFound) {
            try done.approved(f.state, suspended: false, by: f.secondCoordinator, at: f.now, policy: f.policy, certificateID: "x")
        }
    }

    /// §7.4: the residue keeps no exact date (each moves to the start of its fiscal quarter) but the durations in
    /// days, so every indicator counts the case in the same fiscal year as before.
    @Test func section7_4_theResidueKeepsQuartersAndDurations_andTheStatisticsDoNotChange() throws {
        let f = try Self.closedCase()
        let facts = try #require(CaseFacts(f.caseID, history: f.events))
        let residue = facts.residue

        #expect(residue.openedAt == FiscalQuarter(containing: facts.openedAt).start && residue.openedAt <= facts.openedAt)
        #expect(residue.closedAt.map { FiscalQuarter(containing: $0) } == facts.closedAt.map { FiscalQuarter(containing: $0) })
        #expect(residue.daysToAssignment == facts.daysToAssignment && residue.daysToClosure == facts.daysToClosure)
        #expect(residue.daysToClosure == 40)
        let year = FiscalYear(containing: facts.openedAt)
        let regions = ["pacific", "ontario"]
        #expect(
            StatisticsReport(fiscalYear: year, cases: [facts], standardReplies: [:], regions: regions, minimumCell: 3)
                == StatisticsReport(fiscalYear: year, cases: [residue], standardReplies: [:], regions: regions, minimumCell: 3)
        )
    }

    /// §7.4: a quarter is three months of the fiscal year that starts on April 1 in Ottawa.
    @Test(arguments: [
        ("2026-04-01T04:00:00Z", "2026-2027 Q1"), ("2026-06-30T12:00:00Z", "2026-2027 Q1"), ("2026-07-01T12:00:00Z", "2026-2027 Q2"),
        ("2026-12-31T12:00:00Z", "2026-2027 Q3"), ("2027-03-31T12:00:00Z", "2026-2027 Q4"), ("2026-04-01T03:00:00Z", "2025-2026 Q4"),
    ])
    func section7_4_fiscalQuarters(_ instant: String, _ label: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: instant))
        #expect(FiscalQuarter(containing: date).label == label)
    }

    /// §7.3: a hold's reason is an auditor's, and says what request or file is behind it.
    @Test func section7_3_holdsArePlacedByAuditorsWithAReason() throws {
        #expect(throws: DomainError.roleNotAllowed(.coordinator)) { try LegalHold.reason("ATIP A-2031-0042", by: .coordinator) }
        #expect(throws: DomainError.holdReasonInvalid(maximum: 300)) { try LegalHold.reason("   ", by: .auditor) }
        #expect(throws: DomainError.holdReasonInvalid(maximum: 300)) { try LegalHold.reason(String(repeating: "x", count: 301), by: .auditor) }
        #expect(try LegalHold.reason("  ATIP A-2031-0042 ", by: .auditor) == "ATIP A-2031-0042")
    }
}
