import Foundation
import ROCore
import ROServices

/// Everything `case-show.mustache` shows: the summary, the people by role, the timeline and the steps
/// open to this viewer. Names of participants are not here yet: they come with the sealed participant record.
struct CaseShowPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let caseID: String
    let reference: String
    let version: String
    let stage: String
    let region: String
    let eligibility: String
    let participants: [ParticipantRow]
    let mediatorCount: String
    let hasMediators: Bool
    let timeline: [TimelineRow]
    let mayStartAssessment: Bool
    let mayAssess: Bool
    let mayAssign: Bool
    let mediatorOptions: [Option]
    let hasMediatorOptions: Bool
    let hasSteps: Bool

    init(layout: Layout, t: [String: String], file: CaseFile, viewer: User, mediators: [User], language: Language) {
        let value = file.value
        let s = language.strings
        self.layout = layout
        self.t = t
        self.caseID = value.id.description
        self.reference = value.reference
        self.version = String(value.version)
        self.stage = value.stage.name(in: language)
        self.region = CasePages.regionName(value.region, language)
        self.eligibility = value.federalSentenceConfirmed && value.responsibilityAccepted ? s.confirmedLabel : s.notConfirmedLabel
        self.participants = value.participants.map { ParticipantRow($0, language: language) }
        self.mediatorCount = String(value.mediators.count)
        self.hasMediators = !value.mediators.isEmpty
        self.timeline = file.events.reversed().map { TimelineRow($0, language: language) }
        let coordinator = viewer.role == .coordinator
        self.mayStartAssessment = coordinator && value.stage == .requestReceived
        self.mayAssess = coordinator && value.stage == .assessment
        self.mayAssign = self.mayAssess && value.federalSentenceConfirmed && value.responsibilityAccepted && value.safetySectionReviewed
        self.mediatorOptions = mediators.map { Option(value: $0.id.description, label: $0.displayName, selected: false) }
        self.hasMediatorOptions = !mediators.isEmpty
        self.hasSteps = self.mayStartAssessment || self.mayAssess
    }
}

struct ParticipantRow: Sendable {
    let role: String
    let language: String
    let withdrew: Bool

    init(_ participant: Participant, language: Language) {
        let s = language.strings
        self.role = participant.role.name(in: language)
        self.language = participant.language == "fr" ? s.frenchName : s.englishName
        self.withdrew = participant.hasWithdrawn
    }
}

struct TimelineRow: Sendable {
    let when: String
    let what: String
    let who: String

    init(_ event: CaseEvent, language: Language) {
        self.when = event.at.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeSeparator(.colon).dateTimeSeparator(.space))
        self.what = event.change.timelineText(in: language)
        self.who = event.actor.role.name(in: language)
    }
}
