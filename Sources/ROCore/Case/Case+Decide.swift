import Foundation

extension Case {
    /// What happens when `command`, asked by `actor` at `at`, meets this state: the events, or the rule
    /// that refuses it. Pure: the same input always gives the same output.
    public func decide(_ command: CaseCommand, by actor: CaseActor, at: Date, policy: CasePolicy = .standard) throws(DomainError) -> [CaseEvent] {
        let changes = try self.changes(for: command, by: actor, at: at, policy: policy)
        return changes.map { CaseEvent($0, by: actor, at: at) }
    }

    private func changes(for command: CaseCommand, by actor: CaseActor, at: Date, policy: CasePolicy) throws(DomainError) -> [CaseChange] {
        switch command {
        case .recordVictimRequest(let reference, let requesterType, let channel, let region, let requester):
            guard self.version == 0 else { throw .caseAlreadyExists }
            try self.require(actor, [.coordinator, .victimServices])  // R3: no CSC approval needed; VSO with the victim's consent
            guard requester.side == .victim, requester.role != .supportPerson else { throw .participantNotFound }
            return [
                .victimRequestRecorded(reference: reference, requesterType: requesterType, channel: channel, region: region, requester: requester)
            ]

        case .submitReferral(let reference, let region, let offender, let referral):
            guard self.version == 0 else { throw .caseAlreadyExists }
            try self.require(actor, [.referrer, .coordinator])  // R4: the offender side enters only through staff
            guard offender.role == .offender else { throw .participantNotFound }
            return [.referralSubmitted(reference: reference, region: region, offender: offender, referral: referral)]

        // Every other command acts on a case that exists; each is named here, so one nobody decides does not compile.
        case .addParticipant, .confirmRepresentativeAuthority, .startAssessment, .confirmEligibility, .reviewSafetySection, .assignMediators,
            .reassignMediators, .beginPreparation, .recordConsent, .recordOtherPartyTold, .requireAuthorisedConsent, .recordAssessment,
            .recordSafeContact, .recordPerson, .logContact, .writeNote, .restrictAccess, .liftRestriction, .recuse, .takeOwnership, .linkCase,
            .linkOffenderRecord,
            .recordAcknowledgement,
            .unlinkCase, .recordDisclosure, .recordCorrection, .recordCommunicationNeeds, .recordNeeds, .invalidateAssessments, .raiseEscalation,
            .resolveEscalation, .recordNoContactOrder, .recordConditionAmended, .approveExchangeDespiteOrder, .approachOtherParty, .putOnHold,
            .resume:
            try self.requireExisting(command)
            return try self.changesOnExistingCase(command, by: actor, at: at, policy: policy)
        case .startDialogue, .draftItem, .submitItem, .attachMedia, .detachMedia, .eraseRecordingAtSendersRequest,
            .eraseRecordingsPastRetention, .returnItem, .addTranslation, .redactItem, .approveItem,
            .recordRecipientChoice, .releaseItem, .recordDelivery, .acknowledgeItem, .withdrawItem, .recordWithdrawal, .recordWithdrawalNotice,
            .confirmContinuing, .startFollowUp, .returnToDialogue:
            try self.requireExisting(command)
            return try self.dialogueChanges(command, by: actor, at: at, policy: policy)
        case .proposeMeeting, .recordAvailability, .recordSafetyPlan, .recordSupportPersonPrepared, .requestEntry, .approveEntry, .declineEntry,
            .proposeOtherTime, .bookVideo, .confirmMeeting, .joinMeeting, .recordMeetingHeld, .postponeMeeting, .cancelMeeting:
            try self.requireExisting(command)
            return try self.meetingChanges(command, by: actor, at: at, policy: policy)
        case .closeIneligible, .screenOut, .proposeClosure, .close, .closeForSafety, .closeOther, .reopen:
            try self.requireExisting(command)
            return try self.closureChanges(command, by: actor, at: at, policy: policy)
        }
    }

    /// A command on a case: the case exists, is not disposed, and is still open unless the command may
    /// follow closure.
    private func requireExisting(_ command: CaseCommand) throws(DomainError) {
        guard self.version > 0 else { throw .caseNotFound }
        guard self.stage != .disposed else { throw .caseNotFound }
        if self.stage == .closed, !command.isAllowedAfterClosure { throw .notAllowedInStage(.closed) }
    }

    private func changesOnExistingCase(_ command: CaseCommand, by actor: CaseActor, at: Date, policy: CasePolicy) throws(DomainError) -> [CaseChange]
    {
        switch command {
        case .addParticipant(let participant):
            try self.require(actor, .caseWorkers)
            guard self.participant(participant.id) == nil else { throw .caseAlreadyExists }
            return [.participantAdded(participant)]

        case .confirmRepresentativeAuthority(let id):
            try self.require(actor, .coordinator)
            try self.requireStage(.requestReceived, .assessment)
            guard try self.requireParticipant(id).role == .representative else { throw .participantNotFound }
            return [.representativeAuthorityConfirmed(id)]

        case .startAssessment:
            try self.require(actor, .coordinator)
            try self.requireStage(.requestReceived)
            if self.requesterType == .representative,
                !self.participants.contains(where: { $0.role == .representative && $0.representsRegisteredVictim })
            {
                throw .representativeNotLinked  // R2: stays in REQUEST_RECEIVED until clarified
            }
            return [.assessmentStarted]

        case .confirmEligibility(let criteria):
            try self.require(actor, .coordinator)
            try self.requireStage(.assessment)
            guard Set(policy.eligibilityCriteria).isSubset(of: criteria) else { throw .eligibilityCriteriaIncomplete }  // R10, R11
            return [.eligibilityConfirmed(criteria: policy.eligibilityCriteria)]

        case .reviewSafetySection:
            try self.require(actor, .coordinator)
            try self.requireStage(.requestReceived, .assessment)
            return [.safetySectionReviewed]

        case .assignMediators(let mediators):
            try self.require(actor, .coordinator)  // R6: only a coordinator assigns
            try self.requireStage(.assessment)
            if let missing = self.assignmentWaitsFor(policy: policy).first { throw missing.refusal }  // R8, R10, R11, R57
            guard (1...2).contains(Set(mediators).count), Set(mediators).count == mediators.count else { throw .mediatorCount(mediators.count) }
            return [.mediatorsAssigned(mediators)]

        case .reassignMediators(let mediators):
            try self.require(actor, .coordinator)
            try self.requireStage(.assigned, .preparation, .onHold, .dialogue, .followUp)
            guard (1...2).contains(Set(mediators).count), Set(mediators).count == mediators.count else { throw .mediatorCount(mediators.count) }
            return [.mediatorsAssigned(mediators)]  // N2: the replaced mediator's access ends with this event

        case .beginPreparation:
            try self.require(actor, .mediatorOnly)
            try self.requireStage(.assigned)
            try self.requireTakePart(of: self.primaries(on: self.requestingSide), at: at)
            return [.preparationBegun]

        case .recordConsent(let participant, let purpose, let decision, let expiresAt, let byAuthorisedPerson, let noticeVersion):
            try self.require(actor, .caseWorkers)
            _ = try self.requireParticipant(participant)
            guard !byAuthorisedPerson || self.authorisedConsentRequired.contains(participant) else { throw .noAuthorisedPerson }
            if purpose == .takePart, decision == .withdrawn {
                // C3: one way to withdraw, with all of §4.8
                return [.withdrawalRecorded(participant: participant, mayReturn: true, reviewAt: at.addingTimeInterval(policy.holdReview))]
            }
            let takesPart = purpose == .takePart && decision == .given
            guard !takesPart || !(noticeVersion ?? "").isEmpty else { throw .confidentialityNoticeRequired }  // R37: before preparation begins
            let record = ConsentRecord(
                participant: participant,
                purpose: purpose,
                decision: decision,
                recordedAt: at,
                recordedBy: actor.userID,
                expiresAt: expiresAt,
                byAuthorisedPerson: byAuthorisedPerson,
                noticeVersion: takesPart ? noticeVersion : nil
            )
            return [.consentRecorded(record)]

        case .recordOtherPartyTold(let participant):
            try self.require(actor, .caseWorkers)
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            guard self.otherPartyToTell.contains(participant) else { throw .participantNotFound }
            return [.otherPartyTold(about: participant)]

        case .requireAuthorisedConsent(let participant, let required):
            try self.require(actor, .coordinator)  // Q20: a coordinator's approval
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            _ = try self.requireParticipant(participant)
            return [.authorisedConsentRequirement(participant, required: required)]

        case .recordAssessment(let participant, let safetyConcern, let privacyConcerns, let ready, let notes):
            try self.require(actor, .caseWorkers)
            try self.requireStage(.assigned, .preparation, .onHold, .dialogue, .followUp)
            _ = try self.requireParticipant(participant)
            let notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
            guard notes.count <= Assessment.maximumNotesLength else { throw .notesTooLong(maximum: Assessment.maximumNotesLength) }
            let assessment = Assessment(
                participant: participant,
                completedAt: at,
                by: actor.userID,
                safetyConcerns: safetyConcern != nil,
                privacyConcerns: privacyConcerns,
                ready: ready,
                notes: notes.isEmpty ? nil : notes
            )
            guard let concern = safetyConcern else { return [.assessmentRecorded(assessment)] }
            guard !self.escalations.contains(where: { $0.id == concern.id }) else { throw .caseAlreadyExists }
            // R23: the concern is raised first, so the assessment that found it stays current (R22 invalidates
            // the ones made before a new concern); the escalation blocks the gated steps until resolved.
            let escalation = Escalation(id: concern.id, raisedBy: actor.userID, raisedAt: at, category: concern.category, resolvedAt: nil)
            return [.escalationRaised(escalation), .assessmentRecorded(assessment)]

        case .recordSafeContact(let participant, let preferences):
            try self.require(actor, .caseWorkers)
            _ = try self.requireParticipant(participant)
            return [.safeContactRecorded(participant: participant, preferences)]

        case .recordPerson(let participant, let record):
            // §7.2: the coordinator or an assigned mediator; at referral, the referring staff member for the offender.
            let referrerAtIntake =
                actor.role == .referrer && self.referredBy == actor.userID && self.stage == .requestReceived
                && self.participant(participant)?.role == .offender
            if !referrerAtIntake { try self.require(actor, .caseWorkers) }
            _ = try self.requireParticipant(participant)
            return [.personRecorded(participant: participant, try record.validated())]

        case .logContact(let participant, let channel, let outcome, let note):
            try self.require(actor, .caseWorkers)
            _ = try self.requireParticipant(participant)
            let safe = self.safeContacts[participant]
            guard safe?.channels.contains(channel) == true else { throw .contactChannelNotSafe }  // R24
            guard outcome != .messageLeft || safe?.mayLeaveMessage == true else { throw .contactChannelNotSafe }
            let words = note.trimmingCharacters(in: .whitespacesAndNewlines)
            guard words.count <= ContactLogEntry.maximumNoteLength else { throw .contactNoteTooLong(maximum: ContactLogEntry.maximumNoteLength) }
            return [.contactLogged(ContactLogEntry(participant: participant, channel: channel, outcome: outcome, note: words, at: at))]

        case .writeNote(let id, let text, let restricted):
            try self.require(actor, .caseWorkers)
            let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !words.isEmpty else { throw .noteEmpty }
            guard words.count <= CaseNote.maximumLength else { throw .notesTooLong(maximum: CaseNote.maximumLength) }
            guard !self.notes.contains(where: { $0.id == id }) else { throw .caseAlreadyExists }
            return [.noteWritten(CaseNote(id: id, by: actor.userID, at: at, text: words, restricted: restricted))]

        case .restrictAccess(let staff):
            try self.require(actor, .coordinator)
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            guard staff.contains(actor.userID) else { throw .restrictionMustIncludeYou }  // nobody locks the case away from themselves by mistake
            return [.accessRestricted(to: staff.subtracting(self.recusedStaff))]

        case .liftRestriction:
            try self.require(actor, .coordinator)
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            guard self.restrictedTo != nil else { throw .notRestricted }
            return [.restrictionLifted]

        case .recuse:
            try self.require(actor, .coordinator)
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            if let staff = self.restrictedTo, staff == [actor.userID] { throw .lastRestrictedCoordinator }
            return [.recused(actor.userID)]

        case .takeOwnership:
            try self.require(actor, .coordinator)
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            guard self.owningCoordinator != actor.userID else { throw .alreadyOwner }
            return [.ownershipTaken(coordinator: actor.userID)]

        case .linkCase(let link):
            try self.require(actor, .coordinator)  // R53: NHQ manages the files
            guard link.reference != self.reference else { throw .caseLinkInvalid }
            guard !self.links.contains(where: { $0.reference == link.reference }) else { throw .caseLinkInvalid }
            return [.caseLinked(link)]

        case .linkOffenderRecord(let fpsNumber):
            try self.require(actor, .coordinator)
            try self.requireStage(.requestReceived, .assessment)
            guard self.referral == nil else { throw .caseAlreadyExists }  // the referral named the record
            guard Referral.isValidFPSNumber(fpsNumber) else { throw .invalidFPSNumber }
            return [.offenderRecordLinked(fpsNumber: fpsNumber)]

        case .recordAcknowledgement(let channel):
            try self.require(actor, .coordinator)
            guard self.requesterType != nil, self.acknowledgement == nil, Acknowledgement.channels.contains(channel) else {
                throw .acknowledgementNotExpected
            }
            for requester in self.primaries(on: .victim) { try self.requireSafeContact(requester.id, by: ContactChannel(channel)) }  // R24
            return [.acknowledgementSent(channel: channel)]

        case .unlinkCase(let reference):
            try self.require(actor, .coordinator)
            guard self.links.contains(where: { $0.reference == reference }) else { throw .linkedCaseNotFound }
            return [.caseUnlinked(reference: reference)]

        case .recordDisclosure(let id, let category, let legalBasis, let recipient, let disclosedOn):
            try self.require(actor, .coordinator)  // R37: the coordinator who records it is its approver
            guard !legalBasis.isEmpty, !recipient.isEmpty, disclosedOn <= at else { throw .disclosureIncomplete }
            guard !self.disclosures.contains(where: { $0.id == id }) else { throw .caseAlreadyExists }
            return [
                .disclosureRecorded(
                    Disclosure(
                        id: id,
                        category: category,
                        legalBasis: legalBasis,
                        recipient: recipient,
                        disclosedOn: disclosedOn,
                        approvedBy: actor.userID
                    )
                )
            ]

        case .recordCorrection(let entry, let note):
            try self.require(actor, .caseWorkers)
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            guard (1...max(1, self.version)).contains(entry), self.version > 0 else { throw .entryNotFound }
            guard !note.isEmpty else { throw .correctionNoteRequired }
            return [.correctionRecorded(entry: entry, note: note)]

        case .recordCommunicationNeeds(let participant, let needs):
            try self.require(actor, .caseWorkers)
            guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
            _ = try self.requireParticipant(participant)
            guard !needs.needs.contains(.other) || !needs.notes.isEmpty else { throw .accessibilityNoteRequired }
            return [.communicationNeedsRecorded(participant: participant, needs)]

        case .recordNeeds(let participant, let codes, let ownWords):
            try self.require(actor, .caseWorkers)
            let person = try self.requireParticipant(participant)
            let offered = NeedCode.offered(to: person.role, requesterType: self.requesterType, added: policy.addedNeeds)
            guard Set(codes).isSubset(of: offered), Set(codes).count == codes.count else { throw .needNotOffered }
            let words = ownWords?.trimmingCharacters(in: .whitespacesAndNewlines)
            let hasOther = codes.contains(where: \.isOwnWords)
            guard hasOther == !(words ?? "").isEmpty else { throw .ownWordsRequired }  // "other" is their own words, and only "other" is
            return [.needsRecorded(NeedsRecord(participant: participant, codes: codes, ownWords: hasOther ? words : nil))]

        case .invalidateAssessments(let trigger):
            try self.require(actor, .caseWorkers)
            return [.assessmentsInvalidated(trigger)]

        case .raiseEscalation(let id, let category):
            try self.require(actor, .safetyRaisers)
            guard !self.escalations.contains(where: { $0.id == id }) else { throw .caseAlreadyExists }
            return [.escalationRaised(Escalation(id: id, raisedBy: actor.userID, raisedAt: at, category: category, resolvedAt: nil))]

        case .resolveEscalation(let id):
            try self.require(actor, .coordinator)
            guard self.escalations.contains(where: { $0.id == id && $0.isOpen }) else { throw .escalationNotFound }
            return [.escalationResolved(id)]

        case .recordNoContactOrder(let id, let kind, let hasROClause, let details):
            try self.require(actor, .caseWorkers)
            guard !self.noContactOrders.contains(where: { $0.id == id }) else { throw .caseAlreadyExists }
            return [
                .noContactOrderRecorded(
                    NoContactOrder(
                        id: id,
                        kind: kind,
                        details: details,
                        hasROClause: hasROClause,
                        amendmentGranted: false,
                        approvingCoordinators: [],
                        isActive: true
                    )
                )
            ]

        case .recordConditionAmended(let id):
            try self.require(actor, .coordinator)
            guard let order = self.noContactOrders.first(where: { $0.id == id }), order.kind == .paroleCondition else {
                throw .noContactOrderNotFound
            }
            return [.conditionAmended(id)]

        case .approveExchangeDespiteOrder(let id):
            try self.require(actor, .coordinator)
            guard let order = self.noContactOrders.first(where: { $0.id == id }) else { throw .noContactOrderNotFound }
            guard !order.approvingCoordinators.contains(actor.userID) else { throw .secondApproverRequired }
            return [.exchangeApprovedDespiteOrder(id, coordinator: actor.userID)]

        case .approachOtherParty:
            try self.require(actor, .caseWorkers)
            try self.requireStage(.preparation)
            let requesters = self.primaries(on: self.requestingSide)
            for requester in requesters { try self.requireConsent(requester.id, .approachOtherParty, at: at) }
            try self.requireGate(for: requesters, at: at, policy: policy)  // R21 for the requester, R23
            let others = self.primaries(on: self.requestingSide == .victim ? .offender : .victim)
            guard !others.isEmpty else { throw .participantNotFound }
            for other in others where self.safeContacts[other.id]?.channels.isEmpty ?? true {
                throw .noSafeRoute(participant: other.id)  // R24, Q12: only by a recorded safe route
            }
            return [.otherPartyApproached]

        case .putOnHold(let reviewAt):
            try self.require(actor, .caseWorkers)
            try self.requireStage(.assigned, .preparation, .dialogue)
            return [.putOnHold(reviewAt: reviewAt ?? at.addingTimeInterval(policy.holdReview))]

        case .resume:
            try self.require(actor, .caseWorkers)
            try self.requireStage(.onHold)
            let returning = self.stageBeforeHold ?? .assigned
            let sides: [PartySide] = returning == .dialogue ? [.victim, .offender] : [self.requestingSide]
            for side in sides { try self.requireTakePart(of: self.primaries(on: side), at: at) }
            if returning == .preparation || returning == .dialogue {
                try self.requireGate(for: sides.flatMap { self.active(on: $0) }, at: at, policy: policy)
            }
            return [.resumed]

        default:
            preconditionFailure("Case.changes(for:) decides \(command) elsewhere")
        }
    }

    /// C6: the notice for the first person on `side` still taking part (staff outside the case know no ids).
    public func withdrawalNotice(side: PartySide) throws(DomainError) -> CaseCommand {
        guard let person = self.primaries(on: side).first else { throw .participantNotFound }
        return .recordWithdrawalNotice(person.id)
    }

    /// The people a side needs for any step: victims, representatives and the offender (support persons join them).
    func primaries(on side: PartySide) -> [Participant] {
        self.active(on: side).filter { $0.role != .supportPerson }
    }

    /// R15: each listed participant's current `takePart`; a side with nobody left cannot go on.
    func requireTakePart(of participants: [Participant], at: Date) throws(DomainError) {
        guard !participants.isEmpty else { throw .participantWithdrew }
        for participant in participants { try self.requireConsent(participant.id, .takePart, at: at) }
    }
}
