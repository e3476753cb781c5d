import Foundation
import ROCore
import ROServices

/// A step that was refused, to show again with its reason and the fields as typed.
struct StepFailure: Sendable {
    /// The step refused; nil for a file refused on its way to a letter.
    let step: CaseStep?
    let form: FormFields
    let message: String
    /// The person the refusal is about (R21: a refusal names the missing assessment to staff).
    let about: Identifier<Participant>?

    /// Where the error summary links to on a part of the case (a step's own page links to its form).
    var section: String {
        guard let step = self.step else { return "letters" }
        switch step.area {
        case .summary: return "steps"
        case .people: return "needs"  // the needs forms are the ones on the people's page
        case .safety: return "safety"
        case .letters: return "letters"
        case .meetings: return "meetings"
        case .administration: return step == .unlinkCase ? "linked-cases" : step == .liftRestriction ? "access" : "case-record"
        case .timeline: return "timeline"
        }
    }

    /// The typed fields, when the failed form was about this meeting.
    func form(for meeting: Identifier<Meeting>) -> FormFields? {
        self.form["meeting"] == meeting.description ? self.form : nil
    }
}
