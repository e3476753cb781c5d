import Foundation
import ROCore

/// A link to one part of a case; `current` marks the page being shown (`aria-current`).
struct AreaLink: Sendable {
    let name: String
    let path: String
    let current: Bool
}

/// A link to a step's own page.
struct StepLink: Sendable {
    let title: String
    let path: String
}

/// One thing that needs doing now on a case: what blocks the next step and why, with a link to the part
/// of the case where it is done. Read from the case as it is; the rules themselves stay in `decide`.
struct ToDoRow: Sendable {
    let text: String
    let area: String
    let path: String

    init(_ text: String, in area: CaseArea, of value: Case, _ strings: Strings) {
        self.text = text
        self.area = area.title(strings)
        self.path = area.path(of: value.id.description)
    }

    static func rows(for value: Case, viewer: User, at now: Date, policy: CasePolicy, language: Language) -> [ToDoRow] {
        let s = language.strings
        var rows: [ToDoRow] = []
        // §4.3, R10, R11: what assignment waits for, in the order a coordinator does it.
        if viewer.role == .coordinator, value.stage == .assessment {
            for missing in value.assignmentWaitsFor(policy: policy) {
                switch missing {
                case .eligibility: rows.append(ToDoRow(s.toDoConfirmEligibility, in: .summary, of: value, s))
                case .safetyReview: rows.append(ToDoRow(s.toDoReviewSafety, in: .summary, of: value, s))
                case .offenderRecord: rows.append(ToDoRow(s.toDoLinkOffenderRecord, in: .administration, of: value, s))
                }
            }
            if rows.isEmpty { rows.append(ToDoRow(s.toDoAssignMediator, in: .summary, of: value, s)) }
        }
        guard value.stage.isOpen else { return rows }
        // R23, R28, R29: what blocks every gated step.
        if value.hasOpenEscalation { rows.append(ToDoRow(s.toDoResolveEscalation, in: .safety, of: value, s)) }
        if value.noContactOrders.contains(where: \.blocksExchanges) { rows.append(ToDoRow(s.toDoOrderBlocks, in: .safety, of: value, s)) }
        // R21: once the other party may be approached, a step needs everyone's current assessment.
        if [.preparation, .dialogue, .followUp].contains(value.stage) {
            for person in value.participants where !person.hasWithdrawn && !value.isAssessedReady(person.id, at: now, policy: policy) {
                rows.append(ToDoRow("\(s.toDoAssessAgain) \(person.role.name(in: language)).", in: .people, of: value, s))
            }
        }
        // C6, R18: what a withdrawal leaves for the mediator to do.
        for person in value.participants where value.withdrawalNotices.contains(person.id) {
            rows.append(ToDoRow("\(s.toDoConfirmContinuing) \(person.role.name(in: language)).", in: .people, of: value, s))
        }
        for person in value.participants where value.otherPartyToTell.contains(person.id) {
            rows.append(ToDoRow("\(s.toDoTellOtherParty) \(person.role.name(in: language)).", in: .people, of: value, s))
        }
        return rows
    }
}
