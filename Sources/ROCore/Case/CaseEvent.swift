import Foundation

/// Something that happened to a case, with who did it and when. Stored, never changed (R54); the
/// timeline, the audit and the statistics are read from these.
public struct CaseEvent: Sendable, Equatable, Codable {
    public let change: CaseChange
    public let actor: CaseActor
    public let at: Date

    public init(_ change: CaseChange, by actor: CaseActor, at: Date) {
        self.change = change
        self.actor = actor
        self.at = at
    }
}

/// The past-tense twin of each command. Raw names are stored: never rename a case.
public enum CaseChange: Sendable, Equatable, Codable {
    case victimRequestRecorded(reference: String, requesterType: RequesterType, channel: IntakeChannel, region: String, requester: Participant)
    case referralSubmitted(reference: String, region: String, offender: Participant, referral: Referral)
    case participantAdded(Participant)
    case representativeAuthorityConfirmed(Identifier<Participant>)
    /// The first event of a reopened episode (§4.9): the people carry over, their consents and assessments do not (C5).
    case episodeOpened(
        previous: Identifier<Case>,
        reference: String,
        requesterType: RequesterType?,
        channel: IntakeChannel,
        region: String,
        participants: [Participant]
    )
    case assessmentStarted
    /// R10, R11: the criteria in force when the coordinator confirmed them all.
    case eligibilityConfirmed(criteria: [String])
    /// Written before the criteria were settings (R57); read as CSC's two criteria, never written now.
    case eligibilityRecorded(federalSentence: Bool, responsibilityAccepted: Bool)
    case safetySectionReviewed
    case closed(ClosureReason)
    case mediatorsAssigned([Identifier<User>])
    case preparationBegun
    case consentRecorded(ConsentRecord)
    case assessmentRecorded(Assessment)
    case assessmentsInvalidated(ReassessmentTrigger)
    case needsRecorded(NeedsRecord)
    case personRecorded(participant: Identifier<Participant>, PersonRecord)
    case contactLogged(ContactLogEntry)
    case noteWritten(CaseNote)
    case safeContactRecorded(participant: Identifier<Participant>, SafeContact)
    case communicationNeedsRecorded(participant: Identifier<Participant>, CommunicationNeeds)
    case correctionRecorded(entry: Int, note: String)
    case ownershipTaken(coordinator: Identifier<User>)
    case accessRestricted(to: Set<Identifier<User>>)
    case restrictionLifted
    case recused(Identifier<User>)
    case authorisedConsentRequirement(Identifier<Participant>, required: Bool)
    case otherPartyTold(about: Identifier<Participant>)
    case escalationRaised(Escalation)
    case disclosureRecorded(Disclosure)
    case caseLinked(CaseLink)
    case acknowledgementSent(channel: IntakeChannel)
    case offenderRecordLinked(fpsNumber: String)
    case caseUnlinked(reference: String)
    case escalationResolved(Identifier<Escalation>)
    case noContactOrderRecorded(NoContactOrder)
    case conditionAmended(Identifier<NoContactOrder>)
    case exchangeApprovedDespiteOrder(Identifier<NoContactOrder>, coordinator: Identifier<User>)
    case otherPartyApproached
    case putOnHold(reviewAt: Date)
    case resumed
    case dialogueStarted(DialogueForm)
    case itemDrafted(RelayedItem)
    case itemSubmitted(Identifier<RelayedItem>)
    case itemReturned(Identifier<RelayedItem>)
    case itemRedacted(Identifier<RelayedItem>, content: String)
    case itemApproved(Identifier<RelayedItem>)
    case recipientChoiceRecorded(Identifier<RelayedItem>, optIn: Bool)
    case itemReleased(Identifier<RelayedItem>)
    case itemDelivered(Identifier<RelayedItem>)
    case itemAcknowledged(Identifier<RelayedItem>)
    case itemWithdrawn(Identifier<RelayedItem>)
    case translationAdded(Identifier<RelayedItem>, ItemTranslation)
    case mediaAttached(Identifier<RelayedItem>, MediaAttachment)
    case mediaDetached(Identifier<RelayedItem>, Identifier<MediaAttachment>)
    /// §7.3: the recording's bytes are deleted in the same transaction; the attachment's facts stay.
    case recordingErased(Identifier<RelayedItem>, Identifier<MediaAttachment>, MediaErasure.Reason)
    case meetingProposed(Meeting)
    case availabilityRecorded(Identifier<Meeting>, participant: Identifier<Participant>)
    case safetyPlanRecorded(Identifier<Meeting>, SafetyPlan)
    case supportPersonPrepared(Identifier<Participant>)
    case entryRequested(Identifier<Meeting>, EntryRequest)
    case entryApproved(Identifier<Meeting>)
    case entryDeclined(Identifier<Meeting>, reason: EntryRequest.DeclineReason)
    case otherTimeProposed(Identifier<Meeting>, Date)
    case videoBooked(Identifier<Meeting>, scheduledFor: Date)
    case meetingConfirmed(Identifier<Meeting>)
    case meetingJoined(Identifier<Meeting>, with: JointMeeting)
    case meetingHeld(Identifier<Meeting>, attended: [Identifier<Participant>], note: String)
    case meetingPostponed(Identifier<Meeting>)
    case meetingCancelled(Identifier<Meeting>)
    /// §4.8 in one event: consents withdrawn, pending items cancelled, the case on hold or closed.
    case withdrawalRecorded(participant: Identifier<Participant>, mayReturn: Bool, reviewAt: Date)
    case withdrawalNoticeRecorded(Identifier<Participant>)
    case withdrawalNoticeCleared(Identifier<Participant>)
    case followUpStarted
    case closureProposed(ClosureReason)
    case returnedToDialogue
    case reopened(newEpisode: Identifier<Case>)
}

extension CaseChange {
    /// A stable name for the kind of change, stored beside the event and used in the timeline.
    /// A case with a payload mirrors as one child named after the case; one without prints as its name. (Printing
    /// the whole change and cutting at "(" wrote out every name and note in it first: a tenth of a write's time.)
    public var kind: String {
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }
}

extension CaseChange {
    /// N7: the one participant an event is about, for the auditor's pseudonymous view; nil when it is
    /// about the case as a whole or about several people.
    public var participantConcerned: Identifier<Participant>? {
        switch self {
        case .victimRequestRecorded(_, _, _, _, let requester): requester.id
        case .referralSubmitted(_, _, let offender, _): offender.id
        case .participantAdded(let participant): participant.id
        case .consentRecorded(let record): record.participant
        case .assessmentRecorded(let assessment): assessment.participant
        case .needsRecorded(let record): record.participant
        case .contactLogged(let entry): entry.participant
        case .itemDrafted(let item): item.sender
        case .representativeAuthorityConfirmed(let id), .authorisedConsentRequirement(let id, _), .otherPartyTold(let id),
            .safeContactRecorded(let id, _), .personRecorded(let id, _), .communicationNeedsRecorded(let id, _), .availabilityRecorded(_, let id),
            .supportPersonPrepared(let id), .withdrawalRecorded(let id, _, _), .withdrawalNoticeRecorded(let id), .withdrawalNoticeCleared(let id):
            id
        case .noteWritten, .episodeOpened, .assessmentStarted, .eligibilityConfirmed, .eligibilityRecorded, .safetySectionReviewed, .closed,
            .mediatorsAssigned,
            .preparationBegun,
            .assessmentsInvalidated, .correctionRecorded, .ownershipTaken, .accessRestricted, .restrictionLifted, .recused, .escalationRaised,
            .disclosureRecorded, .caseLinked, .acknowledgementSent, .offenderRecordLinked, .caseUnlinked, .escalationResolved,
            .noContactOrderRecorded, .conditionAmended, .exchangeApprovedDespiteOrder, .otherPartyApproached, .putOnHold, .resumed,
            .dialogueStarted, .itemSubmitted, .itemReturned, .itemRedacted, .itemApproved, .recipientChoiceRecorded, .itemReleased,
            .itemDelivered, .itemAcknowledged, .itemWithdrawn, .translationAdded, .mediaAttached, .mediaDetached, .recordingErased,
            .meetingProposed, .safetyPlanRecorded, .entryRequested, .entryApproved, .entryDeclined, .otherTimeProposed, .videoBooked,
            .meetingConfirmed, .meetingJoined,
            .meetingHeld, .meetingPostponed, .meetingCancelled, .followUpStarted, .closureProposed, .returnedToDialogue, .reopened:
            nil
        }
    }
}
