import Foundation
import ROCore
import ROServices

/// §7.2: what only case workers read on the People part: the contact log, the assessments' findings and
/// the notes, each with its step's typed fields when that step was refused.
struct CaseRecordsPart: Sendable {
    let contactLog: ContactLogPart
    let assessments: AssessmentPart
    let notes: NotesPart

    init(_ value: Case, viewer: User, staff: [User], after failure: StepFailure?, now: Date, policy: CasePolicy, language: Language) {
        self.contactLog = ContactLogPart(value, after: failure, language: language)
        self.assessments = AssessmentPart(value, after: failure, now: now, policy: policy, language: language)
        self.notes = NotesPart(value, viewer: viewer, staff: staff, after: failure, language: language)
    }
}

/// R20–R23: each person's latest assessment with its findings, and the assessment form's typed fields.
struct AssessmentPart: Sendable {
    struct Row: Sendable {
        let person: String
        let when: String
        let isCurrent: Bool
        let findings: String
        let notes: String
        let hasNotes: Bool
    }

    let rows: [Row]
    let hasRows: Bool
    let categoryOptions: [Option]
    let typedSafety: Bool
    let typedPrivacy: Bool
    let typedReady: Bool
    let typedNotes: String

    init(_ value: Case, after failure: StepFailure?, now: Date, policy: CasePolicy, language: Language) {
        let typed = failure?.step == .assess ? failure?.form : nil
        self.rows = value.participants.compactMap { person in
            guard let assessment = value.assessments[person.id] else { return nil }
            let found = [
                assessment.ready ? "assessmentReady" : "assessmentNotReady",
                assessment.safetyConcerns ? "assessmentSafetyConcerns" : "assessmentNoSafetyConcerns",
                assessment.privacyConcerns ? "assessmentPrivacyConcerns" : "assessmentNoPrivacyConcerns",
            ]
            return Row(
                person: person.role.name(in: language).capitalizedFirst,
                when: "\(assessment.completedAt.utcMinuteText) UTC",
                isCurrent: value.hasCurrentAssessment(person.id, at: now, policy: policy),
                findings: found.map { language.text($0) }.joined(separator: " · "),
                notes: assessment.notes ?? "",
                hasNotes: assessment.notes != nil
            )
        }
        self.hasRows = !self.rows.isEmpty
        self.categoryOptions = EscalationCategory.options(in: language).map {
            Option(value: $0.value, label: $0.label, selected: typed?["category"] == $0.value)
        }
        self.typedSafety = typed?["safety"] == "yes"
        self.typedPrivacy = typed?["privacy"] == "yes"
        self.typedReady = typed.map { $0["ready"] == "yes" } ?? true
        self.typedNotes = typed?["notes"] ?? ""
    }
}

/// §7.2: the case's notes, newest first. A restricted note shows only that it exists, with a link for its
/// author and the coordinators: its words are read on a page of their own, and each reading is audited.
struct NotesPart: Sendable {
    struct Row: Sendable {
        let when: String
        let author: String
        let text: String
        let isRestricted: Bool
        let readPath: String?
    }

    let rows: [Row]
    let hasRows: Bool
    let typedNote: String
    let typedRestricted: Bool

    init(_ value: Case, viewer: User, staff: [User], after failure: StepFailure?, language: Language) {
        let typed = failure?.step == .writeNote ? failure?.form : nil
        self.rows = value.notes.reversed().map { note in
            let author = note.by == viewer.id ? language.text("noteByYou") : staff.first { $0.id == note.by }?.displayName ?? ""
            return Row(
                when: "\(note.at.utcMinuteText) UTC",
                author: author,
                text: note.restricted ? "" : note.text,
                isRestricted: note.restricted,
                readPath: note.restricted && note.mayBeRead(by: viewer) ? "/cases/\(value.id)/notes/\(note.id)" : nil
            )
        }
        self.hasRows = !self.rows.isEmpty
        self.typedNote = typed?["note"] ?? ""
        self.typedRestricted = typed?["restricted"] == "yes"
    }
}
