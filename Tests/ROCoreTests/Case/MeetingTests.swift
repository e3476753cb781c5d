import Foundation
import ROCore
import Testing

/// Meetings (§4.7) and the rules around them: R21, R23, R28–R34, §4.8, §5's meeting test.
@Suite struct MeetingTests {
    let siteLiaison = CaseActor(userID: Identifier(CaseFixture.uuid(7)), role: .siteLiaison)
    let meeting = Identifier<Meeting>(CaseFixture.uuid(30))
    let supporter = Participant(id: Identifier(CaseFixture.uuid(12)), role: .supportPerson, language: "fr")

    /// Both parties in dialogue, having chosen an in-person meeting, assessed; a meeting proposed at a site.
    func proposed(withSupporter: Bool = false) throws -> CaseFixture {
        var f = CaseFixture()
        try f.inMeetingDialogue()
        var attendees = [f.victim.id, f.offender.id]
        if withSupporter {
            try f.run(.addParticipant(self.supporter), by: f.mediator)
            try f.assess(self.supporter)
            attendees.append(self.supporter.id)
        }
        try f.run(.proposeMeeting(id: self.meeting, form: .meetingInPerson, site: "FVI", attendees: attendees), by: f.mediator)
        for attendee in attendees { try f.run(.recordAvailability(self.meeting, participant: attendee), by: f.mediator) }
        return f
    }

    func entryRequest(_ f: CaseFixture, daysAhead: Double = 30, entrants: [Identifier<Participant>]? = nil) -> EntryRequest {
        EntryRequest(
            site: "FVI",
            scheduledFor: f.now.addingTimeInterval(daysAhead * CaseFixture.day),
            roomNeeds: "A quiet room",
            entrants: (entrants ?? [f.victim.id]).map { Entrant(participant: $0, name: "Fictional Entrant", identityDetails: "Fictional ID") },
            offenderName: "Fictional Offender",
            fpsNumber: "000000X",
            accessibilityAndEscortNeeds: "",
            securityNotes: ""
        )
    }

    /// Entry approved, safety plan recorded: ready for the coordinator to confirm.
    func approved(withSupporter: Bool = false) throws -> CaseFixture {
        var f = try self.proposed(withSupporter: withSupporter)
        let entrants = withSupporter ? [f.victim.id, self.supporter.id] : [f.victim.id]
        try f.run(.requestEntry(self.meeting, self.entryRequest(f, entrants: entrants)), by: f.mediator)
        try f.run(.approveEntry(self.meeting), by: self.siteLiaison)
        try f.run(
            .recordSafetyPlan(self.meeting, SafetyPlan(arrival: "Victim side by the east gate, 9:00", departure: "Victim side leaves first")),
            by: f.mediator
        )
        return f
    }

    /// R30, R32 and the whole §4.7 path: proposed → availability → entry → confirmed → held → follow-up → completed.faceToFace.
    @Test func aMeetingAtASiteGoesFromProposalToHeldAndClosure() throws {
        var f = try self.approved()
        try f.run(.confirmMeeting(self.meeting))
        #expect(f.state.meeting(self.meeting)?.state == .confirmed)
        try f.run(.recordMeetingHeld(self.meeting, attended: [f.victim.id, f.offender.id], note: "sealed:held"), by: f.mediator)
        try f.run(.startFollowUp, by: f.mediator)
        try f.run(.close(.completedFaceToFace))
        #expect(f.state.closureReason == .completedFaceToFace)
    }

    /// R30: no in-person meeting at a site is confirmed without an approved entry request.
    @Test func R30_confirmationWaitsForTheSitesApproval() throws {
        var f = try self.proposed()
        try f.run(.recordSafetyPlan(self.meeting, SafetyPlan(arrival: "a", departure: "b")), by: f.mediator)
        #expect(throws: DomainError.entryNotApproved) { try f.run(.confirmMeeting(self.meeting)) }
        try f.run(.requestEntry(self.meeting, self.entryRequest(f)), by: f.mediator)
        #expect(throws: DomainError.entryNotApproved) { try f.run(.confirmMeeting(self.meeting)) }
        try f.run(.declineEntry(self.meeting, .noRoomAvailable), by: self.siteLiaison)
        #expect(throws: DomainError.entryNotApproved) { try f.run(.confirmMeeting(self.meeting)) }
    }

    /// R32: entry is requested 15 working days ahead; a time the site proposed may be taken as it is.
    @Test func R32_entryRequestsNeedFifteenWorkingDaysNotice() throws {
        var f = try self.proposed()
        let tooSoon = self.entryRequest(f, daysAhead: 14)  // 14 calendar days hold only 10 working days
        #expect(throws: DomainError.entryNoticeTooShort(earliest: WorkingDays.adding(15, to: f.now))) {
            try f.run(.requestEntry(self.meeting, tooSoon), by: f.mediator)
        }
        try f.run(.requestEntry(self.meeting, self.entryRequest(f, daysAhead: 22)), by: f.mediator)
        let siteTime = f.now.addingTimeInterval(10 * CaseFixture.day)
        try f.run(.proposeOtherTime(self.meeting, siteTime), by: self.siteLiaison)
        var retimed = self.entryRequest(f)
        retimed = EntryRequest(
            site: retimed.site,
            scheduledFor: siteTime,
            roomNeeds: retimed.roomNeeds,
            entrants: retimed.entrants,
            offenderName: retimed.offenderName,
            fpsNumber: retimed.fpsNumber,
            accessibilityAndEscortNeeds: "",
            securityNotes: ""
        )
        try f.run(.requestEntry(self.meeting, retimed), by: f.mediator)
        #expect(f.state.meeting(self.meeting)?.entryRequest?.status == .requested)
    }

    /// R30: only a site liaison answers an entry request; coordinators and mediators cannot approve it.
    /// Q16: a restricted case (witness protection) reaches a site only through NHQ.
    @Test func Q16_onARestrictedCaseOnlyNHQRequestsEntry() throws {
        var f = try self.proposed()
        try f.run(.restrictAccess(to: [f.coordinator.userID]), by: f.coordinator)
        #expect(throws: DomainError.nhqApprovalRequired) { try f.run(.requestEntry(self.meeting, self.entryRequest(f)), by: f.mediator) }
        try f.run(.requestEntry(self.meeting, self.entryRequest(f)), by: f.coordinator)
        #expect(f.state.meeting(self.meeting)?.state == .entryRequested)
    }

    @Test func R30_onlyTheSiteApprovesEntry() throws {
        var f = try self.proposed()
        try f.run(.requestEntry(self.meeting, self.entryRequest(f)), by: f.mediator)
        #expect(throws: DomainError.roleNotAllowed(.coordinator)) { try f.run(.approveEntry(self.meeting)) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.approveEntry(self.meeting), by: f.mediator) }
        #expect(throws: DomainError.roleNotAllowed(.siteLiaison)) { try f.run(.confirmMeeting(self.meeting), by: self.siteLiaison) }
    }

    /// R31, R34: every victim-side entrant is listed by name.
    @Test func R31_everyEntrantIsListed() throws {
        var f = try self.proposed(withSupporter: true)
        #expect(throws: DomainError.entrantMissing(participant: self.supporter.id)) {
            try f.run(.requestEntry(self.meeting, self.entryRequest(f, entrants: [f.victim.id])), by: f.mediator)
        }
    }

    /// R21 on sending an entry request: every attendee currently assessed.
    @Test func R21_anEntryRequestNeedsCurrentAssessments() throws {
        var f = try self.proposed()
        try f.run(.invalidateAssessments(.transfer), by: f.mediator)
        #expect(throws: DomainError.assessmentMissing(participant: f.victim.id)) {
            try f.run(.requestEntry(self.meeting, self.entryRequest(f)), by: f.mediator)
        }
    }

    /// R21, R23 on confirmation: an assessment that expired, or an open escalation, blocks it.
    @Test func R21_R23_confirmationNeedsCurrentAssessmentsAndNoOpenEscalation() throws {
        var f = try self.approved()
        f.advance(days: 91)
        #expect(throws: DomainError.assessmentMissing(participant: f.victim.id)) { try f.run(.confirmMeeting(self.meeting)) }
        try f.assess(f.victim, f.offender)
        try f.run(.raiseEscalation(id: Identifier(CaseFixture.uuid(40)), category: "threat"), by: f.mediator)
        #expect(throws: DomainError.escalationOpen) { try f.run(.confirmMeeting(self.meeting)) }
    }

    /// R28: a Parole Board condition without the RO clause blocks confirmation until amended.
    @Test func R28_aConditionWithoutTheClauseBlocksConfirmation() throws {
        var f = try self.approved()
        let order = Identifier<NoContactOrder>(CaseFixture.uuid(50))
        try f.run(.recordNoContactOrder(id: order, kind: .paroleCondition, hasROClause: false))
        try f.assess(f.victim, f.offender)  // R22: the new condition invalidated the assessments
        #expect(throws: DomainError.noContactOrderBlocks) { try f.run(.confirmMeeting(self.meeting)) }
        try f.run(.recordConditionAmended(order))
        try f.run(.confirmMeeting(self.meeting))
    }

    /// R33: separate arrival and departure are planned before confirmation.
    @Test func R33_confirmationNeedsASafetyPlan() throws {
        var f = try self.proposed()
        try f.run(.requestEntry(self.meeting, self.entryRequest(f)), by: f.mediator)
        try f.run(.approveEntry(self.meeting), by: self.siteLiaison)
        #expect(throws: DomainError.safetyPlanMissing) { try f.run(.confirmMeeting(self.meeting)) }
        #expect(throws: DomainError.safetyPlanMissing) {
            try f.run(.recordSafetyPlan(self.meeting, SafetyPlan(arrival: "East gate", departure: "  ")), by: f.mediator)
        }
    }

    /// R34: a support person is consented to by the party, gives their own consent, is prepared and listed.
    @Test func R34_aSupportPersonMustBeCleared() throws {
        var f = try self.approved(withSupporter: true)
        try f.consent(self.supporter, .takePart, .form(.meetingInPerson))
        #expect(throws: DomainError.supportPersonNotCleared(participant: self.supporter.id)) { try f.run(.confirmMeeting(self.meeting)) }
        try f.consent(f.victim, .supportPerson(self.supporter.id))
        #expect(throws: DomainError.supportPersonNotCleared(participant: self.supporter.id)) { try f.run(.confirmMeeting(self.meeting)) }
        try f.run(.recordSupportPersonPrepared(self.supporter.id), by: f.mediator)
        try f.run(.confirmMeeting(self.meeting))
    }

    /// §5 test: no meeting confirmation for an attendee without `form: meetingInPerson`.
    @Test func C2_noConfirmationWithoutEveryAttendeesConsentToTheForm() throws {
        var f = try self.approved(withSupporter: true)
        try f.consent(self.supporter, .takePart)
        try f.consent(f.victim, .supportPerson(self.supporter.id))
        try f.run(.recordSupportPersonPrepared(self.supporter.id), by: f.mediator)
        #expect(throws: DomainError.consentMissing(participant: self.supporter.id, purpose: .form(.meetingInPerson))) {
            try f.run(.confirmMeeting(self.meeting))
        }
        try f.run(.recordConsent(participant: f.offender.id, purpose: .form(.meetingInPerson), decision: .withdrawn, expiresAt: nil), by: f.mediator)
        #expect(throws: DomainError.consentMissing(participant: f.offender.id, purpose: .form(.meetingInPerson))) {
            try f.run(.confirmMeeting(self.meeting))
        }
    }

    /// §4.8: a withdrawal cancels the planned meetings of the person who withdrew; nothing can confirm them.
    @Test func withdrawalCancelsPlannedMeetings() throws {
        var f = try self.approved()
        try f.run(.recordWithdrawal(participant: f.offender.id, mayReturn: true), by: f.mediator)
        #expect(f.state.meeting(self.meeting)?.state == .cancelled)
        #expect(throws: DomainError.notAllowedInStage(.onHold)) { try f.run(.confirmMeeting(self.meeting)) }
    }

    /// §4.7: the mediator plans, the coordinator confirms and postpones; a mediator never confirms.
    @Test func theMediatorPlansAndTheCoordinatorConfirms() throws {
        var f = try self.approved()
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.confirmMeeting(self.meeting), by: f.mediator) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.postponeMeeting(self.meeting), by: f.mediator) }
        try f.run(.postponeMeeting(self.meeting))
        #expect(f.state.meeting(self.meeting)?.state == .postponed)
        try f.run(.cancelMeeting(self.meeting), by: f.mediator)
        #expect(f.state.meeting(self.meeting)?.state == .cancelled)
    }

    /// A video meeting needs no site, but a booking with a future date.
    @Test func aVideoMeetingIsConfirmedOnceBooked() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty, .form(.meetingVideo))
        try f.assess(f.victim, f.offender)
        try f.run(.approachOtherParty, by: f.mediator)
        try f.consent(f.offender, .takePart, .form(.meetingVideo))
        try f.run(.startDialogue(.meetingVideo), by: f.mediator)
        try f.run(.proposeMeeting(id: self.meeting, form: .meetingVideo, site: nil, attendees: [f.victim.id, f.offender.id]), by: f.mediator)
        try f.run(.recordAvailability(self.meeting, participant: f.victim.id), by: f.mediator)
        #expect(throws: DomainError.availabilityMissing(participant: f.offender.id)) {
            try f.run(.bookVideo(self.meeting, scheduledFor: f.now.addingTimeInterval(7 * CaseFixture.day)), by: f.mediator)
        }
        try f.run(.recordAvailability(self.meeting, participant: f.offender.id), by: f.mediator)
        #expect(throws: DomainError.videoNotBooked) { try f.run(.confirmMeeting(self.meeting)) }
        try f.run(.bookVideo(self.meeting, scheduledFor: f.now.addingTimeInterval(7 * CaseFixture.day)), by: f.mediator)
        try f.run(.confirmMeeting(self.meeting))
        #expect(f.state.meeting(self.meeting)?.state == .confirmed)
    }

    /// §4.4: `completed.faceToFace` needs a meeting held; a meeting needs both sides and consent to its form.
    @Test func faceToFaceCompletionNeedsAMeetingHeld() throws {
        var f = CaseFixture()
        try f.letterDelivered()
        #expect(throws: DomainError.consentMissing(participant: f.victim.id, purpose: .form(.meetingVideo))) {
            try f.run(.proposeMeeting(id: self.meeting, form: .meetingVideo, site: nil, attendees: [f.victim.id, f.offender.id]), by: f.mediator)
        }
        #expect(throws: DomainError.attendeesIncomplete) {
            try f.run(.proposeMeeting(id: self.meeting, form: .meetingVideo, site: nil, attendees: [f.victim.id]), by: f.mediator)
        }
        try f.run(.startFollowUp, by: f.mediator)
        #expect(throws: DomainError.noMeetingHeld) { try f.run(.close(.completedFaceToFace)) }
        try f.run(.close(.completedIndirect))
    }
}

/// Reminders (issue 4 §7): expiring assessments, follow-ups due, items waiting for review, R9.
@Suite struct ReminderTests {
    @Test func R21_anAssessmentAboutToExpireIsRemindedThenOverdue() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.recordAcknowledgement(channel: .phone))  // R9: the acknowledgement's own reminder is tested apart
        #expect(f.state.reminders(at: f.now).isEmpty)
        f.advance(days: 80)
        let soon = f.state.reminders(at: f.now)
        #expect(soon.map(\.kind) == [.assessmentDue(f.victim.id), .assessmentDue(f.offender.id)])
        #expect(soon.allSatisfy { !$0.isOverdue })
        f.advance(days: 11)
        #expect(f.state.reminders(at: f.now).allSatisfy { $0.isOverdue })
    }

    @Test func R43_itemsInReviewAndFollowUpsDueAreReminded() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.run(.recordAcknowledgement(channel: .phone))
        try f.run(.draftItem(id: f.reply, form: .letter, sender: f.offender.id, recipient: f.victim.id, content: "sealed:reply"), by: f.mediator)
        try f.run(.submitItem(f.reply), by: f.mediator)
        #expect(f.state.reminders(at: f.now).map(\.kind) == [.itemsAwaitingReview(count: 1)])
        try f.letterDelivered()
        let delivered = f.now
        try f.assess(f.victim, f.offender)
        f.advance(days: 20)
        #expect(f.state.reminders(at: f.now).contains(Reminder(.followUpDue, due: delivered.addingTimeInterval(30 * CaseFixture.day), now: f.now)))
    }

    @Test func R9_aCaseUnassignedForThirtyDaysAlertsTheCoordinator() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.recordAcknowledgement(channel: .phone))  // R9's other standard, tested in AcknowledgementTests
        f.advance(days: 15)
        #expect(f.state.reminders(at: f.now).isEmpty)
        f.advance(days: 16)
        #expect(f.state.reminders(at: f.now).map(\.kind) == [.unassigned])
        #expect(f.state.reminders(at: f.now).first?.isOverdue == true)
    }
}

/// The needs catalogue (§6) and R40: forgiveness is never offered, only ever a participant's own words.
@Suite struct NeedsTests {
    @Test func R40_noNeedCodeIsForgiveness() {
        #expect(NeedCode.allCases.count == 17)
        #expect(!NeedCode.allCases.map(\.rawValue).contains { $0.lowercased().contains("forgiv") })
    }

    @Test func R40_otherIsOnlyTheParticipantsOwnWordsTaggedAsRaisedByThem() throws {
        var f = CaseFixture()
        try f.inPreparation()
        #expect(throws: DomainError.ownWordsRequired) {
            try f.run(.recordNeeds(participant: f.victim.id, codes: [.v03, .v99], ownWords: nil), by: f.mediator)
        }
        #expect(throws: DomainError.ownWordsRequired) {
            try f.run(.recordNeeds(participant: f.victim.id, codes: [.v03], ownWords: "words without other"), by: f.mediator)
        }
        try f.run(.recordNeeds(participant: f.victim.id, codes: [.v03, .v99], ownWords: "  I may want to forgive him one day.  "), by: f.mediator)
        let record = try #require(f.state.needs[f.victim.id])
        #expect(record.ownWords == "I may want to forgive him one day." && record.raisedByParticipant)
    }

    @Test func eachSideChoosesFromItsOwnListAndRevisionsKeepTheirHistory() throws {
        var f = CaseFixture()
        try f.inPreparation()
        #expect(throws: DomainError.needNotOffered) {
            try f.run(.recordNeeds(participant: f.offender.id, codes: [.v01], ownWords: nil), by: f.mediator)
        }
        try f.run(.recordNeeds(participant: f.offender.id, codes: [.o03, .o04], ownWords: nil), by: f.mediator)
        try f.run(.recordNeeds(participant: f.offender.id, codes: [.o04], ownWords: nil), by: f.mediator)
        #expect(f.state.needs[f.offender.id]?.codes == [.o04])
        #expect(f.events.filter { if case .needsRecorded = $0.change { true } else { false } }.count == 2)
    }

    /// R57: a need the program adds is offered to its side only, after §6's and before "other".
    @Test func R57_anAddedNeedIsOfferedToItsSideOnly() throws {
        var f = CaseFixture()
        try f.inPreparation()
        let parole = NeedCode(rawValue: "OX1")
        f.policy.addedNeeds = [
            NeedDefinition(code: "OX1", side: .offender, name: BilingualText(english: "Understand (fictional)", french: "Comprendre (fictif)"))
        ]
        #expect(NeedCode.offered(to: .offender, requesterType: nil, added: f.policy.addedNeeds).suffix(2) == [parole, .o99])
        #expect(!NeedCode.offered(to: .victim, requesterType: .registeredVictim, added: f.policy.addedNeeds).contains(parole))

        #expect(throws: DomainError.needNotOffered) {
            try f.run(.recordNeeds(participant: f.victim.id, codes: [parole], ownWords: nil), by: f.mediator)
        }
        try f.run(.recordNeeds(participant: f.offender.id, codes: [.o03, parole], ownWords: nil), by: f.mediator)
        #expect(f.state.needs[f.offender.id]?.codes == [.o03, parole])
        let stored = try JSONEncoder().encode(f.events.last)
        #expect(String(decoding: stored, as: UTF8.self).contains(#"["O03","OX1"]"#), "codes are stored as plain text, as §6's always were")
    }
}

/// C6: a withdrawal notice from staff outside the case freezes the person's releases and meetings until
/// the mediator confirms, and only that confirmation records a withdrawal.
@Suite struct WithdrawalNoticeTests {
    @Test func C6_aNoticeFreezesReleasesUntilTheMediatorConfirms() throws {
        var f = CaseFixture()
        try f.letterApproved()
        try f.consent(f.victim, .shareItem(f.letter))
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)
        try f.run(.recordWithdrawalNotice(f.offender.id), by: f.referrer)
        #expect(f.state.participant(f.offender.id)?.hasWithdrawn == false, "a notice is not a withdrawal")
        #expect(throws: DomainError.withdrawalNoticePending(participant: f.offender.id)) { try f.run(.releaseItem(f.letter), by: f.mediator) }
        #expect(f.state.reminders(at: f.now).map(\.kind).contains(.confirmWithdrawalNotice(f.offender.id)))
        #expect(throws: DomainError.roleNotAllowed(.referrer)) { try f.run(.confirmContinuing(f.offender.id), by: f.referrer) }
        try f.run(.confirmContinuing(f.offender.id), by: f.mediator)
        try f.run(.releaseItem(f.letter), by: f.mediator)
        #expect(f.state.item(f.letter)?.state == .released)
    }

    @Test func C6_confirmingTheWithdrawalEndsTheNotice() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.recordWithdrawalNotice(f.victim.id), by: f.victimServices)
        try f.run(.recordWithdrawal(participant: f.victim.id, mayReturn: true), by: f.mediator)
        #expect(f.state.withdrawalNotices.isEmpty && f.state.stage == .onHold)
        #expect(throws: DomainError.roleNotAllowed(.coordinator)) { try f.run(.recordWithdrawalNotice(f.offender.id)) }
    }
}

/// R24, Q12: the other party is approached only by a recorded safe route.
@Suite struct SafeContactTests {
    @Test func R24_theOtherPartyIsApproachedOnlyByARecordedSafeRoute() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty)
        try f.assess(f.victim)
        try f.run(.recordSafeContact(participant: f.offender.id, SafeContact(channels: [], mayLeaveMessage: false, safeTimes: "")), by: f.mediator)
        #expect(throws: DomainError.noSafeRoute(participant: f.offender.id)) { try f.run(.approachOtherParty, by: f.mediator) }
        try f.run(.recordSafeContact(participant: f.offender.id, CaseFixture.reachableInPerson), by: f.mediator)
        try f.run(.approachOtherParty, by: f.mediator)
        #expect(f.state.otherPartyApproached)
    }
}
