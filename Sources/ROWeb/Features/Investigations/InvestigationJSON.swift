import Foundation
import Hummingbird
import ROCore
import ROServices

/// A case's metadata through the API: kinds of events, roles and pseudonyms, never content.
struct CaseMetadataJSON: Encodable, Sendable {
    struct Person: Encodable, Sendable {
        let pseudonym: String
        let role: String
        let withdrew: Bool
    }

    struct Entry: Encodable, Sendable {
        let number: Int
        let at: Date
        let kind: String
        let actorRole: String
        /// The pseudonym of the participant it is about, or absent.
        let participant: String?
    }

    let id: String
    let reference: String
    let stage: String
    let region: String
    let participants: [Person]
    let entries: [Entry]
    let investigations: [InvestigationJSON]

    init(_ metadata: CaseMetadata, now: Date) {
        self.id = metadata.caseID.description
        self.reference = metadata.reference
        self.stage = metadata.stage.rawValue
        self.region = metadata.region
        self.participants = metadata.participants.map { Person(pseudonym: $0.pseudonym, role: $0.role.rawValue, withdrew: $0.hasWithdrawn) }
        self.entries = metadata.entries.map {
            Entry(
                number: $0.number,
                at: $0.at,
                kind: $0.change.kind,
                actorRole: $0.actorRole.rawValue,
                participant: $0.participant.isEmpty ? nil : $0.participant
            )
        }
        self.investigations = metadata.investigations.map { InvestigationJSON($0.investigation, now: now) }
    }
}

/// An investigation through the API: ids and times; the grounds for the auditors who decide on it.
struct InvestigationJSON: Encodable, Sendable {
    let id: String
    let caseID: String
    let grounds: String
    let openedBy: String
    let openedAt: Date
    let approvedBy: String?
    let approvedAt: Date?
    let closedAt: Date?
    let status: String
    /// Until when it waits for approval, or until when its auditor may read the case.
    let until: Date?

    init(_ investigation: Investigation, now: Date) {
        self.id = investigation.id.description
        self.caseID = investigation.caseID.description
        self.grounds = investigation.grounds
        self.openedBy = investigation.openedBy.description
        self.openedAt = investigation.openedAt
        self.approvedBy = investigation.approvedBy?.description
        self.approvedAt = investigation.approvedAt
        self.closedAt = investigation.closedAt
        let status = investigation.status(at: now)
        self.status = status.code
        self.until =
            switch status {
            case .awaitingApproval(let until), .active(let until): until
            case .ended: nil
            }
    }
}
