import Foundation

/// Everything that can be asked of a case, named as in ro-program.md §4.3, §4.6 and §4.8.
/// Who asks and when travel beside the command, into `decide`.
public enum CaseCommand: Sendable, Equatable {
    // Intake (R1–R4)
    case recordVictimRequest(reference: String, requesterType: RequesterType, channel: IntakeChannel, region: String, requester: Participant)
    case submitReferral(reference: String, region: String, offender: Participant, referral: Referral)
    case addParticipant(Participant)
    // Assessment at NHQ (R6–R12)
    /// R2: the representative's link to a registered victim and the authority relied on are recorded.
    case confirmRepresentativeAuthority(Identifier<Participant>)
    case startAssessment
    /// The codes of the criteria the coordinator ticked; every criterion in force must be among them.
    case confirmEligibility(criteria: [String])
    case reviewSafetySection
    case closeIneligible
    case screenOut(ClosureReason)
    case assignMediators([Identifier<User>])
    case reassignMediators([Identifier<User>])
    // Preparation (R15–R24)
    case beginPreparation
    /// R37: agreeing to take part needs `noticeVersion`, the confidentiality notice the person was given.
    case recordConsent(
        participant: Identifier<Participant>,
        purpose: ConsentPurpose,
        decision: ConsentDecision,
        expiresAt: Date?,
        byAuthorisedPerson: Bool = false,
        noticeVersion: String? = nil
    )
    /// R18: the mediator told the other party that the process paused or stopped after this person withdrew.
    case recordOtherPartyTold(about: Identifier<Participant>)
    /// C8, Q20: a coordinator records that a participant is a minor or lacks capacity (or no longer).
    case requireAuthorisedConsent(Identifier<Participant>, required: Bool)
    /// R20: `safetyConcern` names the escalation a concern found in the assessment opens (R23); `notes` are
    /// the mediator's words, sealed with the case.
    case recordAssessment(
        participant: Identifier<Participant>,
        safetyConcern: RaisedConcern?,
        privacyConcerns: Bool,
        ready: Bool,
        notes: String = ""
    )
    case invalidateAssessments(ReassessmentTrigger)
    /// R24: how the participant may safely be contacted.
    case recordSafeContact(participant: Identifier<Participant>, SafeContact)
    /// N9: only these coordinators (the acting one among them) and the assigned mediators see the case.
    case restrictAccess(to: Set<Identifier<User>>)
    case liftRestriction
    /// N9: the acting coordinator stops seeing the case (they know a party, for example).
    case recuse
    /// R53: the acting coordinator becomes the case's one owner, in place of any other.
    case takeOwnership
    /// R54: a note that corrects timeline entry number `entry` (1 = the first); the entry itself stays.
    case recordCorrection(entry: Int, note: String)
    /// §7.2: who the person is and how to reach them; a new record replaces the last, which stays in the history.
    case recordPerson(participant: Identifier<Participant>, PersonRecord)
    /// §7.2, R24: a contact with a person, by a channel they marked safe.
    /// §7.2: a note kept with the case; `restricted` keeps it to its author and coordinators.
    case writeNote(id: Identifier<CaseNote>, text: String, restricted: Bool)
    case logContact(participant: Identifier<Participant>, channel: ContactChannel, outcome: ContactLogEntry.Outcome, note: String)
    /// R50, R52: interpreter and accessibility needs; a new record replaces the last.
    case recordCommunicationNeeds(participant: Identifier<Participant>, CommunicationNeeds)
    /// §6: the participant's needs, replacing the previous selection (R40: forgiveness only in own words).
    case recordNeeds(participant: Identifier<Participant>, codes: [NeedCode], ownWords: String?)
    case raiseEscalation(id: Identifier<Escalation>, category: String)
    /// R37: a coordinator records (and so approves) information that left RO; allowed after closure too.
    /// §4.9: a coordinator links this case to another by its reference; the service records the
    /// same link on the other case in the same transaction. Allowed after closure: it changes nothing else.
    case linkCase(CaseLink)
    /// R10: a coordinator links a victim-side request to the offender's record by FPS number (1–12 letters and digits).
    case linkOffenderRecord(fpsNumber: String)
    /// R9: a coordinator records that a victim-side request was acknowledged to the requester, and how.
    case recordAcknowledgement(channel: IntakeChannel)
    /// Removes a link made by mistake, on both cases.
    case unlinkCase(reference: String)
    case recordDisclosure(id: Identifier<Disclosure>, category: Disclosure.Category, legalBasis: String, recipient: String, disclosedOn: Date)
    case resolveEscalation(Identifier<Escalation>)
    case recordNoContactOrder(id: Identifier<NoContactOrder>, kind: NoContactOrder.Kind, hasROClause: Bool, details: NoContactOrder.Details = .init())
    case recordConditionAmended(Identifier<NoContactOrder>)
    /// R28 override or R29 legal advice: two different coordinators lift the gate.
    case approveExchangeDespiteOrder(Identifier<NoContactOrder>)
    case approachOtherParty
    case putOnHold(reviewAt: Date?)
    case resume
    // Dialogue (§4.5, §4.6)
    case startDialogue(DialogueForm)
    case draftItem(
        id: Identifier<RelayedItem>,
        form: DialogueForm,
        sender: Identifier<Participant>,
        recipient: Identifier<Participant>,
        content: String
    )
    case submitItem(Identifier<RelayedItem>)
    case returnItem(Identifier<RelayedItem>)
    case redactItem(Identifier<RelayedItem>, content: String)
    case approveItem(Identifier<RelayedItem>)
    case recordRecipientChoice(Identifier<RelayedItem>, optIn: Bool)
    case releaseItem(Identifier<RelayedItem>)
    case recordDelivery(Identifier<RelayedItem>)
    case acknowledgeItem(Identifier<RelayedItem>)
    case withdrawItem(Identifier<RelayedItem>)
    /// R51: a translation of the item's latest version, before it is released.
    case addTranslation(Identifier<RelayedItem>, language: String, content: String, translator: String)
    /// A file stored for the item (see `MediaAttachment`), added or removed while the item is a draft or returned.
    case attachMedia(Identifier<RelayedItem>, MediaAttachment)
    case detachMedia(Identifier<RelayedItem>, Identifier<MediaAttachment>)
    /// §7.3: the sender asked that their video or audio be erased before it reached the other party.
    case eraseRecordingAtSendersRequest(Identifier<RelayedItem>, Identifier<MediaAttachment>)
    /// §7.3: the case closed long enough ago that its video and audio are erased.
    case eraseRecordingsPastRetention
    // Meetings (§4.7, R30–R34)
    case proposeMeeting(id: Identifier<Meeting>, form: DialogueForm, site: String?, attendees: [Identifier<Participant>])
    case recordAvailability(Identifier<Meeting>, participant: Identifier<Participant>)
    case recordSafetyPlan(Identifier<Meeting>, SafetyPlan)
    case recordSupportPersonPrepared(Identifier<Participant>)
    case requestEntry(Identifier<Meeting>, EntryRequest)
    case approveEntry(Identifier<Meeting>)
    case declineEntry(Identifier<Meeting>, EntryRequest.DeclineReason)
    case proposeOtherTime(Identifier<Meeting>, Date)
    case bookVideo(Identifier<Meeting>, scheduledFor: Date)
    case confirmMeeting(Identifier<Meeting>)
    /// §4.9: this meeting is held together with a meeting of a linked case (recorded on both cases).
    case joinMeeting(Identifier<Meeting>, with: JointMeeting)
    case recordMeetingHeld(Identifier<Meeting>, attended: [Identifier<Participant>], note: String)
    case postponeMeeting(Identifier<Meeting>)
    case cancelMeeting(Identifier<Meeting>)
    // Withdrawal, follow-up, closure, reopening (§4.3, §4.8, §4.9)
    case recordWithdrawal(participant: Identifier<Participant>, mayReturn: Bool)
    /// C6: staff outside the case heard the person wants to stop; their releases and meetings freeze.
    case recordWithdrawalNotice(Identifier<Participant>)
    /// C6: the mediator checked with the person, who wishes to continue.
    case confirmContinuing(Identifier<Participant>)
    case startFollowUp
    case returnToDialogue
    case close(ClosureReason)
    /// §4.3: the assigned mediator proposes that the case close as completed; a coordinator closes it.
    case proposeClosure(ClosureReason)
    case closeForSafety
    case closeOther(ClosureReason)
    case reopen(newEpisode: Identifier<Case>)
}

extension CaseCommand {
    /// A closed case takes only these: reopening (§4.9), recording a disclosure made under a legal duty
    /// (R37), linking it to a later case about the same people (§4.9), which changes nothing else, and
    /// erasing recordings (§7.3).
    var isAllowedAfterClosure: Bool {
        switch self {
        case .reopen, .recordDisclosure, .linkCase, .unlinkCase, .eraseRecordingAtSendersRequest, .eraseRecordingsPastRetention: true
        default: false
        }
    }
}

extension CaseCommand {
    /// The accounts an assignment names, for the service to check they are active mediators' (N2).
    public var assignedMediators: [Identifier<User>]? {
        switch self {
        case .assignMediators(let mediators), .reassignMediators(let mediators): mediators
        default: nil
        }
    }
}
