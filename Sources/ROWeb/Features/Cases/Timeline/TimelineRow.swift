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

/// The timeline a page at a time, newest first (issue 16, item 4: a case followed for years has hundreds of
/// entries): `before` an entry number shows the entries before it. Without `path` every entry is shown at once.
struct TimelinePage: Sendable {
    /// Entries a page shows.
    static let size = 100

    let rows: [TimelineRow]
    /// The address of the entries before these, when there are more.
    let earlier: String?
    let isLaterPage: Bool

    /// `path`: the timeline's address, to which `?before=` is added.
    init(_ events: [CaseEvent], before: Int?, path: String?, language: Language) {
        var correctedBy: [Int: [Int]] = [:]
        for (index, event) in events.enumerated() {
            if case .correctionRecorded(let entry, _) = event.change { correctedBy[entry, default: []].append(index + 1) }
        }
        let numbered = events.enumerated().reversed().map { (number: $0.offset + 1, event: $0.element) }.filter { $0.number < before ?? Int.max }
        let shown = path == nil ? numbered : Array(numbered.prefix(Self.size))
        self.rows = shown.map { TimelineRow($0.event, number: $0.number, correctedBy: correctedBy[$0.number] ?? [], language: language) }
        if let path, let last = shown.last, numbered.count > shown.count {
            self.earlier = "\(path)?before=\(last.number)"
        } else {
            self.earlier = nil
        }
        self.isLaterPage = before != nil
    }
}

/// The correction form as typed, when it was refused.
struct TypedCorrection: Sendable {
    let entry: String
    let note: String
}
