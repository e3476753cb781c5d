import Foundation

/// Everything the rules can refuse. Knows nothing of HTTP or languages: the web layer maps each case to a
/// status, a stable code and an English and French message in one place (`ErrorMapping.swift`).
public enum DomainError: Error, Equatable, Sendable {
    /// A sign-in that failed for any reason: unknown name, wrong password or disabled account.
    /// One case for all of them, so no answer reveals whether an account exists.
    case signInFailed
    /// Too many recent failures for this account name or this address.
    case signInThrottled
    /// Issue 15, item 1: the second factor's code (or recovery code) was wrong, out of time, or already used.
    case secondFactorCodeWrong
    /// The step between the password and the code lasted too long, or the browser never gave the password.
    case signInStepExpired
    /// The password or code given to confirm it is them, before an approval, was not right.
    case identityNotConfirmed
    /// N2: a mediator's account needs the last day of their contract (today or later when it is made).
    case contractEndRequired
    /// The session ended (idle or absolute time-out, sign-out) or never existed.
    case notSignedIn
    /// The state-changing request carried no CSRF token, or the wrong one.
    case csrfTokenInvalid
    /// The actor's role does not allow the action. Deny by default.
    case notPermitted
    case userNotFound
    case usernameTaken
    case invalidUsername
    case invalidDisplayName
    case passwordTooShort(minimum: Int)
    case passwordTooLong(maximum: Int)
    case passwordSameAsUsername
    case currentPasswordWrong
    /// An administrator cannot disable or demote their own account, so one always remains.
    case cannotChangeOwnAccess
    case tokenNotFound
    case invalidTokenName
    case invalidTokenLifetime(maximumDays: Int)
    /// Someone else changed the record since it was read. Never a silent overwrite.
    case staleWrite

    // Cases (ro-program.md §3, §4)
    /// The case does not exist, or the actor may not know it exists (N1: both answer the same).
    case caseNotFound
    case caseAlreadyExists
    /// §4.9: no case the actor may read has that reference, or this case is not linked to it.
    case linkedCaseNotFound
    /// R10: assignment needs the offender's record linked by FPS number.
    case offenderRecordNotLinked
    /// R10: an FPS number is 1 to 12 letters and digits.
    case invalidFPSNumber
    /// §7.2: a person's record needs the name they use; values of at most `maximumLength` characters.
    case personRecordInvalid(maximumLength: Int)
    /// R24: a person is contacted only by a channel they marked safe, and a message left only where they allow it.
    case contactChannelNotSafe
    /// §7.2: a contact's note holds at most this many characters.
    case contactNoteTooLong(maximum: Int)
    /// An assessment's notes or a mediator note longer than its maximum.
    case notesTooLong(maximum: Int)
    case noteEmpty
    /// R57: a program setting outside the values it may take.
    case settingOutOfRange(ProgramSettings.Number)
    /// R57: a contact or resources text longer than the maximum, in either language.
    case settingTextTooLong(maximum: Int)
    /// R57: regions need 1 to `maximum` entries, each with a plain unique code and a name in both languages.
    case regionsInvalid(maximum: Int)
    /// R57: a region cases and sites may refer to cannot be taken off the list.
    case regionRemoved(code: String)
    /// R57: the pages have no label with this key.
    case labelNotFound
    /// R57: a label's wording is empty in both languages or longer than the maximum in either.
    case labelTextInvalid(maximum: Int)
    /// R57: a rewording keeps the placeholders of the built-in text (`{count}`), which the page fills in.
    case labelPlaceholdersChanged([String])
    /// R40: a rewording may not bring forgiveness into a text that did not speak of it.
    case labelNamesForgiveness
    /// R9: only a victim-side request is acknowledged, once, by phone, mail or e-mail.
    case acknowledgementNotExpected
    /// §4.9: a case cannot be linked to itself, nor twice to the same case.
    case caseLinkInvalid
    /// The command is not possible in the case's current stage (§4.3).
    case notAllowedInStage(CaseStage)
    /// The actor's role may not issue this command, or a mediator is not assigned to the case.
    case roleNotAllowed(Role)
    /// R2: a representative's request must link to a registered victim first.
    case representativeNotLinked
    /// R10, R11: every eligibility criterion in force must be confirmed before assignment.
    case eligibilityNotConfirmed
    /// R10, R11: confirming eligibility means ticking every criterion in force.
    case eligibilityCriteriaIncomplete
    /// R57: the eligibility criteria need 1 to `maximum` entries, unique plain codes, names in both languages.
    case eligibilityCriteriaInvalid(maximum: Int)
    /// R57, §6: the added needs need unique codes (not §6's) and names in both languages, at most `maximum` of them.
    case addedNeedsInvalid(maximum: Int)
    /// R40: forgiveness is never offered as a need; it appears only in a participant's own words.
    case needNamesForgiveness
    /// R57, §6: a listed need stays (cases keep its code); it may be renamed.
    case needRemoved(code: String)
    /// R55: a research extract states its purpose, within these many characters.
    case extractPurposeInvalid(ClosedRange<Int>)
    case extractNotFound
    case extractAlreadyApproved
    /// §7.2: an identifiable export needs a second approver.
    case secondCoordinatorRequired
    /// R55: nothing is extracted before a second coordinator approved.
    case extractNotApproved
    /// Issue 15, item 8: the approval was given more than 30 days ago.
    case extractExpired
    /// R8: the referral's safety section must be reviewed before assignment.
    case safetySectionNotReviewed
    case mediatorCount(Int)
    /// N2: only an enabled mediator's account can be assigned to a case.
    case mediatorNotActive
    case participantNotFound
    /// R15, C2: a step needs this participant's current consent for this purpose.
    case consentMissing(participant: Identifier<Participant>, purpose: ConsentPurpose)
    /// R21: a gated step needs a current assessment of this participant (named to staff).
    case assessmentMissing(participant: Identifier<Participant>)
    /// R21: this participant's current assessment found them not ready; a later one must find them ready.
    case participantNotReady(participant: Identifier<Participant>)
    /// R23: an open escalation blocks every gated step.
    case escalationOpen
    case escalationNotFound
    /// R28, R29: a no-contact order or condition blocks exchanges until amended or approved by two coordinators.
    case noContactOrderBlocks
    case noContactOrderNotFound
    /// The same coordinator cannot be both approvers (R28, R29).
    case secondApproverRequired
    /// §7.3: the case's retention has not ended (or it is open, or a later episode reopened it).
    case notDueForDisposal
    /// §7.3: a legal hold, Privacy Act request or investigation suspends disposal.
    case legalHoldActive
    case holdReasonInvalid(maximum: Int)
    case legalHoldNotFound
    case disposalAlreadyProposed
    case disposalNotProposed
    /// §7.3: the case was disposed of that day; only its reference and certificate remain.
    case caseDisposed(on: String)
    case itemNotFound
    case itemAlreadyExists
    /// The item is not in a state that allows this step (§4.6).
    case itemNotInState(RelayedItem.State)
    /// R44: the recipient has not chosen to receive this item.
    case recipientHasNotOptedIn
    /// Items travel between the two sides only, through the mediator (R42).
    case itemMustCrossSides
    case formNotRelayed(DialogueForm)
    /// A closure reason that does not fit the command (§4.4).
    case closureReasonNotAllowed(ClosureReason)
    /// Follow-up needs something delivered and nothing still in review (§4.3).
    case nothingDeliveredYet
    case itemsStillInReview
    /// R24, Q12: the other party is approached only by a recorded safe route; without one, screen out as unreachable.
    case noSafeRoute(participant: Identifier<Participant>)
    /// §6: a need outside the participant's list.
    case needNotOffered
    /// §6, R40: "other" is recorded in the participant's own words, and words go with "other" only.
    case ownWordsRequired
    /// R24: the person's recorded safe-contact preferences rule out this contact.
    case contactNotSafe(participant: Identifier<Participant>)
    /// C6: someone said this person wants to stop; the mediator confirms with them first.
    case withdrawalNoticePending(participant: Identifier<Participant>)
    /// R46: an information-given entry names a kind of person, a channel and a language.
    case informationEntryIncomplete
    /// Q16: on a restricted case (witness protection), only a coordinator at NHQ requests site entry.
    case nhqApprovalRequired
    /// N6: a privileged account change needs a second administrator, not the one who proposed it.
    case secondAdministratorRequired
    /// N6: the account was created by one administrator and awaits a second's approval; nothing else changes first.
    case accountAwaitingApproval
    /// Issue 15, item 6: a read token asked to change something.
    case tokenReadOnly
    /// Issue 15, item 6: a token asked to approve a two-person step; approvals are given signed in.
    case approvalNeedsSignIn
    /// N6: the account has no pending change (another administrator approved or withdrew it meanwhile).
    case nothingToApprove
    /// §4.9: meetings are joined only if planned, of linked cases, of the same form and site, and once.
    case jointMeetingInvalid
    /// §4.9: a joined case does not pass its own gates for this meeting; its reference when the actor may
    /// read it, nil otherwise (a mediator learns that another case is involved, never which).
    case jointMeetingBlocked(reference: String?)
    /// N7: no investigation with that id, or not one this auditor may act on.
    case investigationNotFound
    /// N7: an investigation states its grounds, at most `maximum` characters.
    case investigationGroundsInvalid(maximum: Int)
    /// N7: content access needs a second auditor, not the one who asked for it.
    case secondAuditorRequired
    /// N7: only a request still waiting can be approved.
    case investigationNotAwaitingApproval
    /// N7: the investigation was closed or its time ran out.
    case investigationEnded
    /// N7: this auditor already has a request or an investigation open on the case.
    case investigationAlreadyOpen
    /// Statistics are kept for fiscal years from 1990 to the current one (R55).
    case invalidFiscalYear
    // Meetings (§4.7)
    /// A site needs a code, both names, one of the regions and a known time zone.
    case invalidSite
    case meetingNotFound
    case meetingAlreadyExists
    /// The meeting is not in a state that allows this step (§4.7).
    case meetingNotInState(Meeting.State)
    case formNotMeeting(DialogueForm)
    /// R30: an in-person meeting names the CSC site where it takes place.
    case siteRequired
    /// A meeting needs someone from each side, every attendee a participant still taking part.
    case attendeesIncomplete
    /// Availability is gathered from each party before entry is requested or video booked (§4.7).
    case availabilityMissing(participant: Identifier<Participant>)
    /// R32: entry requests go at least 15 working days ahead; the earliest possible date is given.
    case entryNoticeTooShort(earliest: Date)
    /// R31, R34: everyone entering the site, support persons included, is listed by name.
    case entrantMissing(participant: Identifier<Participant>)
    /// R30: an in-person meeting at a CSC site needs the site's approval first.
    case entryNotApproved
    case videoNotBooked
    /// R33: separate arrival and departure are planned before an in-person meeting is confirmed.
    case safetyPlanMissing
    /// R34: a support person is named, consented to, prepared and listed on the entry request.
    case supportPersonNotCleared(participant: Identifier<Participant>)
    /// `completed.faceToFace` needs at least one meeting held (§4.4).
    case noMeetingHeld
    /// A meeting or a proposed time must lie in the future.
    case dateInPast
    /// A participant who withdrew cannot be the subject of a step until they give consent again.
    case participantWithdrew
    /// C8: consent from an authorised person is recorded only for someone who needs one.
    case noAuthorisedPerson
    /// R37: agreeing to take part is recorded with the confidentiality notice the person was given.
    case confidentialityNoticeRequired
    /// R37: a disclosure names its category, legal basis, recipient and a date not in the future.
    case disclosureIncomplete
    /// N9: a restriction names the coordinator who sets it; the last one named cannot recuse.
    case restrictionMustIncludeYou
    case notRestricted
    case lastRestrictedCoordinator
    /// R53: the coordinator already owns the case.
    case alreadyOwner
    /// R54: a correction names an entry of this case's timeline and says what was wrong.
    case entryNotFound
    case correctionNoteRequired
    /// R52: an "other" accessibility need is described in words.
    case accessibilityNoteRequired
    /// R51: a translation has its text and its translator.
    case translationIncomplete
    /// A letter carries scanned pages; a video message carries video or audio; a relayed message carries no file.
    case mediaNotForForm(DialogueForm)
    case tooManyAttachments(Int)
    case mediaNotFound
    /// §4.8, Q19: the person who sent the file withdrew, so it is no longer served.
    case senderWithdrew
    /// A video message goes to review with its recording.
    case recordingMissing
    /// §7.3: the recording's bytes were erased; what it was stays in the record.
    case recordingErased
    /// §7.3: a recording is erased at its sender's request only before it reaches the other party.
    case recordingAlreadyReleased
    /// §7.3: the recordings of a case are erased once its recording retention has ended, not before.
    case recordingRetentionNotEnded(until: Date?)
    /// The file is not one of the accepted kinds (`MediaType`), judged from its first bytes.
    case mediaTypeNotAccepted
    /// The file is larger than the configured limit, in bytes.
    case mediaTooLarge(limit: Int)
}

extension DomainError {
    /// The participant a refusal is about, so staff can be told whom it concerns (R21).
    public var participant: Identifier<Participant>? {
        switch self {
        case .consentMissing(let participant, _), .assessmentMissing(let participant), .participantNotReady(let participant),
            .availabilityMissing(let participant),
            .entrantMissing(let participant), .supportPersonNotCleared(let participant), .withdrawalNoticePending(let participant),
            .noSafeRoute(let participant),
            .contactNotSafe(let participant):
            participant
        default: nil
        }
    }
}
