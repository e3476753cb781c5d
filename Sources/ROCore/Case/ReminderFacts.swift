import Foundation

/// What a case's reminders follow from, apart from the time and the program's policy (issue 16, item 4). Kept beside
/// the case in the same transaction as every change, so a list of cases shows its reminders without replaying one
/// of them. It holds no content: dates, counts, and each participant's role and whether they withdrew.
public struct ReminderFacts: Sendable, Equatable, Codable {
    public struct Person: Sendable, Equatable, Codable {
        public let id: Identifier<Participant>
        public let role: ParticipantRole
        public let hasWithdrawn: Bool
        /// When their current assessment was completed; nil: none, or it was invalidated (R22).
        public let assessedAt: Date?
    }

    public let stage: CaseStage
    public let openedAt: Date
    /// A victim-side request not yet acknowledged to the requester (R9).
    public let awaitsAcknowledgement: Bool
    public let people: [Person]
    public let lastDialogueEventAt: Date?
    public let withdrawalNotices: [Identifier<Participant>]
    public let otherPartyToTell: [Identifier<Participant>]
    public let proposedClosure: ClosureReason?
    public let itemsInReview: Int
    public let holdReviewAt: Date?

    /// The role of a participant, to name them in a reminder.
    public func role(of id: Identifier<Participant>) -> ParticipantRole? { self.people.first { $0.id == id }?.role }

    /// The reminders open at `now`, soonest first. Pure: the same facts, time and policy always give the same list.
    public func reminders(at now: Date, policy: CasePolicy = .standard) -> [Reminder] {
        guard self.stage.isOpen else { return [] }
        var reminders: [Reminder] = []
        if [.requestReceived, .assessment].contains(self.stage), now.timeIntervalSince(self.openedAt) >= Case.unassignedAlert - Case.reminderLead {
            reminders.append(Reminder(.unassigned, due: self.openedAt.addingTimeInterval(Case.unassignedAlert), now: now))
        }
        if self.awaitsAcknowledgement {  // shown from the start: the standard is short
            reminders.append(Reminder(.acknowledgementDue, due: Case.acknowledgementDue(openedAt: self.openedAt, policy: policy), now: now))
        }
        if [.preparation, .dialogue, .followUp].contains(self.stage) {
            for person in self.people where !person.hasWithdrawn {
                let due = person.assessedAt.map { $0.addingTimeInterval(policy.assessmentValidity) } ?? now
                if due.timeIntervalSince(now) <= Case.reminderLead { reminders.append(Reminder(.assessmentDue(person.id), due: due, now: now)) }
            }
        }
        if [.dialogue, .followUp].contains(self.stage), let last = self.lastDialogueEventAt {
            let due = last.addingTimeInterval(policy.followUpDue)
            if due.timeIntervalSince(now) <= Case.reminderLead { reminders.append(Reminder(.followUpDue, due: due, now: now)) }
        }
        reminders += self.withdrawalNotices.map { Reminder(.confirmWithdrawalNotice($0), due: now, now: now) }
        reminders += self.otherPartyToTell.map { Reminder(.tellOtherParty($0), due: now, now: now) }
        if let proposed = self.proposedClosure { reminders.append(Reminder(.closureProposed(proposed), due: now, now: now)) }
        if self.itemsInReview > 0 { reminders.append(Reminder(.itemsAwaitingReview(count: self.itemsInReview), due: now, now: now)) }
        if self.stage == .onHold, let review = self.holdReviewAt, review.timeIntervalSince(now) <= Case.reminderLead {
            reminders.append(Reminder(.holdReviewDue, due: review, now: now))
        }
        return reminders.sorted { $0.due < $1.due }
    }
}

extension Case {
    public var reminderFacts: ReminderFacts {
        ReminderFacts(
            stage: self.stage,
            openedAt: self.openedAt,
            awaitsAcknowledgement: self.requesterType != nil && self.acknowledgement == nil,
            people: self.participants.map {
                ReminderFacts.Person(id: $0.id, role: $0.role, hasWithdrawn: $0.hasWithdrawn, assessedAt: self.assessments[$0.id]?.completedAt)
            },
            lastDialogueEventAt: self.lastDialogueEventAt,
            withdrawalNotices: self.withdrawalNotices.sorted { $0.rawValue.uuidString < $1.rawValue.uuidString },
            otherPartyToTell: self.otherPartyToTell.sorted { $0.rawValue.uuidString < $1.rawValue.uuidString },
            proposedClosure: self.proposedClosure,
            itemsInReview: self.items.filter { $0.state == .inReview }.count,
            holdReviewAt: self.holdReviewAt
        )
    }
}
