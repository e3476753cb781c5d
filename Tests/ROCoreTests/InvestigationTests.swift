import Foundation
import ROCore
import Testing

/// N7: content access needs a recorded investigation and a second approver; the grant is the asking
/// auditor's, for one case, for a limited time.
@Suite struct InvestigationTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let aude = CaseActor(userID: Identifier(UUID()), role: .auditor)
    let victor = CaseActor(userID: Identifier(UUID()), role: .auditor)
    let claire = CaseActor(userID: Identifier(UUID()), role: .coordinator)
    let caseID = Identifier<Case>(UUID())

    func opened() throws -> Investigation {
        try Investigation.open(
            Identifier(UUID()),
            of: self.caseID,
            grounds: "  Complaint 2026-17 (fictional) about a disclosure.  ",
            by: self.aude,
            at: self.start
        )
    }

    @Test func N7_contentNeedsASecondAuditorsApproval() throws {
        let asked = try self.opened()
        #expect(asked.grounds == "Complaint 2026-17 (fictional) about a disclosure.")
        #expect(asked.status(at: self.start) == .awaitingApproval(until: self.start.addingTimeInterval(Investigation.approvalPeriod)))
        #expect(!asked.grantsContent(to: self.aude.userID, at: self.start))
        #expect(throws: DomainError.secondAuditorRequired) { try asked.approved(by: self.aude, at: self.start) }
        #expect(throws: DomainError.roleNotAllowed(.coordinator)) { try asked.approved(by: self.claire, at: self.start) }

        let approvedAt = self.start.addingTimeInterval(3_600)
        let approved = try asked.approved(by: self.victor, at: approvedAt)
        #expect(approved.status(at: approvedAt) == .active(until: approvedAt.addingTimeInterval(Investigation.accessPeriod)))
        #expect(approved.grantsContent(to: self.aude.userID, at: approvedAt))
        // The approver reads nothing: the grant is the asking auditor's alone.
        #expect(!approved.grantsContent(to: self.victor.userID, at: approvedAt))
        #expect(throws: DomainError.investigationNotAwaitingApproval) { try approved.approved(by: self.victor, at: approvedAt) }
    }

    @Test func N7_theGrantEndsWhenClosedOrWhenItsTimeRunsOut() throws {
        let approved = try self.opened().approved(by: self.victor, at: self.start)
        let later = self.start.addingTimeInterval(Investigation.accessPeriod)
        #expect(approved.grantsContent(to: self.aude.userID, at: later.addingTimeInterval(-1)))
        #expect(!approved.grantsContent(to: self.aude.userID, at: later))
        #expect(throws: DomainError.investigationEnded) { try approved.closed(by: self.aude, at: later) }

        let closed = try approved.closed(by: self.victor, at: self.start.addingTimeInterval(60))
        #expect(closed.status(at: self.start.addingTimeInterval(61)) == .ended)
        #expect(!closed.grantsContent(to: self.aude.userID, at: self.start.addingTimeInterval(61)))
    }

    @Test func N7_aRequestNobodyApprovesLapses() throws {
        let asked = try self.opened()
        let lapsed = self.start.addingTimeInterval(Investigation.approvalPeriod)
        #expect(asked.status(at: lapsed) == .ended)
        #expect(throws: DomainError.investigationNotAwaitingApproval) { try asked.approved(by: self.victor, at: lapsed) }
    }

    @Test func N7_onlyAnAuditorAsksWithGrounds() throws {
        #expect(throws: DomainError.roleNotAllowed(.coordinator)) {
            try Investigation.open(Identifier(UUID()), of: self.caseID, grounds: "Grounds", by: self.claire, at: self.start)
        }
        #expect(throws: DomainError.investigationGroundsInvalid(maximum: Investigation.groundsMaximum)) {
            try Investigation.open(Identifier(UUID()), of: self.caseID, grounds: " \n ", by: self.aude, at: self.start)
        }
        #expect(throws: DomainError.investigationGroundsInvalid(maximum: Investigation.groundsMaximum)) {
            try Investigation.open(
                Identifier(UUID()),
                of: self.caseID,
                grounds: String(repeating: "x", count: Investigation.groundsMaximum + 1),
                by: self.aude,
                at: self.start
            )
        }
        // Someone other than the two auditors cannot close it either.
        let asked = try self.opened()
        #expect(throws: DomainError.roleNotAllowed(.auditor)) { try asked.closed(by: self.victor, at: self.start) }
    }
}
