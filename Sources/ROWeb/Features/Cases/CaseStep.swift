/// Every step a case page or an API client can name: the one place step names are spelled in Swift.
/// The raw value is the step's path segment (`POST /cases/{id}/steps/{raw value}`), which the OpenAPI
/// document lists too; stored nowhere, but clients rely on it, so a name never changes.
enum CaseStep: String, CaseIterable, Sendable {
    // Intake and assessment (§4.1–§4.3)
    case startAssessment = "start-assessment"
    case confirmEligibility = "confirm-eligibility"
    case reviewSafety = "review-safety"
    case closeIneligible = "close-ineligible"
    case assign
    case linkOffenderRecord = "link-offender-record"
    case recordAcknowledgement = "record-acknowledgement"
    case takeOwnership = "take-ownership"
    // Moving the case along (§4.3)
    case beginPreparation = "begin-preparation"
    case approach
    case startDialogue = "start-dialogue"
    case followUp = "follow-up"
    case backToDialogue = "back-to-dialogue"
    case resume
    case hold
    case proposeClosure = "propose-closure"
    case close
    case reopen
    // People
    case addParticipant = "add-participant"
    case consent
    case authorisedConsent = "authorised-consent"
    case assess
    case withdraw
    case safeContact = "safe-contact"
    case communicationNeeds = "communication-needs"
    case otherPartyTold = "other-party-told"
    case confirmContinuing = "confirm-continuing"
    case supportPrepared = "support-prepared"
    case needs
    case person
    case logContact = "log-contact"
    case writeNote = "write-note"
    case confirmRepresentative = "confirm-representative"
    // Letters and messages
    case draftLetter = "draft-letter"
    case submitItem = "submit-item"
    case approveItem = "approve-item"
    case returnItem = "return-item"
    case redactItem = "redact-item"
    case translateItem = "translate-item"
    case withdrawItem = "withdraw-item"
    case shareItem = "share-item"
    case optIn = "opt-in"
    case release
    case deliver
    case acknowledge
    case removeFile = "remove-file"
    /// §7.3: the sender asked that their recording be erased before it reached the other party.
    case eraseRecording = "erase-recording"
    // Meetings
    case proposeMeeting = "propose-meeting"
    case availability
    case safetyPlan = "safety-plan"
    case requestEntry = "request-entry"
    case bookVideo = "book-video"
    case confirmMeeting = "confirm-meeting"
    case postponeMeeting = "postpone-meeting"
    case cancelMeeting = "cancel-meeting"
    case meetingHeld = "meeting-held"
    case joinMeeting = "join-meeting"
    // Safety
    case raiseEscalation = "raise-escalation"
    case resolveEscalation = "resolve-escalation"
    case invalidateAssessments = "invalidate-assessments"
    case recordOrder = "record-order"
    case orderAmended = "order-amended"
    case approveDespiteOrder = "approve-despite-order"
    // Administration
    case reassign
    case linkCase = "link-case"
    case unlinkCase = "unlink-case"
    case recordDisclosure = "record-disclosure"
    case restrict
    case liftRestriction = "lift-restriction"
    case recuse
    // Timeline
    case correctEntry = "correct-entry"

    /// The part of the case where this step's form is, and where a person returns after it.
    var area: CaseArea {
        switch self {
        case .startAssessment, .confirmEligibility, .reviewSafety, .closeIneligible, .assign, .beginPreparation, .approach, .startDialogue,
            .followUp, .backToDialogue, .resume, .proposeClosure, .close, .reopen:
            .summary
        case .addParticipant, .consent, .authorisedConsent, .assess, .withdraw, .safeContact, .communicationNeeds, .otherPartyTold,
            .confirmContinuing, .supportPrepared, .needs, .person, .logContact, .writeNote:
            .people
        case .draftLetter, .submitItem, .approveItem, .returnItem, .redactItem, .translateItem, .withdrawItem, .shareItem, .optIn, .release,
            .deliver, .acknowledge, .removeFile, .eraseRecording:
            .letters
        case .proposeMeeting, .availability, .safetyPlan, .requestEntry, .bookVideo, .confirmMeeting, .postponeMeeting, .cancelMeeting,
            .meetingHeld, .joinMeeting:
            .meetings
        case .raiseEscalation, .resolveEscalation, .invalidateAssessments, .recordOrder, .orderAmended, .approveDespiteOrder, .hold, .reassign,
            .confirmRepresentative:
            .safety
        case .linkOffenderRecord, .recordAcknowledgement, .takeOwnership, .linkCase, .unlinkCase, .recordDisclosure, .restrict,
            .liftRestriction, .recuse:
            .administration
        case .correctEntry: .timeline
        }
    }
}

extension CaseStep {
    /// The steps with a page of their own (`GET /cases/{id}/steps/{step}`): one form under a heading that is
    /// the question. The others are a single button beside what they act on (a letter, a meeting, an order).
    static let withOwnPage: [CaseStep] = [
        .confirmEligibility, .assign, .startDialogue, .proposeClosure, .close,
        .addParticipant, .consent, .authorisedConsent, .assess, .withdraw, .safeContact, .communicationNeeds, .otherPartyTold, .confirmContinuing,
        .supportPrepared, .needs, .person, .logContact, .writeNote,
        .draftLetter, .proposeMeeting,
        .availability, .safetyPlan, .requestEntry, .bookVideo, .joinMeeting, .meetingHeld,
        .raiseEscalation, .invalidateAssessments, .recordOrder, .hold, .reassign,
        .linkCase, .recordDisclosure, .restrict, .recuse,
        .correctEntry,
    ]

    var hasOwnPage: Bool { Self.withOwnPage.contains(self) }

    /// The steps about one meeting: their page is reached from that meeting (`?meeting=` its id).
    var isAboutAMeeting: Bool { [.availability, .safetyPlan, .requestEntry, .bookVideo, .joinMeeting, .meetingHeld].contains(self) }

    /// The steps about one person's own record: their page is reached from that person (`?participant=`).
    var isAboutAPerson: Bool { self == .needs || self == .person }

    /// The partial holding the step's form, beside its part's templates.
    var formPartial: String { "step-\(self.rawValue)" }

    /// Where the step's own page is.
    func path(of caseID: String) -> String { "/cases/\(caseID)/steps/\(self.rawValue)" }

    /// The heading of the step's page and the words of links to it; nil for a step without a page.
    func title(_ t: Strings) -> String? {
        switch self {
        case .confirmEligibility: t.confirmEligibilityTitle
        case .assign: t.assignTitle
        case .startDialogue: t.startDialogueTitle
        case .proposeClosure: t.proposeClosureTitle
        case .close: t.closeTitle
        case .addParticipant: t.addParticipantTitle
        case .consent: t.consentTitle
        case .authorisedConsent: t.authorisedConsentTitle
        case .assess: t.assessmentTitle
        case .withdraw: t.withdrawalTitle
        case .safeContact: t.safeContactTitle
        case .communicationNeeds: t.communicationNeedsTitle
        case .otherPartyTold: t.tellOtherPartyTitle
        case .confirmContinuing: t.confirmContinuingTitle
        case .supportPrepared: t.supportPreparedTitle
        case .needs: t.needsTitle
        case .person: t.personTitle
        case .logContact: t.logContactTitle
        case .writeNote: t.writeNoteTitle
        case .draftLetter: t.draftLetterTitle
        case .proposeMeeting: t.proposeMeetingTitle
        case .availability: t.availabilityTitle
        case .safetyPlan: t.safetyPlanTitle
        case .requestEntry: t.requestEntryTitle
        case .bookVideo: t.bookVideoTitle
        case .joinMeeting: t.joinMeetingTitle
        case .meetingHeld: t.meetingHeldTitle
        case .raiseEscalation: t.raiseEscalationTitle
        case .invalidateAssessments: t.invalidateTitle
        case .recordOrder: t.recordOrderTitle
        case .hold: t.holdTitle
        case .reassign: t.reassignTitle
        case .linkCase: t.linkCaseTitle
        case .recordDisclosure: t.recordDisclosureTitle
        case .restrict: t.restrictTitle
        case .recuse: t.recuseTitle
        case .correctEntry: t.correctEntryTitle
        default: nil
        }
    }
}

/// The parts of a case, each its own page: the summary (`/cases/{id}`) and one page an area
/// (`/cases/{id}/{area}`), so a person sees what matters first and the forms of one area at a time.
enum CaseArea: String, CaseIterable, Sendable {
    case summary
    case people
    case safety
    case letters
    case meetings
    case administration
    case timeline

    /// Where the area's page is.
    func path(of caseID: String) -> String {
        self == .summary ? "/cases/\(caseID)" : "/cases/\(caseID)/\(self.rawValue)"
    }

    /// The template that shows the area.
    var template: String { self == .summary ? "case-show" : "case-\(self.rawValue)-page" }

    func title(_ t: Strings) -> String {
        switch self {
        case .summary: t.caseSummaryTitle
        case .people: t.participantsTitle
        case .safety: t.safetyAndAssessmentsTitle
        case .letters: t.lettersTitle
        case .meetings: t.meetingsTitle
        case .administration: t.caseAdministrationTitle
        case .timeline: t.timelineTitle
        }
    }
}
