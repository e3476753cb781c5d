import Foundation
import ROCore
import Testing

/// R37: participants are told the limits of confidentiality before they agree to take part; what leaves
/// RO is recorded with its category, legal basis, recipient, approver and date.
@Suite struct DisclosureTests {
    @Test func R37_agreeingToTakePartNeedsTheConfidentialityNotice() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(throws: DomainError.confidentialityNoticeRequired) {
            try f.run(.recordConsent(participant: f.victim.id, purpose: .takePart, decision: .given, expiresAt: nil), by: f.mediator)
        }
        #expect(throws: DomainError.consentMissing(participant: f.victim.id, purpose: .takePart)) { try f.run(.beginPreparation, by: f.mediator) }

        try f.run(
            .recordConsent(
                participant: f.victim.id,
                purpose: .takePart,
                decision: .given,
                expiresAt: nil,
                noticeVersion: ConfidentialityNotice.currentVersion
            ),
            by: f.mediator
        )
        #expect(f.state.consents.last?.noticeVersion == ConfidentialityNotice.currentVersion)
        try f.run(.beginPreparation, by: f.mediator)

        // Other purposes need no notice of their own, and keep none.
        try f.run(
            .recordConsent(participant: f.victim.id, purpose: .form(.letter), decision: .given, expiresAt: nil, noticeVersion: "RO-CN-1"),
            by: f.mediator
        )
        #expect(f.state.consents.last?.noticeVersion == nil)
    }

    @Test func R37_aDisclosureRecordsCategoryBasisRecipientApproverAndDate() throws {
        var f = CaseFixture()
        try f.assigned()
        let id = Identifier<Disclosure>(CaseFixture.uuid(60))
        let record = { (basis: String, recipient: String, on: Date) in
            CaseCommand.recordDisclosure(id: id, category: .childProtection, legalBasis: basis, recipient: recipient, disclosedOn: on)
        }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) {
            try f.run(record("A fictional act, s. 1", "A fictional agency", f.now), by: f.mediator)
        }
        #expect(throws: DomainError.disclosureIncomplete) { try f.run(record("", "A fictional agency", f.now)) }
        #expect(throws: DomainError.disclosureIncomplete) { try f.run(record("A fictional act, s. 1", "", f.now)) }
        #expect(throws: DomainError.disclosureIncomplete) {
            try f.run(record("A fictional act, s. 1", "A fictional agency", f.now.addingTimeInterval(2 * CaseFixture.day)))
        }

        try f.run(record("A fictional act, s. 1", "A fictional agency", f.now.addingTimeInterval(-CaseFixture.day)), by: f.secondCoordinator)
        let disclosure = try #require(f.state.disclosures.first)
        #expect(
            disclosure.category == .childProtection && disclosure.legalBasis == "A fictional act, s. 1"
                && disclosure.recipient == "A fictional agency"
        )
        #expect(disclosure.approvedBy == f.secondCoordinator.userID)
        #expect(disclosure.disclosedOn == f.now.addingTimeInterval(-CaseFixture.day))
    }

    /// A legal duty can arise after closure: the disclosure is recorded and the case stays closed.
    @Test func R37_aDisclosureIsRecordedOnAClosedCaseWithoutReopeningIt() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.closeOther(.otherUnspecified))
        #expect(throws: DomainError.notAllowedInStage(.closed)) {
            try f.run(.recordAssessment(participant: f.victim.id, safetyConcern: nil, privacyConcerns: false, ready: true))
        }
        try f.run(
            .recordDisclosure(
                id: Identifier(CaseFixture.uuid(61)),
                category: .legalOrder,
                legalBasis: "A fictional subpoena",
                recipient: "A fictional court",
                disclosedOn: f.now
            )
        )
        #expect(f.state.stage == .closed && f.state.disclosures.count == 1)
    }
}
