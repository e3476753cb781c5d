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
    /// N6: a role one administrator proposed, waiting for a second administrator.
    public var pendingRole: PendingRoleChange?
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
        pendingRole: PendingRoleChange? = nil,
        accessEndsAt: Date? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.isDisabled = isDisabled
        self.createdAt = createdAt
        self.version = version
        self.pendingRole = pendingRole
        self.accessEndsAt = accessEndsAt
    }

    /// N2: enabled, and its contract (if it has an end) not yet over at `now`.
    public func isActive(at now: Date) -> Bool {
        !self.isDisabled && self.accessEndsAt.map { now < $0 } ?? true
    }

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
        if role == self.role {
            self.pendingRole = nil
            return .userRoleProposalWithdrawn
        }
        if let pending = self.pendingRole, pending.role == role {
            guard pending.proposedBy != administrator else { throw .secondAdministratorRequired }
            self.role = role
            self.pendingRole = nil
            return .userRoleChanged
        }
        self.pendingRole = PendingRoleChange(role: role, proposedBy: administrator)
        return .userRoleProposed
    }
}

/// N6: a role change one administrator proposed.
public struct PendingRoleChange: Sendable, Equatable {
    public let role: Role
    public let proposedBy: Identifier<User>

    public init(role: Role, proposedBy: Identifier<User>) {
        self.role = role
        self.proposedBy = proposedBy
    }
}
