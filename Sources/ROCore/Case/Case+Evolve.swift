import Foundation

extension Case {
    /// Applies one event. It cannot fail: an event is something that already happened.
    public func evolve(_ event: CaseEvent) -> Case {
        var next = self
        next.version += 1
        next.updatedAt = event.at
        next.apply(event.change, at: event.at, by: event.actor.userID)
        if next.stage != .followUp { next.proposedClosure = nil }  // a proposal stands only while follow-up does
        return next
    }

    /// Folds `evolve` over `events`, as when a case is loaded from its stored events.
    public static func replay(_ id: Identifier<Case>, _ events: [CaseEvent]) -> Case {
        events.reduce(Case.empty(id)) { $0.evolve($1) }
    }

    private mutating func apply(_ change: CaseChange, at: Date, by user: Identifier<User>) {
        switch change {
        case .victimRequestRecorded(let reference, let requesterType, let channel, let region, let requester):
            self.open(reference: reference, channel: channel, region: region, at: at)
            self.requesterType = requesterType
            self.participants = [requester]
        case .referralSubmitted(let reference, let region, let offender, let referral):
            self.open(reference: reference, channel: .staffReferral, region: region, at: at)
            self.participants = [offender]
            self.referral = referral
            self.referredBy = user
            self.safetySectionReviewed = !referral.safetyConcernsNoted  // R8: a filled safety section needs a coordinator's review
        case .episodeOpened(let previous, let reference, let requesterType, let channel, let region, let participants):
            self.open(reference: reference, channel: channel, region: region, at: at)
            self.episodeOf = previous
            self.requesterType = requesterType
            self.participants = participants
            self.stage = .assessment
        case .participantAdded(let participant):
            self.participants.append(participant)
        case .representativeAuthorityConfirmed(let id):
            self.updateParticipant(id) { $0.representsRegisteredVictim = true }
        case .assessmentStarted:
            self.stage = .assessment
        case .eligibilityConfirmed(let criteria):
            self.confirmedEligibilityCriteria = criteria
        case .eligibilityRecorded(let federalSentence, let responsibilityAccepted):
            self.confirmedEligibilityCriteria = [(federalSentence, "federal-sentence"), (responsibilityAccepted, "responsibility-accepted")].filter(
                \.0
            ).map(\.1)
        case .safetySectionReviewed:
            self.safetySectionReviewed = true
        case .closed(let reason):
            self.closeCase(reason, at: at)
        case .mediatorsAssigned(let mediators):
            self.mediators = mediators
            if self.stage == .assessment { self.stage = .assigned }
        case .preparationBegun:
            self.stage = .preparation
        case .consentRecorded(let record):
            self.consents.append(record)
            if record.purpose == .takePart, record.decision == .given { self.updateParticipant(record.participant) { $0.hasWithdrawn = false } }
            if case .shareItem(let id) = record.purpose, record.decision != .given { self.cancelItems { $0.id == id && $0.isPending } }  // C3
        case .assessmentRecorded(let assessment):
            self.assessments[assessment.participant] = assessment
        case .accessRestricted(let staff):
            self.restrictedTo = staff
        case .restrictionLifted:
            self.restrictedTo = nil
        case .otherPartyTold(let participant):
            self.otherPartyToTell.remove(participant)
        case .authorisedConsentRequirement(let participant, let required):
            if required { self.authorisedConsentRequired.insert(participant) } else { self.authorisedConsentRequired.remove(participant) }
        case .recused(let user):
            self.recusedStaff.insert(user)
            self.restrictedTo?.remove(user)
            if self.owningCoordinator == user { self.owningCoordinator = nil }
        case .ownershipTaken(let coordinator):
            self.owningCoordinator = coordinator
        case .disclosureRecorded(let disclosure):
            self.disclosures.append(disclosure)
        case .offenderRecordLinked(let fpsNumber):
            self.linkedFPSNumber = fpsNumber
        case .acknowledgementSent(let channel):
            self.acknowledgement = Acknowledgement(channel: channel, sentAt: at)
        case .caseLinked(let link):
            self.links.append(link)
        case .caseUnlinked(let reference):
            self.links.removeAll { $0.reference == reference }
            self.jointMeetings = self.jointMeetings.mapValues { $0.filter { $0.reference != reference } }.filter { !$0.value.isEmpty }
        case .meetingJoined(let id, let other):
            self.jointMeetings[id, default: []].append(other)
        case .correctionRecorded:
            break  // R54: a note on the timeline; what it corrects is put right by recording it again
        case .communicationNeedsRecorded(let participant, let needs):
            self.communicationNeeds[participant] = needs
        case .safeContactRecorded(let participant, let preferences):
            self.safeContacts[participant] = preferences
        case .personRecorded(let participant, let record):
            self.people[participant] = record
        case .contactLogged(let entry):
            self.contactLog.append(entry)
        case .noteWritten(let note):
            self.notes.append(note)
        case .needsRecorded(let record):
            self.needs[record.participant] = record
        case .assessmentsInvalidated:
            self.assessments = [:]  // R22: everyone is re-assessed
        case .escalationRaised(let escalation):
            self.escalations.append(escalation)
            self.assessments = [:]  // R22: a new safety concern invalidates current assessments
        case .escalationResolved(let id):
            if let index = self.escalations.firstIndex(where: { $0.id == id }) { self.escalations[index].resolvedAt = at }
        case .noContactOrderRecorded(let order):
            self.noContactOrders.append(order)
            self.assessments = [:]  // R22: a new order or condition
        case .conditionAmended(let id):
            self.updateOrder(id) { $0.amendmentGranted = true }
        case .exchangeApprovedDespiteOrder(let id, let coordinator):
            self.updateOrder(id) { $0.approvingCoordinators.insert(coordinator) }
        case .otherPartyApproached:
            self.otherPartyApproached = true
        case .putOnHold(let reviewAt):
            self.hold(reviewAt: reviewAt)
        case .resumed:
            self.stage = self.stageBeforeHold ?? .assigned
            self.stageBeforeHold = nil
            self.holdReviewAt = nil
        case .dialogueStarted(let form):
            self.stage = .dialogue
            self.formsUsed.insert(form)
        case .itemDrafted(let item):
            self.items.append(item)
            self.formsUsed.insert(item.form)
        case .itemSubmitted(let id):
            self.updateItem(id) { $0.state = .inReview }
        case .itemReturned(let id):
            self.updateItem(id) { $0.state = .returned }
        case .itemRedacted(let id, let content):
            self.updateItem(id) { $0.versions.append(content) }
        case .itemApproved(let id):
            self.updateItem(id) { $0.state = .approved }
        case .recipientChoiceRecorded(let id, let optIn):
            self.updateItem(id) { $0.recipientOptedIn = optIn }
        case .itemReleased(let id):
            self.updateItem(id) { $0.state = .released }
        case .itemDelivered(let id):
            self.updateItem(id) { $0.state = .delivered }
            self.lastDialogueEventAt = at
        case .itemAcknowledged(let id):
            self.updateItem(id) { $0.state = .acknowledged }
        case .itemWithdrawn(let id):
            self.updateItem(id) { $0.state = .withdrawnBySender }
        case .translationAdded(let id, let translation):
            self.updateItem(id) { $0.translations.append(translation) }
        case .mediaAttached(let id, let media):
            self.updateItem(id) { $0.attachments.append(media) }
        case .mediaDetached(let id, let media):
            self.updateItem(id) { $0.attachments.removeAll { $0.id == media } }
        case .recordingErased(let id, let media, let reason):
            self.updateItem(id) { item in
                for index in item.attachments.indices where item.attachments[index].id == media {
                    item.attachments[index].erased = MediaErasure(reason: reason, on: at)
                }
            }
        case .meetingProposed(let meeting):
            self.meetings.append(meeting)
            self.formsUsed.insert(meeting.form)
        case .availabilityRecorded(let id, let participant):
            self.updateMeeting(id) {
                $0.availabilityFrom.insert(participant)
                $0.state = .gatheringAvailability
            }
        case .safetyPlanRecorded(let id, let plan):
            self.updateMeeting(id) { $0.safetyPlan = plan }
        case .supportPersonPrepared(let id):
            self.preparedSupportPersons.insert(id)
        case .entryRequested(let id, let request):
            self.updateMeeting(id) {
                $0.entryRequest = request
                $0.scheduledFor = request.scheduledFor
                $0.state = .entryRequested
            }
        case .entryApproved(let id):
            self.updateMeeting(id) { $0.entryRequest?.status = .approved }
        case .entryDeclined(let id, let reason):
            self.updateMeeting(id) {
                $0.entryRequest?.status = .declined
                $0.entryRequest?.declineReason = reason
            }
        case .otherTimeProposed(let id, let time):
            self.updateMeeting(id) {
                $0.entryRequest?.status = .otherTimeProposed
                $0.entryRequest?.proposedTime = time
            }
        case .videoBooked(let id, let scheduledFor):
            self.updateMeeting(id) {
                $0.videoBooked = true
                $0.scheduledFor = scheduledFor
            }
        case .meetingConfirmed(let id):
            self.updateMeeting(id) { $0.state = .confirmed }
        case .meetingHeld(let id, let attended, _):
            self.updateMeeting(id) {
                $0.state = .held
                $0.attended = attended
            }
            self.lastDialogueEventAt = at
        case .meetingPostponed(let id):
            self.updateMeeting(id) {
                $0.state = .postponed
                $0.videoBooked = false
            }
        case .meetingCancelled(let id):
            self.updateMeeting(id) { $0.state = .cancelled }
        case .withdrawalRecorded(let id, let mayReturn, let reviewAt):
            self.recordWithdrawal(of: id, mayReturn: mayReturn, reviewAt: reviewAt, at: at, by: user)
        case .withdrawalNoticeRecorded(let id):
            self.withdrawalNotices.insert(id)
        case .withdrawalNoticeCleared(let id):
            self.withdrawalNotices.remove(id)
        case .followUpStarted:
            self.stage = .followUp
        case .returnedToDialogue:
            self.stage = .dialogue
        case .closureProposed(let reason):
            self.proposedClosure = reason
        case .reopened(let newEpisode):
            self.reopenedAs = newEpisode
        }
    }

    private mutating func open(reference: String, channel: IntakeChannel, region: String, at: Date) {
        self.reference = reference
        self.channel = channel
        self.region = region
        self.openedAt = at
        self.stage = .requestReceived
    }

    /// §4.8, all at once: the person's consents withdrawn (C3), everything pending from or to them
    /// cancelled for good, and the case on hold (they may return) or closed.
    private mutating func recordWithdrawal(of id: Identifier<Participant>, mayReturn: Bool, reviewAt: Date, at: Date, by user: Identifier<User>) {
        guard let person = self.participant(id) else { return }
        self.updateParticipant(id) { $0.hasWithdrawn = true }
        self.withdrawalNotices.remove(id)  // C6: the withdrawal itself is the confirmation
        let given = Set(self.consents.filter { $0.participant == id }.map(\.purpose)).filter { self.hasConsent(id, $0, at: at) }
        for purpose in given.sorted(by: { "\($0)" < "\($1)" }) {
            self.consents.append(
                ConsentRecord(participant: id, purpose: purpose, decision: .withdrawn, recordedAt: at, recordedBy: user, expiresAt: nil)
            )
        }
        self.cancelItems { ($0.sender == id || $0.recipient == id) && $0.isPending }
        self.cancelMeetings { $0.attendees.contains(id) }  // §4.8: the site is told without a reason
        guard person.role != .supportPerson else { return }  // a support person leaving does not pause the case
        if self.otherPartyApproached { self.otherPartyToTell.insert(id) }  // R18, §4.8: the mediator is tasked to tell them
        if mayReturn {
            self.hold(reviewAt: reviewAt)
        } else {
            self.closeCase(person.side == .victim ? .withdrawnVictimSide : .withdrawnOffender, at: at)
        }
    }

    private mutating func hold(reviewAt: Date) {
        if self.stage != .onHold { self.stageBeforeHold = self.stage }
        self.stage = .onHold
        self.holdReviewAt = reviewAt
    }

    private mutating func closeCase(_ reason: ClosureReason, at: Date) {
        self.stage = .closed
        self.closureReason = reason
        self.closedAt = at
        self.stageBeforeHold = nil
        self.holdReviewAt = nil
        self.cancelItems(where: \.isPending)  // closure cancels what was on its way (§4.6)
        self.cancelMeetings { _ in true }
    }

    private mutating func cancelItems(where shouldCancel: (RelayedItem) -> Bool) {
        for index in self.items.indices where shouldCancel(self.items[index]) { self.items[index].state = .cancelled }
    }

    private mutating func cancelMeetings(where shouldCancel: (Meeting) -> Bool) {
        for index in self.meetings.indices where self.meetings[index].isPlanned && shouldCancel(self.meetings[index]) {
            self.meetings[index].state = .cancelled
        }
    }

    private mutating func updateMeeting(_ id: Identifier<Meeting>, _ change: (inout Meeting) -> Void) {
        if let index = self.meetings.firstIndex(where: { $0.id == id }) { change(&self.meetings[index]) }
    }

    private mutating func updateParticipant(_ id: Identifier<Participant>, _ change: (inout Participant) -> Void) {
        if let index = self.participants.firstIndex(where: { $0.id == id }) { change(&self.participants[index]) }
    }

    private mutating func updateItem(_ id: Identifier<RelayedItem>, _ change: (inout RelayedItem) -> Void) {
        if let index = self.items.firstIndex(where: { $0.id == id }) { change(&self.items[index]) }
    }

    private mutating func updateOrder(_ id: Identifier<NoContactOrder>, _ change: (inout NoContactOrder) -> Void) {
        if let index = self.noContactOrders.firstIndex(where: { $0.id == id }) { change(&self.noContactOrders[index]) }
    }
}
