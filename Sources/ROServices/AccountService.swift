import Crypto
import Foundation
import ROCore
import ROStore

/// Account management: what administrators do on the users page and operators with `ro users`.
/// Administrators see accounts only, never case content.
public struct AccountService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Creates an account. N6: an administrator's new account awaits a second administrator's approval and cannot
    /// be used before; an operator's (`ro users create`, the first administrator) is usable at once. Throws a
    /// validation error, `usernameTaken`, or `notPermitted`.
    public func create(
        username rawUsername: String,
        displayName rawName: String,
        role: Role,
        password: String,
        accessEndsAt: Date? = nil,
        by actor: Actor
    ) async throws -> User {
        try await self.require(.manageAccounts, actor)
        let username = try AccountRules.normalizedUsername(rawUsername)
        let displayName = try AccountRules.normalizedDisplayName(rawName)
        try AccountRules.checkPassword(password, username: username)
        try AccountRules.checkAccessEnd(accessEndsAt, role: role, now: self.env.now(), creating: true)
        let hash = await self.env.passwords.hash(password)
        var user = User(id: Identifier(self.env.newID()), username: username, displayName: displayName, role: role, createdAt: self.env.now())
        user.accessEndsAt = accessEndsAt
        var action = AuditAction.userCreated
        if case .user(let administrator) = actor { action = try user.propose(.creation, by: administrator.id) }
        let env = self.env
        try await self.env.store.transaction { [user, action] tx in
            try await tx.users.insert(user, passwordHash: hash)
            try await tx.audit.append(env.auditRecord(action, by: actor.audit, target: AuditRecord.target(user.id)))
        }
        self.env.logger.info("user created", metadata: ["user.id": "\(user.id)", "user.role": "\(role.rawValue)"])
        return user
    }

    /// Every account, by sign-in name.
    public func list(by actor: Actor) async throws -> [User] {
        try await self.require(.manageAccounts, actor)
        let env = self.env
        return try await self.env.store.transaction { tx in
            try await tx.audit.append(env.auditRecord(.usersListed, by: actor.audit))
            return try await tx.users.all()
        }
    }

    /// The active staff of case roles, for a coordinator choosing whom to assign (R6) or name on a
    /// restricted case (N9).
    public func activeCaseStaff(by actor: Actor) async throws -> [User] {
        try await self.env.require(.recordRequests, actor)
        return try await self.env.store.read { tx in try await tx.users.all() }.filter {
            [.mediator, .coordinator].contains($0.role) && $0.isActive(at: self.env.now())
        }
    }

    /// One account, by id or by sign-in name (for the command line).
    public func find(_ reference: String, by actor: Actor) async throws -> User {
        try await self.require(.manageAccounts, actor)
        return try await self.env.store.transaction { tx in
            if let id = Identifier<User>(uuidString: reference) { return try await tx.users.get(id) }
            guard let found = try await tx.users.credentials(username: reference.lowercased()) else { throw DomainError.userNotFound }
            return found.user
        }
    }

    /// N6: an administrator proposes a role for the account whose stored `version` is `expectedVersion`,
    /// and a second administrator's same change applies it (its sessions end). An operator at the server's
    /// command line changes it at once.
    public func changeRole(of id: Identifier<User>, to role: Role, expectedVersion: Int, by actor: Actor) async throws -> User {
        try await self.update(id, expectedVersion: expectedVersion, by: actor) { user throws(DomainError) in
            switch actor {
            case .system:
                user.role = role
                if case .role = user.pendingChange?.proposal { user.pendingChange = nil }
                return .userRoleChanged
            case .user(let administrator):
                return try user.changeRole(to: role, by: administrator.id)
            }
        }
    }

    /// Disables an account, at once, ending its sessions; or enables it again: N6, an administrator proposes it and a
    /// second approves, an operator at the command line enables it at once.
    public func setDisabled(_ id: Identifier<User>, _ disabled: Bool, expectedVersion: Int, by actor: Actor) async throws -> User {
        try await self.update(id, expectedVersion: expectedVersion, by: actor) { user throws(DomainError) in
            switch (disabled, actor) {
            case (true, _):
                user.isDisabled = true
                if user.pendingChange?.proposal == .reenabling { user.pendingChange = nil }
                return .userDisabled
            case (false, .system):
                user.isDisabled = false
                if user.pendingChange?.proposal == .reenabling { user.pendingChange = nil }
                return .userEnabled
            case (false, .user(let administrator)):
                return try user.enable(by: administrator.id)
            }
        }
    }

    /// N6: a second administrator makes the change another proposed (a new account, a role, re-enabling, a reset).
    @discardableResult
    public func approve(_ id: Identifier<User>, expectedVersion: Int, by actor: Actor) async throws -> User {
        try await self.approveShowingPassword(id, expectedVersion: expectedVersion, by: actor).user
    }

    /// The same, with the temporary password when the change was a password reset: shown once, to the approver.
    public func approveShowingPassword(
        _ id: Identifier<User>,
        expectedVersion: Int,
        by actor: Actor
    ) async throws -> (user: User, temporaryPassword: String?) {
        try await self.changeWithPasswordReset(id, expectedVersion: expectedVersion, by: actor) { user, administrator throws(DomainError) in
            try user.approve(by: administrator)
        }
    }

    /// N6: proposes resetting a forgotten password, or approves another administrator's proposal; once approved the
    /// account has a new temporary password (returned, shown once to the approver) and its sessions end.
    public func resetPasswordByAdministrators(
        _ id: Identifier<User>,
        expectedVersion: Int,
        by actor: Actor
    ) async throws -> (user: User, temporaryPassword: String?) {
        try await self.changeWithPasswordReset(id, expectedVersion: expectedVersion, by: actor) { user, administrator throws(DomainError) in
            try user.resetPassword(by: administrator)
        }
    }

    /// An administrator's change that may approve a pending password reset: the temporary password is made (and
    /// hashed, slowly) before the transaction, and returned only when the reset took effect.
    private func changeWithPasswordReset(
        _ id: Identifier<User>,
        expectedVersion: Int,
        by actor: Actor,
        _ change: @escaping @Sendable (inout User, Identifier<User>) throws(DomainError) -> AuditAction
    ) async throws -> (user: User, temporaryPassword: String?) {
        let pending = try await self.env.store.transaction { tx in try await tx.users.get(id) }.pendingChange?.proposal
        let temporary = pending == .passwordReset ? try await self.newTemporaryPassword() : nil
        let user = try await self.update(id, expectedVersion: expectedVersion, by: actor, newPasswordHash: temporary?.hash) {
            user throws(DomainError) in
            guard case .user(let administrator) = actor else { throw .nothingToApprove }
            guard user.pendingChange?.proposal == pending else { throw .staleWrite }  // changed since it was read
            return try change(&user, administrator.id)
        }
        let resetDone = pending == .passwordReset && user.pendingChange == nil
        return (user, resetDone ? temporary?.password : nil)
    }

    /// Sixteen characters from an alphabet without look-alikes, in groups of four: read aloud or typed once.
    private func newTemporaryPassword() async throws -> (password: String, hash: String) {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        let bytes = Array(SHA256.hash(data: Data(self.env.newSecret().utf8)))
        let characters = (0..<16).map { alphabet[Int(bytes[$0]) % alphabet.count] }
        let password = stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
        return (password, await self.env.passwords.hash(password))
    }

    /// N6: withdraws a pending change, whoever proposed it; a new account withdrawn stays disabled.
    public func withdrawProposal(_ id: Identifier<User>, expectedVersion: Int, by actor: Actor) async throws -> User {
        try await self.update(id, expectedVersion: expectedVersion, by: actor) { user throws(DomainError) in
            guard user.pendingChange != nil else { throw .nothingToApprove }
            return user.withdrawProposal()
        }
    }

    /// N2: when the account's access ends (a mediator's contract), or nil for no end. Its sessions end at once if
    /// the moment is already past.
    public func setAccessEnd(_ id: Identifier<User>, _ end: Date?, expectedVersion: Int, by actor: Actor) async throws -> User {
        let now = self.env.now()
        return try await self.update(id, expectedVersion: expectedVersion, by: actor) { user throws(DomainError) in
            try AccountRules.checkAccessEnd(end, role: user.role, now: now, creating: false)
            user.accessEndsAt = end
            return .userAccessEndSet
        }
    }

    /// N6: proposes resetting the account's second factor, or approves another administrator's proposal; once
    /// approved the factor and its recovery codes are gone and its sessions end (see `update`).
    public func resetSecondFactor(_ id: Identifier<User>, expectedVersion: Int, by actor: Actor) async throws -> User {
        try await self.update(id, expectedVersion: expectedVersion, by: actor) { user throws(DomainError) in
            guard case .user(let administrator) = actor else { throw .nothingToApprove }
            return try user.resetSecondFactor(by: administrator.id)
        }
    }

    /// The operator's reset of a second factor (`ro users reset-second-factor`): at once, audited as `system`.
    public func resetSecondFactorNow(of id: Identifier<User>, by actor: Actor) async throws {
        try await self.require(.manageAccounts, actor)
        let env = self.env
        try await self.env.store.transaction { tx in
            _ = try await tx.users.get(id)
            try await tx.secondFactors.delete(of: id)
            try await tx.sessions.deleteAll(of: id)
            try await tx.audit.append(env.auditRecord(.secondFactorReset, by: actor.audit, target: AuditRecord.target(id)))
        }
    }

    /// Sets a new password chosen by an operator (`ro users reset-password`); the account's sessions end.
    public func resetPassword(of id: Identifier<User>, to password: String, by actor: Actor) async throws {
        try await self.require(.manageAccounts, actor)
        let user = try await self.env.store.transaction { tx in try await tx.users.get(id) }
        try AccountRules.checkPassword(password, username: user.username)
        let hash = await self.env.passwords.hash(password)
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.users.setPasswordHash(hash, for: id)
            try await tx.sessions.deleteAll(of: id)
            try await tx.audit.append(env.auditRecord(.passwordReset, by: actor.audit, target: AuditRecord.target(id)))
        }
    }

    private func update(
        _ id: Identifier<User>,
        expectedVersion: Int,
        by actor: Actor,
        newPasswordHash: String? = nil,
        _ change: @Sendable (inout User) throws(DomainError) -> AuditAction
    ) async throws -> User {
        try await self.require(.manageAccounts, actor)
        if case .user(let me) = actor, me.id == id { throw DomainError.cannotChangeOwnAccess }
        let env = self.env
        return try await self.env.store.transaction { tx in
            let current = try await tx.users.get(id)
            guard current.version == expectedVersion else { throw DomainError.staleWrite }
            var next = current
            let action = try change(&next)
            let saved = try await tx.users.save(next, replacing: current)
            if next.role != current.role || next.isDisabled != current.isDisabled || !next.isActive(at: env.now()) {
                try await tx.sessions.deleteAll(of: id)  // a changed role or a disabled account takes effect at once
            }
            if next.role != current.role || next.isDisabled {
                _ = try await tx.tokens.revokeAll(of: id, at: env.now())  // issue 15, item 6: its integrations are re-issued
            }
            if action == .secondFactorReset {  // approved: the person sets up a new factor at their next sign-in
                try await tx.secondFactors.delete(of: id)
                try await tx.sessions.deleteAll(of: id)
            }
            if action == .passwordReset {  // approved: the temporary password replaces theirs
                guard let newPasswordHash else { throw DomainError.staleWrite }
                try await tx.users.setPasswordHash(newPasswordHash, for: id)
                try await tx.sessions.deleteAll(of: id)
            }
            try await tx.audit.append(env.auditRecord(action, by: actor.audit, target: AuditRecord.target(id)))
            return saved
        }
    }

    /// Throws `notPermitted` and records the refusal when `actor` lacks `permission`.
    private func require(_ permission: Permission, _ actor: Actor) async throws {
        try await self.env.require(permission, actor)
    }
}

extension AppEnvironment {
    /// Deny by default: a refused attempt is itself audited (N1).
    func require(_ permission: Permission, _ actor: Actor) async throws {
        guard !actor.may(permission) else { return }
        let env = self
        _ = try await self.store.transaction { tx in
            try await tx.audit.append(env.auditRecord(.accessDenied, by: actor.audit, outcome: .denied))
        }
        throw DomainError.notPermitted
    }
}
