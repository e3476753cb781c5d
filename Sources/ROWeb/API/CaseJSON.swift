import Foundation
import Hummingbird
import ROCore
import ROServices
import ROStore

struct CaseSummaryJSON: Encodable, Sendable {
    let id: String
    let reference: String
    let stage: String
    let region: String
    let openedAt: Date
    let updatedAt: Date
    let version: Int

    init(_ summary: CaseSummary) {
        self.id = summary.id.description
        self.reference = summary.reference
        self.stage = summary.stage.rawValue
        self.region = summary.region
        self.openedAt = summary.openedAt
        self.updatedAt = summary.updatedAt
        self.version = summary.version
    }
}

/// A case file for an integration: who takes part (by role) and what happened, never letter text.
struct CaseFileJSON: Encodable, Sendable {
    struct ParticipantJSON: Encodable, Sendable {
        let id: String
        let role: String
        let language: String
        let withdrawn: Bool
    }

    struct EventJSON: Encodable, Sendable {
        let at: Date
        let kind: String
        let actorRole: String
    }

    /// A relayed item's path, never its text.
    struct ItemJSON: Encodable, Sendable {
        let id: String
        let form: String
        let state: String
        let sender: String
        let recipient: String
        let files: [FileJSON]
    }

    /// A file of an item: its kind and fingerprint; the bytes come from `GET /api/cases/{id}/files/{file}`.
    struct FileJSON: Encodable, Sendable {
        let id: String
        let mediaType: String
        let byteCount: Int
        let sha256: String
        /// §7.3: when and why a recording's content was erased; absent while it is stored.
        let erased: Erasure?

        struct Erasure: Encodable, Sendable {
            let on: Date
            let reason: String
        }

        init(_ file: MediaAttachment) {
            self.id = file.id.description
            self.mediaType = file.type.mimeType
            self.byteCount = file.byteCount
            self.sha256 = file.sha256
            self.erased = file.erased.map { Erasure(on: $0.on, reason: $0.reason.rawValue) }
        }
    }

    struct MeetingJSON: Encodable, Sendable {
        let id: String
        let form: String
        let state: String
        let site: String?
        let scheduledFor: Date?
        let attendees: [String]
        let entryStatus: String?
        /// §4.9: how many linked cases' meetings this one is joined with, and the references of those the
        /// caller may open (N1: the others stay unnamed).
        let jointCount: Int
        let jointWith: [String]
    }

    let id: String
    let reference: String
    let stage: String
    let region: String
    let version: Int
    /// §4.3: the completion the assigned mediator proposed, for a coordinator to decide; absent otherwise.
    let proposedClosure: String?
    /// R9: when and how a victim-side request was acknowledged; absent until then, and for referrals.
    let acknowledgement: AcknowledgementJSON?
    /// R10, R11, R57: the program's eligibility criteria now, and whether this case confirmed each.
    let eligibilityCriteria: [CriterionJSON]
    /// §7.3: on a closed case, when its retention ends; absent while open or once reopened.
    let retainedUntil: Date?
    let participants: [ParticipantJSON]
    let items: [ItemJSON]
    let meetings: [MeetingJSON]
    let disclosures: [DisclosureJSON]
    /// §4.9: the linked cases the caller may read; links to others are left out (N1).
    let linkedCases: [LinkedCaseJSON]
    let timeline: [EventJSON]

    struct CriterionJSON: Encodable, Sendable {
        let code: String
        let name: BilingualText
        let confirmed: Bool
    }

    struct AcknowledgementJSON: Encodable, Sendable {
        let channel: String
        let sentAt: Date
    }

    struct LinkedCaseJSON: Encodable, Sendable {
        let id: String
        let reference: String
        let relation: String
        let stage: String
    }

    struct DisclosureJSON: Encodable, Sendable {
        let id: String
        let category: String
        let disclosedOn: Date
    }

    init(_ file: CaseFile) {
        let value = file.value
        self.id = value.id.description
        self.reference = value.reference
        self.stage = value.stage.rawValue
        self.region = value.region
        self.version = value.version
        self.proposedClosure = value.proposedClosure?.rawValue
        self.acknowledgement = value.acknowledgement.map { AcknowledgementJSON(channel: $0.channel.rawValue, sentAt: $0.sentAt) }
        self.retainedUntil = value.retainedUntil(policy: file.settings.policy)
        self.eligibilityCriteria = file.settings.eligibilityCriteria.map {
            CriterionJSON(code: $0.code, name: $0.name, confirmed: value.confirmedEligibilityCriteria.contains($0.code))
        }
        self.participants = value.participants.map {
            ParticipantJSON(id: $0.id.description, role: $0.role.rawValue, language: $0.language, withdrawn: $0.hasWithdrawn)
        }
        self.items = value.items.map {
            ItemJSON(
                id: $0.id.description,
                form: $0.form.rawValue,
                state: $0.state.rawValue,
                sender: $0.sender.description,
                recipient: $0.recipient.description,
                files: $0.attachments.map(FileJSON.init)
            )
        }
        self.meetings = value.meetings.map {
            MeetingJSON(
                id: $0.id.description,
                form: $0.form.rawValue,
                state: $0.state.rawValue,
                site: $0.site,
                scheduledFor: $0.scheduledFor,
                attendees: $0.attendees.map(\.description),
                entryStatus: $0.entryRequest?.status.rawValue,
                jointCount: value.jointMeetings[$0.id]?.count ?? 0,
                jointWith: (value.jointMeetings[$0.id] ?? []).map(\.reference).filter { reference in
                    file.linkedCases.contains { $0.reference == reference }
                }
            )
        }
        self.disclosures = value.disclosures.map {
            DisclosureJSON(id: $0.id.description, category: $0.category.rawValue, disclosedOn: $0.disclosedOn)
        }
        self.linkedCases = file.linkedCases.map {
            LinkedCaseJSON(id: $0.id.description, reference: $0.reference, relation: $0.relation.rawValue, stage: $0.stage.rawValue)
        }
        self.timeline = file.events.map { EventJSON(at: $0.at, kind: $0.change.kind, actorRole: $0.actor.role.rawValue) }
    }
}
