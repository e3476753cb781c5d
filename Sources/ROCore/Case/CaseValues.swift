import Foundation

/// Where a case is in the process (ro-program.md §4.2). Raw values are stored: never rename one.
public enum CaseStage: String, Codable, Sendable, CaseIterable {
    case requestReceived = "REQUEST_RECEIVED"
    case assessment = "ASSESSMENT"
    case assigned = "ASSIGNED"
    case preparation = "PREPARATION"
    case onHold = "ON_HOLD"
    case dialogue = "DIALOGUE"
    case followUp = "FOLLOW_UP"
    case closed = "CLOSED"
    case disposed = "DISPOSED"

    /// Every stage before closure: where withdrawal, safety closure and reassignment are possible.
    public var isOpen: Bool { self != .closed && self != .disposed }
}

/// Who asked on the victim side (R1).
public enum RequesterType: String, Codable, Sendable, CaseIterable {
    case registeredVictim
    case nonRegisteredVictim
    case representative
    case offenderFamilyMember
    case communityMember
}

/// How a request or referral reached the RJ unit (R3, R4).
public enum IntakeChannel: String, Codable, Sendable, CaseIterable {
    case phone, mail, email, victimServices, publicForm, staffReferral
}

/// The two sides of a case. Nothing passes from one to the other except through the mediator (R42).
public enum PartySide: String, Codable, Sendable {
    case victim
    case offender
}

/// A person's place in the case.
public enum ParticipantRole: String, Codable, Sendable, CaseIterable {
    case victim, representative, offender, supportPerson

    public var side: PartySide { self == .offender ? .offender : .victim }
}

/// The forms a dialogue takes (§4.5); participants may change form at any time.
public enum DialogueForm: String, Codable, Sendable, CaseIterable {
    case letter, videoMessage, relayedMessage, meetingInPerson, meetingVideo

    /// The forms carried as relayed items (§4.6); the others are meetings (§4.7).
    public var isRelayed: Bool { self == .letter || self == .videoMessage || self == .relayedMessage }
}

/// Why a case closed (§4.4). Raw values are stored and counted in statistics. None carries blame (R41).
public enum ClosureReason: String, Codable, Sendable, CaseIterable {
    case completedFaceToFace = "completed.faceToFace"
    case completedIndirect = "completed.indirect"
    case ineligible
    case screenedOutOtherPartyUnwilling = "screenedOut.otherPartyUnwilling"
    case screenedOutOtherPartyUnreachable = "screenedOut.otherPartyUnreachable"
    case screenedOutReadiness = "screenedOut.readiness"
    case screenedOutSafety = "screenedOut.safety"
    case withdrawnVictimSide = "withdrawn.victimSide"
    case withdrawnOffender = "withdrawn.offender"
    case safety
    case offenderDeceased = "other.offenderDeceased"
    case victimDeceased = "other.victimDeceased"
    case removedFromCanada = "other.removedFromCanada"
    case otherUnspecified = "other.unspecified"

    /// The reasons `screenOut` may give (R12).
    public var isScreening: Bool { self.rawValue.hasPrefix("screenedOut.") }
    /// The reasons `close` may give after follow-up.
    public var isCompletion: Bool { self == .completedFaceToFace || self == .completedIndirect }
    /// The reasons `closeOther` may give.
    public var isOther: Bool { self.rawValue.hasPrefix("other.") }
}

/// Someone acting on a case: the user and the role they hold.
public struct CaseActor: Sendable, Equatable, Codable {
    public let userID: Identifier<User>
    public let role: Role

    public init(userID: Identifier<User>, role: Role) {
        self.userID = userID
        self.role = role
    }
}

/// Values the program calls configurable (R57), passed to `decide` so that it stays pure.
public struct CasePolicy: Sendable, Equatable {
    /// How long an assessment stays current (R21; Q6 default 90 days).
    public var assessmentValidity: TimeInterval
    /// The default review date of a hold (§4.3: 90 days).
    public var holdReview: TimeInterval

    /// How far ahead an entry request is sent (R32; Q1 default 15 working days).
    public var entryNoticeWorkingDays: Int
    /// When follow-up debriefs fall due after the last dialogue event (§4.9; Q24 default 30 days).
    public var followUpDue: TimeInterval
    /// How soon a victim-side request is acknowledged (R9; Q7 default 10 working days).
    public var acknowledgementWorkingDays: Int
    /// The codes of the eligibility criteria a coordinator confirms before assignment (R10, R11, R57).
    public var eligibilityCriteria: [String]
    /// §7.3: years a case is kept after closure, once mediators were assigned, and when it closed before.
    public var closedCaseRetentionYears: Int
    public var notAcceptedRetentionYears: Int
    /// §7.3: years the video and audio of a closed case are kept after closure.
    public var recordingRetentionYears: Int
    /// §6, R57: the needs the program adds to §6's catalogue.
    public var addedNeeds: [NeedDefinition]

    public static let standard = CasePolicy(
        assessmentValidity: 90 * 86_400,
        holdReview: 90 * 86_400,
        entryNoticeWorkingDays: 15,
        followUpDue: 30 * 86_400,
        acknowledgementWorkingDays: 10,
        eligibilityCriteria: EligibilityCriterion.csc.map(\.code),
        closedCaseRetentionYears: 10,
        notAcceptedRetentionYears: 2,
        addedNeeds: []
    )

    public init(
        assessmentValidity: TimeInterval,
        holdReview: TimeInterval,
        entryNoticeWorkingDays: Int,
        followUpDue: TimeInterval,
        acknowledgementWorkingDays: Int,
        eligibilityCriteria: [String],
        closedCaseRetentionYears: Int,
        notAcceptedRetentionYears: Int,
        recordingRetentionYears: Int = 2,
        addedNeeds: [NeedDefinition]
    ) {
        self.assessmentValidity = assessmentValidity
        self.holdReview = holdReview
        self.entryNoticeWorkingDays = entryNoticeWorkingDays
        self.followUpDue = followUpDue
        self.acknowledgementWorkingDays = acknowledgementWorkingDays
        self.eligibilityCriteria = eligibilityCriteria
        self.closedCaseRetentionYears = closedCaseRetentionYears
        self.notAcceptedRetentionYears = notAcceptedRetentionYears
        self.recordingRetentionYears = recordingRetentionYears
        self.addedNeeds = addedNeeds
    }
}
