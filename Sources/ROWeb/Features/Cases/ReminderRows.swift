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

    init(_ reminder: Reminder, caseID: Identifier<Case>, reference: String, participants: [Participant], language: Language) {
        let en = language == .en
        let day = reminder.due.formatted(.iso8601.year().month().day())
        self.caseID = caseID.description
        self.reference = reference
        self.due = day
        self.isOverdue = reminder.isOverdue
        switch reminder.kind {
        case .assessmentDue(let id):
            let who = participants.first { $0.id == id }?.role.name(in: language) ?? ""
            self.text = en ? "Re-assess: \(who)" : "Réévaluer : \(who)"
        case .followUpDue:
            self.text = en ? "Follow-up debrief with each party" : "Rencontre de suivi avec chaque partie"
        case .itemsAwaitingReview(let count):
            self.text = en ? "Items waiting for review: \(count)" : "Éléments en attente d’examen : \(count)"
        case .holdReviewDue:
            self.text = en ? "Review the hold" : "Réexaminer la pause"
        case .confirmWithdrawalNotice(let id):
            let who = participants.first { $0.id == id }?.role.name(in: language) ?? ""
            self.text =
                en ? "Confirm with this person whether they want to stop: \(who)" : "Confirmer avec cette personne si elle veut arrêter : \(who)"
        case .tellOtherParty(let id):
            let who = participants.first { $0.id == id }?.role.name(in: language) ?? ""
            self.text =
                en
                ? "Tell the other party the process paused (R18), after a withdrawal: \(who)"
                : "Dire à l’autre partie que le processus est en pause (R18), après un retrait : \(who)"
        case .closureProposed(let reason):
            self.text =
                en
                ? "The mediator proposes closing the case: \(reason.name(in: language))"
                : "La médiation propose de fermer le dossier : \(reason.name(in: language))"
        case .acknowledgementDue:
            self.text =
                en ? "Acknowledge the request to the requester (10 working days, R9)" : "Accuser réception de la demande (10 jours ouvrables, R9)"
        case .unassigned:
            self.text = en ? "Not yet assigned (30-day standard, R9)" : "Pas encore confié (norme de 30 jours, R9)"
        }
    }

    init(_ reminder: CaseReminder, language: Language) {
        self.init(reminder.reminder, caseID: reminder.caseID, reference: reminder.reference, participants: reminder.participants, language: language)
    }
}
