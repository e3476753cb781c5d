import Foundation

/// A person who signs in to RO. Staff and, later, invited participants (ro-program.md §2.1).
public struct User: Sendable, Equatable, Identifiable {
    public let id: Identifier<User>
    /// The sign-in name. Unique without regard to case; stored lower-cased.
    public var username: String
    /// How the person is named on staff pages. Never logged.
    public var displayName: String
    public var role: Role
    public var isDisabled: Bool
    public var createdAt: Date
    /// Bumped by every write, for optimistic concurrency.
    public var version: Int
    /// N6: a privileged change one administrator proposed (the account itself, a role, re-enabling), waiting for a
    /// second administrator.
    public var pendingChange: PendingAccountChange?
    /// N2: when a mediator's contract ends; access ends at that moment. Nil: no end set.
    public var accessEndsAt: Date?

    public init(
        id: Identifier<User>,
        username: String,
        displayName: String,
        role: Role,
        isDisabled: Bool = false,
        createdAt: Date,
        version: Int = 1,
        pendingChange: PendingAccountChange? = nil,
        accessEndsAt: Date? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.isDisabled = isDisabled
        self.createdAt = createdAt
        self.version = version
        self.pendingChange = pendingChange
        self.accessEndsAt = accessEndsAt
    }

    /// N2, N6: enabled, approved by a second administrator, and its contract (if it has an end) not yet over at `now`.
    public func isActive(at now: Date) -> Bool {
        !self.isDisabled && !self.isAwaitingApproval && self.accessEndsAt.map { now < $0 } ?? true
    }

    /// N6: an account one administrator created and no second has approved yet: it cannot be used.
    public var isAwaitingApproval: Bool { self.pendingChange?.proposal == .creation }

    /// N2: administrators see the accounts whose access ends within this many days.
    public static let endingSoonDays = 30

    /// Whether access ends within `endingSoonDays` of `now` (and has not ended yet).
    public func accessEndsSoon(at now: Date) -> Bool {
        guard let end = self.accessEndsAt, now < end else { return false }
        return end.timeIntervalSince(now) <= TimeInterval(Self.endingSoonDays) * 86_400
    }

    /// N6: what an administrator's role change does to this account. A proposal waits for a second
    /// administrator; the same change from another administrator applies it; choosing the current role
    /// withdraws a proposal. Throws when the proposer would approve their own proposal.
    public mutating func changeRole(to role: Role, by administrator: Identifier<User>) throws(DomainError) -> AuditAction {
        if role == .mediator && self.accessEndsAt == nil { throw .contractEndRequired }  // N2: set the last day first
        if role == self.role {
            guard !self.isAwaitingApproval else { throw .accountAwaitingApproval }
            if case .role = self.pendingChange?.proposal { self.pendingChange = nil }
            return .userRoleProposalWithdrawn
        }
        if self.pendingChange?.proposal == .role(role) { return try self.approve(by: administrator) }
        return try self.propose(.role(role), by: administrator)
    }

    /// N6: an administrator's asking to enable a disabled account again: a proposal, or the second administrator's
    /// approval of another's.
    public mutating func enable(by administrator: Identifier<User>) throws(DomainError) -> AuditAction {
        guard self.isDisabled else { return .userEnabled }
        if self.pendingChange?.proposal == .reenabling { return try self.approve(by: administrator) }
        return try self.propose(.reenabling, by: administrator)
    }

    /// N6 for second factors: an administrator's asking to reset this account's second factor: a proposal, or the
    /// second administrator's approval of another's.
    public mutating func resetSecondFactor(by administrator: Identifier<User>) throws(DomainError) -> AuditAction {
        if self.pendingChange?.proposal == .secondFactorReset { return try self.approve(by: administrator) }
        return try self.propose(.secondFactorReset, by: administrator)
    }

    /// N6 for passwords: an administrator's asking to reset this account's password: a proposal, or the second
    /// administrator's approval of another's.
    public mutating func resetPassword(by administrator: Identifier<User>) throws(DomainError) -> AuditAction {
        if self.pendingChange?.proposal == .passwordReset { return try self.approve(by: administrator) }
        return try self.propose(.passwordReset, by: administrator)
    }

    /// Records `proposal` for a second administrator. An account awaiting its own approval takes no other change
    /// first; another pending change is replaced (the last proposal is the one to approve).
    public mutating func propose(_ proposal: AccountProposal, by administrator: Identifier<User>) throws(DomainError) -> AuditAction {
        guard !self.isAwaitingApproval else { throw .accountAwaitingApproval }
        self.pendingChange = PendingAccountChange(proposal: proposal, proposedBy: administrator)
        return switch proposal {
        case .creation: .userCreationProposed
        case .role: .userRoleProposed
        case .reenabling: .userEnableProposed
        case .secondFactorReset: .secondFactorResetProposed
        case .passwordReset: .passwordResetProposed
        }
    }

    /// N6: a second administrator makes the pending change; its proposer cannot.
    public mutating func approve(by administrator: Identifier<User>) throws(DomainError) -> AuditAction {
        guard let pending = self.pendingChange else { throw .nothingToApprove }
        guard pending.proposedBy != administrator else { throw .secondAdministratorRequired }
        self.pendingChange = nil
        switch pending.proposal {
        case .creation:
            return .userCreated
        case .role(let role):
            self.role = role
            return .userRoleChanged
        case .reenabling:
            self.isDisabled = false
            return .userEnabled
        case .secondFactorReset:
            return .secondFactorReset  // the factor itself is not in this record: the service removes it
        case .passwordReset:
            return .passwordReset  // so is the password's hash: the service sets the new one
        }
    }

    /// N6: any administrator may withdraw a pending change (its proposer, or a second who refuses it). A withdrawn
    /// new account is disabled, so that it never becomes usable and its name stays taken, audited.
    public mutating func withdrawProposal() -> AuditAction {
        if self.isAwaitingApproval { self.isDisabled = true }
        self.pendingChange = nil
        return .userProposalWithdrawn
    }
}

/// N6: the privileged changes to an account that take two administrators.
public enum AccountProposal: Sendable, Equatable {
    /// A new account: it cannot be used until a second administrator approves it.
    case creation
    case role(Role)
    /// A disabled account enabled again.
    case reenabling
    /// Issue 15, item 1: the second factor removed, so that the person sets up a new one at their next sign-in
    /// (a lost phone and no recovery code left).
    case secondFactorReset
    /// A new temporary password, shown once to the approving administrator (a forgotten password).
    case passwordReset
}

/// N6: a change one administrator proposed.
public struct PendingAccountChange: Sendable, Equatable {
    public let proposal: AccountProposal
    public let proposedBy: Identifier<User>

    public init(proposal: AccountProposal, proposedBy: Identifier<User>) {
        self.proposal = proposal
        self.proposedBy = proposedBy
    }

    /// How the database stores the proposal: `create`, `enable`, or `role:<role>`.
    public var storedText: String {
        switch self.proposal {
        case .creation: "create"
        case .reenabling: "enable"
        case .secondFactorReset: "reset-second-factor"
        case .passwordReset: "reset-password"
        case .role(let role): "role:\(role.rawValue)"
        }
    }

    public init?(storedText: String, proposedBy: Identifier<User>) {
        switch storedText {
        case "create": self.init(proposal: .creation, proposedBy: proposedBy)
        case "enable": self.init(proposal: .reenabling, proposedBy: proposedBy)
        case "reset-second-factor": self.init(proposal: .secondFactorReset, proposedBy: proposedBy)
        case "reset-password": self.init(proposal: .passwordReset, proposedBy: proposedBy)
        default:
            guard storedText.hasPrefix("role:"), let role = Role(rawValue: String(storedText.dropFirst("role:".count))) else { return nil }
            self.init(proposal: .role(role), proposedBy: proposedBy)
        }
    }
}
