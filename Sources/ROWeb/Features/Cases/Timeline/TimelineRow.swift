import Foundation
import ROCore
import ROServices

/// One entry of the timeline, numbered from the first, with the later entries that correct it (R54).
struct TimelineRow: Sendable {
    let number: String
    let when: String
    let what: String
    let who: String
    let correction: String
    let isCorrected: Bool

    init(_ event: CaseEvent, number: Int, correctedBy: [Int], language: Language) {
        self.number = String(number)
        self.when = event.at.utcMinuteText
        self.what = event.change.timelineText(in: language)
        self.who = event.actor.role.name(in: language)
        self.correction = correctedBy.map { "\(language.strings.correctedByLabel) \($0)" }.joined(separator: "; ")
        self.isCorrected = !correctedBy.isEmpty
    }
}

/// The correction form as typed, when it was refused.
struct TypedCorrection: Sendable {
    let entry: String
    let note: String
}
