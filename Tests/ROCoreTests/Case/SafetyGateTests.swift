import Foundation
import ROCore
import Testing

@Suite struct SafetyGateTests {
    /// R21: approaching the other party needs a current assessment of the requester; the refusal names who.
    @Test func approachingNeedsTheRequestersCurrentAssessment() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty)

        #expect(throws: DomainError.assessmentMissing(participant: f.victim.id)) { try f.run(.approachOtherParty, by: f.mediator) }
        try f.assess(f.victim)
        try f.run(.approachOtherParty, by: f.mediator)
        #expect(f.state.otherPartyApproached)
    }

    /// R21 (Q6): an assessment older than 90 days is no longer current, and the step is refused.
    @Test func anExpiredAssessmentBlocksTheStep() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty)
        try f.assess(f.victim)

        f.advance(days: 90)

        #expect(throws: DomainError.assessmentMissing(participant: f.victim.id)) { try f.run(.approachOtherParty, by: f.mediator) }
    }

    /// R22: a transfer (or release, incident, new condition…) invalidates current assessments.
    @Test(arguments: ReassessmentTrigger.allCases)
    func aTriggerInvalidatesAssessments(_ trigger: ReassessmentTrigger) throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty)
        try f.assess(f.victim)

        try f.run(.invalidateAssessments(trigger), by: f.mediator)

        #expect(throws: DomainError.assessmentMissing(participant: f.victim.id)) { try f.run(.approachOtherParty, by: f.mediator) }
    }

    /// R23: an open escalation blocks every gated step until resolved, and invalidates assessments (R22).
    @Test func anOpenEscalationBlocksGatedSteps() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.consent(f.victim, .shareItem(f.letter))
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)
        let concern = Identifier<Escalation>(CaseFixture.uuid(30))
        try f.run(.raiseEscalation(id: concern, category: "threat"), by: f.referrer)
        try f.assess(f.victim, f.offender)

        #expect(throws: DomainError.escalationOpen) { try f.run(.releaseItem(f.letter), by: f.mediator) }
        try f.run(.resolveEscalation(concern))
        try f.run(.releaseItem(f.letter), by: f.mediator)
    }

    /// R21: an assessment that finds the person not ready keeps their gated steps shut, naming them, until a
    /// later assessment finds them ready.
    @Test func r21ANotReadyAssessmentBlocksThatPersonsGatedStepsUntilALaterOneFindsThemReady() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty)
        try f.run(.recordAssessment(participant: f.victim.id, safetyConcern: nil, privacyConcerns: false, ready: false), by: f.mediator)

        #expect(f.state.hasCurrentAssessment(f.victim.id, at: f.now, policy: f.policy))  // current, yet not ready
        #expect(throws: DomainError.participantNotReady(participant: f.victim.id)) { try f.run(.approachOtherParty, by: f.mediator) }
        f.advance(days: 7)
        try f.run(.recordAssessment(participant: f.victim.id, safetyConcern: nil, privacyConcerns: false, ready: true), by: f.mediator)
        try f.run(.approachOtherParty, by: f.mediator)
        #expect(f.state.otherPartyApproached)
    }

    /// R21: a not-ready finding about one person does not hold back a step that involves only someone else.
    @Test func r21ANotReadyFindingAboutTheOffenderLeavesTheVictimsOwnStepsOpen() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty)
        try f.assess(f.victim)
        try f.run(.recordAssessment(participant: f.offender.id, safetyConcern: nil, privacyConcerns: false, ready: false), by: f.mediator)

        try f.run(.approachOtherParty, by: f.mediator)  // R21 lists the requester alone for the approach
        #expect(f.state.otherPartyApproached)
    }

    /// R23, R20: a safety concern found in an assessment is raised as an escalation that blocks every gated step
    /// until a coordinator resolves it; the assessment that found it stays current, with its notes kept.
    @Test func r23ASafetyConcernFoundInAnAssessmentOpensAnEscalation() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty)
        let concern = Identifier<Escalation>(CaseFixture.uuid(31))
        try f.run(
            .recordAssessment(
                participant: f.victim.id,
                safetyConcern: RaisedConcern(id: concern, category: "threat"),
                privacyConcerns: true,
                ready: true,
                notes: "  Mentioned a message from a cousin of the offender.  "
            ),
            by: f.mediator
        )

        #expect(f.state.escalations.map(\.id) == [concern])
        #expect(f.state.escalations.first?.raisedBy == f.mediator.userID)
        #expect(f.state.assessments[f.victim.id]?.safetyConcerns == true)
        #expect(f.state.assessments[f.victim.id]?.notes == "Mentioned a message from a cousin of the offender.")
        #expect(throws: DomainError.escalationOpen) { try f.run(.approachOtherParty, by: f.mediator) }
        try f.run(.resolveEscalation(concern))
        try f.run(.approachOtherParty, by: f.mediator)
    }

    /// R20: an assessment's notes have a length limit, and the refusal says so.
    @Test func R20_anAssessmentsNotesLongerThanTheLimitAreRefused() throws {
        var f = CaseFixture()
        try f.inPreparation()
        let long = String(repeating: "a", count: Assessment.maximumNotesLength + 1)
        #expect(throws: DomainError.notesTooLong(maximum: 4_000)) {
            try f.run(
                .recordAssessment(participant: f.victim.id, safetyConcern: nil, privacyConcerns: false, ready: true, notes: long),
                by: f.mediator
            )
        }
        #expect(f.state.assessments[f.victim.id] == nil)
    }

    /// R28: a parole condition without the RO clause blocks release until amended.
    @Test func aConditionWithoutTheClauseBlocksUntilAmended() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.consent(f.victim, .shareItem(f.letter))
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)
        let condition = Identifier<NoContactOrder>(CaseFixture.uuid(40))
        try f.run(.recordNoContactOrder(id: condition, kind: .paroleCondition, hasROClause: false))
        try f.assess(f.victim, f.offender)

        #expect(throws: DomainError.noContactOrderBlocks) { try f.run(.releaseItem(f.letter), by: f.mediator) }
        try f.run(.recordConditionAmended(condition))
        try f.run(.releaseItem(f.letter), by: f.mediator)
    }

    /// R29: a court order blocks every exchange unless two different coordinators record legal advice.
    @Test func aCourtOrderNeedsTwoCoordinators() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.consent(f.victim, .shareItem(f.letter))
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)
        let order = Identifier<NoContactOrder>(CaseFixture.uuid(41))
        try f.run(.recordNoContactOrder(id: order, kind: .courtOrder, hasROClause: false))
        try f.assess(f.victim, f.offender)

        try f.run(.approveExchangeDespiteOrder(order))
        #expect(throws: DomainError.secondApproverRequired) { try f.run(.approveExchangeDespiteOrder(order)) }
        #expect(throws: DomainError.noContactOrderBlocks) { try f.run(.releaseItem(f.letter), by: f.mediator) }
        try f.run(.approveExchangeDespiteOrder(order), by: f.secondCoordinator)
        try f.run(.releaseItem(f.letter), by: f.mediator)
    }

    /// §4.3: dialogue starts only when both parties consent to the form and both are currently assessed.
    @Test func dialogueNeedsBothPartiesConsentToTheForm() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty, .form(.meetingInPerson))
        try f.assess(f.victim, f.offender)
        try f.run(.approachOtherParty, by: f.mediator)
        try f.consent(f.offender, .takePart)

        #expect(throws: DomainError.consentMissing(participant: f.victim.id, purpose: .form(.letter))) {
            try f.run(.startDialogue(.letter), by: f.mediator)
        }
        #expect(throws: DomainError.consentMissing(participant: f.offender.id, purpose: .form(.meetingInPerson))) {
            try f.run(.startDialogue(.meetingInPerson), by: f.mediator)
        }
    }
}

/// R26: the mediator's own meetings with the offender (preparation, assessment, consent) are not
/// contact under an NCO or a no-contact condition, and nothing ever flags them as a breach.
@Suite struct MediatorContactTests {
    @Test func R26_theMediatorPreparesTheOffenderWhileOrdersAreInForce() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.run(.recordNoContactOrder(id: Identifier(CaseFixture.uuid(42)), kind: .courtOrder, hasROClause: false))
        try f.run(.recordNoContactOrder(id: Identifier(CaseFixture.uuid(43)), kind: .paroleCondition, hasROClause: false))
        let before = f.events.count

        try f.assess(f.offender)
        try f.consent(f.offender, .takePart)
        try f.run(.recordSafeContact(participant: f.offender.id, CaseFixture.reachableInPerson), by: f.mediator)
        try f.run(.recordNeeds(participant: f.offender.id, codes: [.o01], ownWords: nil), by: f.mediator)

        let preparation = f.events.dropFirst(before)
        #expect(preparation.count == 4, "each step was recorded, none refused")
        #expect(f.state.escalations.isEmpty, "no safety concern raised by the mediator's own contact")
        #expect(!f.events.contains { $0.change.kind.lowercased().contains("breach") }, "no event kind exists to flag a breach")
    }
}
