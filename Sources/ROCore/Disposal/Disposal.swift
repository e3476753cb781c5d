import Foundation

/// §7.3: a legal hold, a Privacy Act request or an investigation suspends the retention clock of a case.
/// Auditors place and lift it, each time with a reason; while one is active the case cannot be disposed of.
public struct LegalHold: Sendable, Equatable, Identifiable {
    public let id: Identifier<LegalHold>
    public let caseID: Identifier<Case>
    public let reason: String
    public let placedBy: Identifier<User>
    public let placedAt: Date
    public var liftedBy: Identifier<User>?
    public var liftedAt: Date?
    public var liftReason: String?

    public var isActive: Bool { self.liftedAt == nil }

    /// A reason names the request or file behind the hold, not the people in the case.
    public static let maximumReasonLength = 300

    public init(
        id: Identifier<LegalHold>,
        caseID: Identifier<Case>,
        reason: String,
        placedBy: Identifier<User>,
        placedAt: Date,
        liftedBy: Identifier<User>? = nil,
        liftedAt: Date? = nil,
        liftReason: String? = nil
    ) {
        self.id = id
        self.caseID = caseID
        self.reason = reason
        self.placedBy = placedBy
        self.placedAt = placedAt
        self.liftedBy = liftedBy
        self.liftedAt = liftedAt
        self.liftReason = liftReason
    }

    /// A hold or its lifting, checked: an auditor, and a reason of sensible length.
    public static func reason(_ text: String, by actor: Role) throws(DomainError) -> String {
        guard actor == .auditor else { throw .roleNotAllowed(actor) }
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !words.isEmpty, words.count <= Self.maximumReasonLength else { throw .holdReasonInvalid(maximum: Self.maximumReasonLength) }
        return words
    }
}

/// §7.3 disposal steps 2–4: one coordinator proposes, a second approves; approval destroys the case's key and
/// content and issues the certificate. The reference stays, answering only when the case was disposed of.
public struct Disposal: Sendable, Equatable {
    public let caseID: Identifier<Case>
    public let reference: String
    public let proposedBy: Identifier<User>
    public let proposedAt: Date
    public var approvedBy: Identifier<User>?
    public var disposedAt: Date?
    public var certificate: DisposalCertificate?

    public var isDone: Bool { self.disposedAt != nil }

    public init(
        caseID: Identifier<Case>,
        reference: String,
        proposedBy: Identifier<User>,
        proposedAt: Date,
        approvedBy: Identifier<User>? = nil,
        disposedAt: Date? = nil,
        certificate: DisposalCertificate? = nil
    ) {
        self.caseID = caseID
        self.reference = reference
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.approvedBy = approvedBy
        self.disposedAt = disposedAt
        self.certificate = certificate
    }

    /// Step 2: a coordinator proposes a case that is due and on no hold.
    /// `suspended`: a legal hold, a Privacy Act request or an investigation is in force on the case.
    public static func propose(
        _ value: Case,
        suspended: Bool,
        by actor: CaseActor,
        at: Date,
        policy: CasePolicy
    ) throws(DomainError) -> Disposal {
        guard actor.role == .coordinator else { throw .roleNotAllowed(actor.role) }
        try Self.requireDisposable(value, suspended: suspended, at: at, policy: policy)
        return Disposal(caseID: value.id, reference: value.reference, proposedBy: actor.userID, proposedAt: at)
    }

    /// Steps 2–4: a second coordinator approves; the case must still be due and on no hold. The certificate
    /// names the pseudonymous id, the classes destroyed, the dates and both coordinators.
    public func approved(
        _ value: Case,
        suspended: Bool,
        by actor: CaseActor,
        at: Date,
        policy: CasePolicy,
        certificateID: String
    ) throws(DomainError) -> Disposal {
        guard actor.role == .coordinator else { throw .roleNotAllowed(actor.role) }
        guard !self.isDone else { throw .caseNotFound }
        guard actor.userID != self.proposedBy else { throw .secondApproverRequired }
        try Self.requireDisposable(value, suspended: suspended, at: at, policy: policy)
        var next = self
        next.approvedBy = actor.userID
        next.disposedAt = at
        next.certificate = DisposalCertificate(
            id: certificateID,
            retentionClass: value.retentionClass ?? .closedCase,
            closedIn: value.closedAt.map(FiscalQuarter.init(containing:))?.label ?? "",
            proposedBy: self.proposedBy,
            proposedOn: FiscalQuarter.day(self.proposedAt),
            approvedBy: actor.userID,
            disposedOn: FiscalQuarter.day(at)
        )
        return next
    }

    static func requireDisposable(_ value: Case, suspended: Bool, at: Date, policy: CasePolicy) throws(DomainError) {
        guard let until = value.retainedUntil(policy: policy), until <= at else { throw .notDueForDisposal }
        guard !suspended else { throw .legalHoldActive }
    }
}

/// §7.3 step 4: what is left to show a case was disposed of properly. It names no person and no exact date
/// of the case itself: the quarter it closed in, the day of the proposal and of the disposal, who did them.
public struct DisposalCertificate: Sendable, Equatable, Codable {
    /// A pseudonymous id ("DC-" and 12 hexadecimal digits), not derived from the case.
    public let id: String
    public let retentionClass: RetentionClass
    /// §7.2: every record class of the case, all destroyed with its key.
    public var classesDestroyed: [String] = Self.recordClasses
    /// The fiscal quarter the case closed in ("2023-2024 Q2").
    public let closedIn: String
    public let proposedBy: Identifier<User>
    /// "YYYY-MM-DD", UTC.
    public let proposedOn: String
    public let approvedBy: Identifier<User>
    public let disposedOn: String

    public static let recordClasses = [
        "intakeAndReferral", "participantIdentity", "offenderRecord", "assessments", "consentsAndNeeds", "contactLogAndNotes",
        "itemsAndMedia", "meetingsAndEntryRequests",
    ]
}

/// A Government of Canada fiscal quarter (April–June is Q1), the finest date the residue keeps (§7.4).
public struct FiscalQuarter: Sendable, Hashable {
    public let year: FiscalYear
    /// 1 to 4.
    public let number: Int

    public init(containing date: Date) {
        self.year = FiscalYear(containing: date)
        let months = FiscalYear.calendar.dateComponents([.month], from: self.year.start, to: date).month ?? 0
        self.number = min(4, max(1, months / 3 + 1))
    }

    /// The first instant of the quarter: the date the residue keeps in place of an exact one.
    public var start: Date {
        FiscalYear.calendar.date(byAdding: .month, value: (self.number - 1) * 3, to: self.year.start) ?? self.year.start
    }

    public var label: String { "\(self.year.label) Q\(self.number)" }

    static func day(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
