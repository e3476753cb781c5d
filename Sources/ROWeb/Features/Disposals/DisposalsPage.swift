import Foundation
import ROCore
import ROServices

/// Everything `disposals.mustache` shows, for the viewer's role.
struct DisposalsPage: Sendable {
    struct DueRow: Sendable {
        let id: String
        let reference: String
        let retentionClass: String
        let retainedUntil: String
        let status: String
        let mayPropose: Bool
        let mayApprove: Bool
        let mayWithdraw: Bool
        let error: String?
    }

    struct RecordingsRow: Sendable {
        let id: String
        let reference: String
        let count: Int
        let retainedUntil: String
        let status: String
        let mayErase: Bool
        let error: String?
    }

    struct HoldRow: Sendable {
        let id: String
        let reference: String
        let reason: String
        let placed: String
        let typedLiftReason: String
        let error: String?
    }

    struct CertificateRow: Sendable {
        let id: String
        let reference: String
        let retentionClass: String
        let closedIn: String
        let proposed: String
        let disposed: String
    }

    let layout: Layout
    let t: [String: String]
    let isCoordinator: Bool
    let isAuditor: Bool
    let due: [DueRow]
    let hasDue: Bool
    let recordings: [RecordingsRow]
    let hasRecordings: Bool
    let holds: [HoldRow]
    let hasHolds: Bool
    let certificates: [CertificateRow]
    let hasCertificates: Bool
    let typedReference: String
    let typedReason: String
    let holdError: String?
    let hasErrors: Bool
    let errors: [FieldError]

    init(
        layout: Layout,
        t: [String: String],
        overview: DisposalService.Overview,
        viewer: User,
        failure: (field: String, message: String, form: FormFields)?,
        language: Language
    ) {
        let name = { (id: Identifier<User>) in id == viewer.id ? language.text("ownerYouLabel") : overview.staffNames[id] ?? "" }
        let errorFor = { (field: String) in failure?.field == field ? failure?.message : nil }
        self.layout = layout
        self.t = t
        self.isCoordinator = viewer.role == .coordinator
        self.isAuditor = viewer.role == .auditor
        self.due = overview.due.map { due in
            let proposal = due.proposal
            let status: String =
                if due.underInvestigation || !due.holds.isEmpty {
                    language.text("disposalSuspended")
                } else if let proposal {
                    language.text("disposalProposedBy", ["name": name(proposal.proposedBy), "when": proposal.proposedAt.utcMinuteText])
                } else {
                    language.text("disposalDue")
                }
            let free = !due.underInvestigation && due.holds.isEmpty
            return DueRow(
                id: due.id.description,
                reference: due.reference,
                retentionClass: due.retentionClass.name(in: language),
                retainedUntil: String(due.retainedUntil.utcMinuteText.prefix(10)),
                status: status,
                mayPropose: free && proposal == nil,
                mayApprove: free && proposal.map { $0.proposedBy != viewer.id } == true,
                mayWithdraw: proposal != nil,
                error: errorFor("case-\(due.id)")
            )
        }
        self.hasDue = !self.due.isEmpty
        self.recordings = overview.recordingsDue.map { due in
            RecordingsRow(
                id: due.id.description,
                reference: due.reference,
                count: due.count,
                retainedUntil: String(due.retainedUntil.utcMinuteText.prefix(10)),
                status: language.text(due.suspended ? "disposalSuspended" : "recordingsDue"),
                mayErase: !due.suspended,
                error: errorFor("recordings-\(due.id)")
            )
        }
        self.hasRecordings = !self.recordings.isEmpty
        self.holds = overview.holds.map { reference, hold in
            HoldRow(
                id: hold.id.description,
                reference: reference,
                reason: hold.reason,
                placed: language.text("holdPlacedBy", ["name": name(hold.placedBy), "when": hold.placedAt.utcMinuteText]),
                typedLiftReason: failure?.field == "lift-\(hold.id)" ? failure?.form["reason"] ?? "" : "",
                error: errorFor("lift-\(hold.id)")
            )
        }
        self.hasHolds = !self.holds.isEmpty
        self.certificates = overview.disposed.compactMap { disposal in
            guard let certificate = disposal.certificate else { return nil }
            return CertificateRow(
                id: certificate.id,
                reference: disposal.reference,
                retentionClass: certificate.retentionClass.name(in: language),
                closedIn: certificate.closedIn,
                proposed: "\(certificate.proposedOn), \(name(certificate.proposedBy))",
                disposed: "\(certificate.disposedOn), \(name(certificate.approvedBy))"
            )
        }
        self.hasCertificates = !self.certificates.isEmpty
        let typedHold = failure?.field.hasPrefix("hold-") == true ? failure?.form : nil
        self.typedReference = typedHold?["reference"] ?? ""
        self.typedReason = typedHold?["reason"] ?? ""
        self.holdError = typedHold == nil ? nil : failure?.message
        self.errors = failure.map { [FieldError(field: $0.field, message: $0.message)] } ?? []
        self.hasErrors = !self.errors.isEmpty
    }
}

extension RetentionClass: NamedValue {
    static let names = ValueNames<RetentionClass>(
        "retentionClass",
        [
            .closedCase: Bilingual("closed after assignment", "fermé après l’affectation"),
            .notAccepted: Bilingual("closed before assignment", "fermé avant l’affectation"),
        ]
    )
}
