import Foundation

/// Something staff should do soon on a case (issue 4 §7; R9, R20–R21, §4.9). Deadlines and overdue
/// markers are for staff only: nothing here ever reaches a participant (R19).
public struct Reminder: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// R21: this participant's assessment expires soon, or has expired or been invalidated (R22).
        case assessmentDue(Identifier<Participant>)
        /// §4.9: the debrief with each party falls due 30 days after the last dialogue event.
        case followUpDue
        /// R43: items wait for the mediator's review.
        case itemsAwaitingReview(count: Int)
        /// §4.3: a hold's review date.
        case holdReviewDue
        /// C6: confirm with this person whether they want to stop.
        case confirmWithdrawalNotice(Identifier<Participant>)
        /// R9: a case still unassigned 30 days after it was received.
        case unassigned
        /// R9: acknowledge a victim-side request to the requester within 10 working days.
        case acknowledgementDue
        /// §4.3: the mediator proposes closing the case as completed; the coordinator decides.
        case closureProposed(ClosureReason)
        /// R18: tell the other party that the process paused, after this person withdrew.
        case tellOtherParty(Identifier<Participant>)
    }

    public let kind: Kind
    public let due: Date
    public let isOverdue: Bool

    public init(_ kind: Kind, due: Date, now: Date) {
        self.kind = kind
        self.due = due
        self.isOverdue = due <= now
    }
}

extension Case {
    /// How far ahead a reminder appears before its due date.
    public static let reminderLead: TimeInterval = 14 * 86_400
    /// R9: a case unassigned this long alerts the coordinator.
    public static let unassignedAlert: TimeInterval = 30 * 86_400

    /// R9: when a victim-side request's acknowledgement falls due.
    public func acknowledgementDue(policy: CasePolicy) -> Date {
        Self.acknowledgementDue(openedAt: self.openedAt, policy: policy)
    }

    static func acknowledgementDue(openedAt: Date, policy: CasePolicy) -> Date {
        WorkingDays.adding(policy.acknowledgementWorkingDays, to: openedAt)
    }

    /// The reminders open now, soonest first. Pure: the same case and time always give the same list.
    public func reminders(at now: Date, policy: CasePolicy = .standard) -> [Reminder] {
        self.reminderFacts.reminders(at: now, policy: policy)
    }
}
