import Foundation
import ROCore
import Testing

@Suite struct RelayTests {
    /// R43: nothing is released before the mediator approved it.
    @Test func anUnreviewedItemCannotBeReleased() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.draftItem(id: f.letter, form: .letter, sender: f.victim.id, recipient: f.offender.id, content: "sealed:v1"), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)

        #expect(throws: DomainError.itemNotInState(.inReview)) { try f.run(.releaseItem(f.letter), by: f.mediator) }
    }

    /// R43: a returned item goes back to draft work; a redaction adds a version and keeps the original.
    @Test func reviewReturnsOrRedactsWithoutAlteringTheOriginal() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.draftItem(id: f.letter, form: .letter, sender: f.victim.id, recipient: f.offender.id, content: "sealed:v1"), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)
        try f.run(.returnItem(f.letter), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)
        try f.run(.redactItem(f.letter, content: "sealed:v2-redacted"), by: f.mediator)

        #expect(f.state.item(f.letter)?.versions == ["sealed:v1", "sealed:v2-redacted"])
        #expect(f.state.item(f.letter)?.state == .inReview)
    }

    /// R42: items only cross from one side to the other.
    @Test func itemsCrossSides() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        #expect(throws: DomainError.itemMustCrossSides) {
            try f.run(.draftItem(id: f.letter, form: .letter, sender: f.victim.id, recipient: f.victim.id, content: "x"), by: f.mediator)
        }
    }

    /// R44, R45: release needs the sender's consent to share this item and the recipient's opt-in.
    @Test func releaseNeedsSenderConsentAndRecipientOptIn() throws {
        var f = CaseFixture()
        try f.letterApproved()

        #expect(throws: DomainError.consentMissing(participant: f.victim.id, purpose: .shareItem(f.letter))) {
            try f.run(.releaseItem(f.letter), by: f.mediator)
        }
        try f.consent(f.victim, .shareItem(f.letter))
        #expect(throws: DomainError.recipientHasNotOptedIn) { try f.run(.releaseItem(f.letter), by: f.mediator) }
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)
        try f.run(.releaseItem(f.letter), by: f.mediator)
        try f.run(.recordDelivery(f.letter), by: f.mediator)
        try f.run(.acknowledgeItem(f.letter), by: f.mediator)
        #expect(f.state.item(f.letter)?.state == .acknowledged)
    }

    /// R21 on release: both sender and recipient need current assessments.
    @Test func releaseNeedsBothPartiesAssessed() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.consent(f.victim, .shareItem(f.letter))
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)

        f.advance(days: 91)

        #expect(throws: DomainError.assessmentMissing(participant: f.victim.id)) { try f.run(.releaseItem(f.letter), by: f.mediator) }
    }

    /// C3: withdrawing consent to share an item before release cancels it.
    @Test func withdrawingShareConsentCancelsTheItem() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.consent(f.victim, .shareItem(f.letter))

        try f.run(.recordConsent(participant: f.victim.id, purpose: .shareItem(f.letter), decision: .withdrawn, expiresAt: nil), by: f.mediator)

        #expect(f.state.item(f.letter)?.state == .cancelled)
    }

    /// Follow-up needs something delivered and nothing left in review.
    @Test func followUpNeedsADeliveryAndNothingInReview() throws {
        var f = CaseFixture()
        try f.letterApproved()
        #expect(throws: DomainError.nothingDeliveredYet) { try f.run(.startFollowUp, by: f.mediator) }
        try f.letterDelivered()
        try f.run(.draftItem(id: f.reply, form: .letter, sender: f.offender.id, recipient: f.victim.id, content: "sealed:reply"), by: f.mediator)
        try f.run(.submitItem(f.reply), by: f.mediator)

        #expect(throws: DomainError.itemsStillInReview) { try f.run(.startFollowUp, by: f.mediator) }
        try f.run(.approveItem(f.reply), by: f.mediator)
        try f.run(.startFollowUp, by: f.mediator)
        try f.run(.close(.completedIndirect))
        #expect(f.state.closureReason == .completedIndirect)
        #expect(f.state.item(f.reply)?.state == .cancelled, "closure cancels what was still on its way")
    }
}

@Suite struct WithdrawalTests {
    /// §4.8 test: an item that was in review when its sender withdrew can never be delivered.
    @Test func anItemInReviewWhenItsSenderWithdrewIsNeverDelivered() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.draftItem(id: f.letter, form: .letter, sender: f.victim.id, recipient: f.offender.id, content: "sealed:v1"), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)

        try f.run(.recordWithdrawal(participant: f.victim.id, mayReturn: true), by: f.mediator)

        #expect(f.state.item(f.letter)?.state == .cancelled)
        #expect(f.state.stage == .onHold)
        #expect(!f.state.hasConsent(f.victim.id, .takePart, at: f.now))
        #expect(!f.state.hasConsent(f.victim.id, .form(.letter), at: f.now))
        // Coming back later does not revive the cancelled letter (§4.8 step 2).
        try f.consent(f.victim, .takePart)
        try f.run(.resume, by: f.mediator)
        #expect(f.state.stage == .dialogue)
        #expect(throws: DomainError.itemNotInState(.cancelled)) { try f.run(.approveItem(f.letter), by: f.mediator) }
        #expect(throws: DomainError.itemNotInState(.cancelled)) { try f.run(.releaseItem(f.letter), by: f.mediator) }
    }

    /// R16: anyone may withdraw from every open stage; no reason is asked (C4).
    @Test(arguments: [CaseStage.requestReceived, .assessment, .assigned, .preparation, .dialogue])
    func withdrawalWorksFromEveryOpenStage(_ stage: CaseStage) throws {
        var f = CaseFixture()
        switch stage {
        case .requestReceived: try f.requestReceived()
        case .assessment:
            try f.requestReceived()
            try f.run(.startAssessment)
        case .assigned: try f.assigned()
        case .preparation: try f.inPreparation()
        default: try f.inLetterDialogue()
        }
        #expect(f.state.stage == stage)

        try f.run(
            .recordWithdrawal(participant: f.victim.id, mayReturn: false),
            by: stage == .requestReceived || stage == .assessment ? f.coordinator : f.mediator
        )

        #expect(f.state.stage == .closed)
        #expect(f.state.closureReason == .withdrawnVictimSide)
    }

    /// A support person leaving does not pause the case; their consents end.
    @Test func aSupportPersonLeavingDoesNotPauseTheCase() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        let support = Participant(id: Identifier(CaseFixture.uuid(13)), role: .supportPerson, language: "fr")
        try f.run(.addParticipant(support), by: f.mediator)
        try f.consent(support, .takePart)

        try f.run(.recordWithdrawal(participant: support.id, mayReturn: true), by: f.mediator)

        #expect(f.state.stage == .dialogue)
        #expect(!f.state.hasConsent(support.id, .takePart, at: f.now))
    }

    /// Withdrawing `takePart` through the consent ledger is the same withdrawal, with all its effects (C3).
    @Test func withdrawingTakePartIsAWithdrawal() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()

        let events = try f.run(.recordConsent(participant: f.offender.id, purpose: .takePart, decision: .withdrawn, expiresAt: nil), by: f.mediator)

        #expect(events.count == 1)
        guard case .withdrawalRecorded(let who, true, _) = events.first?.change else {
            Issue.record("not a withdrawal")
            return
        }
        #expect(who == f.offender.id)
        #expect(f.state.stage == .onHold)
    }
}

@Suite struct ClosureAndReopeningTests {
    /// §4.3: a closed case accepts only reopening.
    @Test func aClosedCaseAcceptsOnlyReopening() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.run(.closeOther(.victimDeceased))

        #expect(throws: DomainError.notAllowedInStage(.closed)) { try f.run(.putOnHold(reviewAt: nil), by: f.mediator) }
        #expect(throws: DomainError.notAllowedInStage(.closed)) { try f.run(.recordWithdrawal(participant: f.victim.id, mayReturn: true)) }
        try f.run(.reopen(newEpisode: Identifier(CaseFixture.uuid(99))))
    }

    /// §4.4: every closure has a reason that fits its command.
    @Test func everyClosureHasAFittingReason() throws {
        var f = CaseFixture()
        try f.inPreparation()
        #expect(throws: DomainError.closureReasonNotAllowed(.ineligible)) { try f.run(.closeOther(.ineligible)) }
        #expect(throws: DomainError.escalationNotFound) { try f.run(.closeForSafety) }
        try f.run(.raiseEscalation(id: Identifier(CaseFixture.uuid(31)), category: "incident"), by: f.mediator)
        try f.run(.closeForSafety)
        #expect(f.state.closureReason == .safety)
    }

    /// R17, §4.9, C5: reopening starts a linked episode in ASSESSMENT with the same people and no consents.
    @Test func reopeningStartsAFreshLinkedEpisode() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.recordWithdrawal(participant: f.victim.id, mayReturn: false), by: f.mediator)
        f.advance(days: 200)
        let newID = Identifier<Case>(CaseFixture.uuid(98))
        try f.run(.reopen(newEpisode: newID))

        let opening = try Case.openEpisode(newID, reopening: f.state, reference: "RO-TEST-1-2", by: f.coordinator, at: f.now)
        let episode = Case.replay(newID, opening)

        #expect(f.state.reopenedAs == newID)
        #expect(episode.stage == .assessment)
        #expect(episode.episodeOf == f.caseID)
        #expect(episode.participants.map(\.id) == f.state.participants.map(\.id))
        #expect(episode.participants.allSatisfy { !$0.hasWithdrawn })
        #expect(episode.consents.isEmpty && episode.assessments.isEmpty)
        #expect(throws: DomainError.notAllowedInStage(.closed)) { try f.run(.reopen(newEpisode: Identifier(UUID()))) }
    }

    /// Events are the source of truth: replaying them gives the same case.
    @Test func replayingTheEventsRebuildsTheCase() throws {
        var f = CaseFixture()
        try f.letterApproved()

        #expect(Case.replay(f.caseID, f.events) == f.state)
        #expect(f.state.version == f.events.count)
    }
}
