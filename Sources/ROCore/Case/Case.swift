import Foundation

/// One case (one episode): the state rebuilt from its events by `evolve`. Stored events are the source
/// of truth; this value is what `decide` reads.
public struct Case: Sendable, Equatable, Identifiable {
    public let id: Identifier<Case>
    public var reference: String
    /// The earlier episode this one reopens (§4.9); nil for a first episode.
    public var episodeOf: Identifier<Case>?
    public var stage: CaseStage
    /// Where `resume` returns to after a hold.
    public var stageBeforeHold: CaseStage?
    public var requesterType: RequesterType?
    /// For a staff referral: what the referring staff recorded (R4).
    public var referral: Referral?
    public var channel: IntakeChannel
    /// R9: when the requester was told their request arrived, and how; nil until then.
    public var acknowledgement: Acknowledgement?
    public var region: String
    public var openedAt: Date
    public var updatedAt: Date
    public var participants: [Participant]
    /// R10: the offender's FPS number a coordinator linked to a victim-side request (a referral carries its own).
    public var linkedFPSNumber: String?
    /// R10, R11: the codes of the eligibility criteria a coordinator confirmed.
    public var confirmedEligibilityCriteria: [String]
    /// R8: a coordinator reviewed the referral's safety section.
    public var safetySectionReviewed: Bool
    public var mediators: [Identifier<User>]
    /// R53: the one coordinator who owns the case at a time; nil until one takes it.
    public var owningCoordinator: Identifier<User>?
    /// N9: the coordinators who may see a restricted case (its assigned mediators always may); nil: not restricted.
    public var restrictedTo: Set<Identifier<User>>?
    /// N9: staff who recused themselves; the case is "not found" for them.
    public var recusedStaff: Set<Identifier<User>>
    /// R18: people whose withdrawal the other party, already approached, has not yet been told of.
    public var otherPartyToTell: Set<Identifier<Participant>>
    /// C8: minors and persons lacking capacity, whose every consent also needs an authorised person's.
    public var authorisedConsentRequired: Set<Identifier<Participant>>
    public var consents: [ConsentRecord]
    /// The latest assessment of each participant that is not invalidated (R20–R22).
    public var assessments: [Identifier<Participant>: Assessment]
    /// Each participant's safe-contact preferences (R24).
    public var safeContacts: [Identifier<Participant>: SafeContact]
    /// §7.2: each person's identity and contact, as last recorded.
    public var people: [Identifier<Participant>: PersonRecord]
    /// §7.2: every contact with the people in the case, oldest first.
    public var contactLog: [ContactLogEntry]
    /// §7.2: the case workers' notes, oldest first; restricted ones are for their author and coordinators.
    public var notes: [CaseNote]
    /// R4: the staff member who referred the offender; they record the offender's identity while the referral
    /// waits for NHQ, and see nothing of the case (N3).
    public var referredBy: Identifier<User>?
    /// Each participant's current needs (§6).
    public var needs: [Identifier<Participant>: NeedsRecord]
    /// Each participant's interpreter and accessibility needs (R50, R52).
    public var communicationNeeds: [Identifier<Participant>: CommunicationNeeds]
    public var escalations: [Escalation]
    /// R37: information that left RO, newest last.
    public var disclosures: [Disclosure]
    public var noContactOrders: [NoContactOrder]
    public var items: [RelayedItem]
    public var meetings: [Meeting]
    /// C6: people a referrer, VSO or site said want to stop, until the mediator confirms either way.
    public var withdrawalNotices: Set<Identifier<Participant>>
    /// Support persons whose preparation the mediator recorded (R34).
    public var preparedSupportPersons: Set<Identifier<Participant>>
    /// The last delivery or meeting: follow-up debriefs fall due 30 days later (§4.9).
    public var lastDialogueEventAt: Date?
    public var formsUsed: Set<DialogueForm>
    /// Preparation reached the other party (Q12); dialogue cannot start before.
    public var otherPartyApproached: Bool
    public var holdReviewAt: Date?
    public var closureReason: ClosureReason?
    /// When the case closed: its retention is counted from here (§7.3).
    public var closedAt: Date?
    /// §4.3: the completion the assigned mediator proposed, until a coordinator closes or dialogue resumes.
    public var proposedClosure: ClosureReason?
    /// §4.9: other cases about the same offender or from the same victim side, never merged.
    public var links: [CaseLink]
    /// §4.9: meetings of this case held together with meetings of linked cases.
    public var jointMeetings: [Identifier<Meeting>: [JointMeeting]]
    /// Set on a closed episode once a later one reopens it.
    public var reopenedAs: Identifier<Case>?
    /// How many events made this state: the optimistic-concurrency version.
    public var version: Int

    /// The state before the first event: nothing exists yet.
    public static func empty(_ id: Identifier<Case>) -> Case {
        Case(
            id: id,
            reference: "",
            episodeOf: nil,
            stage: .requestReceived,
            stageBeforeHold: nil,
            requesterType: nil,
            referral: nil,
            channel: .phone,
            acknowledgement: nil,
            region: "",
            openedAt: .distantPast,
            updatedAt: .distantPast,
            participants: [],
            linkedFPSNumber: nil,
            confirmedEligibilityCriteria: [],
            safetySectionReviewed: false,
            mediators: [],
            owningCoordinator: nil,
            restrictedTo: nil,
            recusedStaff: [],
            otherPartyToTell: [],
            authorisedConsentRequired: [],
            consents: [],
            assessments: [:],
            safeContacts: [:],
            people: [:],
            contactLog: [],
            notes: [],
            referredBy: nil,
            needs: [:],
            communicationNeeds: [:],
            escalations: [],
            disclosures: [],
            noContactOrders: [],
            items: [],
            meetings: [],
            withdrawalNotices: [],
            preparedSupportPersons: [],
            lastDialogueEventAt: nil,
            formsUsed: [],
            otherPartyApproached: false,
            holdReviewAt: nil,
            closureReason: nil,
            closedAt: nil,
            proposedClosure: nil,
            links: [],
            jointMeetings: [:],
            reopenedAs: nil,
            version: 0
        )
    }

    /// R10: the offender record the case is about: the referral's FPS number, or the one linked at assessment.
    public var offenderFPSNumber: String? { self.referral?.fpsNumber ?? self.linkedFPSNumber }

    /// R10, R11, R57: every criterion the program asks now was confirmed (a criterion added since asks again).
    public func isEligible(under policy: CasePolicy) -> Bool {
        Set(policy.eligibilityCriteria).isSubset(of: self.confirmedEligibilityCriteria)
    }

    /// R8, R10, R11: what assigning mediators still waits for, in the order a coordinator does it; empty when they
    /// may be assigned. `decide` refuses with the first; the case page lists them all.
    public func assignmentWaitsFor(policy: CasePolicy) -> [AssignmentGate] {
        var missing: [AssignmentGate] = []
        if !self.isEligible(under: policy) { missing.append(.eligibility) }
        if !self.safetySectionReviewed { missing.append(.safetyReview) }
        if self.offenderFPSNumber == nil { missing.append(.offenderRecord) }
        return missing
    }

    /// What must be done before mediators are assigned.
    public enum AssignmentGate: Sendable, Equatable {
        /// R10, R11, R57: every eligibility criterion in force confirmed.
        case eligibility
        /// R8: a referral's safety section reviewed by a coordinator.
        case safetyReview
        /// R10: the offender's record linked by FPS number.
        case offenderRecord

        public var refusal: DomainError {
            switch self {
            case .eligibility: .eligibilityNotConfirmed
            case .safetyReview: .safetySectionNotReviewed
            case .offenderRecord: .offenderRecordNotLinked
            }
        }
    }

    public func participant(_ id: Identifier<Participant>) -> Participant? {
        self.participants.first { $0.id == id }
    }

    public func item(_ id: Identifier<RelayedItem>) -> RelayedItem? {
        self.items.first { $0.id == id }
    }

    /// The participants still taking part on one side.
    public func active(on side: PartySide) -> [Participant] {
        self.participants.filter { $0.side == side && !$0.hasWithdrawn }
    }

    /// The side that asked: the victim side for a request, the offender for a staff referral.
    public var requestingSide: PartySide { self.channel == .staffReferral ? .offender : .victim }

    public func meeting(_ id: Identifier<Meeting>) -> Meeting? {
        self.meetings.first { $0.id == id }
    }

    public var hasOpenEscalation: Bool { self.escalations.contains(where: \.isOpen) }
}
