import Foundation

/// N7: an auditor sees metadata only; reading a case's content needs a recorded investigation that a
/// second auditor approved. The grant is for the auditor who opened it, for one case, for a fixed time.
/// Pure: the service stores what these functions return.
public struct Investigation: Sendable, Equatable {
    public let id: Identifier<Investigation>
    public let caseID: Identifier<Case>
    /// Why content must be read, in the auditor's words: shown to the approver, never logged.
    public let grounds: String
    public let openedBy: Identifier<User>
    public let openedAt: Date
    public private(set) var approvedBy: Identifier<User>?
    public private(set) var approvedAt: Date?
    public private(set) var closedAt: Date?

    /// How long an approved investigation lets its auditor read the case.
    public static let accessPeriod: TimeInterval = 14 * 86_400
    /// A request nobody approved lapses after this long, so no stale request waits to be approved.
    public static let approvalPeriod: TimeInterval = 7 * 86_400
    public static let groundsMaximum = 2_000

    public enum Status: Sendable, Equatable {
        case awaitingApproval(until: Date)
        case active(until: Date)
        case ended
    }

    public init(
        id: Identifier<Investigation>,
        caseID: Identifier<Case>,
        grounds: String,
        openedBy: Identifier<User>,
        openedAt: Date,
        approvedBy: Identifier<User>? = nil,
        approvedAt: Date? = nil,
        closedAt: Date? = nil
    ) {
        self.id = id
        self.caseID = caseID
        self.grounds = grounds
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.closedAt = closedAt
    }

    /// An auditor records why they need to read a case; nothing is granted until a second auditor approves.
    public static func open(
        _ id: Identifier<Investigation>,
        of caseID: Identifier<Case>,
        grounds: String,
        by actor: CaseActor,
        at now: Date
    ) throws(DomainError) -> Investigation {
        guard actor.role == .auditor else { throw .roleNotAllowed(actor.role) }
        let trimmed = grounds.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= Self.groundsMaximum else { throw .investigationGroundsInvalid(maximum: Self.groundsMaximum) }
        return Investigation(id: id, caseID: caseID, grounds: trimmed, openedBy: actor.userID, openedAt: now)
    }

    public func status(at now: Date) -> Status {
        if self.closedAt != nil { return .ended }
        if let approvedAt {
            let until = approvedAt.addingTimeInterval(Self.accessPeriod)
            return now < until ? .active(until: until) : .ended
        }
        let until = self.openedAt.addingTimeInterval(Self.approvalPeriod)
        return now < until ? .awaitingApproval(until: until) : .ended
    }

    /// N7's second approver: another auditor, while the request waits.
    public func approved(by actor: CaseActor, at now: Date) throws(DomainError) -> Investigation {
        guard actor.role == .auditor else { throw .roleNotAllowed(actor.role) }
        guard case .awaitingApproval = self.status(at: now) else { throw .investigationNotAwaitingApproval }
        guard actor.userID != self.openedBy else { throw .secondAuditorRequired }
        var next = self
        next.approvedBy = actor.userID
        next.approvedAt = now
        return next
    }

    /// Either auditor ends it early, once the reading is done or the request is no longer needed.
    public func closed(by actor: CaseActor, at now: Date) throws(DomainError) -> Investigation {
        guard actor.role == .auditor, actor.userID == self.openedBy || actor.userID == self.approvedBy else { throw .roleNotAllowed(actor.role) }
        guard self.status(at: now) != .ended else { throw .investigationEnded }
        var next = self
        next.closedAt = now
        return next
    }

    /// Whether `user` may read the case's content now: only the auditor who opened it, only while active.
    public func grantsContent(to user: Identifier<User>, at now: Date) -> Bool {
        guard user == self.openedBy, case .active = self.status(at: now) else { return false }
        return true
    }
}
