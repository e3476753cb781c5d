import Foundation
import ROCore
import ROServices

/// One reminder as staff read it: what is due, when, and whether it is overdue (never shown to participants, R19).
struct ReminderRow: Sendable {
    let caseID: String
    let reference: String
    let text: String
    let due: String
    let isOverdue: Bool

    /// - Parameter role: names a participant by their role (a reminder never names a person).
    init(
        _ reminder: Reminder,
        caseID: Identifier<Case>,
        reference: String,
        role: (Identifier<Participant>) -> ParticipantRole?,
        language: Language
    ) {
        let day = reminder.due.formatted(.iso8601.year().month().day())
        self.caseID = caseID.description
        self.reference = reference
        self.due = day
        self.isOverdue = reminder.isOverdue
        switch reminder.kind {
        case .assessmentDue(let id):
            let who = role(id)?.name(in: language) ?? ""
            self.text = language.text("reminder.assessmentDue", ["who": "\(who)"])
        case .followUpDue:
            self.text = language.text("reminder.followUpDue")
        case .itemsAwaitingReview(let count):
            self.text = language.text("reminder.itemsAwaitingReview", ["count": "\(count)"])
        case .holdReviewDue:
            self.text = language.text("reminder.holdReviewDue")
        case .confirmWithdrawalNotice(let id):
            let who = role(id)?.name(in: language) ?? ""
            self.text =
                language.text("reminder.confirmWithdrawalNotice", ["who": "\(who)"])
        case .tellOtherParty(let id):
            let who = role(id)?.name(in: language) ?? ""
            self.text =
                language.text("reminder.tellOtherParty", ["who": "\(who)"])
        case .closureProposed(let reason):
            self.text =
                language.text("reminder.closureProposed", ["reason": reason.name(in: language)])
        case .acknowledgementDue:
            self.text =
                language.text("reminder.acknowledgementDue")
        case .unassigned:
            self.text = language.text("reminder.unassigned")
        }
    }

    init(_ reminder: CaseReminder, language: Language) {
        self.init(reminder.reminder, caseID: reminder.caseID, reference: reminder.reference, role: reminder.facts.role(of:), language: language)
    }
}
