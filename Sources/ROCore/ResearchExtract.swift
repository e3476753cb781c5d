import Foundation

/// R55, §7.2, §7.4: the only way RO data reaches a study linked to OMS. A coordinator states the study's
/// purpose, a second coordinator approves, and only then is the extract produced, each time audited. It
/// holds, for each case whose offender agreed to research use (`researchUse`, never a condition of
/// service), the FPS number and the facts §7.4 keeps anyway. Pure: the service stores what these return.
public struct ResearchExtract: Sendable, Equatable {
    public let id: Identifier<ResearchExtract>
    /// The study and why it needs the linkage, in the coordinator's words: shown to the approver, never logged.
    public let purpose: String
    public let proposedBy: Identifier<User>
    public let proposedAt: Date
    public private(set) var approvedBy: Identifier<User>?
    public private(set) var approvedAt: Date?

    public static let purposeLength = 10...500

    public init(
        id: Identifier<ResearchExtract>,
        purpose: String,
        proposedBy: Identifier<User>,
        proposedAt: Date,
        approvedBy: Identifier<User>? = nil,
        approvedAt: Date? = nil
    ) {
        self.id = id
        self.purpose = purpose
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
    }

    public static func propose(
        _ id: Identifier<ResearchExtract>,
        purpose: String,
        by actor: CaseActor,
        at now: Date
    ) throws(DomainError) -> ResearchExtract {
        guard actor.role == .coordinator else { throw .roleNotAllowed(actor.role) }
        let trimmed = purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.purposeLength.contains(trimmed.unicodeScalars.count) else { throw .extractPurposeInvalid(Self.purposeLength) }
        return ResearchExtract(id: id, purpose: trimmed, proposedBy: actor.userID, proposedAt: now)
    }

    /// §7.2's second approver: another coordinator, once.
    public func approved(by actor: CaseActor, at now: Date) throws(DomainError) -> ResearchExtract {
        guard actor.role == .coordinator else { throw .roleNotAllowed(actor.role) }
        guard self.approvedBy == nil else { throw .extractAlreadyApproved }
        guard actor.userID != self.proposedBy else { throw .secondCoordinatorRequired }
        var next = self
        next.approvedBy = actor.userID
        next.approvedAt = now
        return next
    }

    public var isApproved: Bool { self.approvedBy != nil }

    /// Issue 15, item 8: an approval serves one study for 30 days; producing it again later needs a new proposal.
    public static let validity: TimeInterval = 30 * 86_400

    /// The moment the approval stops serving; nil until approved.
    public var expiresAt: Date? { self.approvedAt.map { $0.addingTimeInterval(Self.validity) } }

    /// Throws unless the extract may be produced at `now`: approved, and within 30 days of its approval.
    public func requireProducible(at now: Date) throws(DomainError) {
        guard let expiresAt else { throw .extractNotApproved }
        guard now < expiresAt else { throw .extractExpired }
    }
}

/// One case in a research extract: the FPS number to link with OMS and §7.4's anonymous facts. No
/// names, no RO reference, no exact dates, no words anyone wrote.
public struct ResearchExtractRow: Sendable, Equatable {
    public let fpsNumber: String
    public let fiscalYear: FiscalYear
    public let region: String
    /// Requester type, or `staffReferral`.
    public let source: String
    public let stage: CaseStage
    public let assigned: Bool
    public let coMediated: Bool
    public let forms: [DialogueForm]
    public let meetingsHeld: Int
    public let closureReason: ClosureReason?

    /// The row of a case whose offender's `researchUse` consent is current at `now`; nil for any other case.
    public init?(_ id: Identifier<Case>, history: [CaseEvent], at now: Date) {
        let value = Case.replay(id, history)
        guard let fps = value.offenderFPSNumber, let facts = CaseFacts(id, history: history),
            value.participants.contains(where: { $0.role == .offender && value.hasConsent($0.id, .researchUse, at: now) })
        else { return nil }
        self.fpsNumber = fps
        self.fiscalYear = FiscalYear(containing: facts.openedAt)
        self.region = facts.region
        self.source = facts.source
        self.stage = value.stage
        self.assigned = facts.assignedAt != nil
        self.coMediated = facts.coMediated
        self.forms = facts.formsFirstUsed.keys.sorted { $0.rawValue < $1.rawValue }
        self.meetingsHeld = facts.meetingsHeld.count
        self.closureReason = facts.closureReason
    }
}
