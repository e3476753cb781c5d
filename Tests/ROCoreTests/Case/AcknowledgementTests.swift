import Foundation
import ROCore
import Testing

/// R9: a victim-side request is acknowledged to the requester within 10 working days (Q7), and staff are
/// reminded until it is recorded.
@Suite struct AcknowledgementTests {
    @Test func R9_aVictimSideRequestIsRemindedUntilItsAcknowledgementIsRecorded() throws {
        var f = CaseFixture()
        try f.requestReceived()
        let due = WorkingDays.adding(10, to: f.state.openedAt)
        #expect(due.timeIntervalSince(f.state.openedAt) == 14 * CaseFixture.day, "10 working days from a weekday are two calendar weeks")
        #expect(f.state.reminders(at: f.now) == [Reminder(.acknowledgementDue, due: due, now: f.now)])
        f.advance(days: 15)
        #expect(f.state.reminders(at: f.now).first { $0.kind == .acknowledgementDue }?.isOverdue == true)

        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.recordAcknowledgement(channel: .mail), by: f.mediator) }
        #expect(throws: DomainError.acknowledgementNotExpected) { try f.run(.recordAcknowledgement(channel: .staffReferral)) }
        try f.run(.recordAcknowledgement(channel: .mail))

        #expect(f.state.acknowledgement == Acknowledgement(channel: .mail, sentAt: f.now))
        #expect(!f.state.reminders(at: f.now).contains { $0.kind == .acknowledgementDue })
        #expect(throws: DomainError.acknowledgementNotExpected) { try f.run(.recordAcknowledgement(channel: .email)) }
    }

    /// Referring staff see their referral's status instead (N3): there is no requester to acknowledge.
    @Test func R9_aStaffReferralIsNotAcknowledgedToARequester() throws {
        var f = CaseFixture()
        try f.run(
            .submitReferral(reference: "RO-TEST-9", region: "Quebec", offender: f.offender, referral: CaseFixture.referral(safetyConcerns: false)),
            by: f.referrer
        )
        #expect(f.state.reminders(at: f.now).isEmpty)
        #expect(throws: DomainError.acknowledgementNotExpected) { try f.run(.recordAcknowledgement(channel: .phone)) }
    }
}

/// §4.3: the mediator proposes closure; only a coordinator closes. The proposal reminds staff until then.
@Suite struct ClosureProposalTests {
    @Test func theMediatorProposesAndTheCoordinatorCloses() throws {
        var f = CaseFixture()
        try f.letterDelivered()
        #expect(throws: DomainError.notAllowedInStage(.dialogue)) { try f.run(.proposeClosure(.completedIndirect), by: f.mediator) }
        try f.run(.startFollowUp, by: f.mediator)

        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.close(.completedIndirect), by: f.mediator) }
        #expect(throws: DomainError.noMeetingHeld) { try f.run(.proposeClosure(.completedFaceToFace), by: f.mediator) }
        #expect(throws: DomainError.closureReasonNotAllowed(.screenedOutSafety)) { try f.run(.proposeClosure(.screenedOutSafety), by: f.mediator) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.proposeClosure(.completedIndirect), by: f.otherMediator) }
        try f.run(.proposeClosure(.completedIndirect), by: f.mediator)
        #expect(f.state.proposedClosure == .completedIndirect)
        #expect(f.state.reminders(at: f.now).contains { $0.kind == .closureProposed(.completedIndirect) })

        try f.run(.returnToDialogue, by: f.mediator)
        #expect(f.state.proposedClosure == nil, "going back to dialogue drops the proposal")
        try f.run(.startFollowUp, by: f.mediator)
        try f.run(.proposeClosure(.completedIndirect), by: f.mediator)
        try f.run(.close(.completedIndirect))
        #expect(f.state.stage == .closed && f.state.proposedClosure == nil)
    }
}

/// R24: outgoing contact keeps to the person's recorded safe-contact preferences.
@Suite struct SafeContactPreferenceTests {
    @Test func R24_theAcknowledgementGoesOnlyByASafeChannel() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.recordSafeContact(participant: f.victim.id, SafeContact(channels: [.email], mayLeaveMessage: false, safeTimes: "")))
        #expect(throws: DomainError.contactNotSafe(participant: f.victim.id)) { try f.run(.recordAcknowledgement(channel: .phone)) }
        try f.run(.recordAcknowledgement(channel: .email))
        #expect(f.state.acknowledgement?.channel == .email)
    }

    @Test func R24_nothingIsReleasedToSomeoneWhoIsNotToBeContacted() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.consent(f.victim, .shareItem(f.letter))
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)
        try f.run(.recordSafeContact(participant: f.offender.id, SafeContact(channels: [], mayLeaveMessage: false, safeTimes: "")), by: f.mediator)
        #expect(throws: DomainError.contactNotSafe(participant: f.offender.id)) { try f.run(.releaseItem(f.letter), by: f.mediator) }
        try f.run(
            .recordSafeContact(participant: f.offender.id, SafeContact(channels: [.inPerson], mayLeaveMessage: false, safeTimes: "")),
            by: f.mediator
        )
        try f.run(.releaseItem(f.letter), by: f.mediator)
        #expect(f.state.item(f.letter)?.state == .released)
    }
}
