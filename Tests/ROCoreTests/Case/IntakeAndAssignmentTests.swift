import Foundation
import ROCore
import Testing

@Suite struct IntakeAndAssignmentTests {
    /// R1, R3: the victim side asks directly; a coordinator or a VSO records it, no approval needed.
    @Test func aVictimRequestOpensACaseInRequestReceived() throws {
        var f = CaseFixture()
        try f.run(
            .recordVictimRequest(
                reference: "RO-1",
                requesterType: .nonRegisteredVictim,
                channel: .victimServices,
                region: "Ontario",
                requester: f.victim
            ),
            by: f.victimServices
        )

        #expect(f.state.stage == .requestReceived)
        #expect(f.state.requesterType == .nonRegisteredVictim)
        #expect(f.state.participants == [f.victim])
        #expect(f.state.version == 1)
    }

    /// R4: the offender side enters only through CSC staff; nobody else may submit a referral.
    @Test func onlyStaffReferAnOffender() throws {
        var f = CaseFixture()
        #expect(throws: DomainError.roleNotAllowed(.victimServices)) {
            try f.run(
                .submitReferral(reference: "RO-2", region: "Pacific", offender: f.offender, referral: CaseFixture.referral(safetyConcerns: false)),
                by: f.victimServices
            )
        }
        try f.run(
            .submitReferral(reference: "RO-2", region: "Pacific", offender: f.offender, referral: CaseFixture.referral(safetyConcerns: false)),
            by: f.referrer
        )
        #expect(f.state.requestingSide == .offender)
    }

    /// R2: a representative's request waits in REQUEST_RECEIVED until the link to a registered victim is recorded.
    @Test func aRepresentativeMustBeLinkedBeforeAssessment() throws {
        var f = CaseFixture()
        let representative = Participant(id: Identifier(CaseFixture.uuid(12)), role: .representative, language: "en")
        try f.run(
            .recordVictimRequest(reference: "RO-3", requesterType: .representative, channel: .mail, region: "Atlantic", requester: representative)
        )

        #expect(throws: DomainError.representativeNotLinked) { try f.run(.startAssessment) }
        try f.run(.confirmRepresentativeAuthority(representative.id))
        try f.run(.startAssessment)
        #expect(f.state.stage == .assessment)
    }

    /// R10, R11: confirming eligibility means ticking every criterion in force, and there is no assignment before.
    @Test func R10_R11_assignmentNeedsEveryEligibilityCriterionConfirmed() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.startAssessment)
        try f.run(.linkOffenderRecord(fpsNumber: "000111A"))
        try f.run(.reviewSafetySection)

        #expect(throws: DomainError.eligibilityNotConfirmed) { try f.run(.assignMediators([f.mediator.userID])) }
        #expect(throws: DomainError.eligibilityCriteriaIncomplete) { try f.run(.confirmEligibility(criteria: ["federal-sentence"])) }
        #expect(throws: DomainError.eligibilityCriteriaIncomplete) { try f.run(.confirmEligibility(criteria: [])) }
        #expect(f.state.confirmedEligibilityCriteria.isEmpty)

        try f.run(.confirmEligibility(criteria: ["responsibility-accepted", "federal-sentence", "not-a-criterion"]))
        // what was in force, no more
        #expect(f.events.last?.change == .eligibilityConfirmed(criteria: ["federal-sentence", "responsibility-accepted"]))
        try f.run(.assignMediators([f.mediator.userID]))
        #expect(f.state.stage == .assigned)
    }

    /// R57: the criteria are the program's; a criterion added after a case was confirmed is asked again.
    @Test func R57_theEligibilityCriteriaAreTheProgramsToSet() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.startAssessment)
        try f.run(.linkOffenderRecord(fpsNumber: "000111A"))
        try f.run(.reviewSafetySection)
        try f.run(.confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria))

        f.policy.eligibilityCriteria = ["provincial-sentence"]
        #expect(throws: DomainError.eligibilityNotConfirmed) { try f.run(.assignMediators([f.mediator.userID])) }
        #expect(throws: DomainError.eligibilityCriteriaIncomplete) {
            try f.run(.confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria))
        }
        try f.run(.confirmEligibility(criteria: ["provincial-sentence"]))
        try f.run(.assignMediators([f.mediator.userID]))
        #expect(f.state.stage == .assigned)
    }

    /// R10, R11: a confirmation stored before the criteria were settings reads as CSC's two criteria.
    @Test func anEarlierEligibilityRecordReadsAsCSCsCriteria() throws {
        var f = CaseFixture()
        try f.requestReceived()
        let at = f.now
        let confirmed = f.state.evolve(
            CaseEvent(.eligibilityRecorded(federalSentence: true, responsibilityAccepted: true), by: f.coordinator, at: at)
        )
        #expect(confirmed.isEligible(under: .standard))
        let partly = f.state.evolve(CaseEvent(.eligibilityRecorded(federalSentence: true, responsibilityAccepted: false), by: f.coordinator, at: at))
        #expect(partly.confirmedEligibilityCriteria == ["federal-sentence"])
        #expect(!partly.isEligible(under: .standard))
    }

    /// R10: an ineligible case closes as `ineligible`.
    @Test func anIneligibleCaseClosesWithThatReason() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.startAssessment)
        try f.run(.closeIneligible)
        #expect(f.state.stage == .closed)
        #expect(f.state.closureReason == .ineligible)
    }

    /// R8: a referral whose safety section is filled needs a coordinator's review before assignment.
    @Test func aReferralsSafetySectionMustBeReviewed() throws {
        var f = CaseFixture()
        try f.run(
            .submitReferral(reference: "RO-4", region: "Prairie", offender: f.offender, referral: CaseFixture.referral(safetyConcerns: true)),
            by: f.referrer
        )
        try f.run(.startAssessment)
        try f.run(.confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria))

        #expect(throws: DomainError.safetySectionNotReviewed) { try f.run(.assignMediators([f.mediator.userID])) }
        try f.run(.reviewSafetySection)
        try f.run(.assignMediators([f.mediator.userID]))
        #expect(f.state.stage == .assigned)
    }

    /// R6 and §4.3: only a coordinator assigns, one or two distinct mediators; R10: once the offender's record is linked.
    @Test func onlyACoordinatorAssignsOneOrTwoMediators() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.startAssessment)
        try f.run(.confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria))
        try f.run(.reviewSafetySection)
        #expect(throws: DomainError.offenderRecordNotLinked) { try f.run(.assignMediators([f.mediator.userID])) }  // R10
        #expect(throws: DomainError.invalidFPSNumber) { try f.run(.linkOffenderRecord(fpsNumber: "not an FPS!")) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.linkOffenderRecord(fpsNumber: "000123A"), by: f.mediator) }
        try f.run(.linkOffenderRecord(fpsNumber: "000123A"))

        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.assignMediators([f.mediator.userID]), by: f.mediator) }
        #expect(throws: DomainError.mediatorCount(0)) { try f.run(.assignMediators([])) }
        #expect(throws: DomainError.mediatorCount(3)) {
            try f.run(.assignMediators([f.mediator.userID, f.otherMediator.userID, CaseActor(userID: Identifier(UUID()), role: .mediator).userID]))
        }
        try f.run(.assignMediators([f.mediator.userID, f.otherMediator.userID]))
        #expect(f.state.mediators.count == 2)
    }

    /// R12: screening out always carries a screening reason code.
    @Test func screeningOutNeedsAScreeningReason() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.startAssessment)

        #expect(throws: DomainError.closureReasonNotAllowed(.completedIndirect)) { try f.run(.screenOut(.completedIndirect)) }
        try f.run(.screenOut(.screenedOutOtherPartyUnreachable))
        #expect(f.state.closureReason == .screenedOutOtherPartyUnreachable)
    }

    /// N1, N2: a mediator acts only on cases assigned to them; reassignment ends the old mediator's access at once.
    @Test func onlyTheAssignedMediatorActsAndReassignmentEndsAccess() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.consent(f.victim, .takePart)

        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.beginPreparation, by: f.otherMediator) }
        try f.run(.reassignMediators([f.otherMediator.userID]))
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.beginPreparation, by: f.mediator) }
        try f.run(.beginPreparation, by: f.otherMediator)
    }

    /// R15: preparation begins only with the requester's consent to take part.
    @Test func preparationNeedsTheRequestersConsent() throws {
        var f = CaseFixture()
        try f.assigned()

        #expect(throws: DomainError.consentMissing(participant: f.victim.id, purpose: .takePart)) { try f.run(.beginPreparation, by: f.mediator) }
    }

    /// §4.3: a mediator can never close or assign.
    @Test func aMediatorCannotCloseOrAssign() throws {
        var f = CaseFixture()
        try f.inPreparation()

        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.closeOther(.otherUnspecified), by: f.mediator) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.reassignMediators([f.mediator.userID]), by: f.mediator) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.screenOut(.screenedOutReadiness), by: f.mediator) }
    }

    /// §4.3: a command in the wrong stage is refused with the stage named.
    @Test func aCommandInTheWrongStageIsRefused() throws {
        var f = CaseFixture()
        try f.requestReceived()

        #expect(throws: DomainError.notAllowedInStage(.requestReceived)) { try f.run(.approachOtherParty) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.beginPreparation, by: f.mediator) }  // not assigned
        #expect(throws: DomainError.caseNotFound) { _ = try Case.empty(f.caseID).decide(.startAssessment, by: f.coordinator, at: f.now) }
    }
}
