import Foundation
import ROCore
import ROStore

/// A new browser session: the cookie value (shown to the browser only) and what it grants.
public struct SignedIn: Sendable {
    public let token: String
    public let session: Session
    public let user: User
}

/// What a right password leads to: a session, or the second factor's step first.
public enum SignInStep: Sendable {
    case signedIn(SignedIn)
    /// `pendingToken` is the value of a short-lived cookie that only the second factor's pages read; `enrolled` is
    /// false when the person must first set up their authenticator app.
    case secondFactor(pendingToken: String, enrolled: Bool)
}

/// Sign-in, sign-out and the session behind every page request.
///
/// Sign-in is a small state machine (issue 15, item 1): password → second factor (or enrolling one) → session.
/// Each step is counted by the same throttle, and no session exists before the last step.
public struct SignInService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Checks the password. Opens a session at once only for an account that needs no second factor and has none;
    /// otherwise the next step is the code (or enrolling one), and nothing of a case is reachable until then.
    /// Every failure, whatever its cause, is `signInFailed` (or `signInThrottled`), so the answer never tells
    /// whether the account exists.
    /// - Parameter replacing: the token of the browser's current session, which ends (session rotation).
    public func signIn(username rawUsername: String, password: String, address: String, replacing: String? = nil) async throws -> SignInStep {
        let username = rawUsername.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let now = self.env.now()
        let attempt = try await self.beginAttempt(username: username, address: address, at: now)
        let credentials = try await self.env.store.transaction { tx in try await tx.users.credentials(username: username) }

        // bcrypt runs outside the transaction: it is slow, and SQLite has one writer.
        let passwordMatches = await self.env.passwords.verify(password, against: credentials?.passwordHash)
        guard let credentials, passwordMatches, credentials.user.isActive(at: now) else {
            try await self.recordFailure(target: credentials?.user.id, at: now)
            throw DomainError.signInFailed
        }
        let user = credentials.user
        let factor = try await self.env.store.transaction { tx in try await tx.secondFactors.get(of: user.id) }
        let enrolled = factor?.isEnrolled ?? false
        guard enrolled || SecondFactorRules.isRequired(for: user.role) else {
            return .signedIn(try await self.openSession(for: user, attempt: attempt, replacing: replacing, at: now))
        }
        // The right password is not a failure, but the account's failures stay counted until the code is right:
        // a person who knows the password still has only the throttle's few guesses at the code.
        let pendingToken = self.env.newSecret()
        try await self.env.store.transaction { tx in
            try await tx.signInFailures.forget(attempt: attempt)
            try await tx.pendingSignIns.prune(before: now.addingTimeInterval(-SecondFactorRules.pendingLifetime))
            try await tx.pendingSignIns.insert(PendingSignIn(tokenHash: Secrets.digest(pendingToken), userID: user.id, createdAt: now))
        }
        return .secondFactor(pendingToken: pendingToken, enrolled: enrolled)
    }

    /// Locks the throttle's keys, refuses when they are over the limit, and counts this attempt as a failure in the
    /// same transaction (issue 15, item 4), so parallel guesses at one account cannot all pass the check. Returns the
    /// attempt's name, to forget it once it proves right.
    func beginAttempt(username: String, address: String, at now: Date) async throws -> String {
        let keys = SignInThrottle.keys(username: username, address: address)
        let windowStart = now.addingTimeInterval(-self.env.throttle.window)
        let throttle = self.env.throttle
        let env = self.env
        let attempt = self.env.newSecret()
        let allowed = try await self.env.store.transaction { tx in
            try await tx.signInFailures.lock(keys: [keys.account, keys.address])
            let accountFailures = try await tx.signInFailures.count(key: keys.account, since: windowStart)
            let addressFailures = try await tx.signInFailures.count(key: keys.address, since: windowStart)
            guard !throttle.isBlocked(accountFailures: accountFailures, addressFailures: addressFailures) else {
                try await tx.audit.append(env.auditRecord(.signIn, by: .anonymous, outcome: .denied))
                return false
            }
            try await tx.signInFailures.record(keys: [keys.account, keys.address], at: now, attempt: attempt)
            return true
        }
        guard allowed else { throw DomainError.signInThrottled }
        return attempt
    }

    /// Audits a failed attempt (already counted by `beginAttempt`) and forgets counts older than the window.
    func recordFailure(target: Identifier<User>?, at now: Date) async throws {
        let env = self.env
        let windowStart = now.addingTimeInterval(-self.env.throttle.window)
        try await self.env.store.transaction { tx in
            try await tx.signInFailures.prune(before: windowStart)
            try await tx.audit.append(env.auditRecord(.signIn, by: .anonymous, target: target.map { AuditRecord.target($0) } ?? "", outcome: .failed))
        }
    }

    /// Opens the session once every factor is right; the account's failures are forgotten.
    func openSession(
        for user: User,
        attempt: String,
        replacing: String?,
        at now: Date,
        finishing pending: PendingSignIn? = nil,
        alsoAudit extra: AuditRecord? = nil
    ) async throws -> SignedIn {
        let token = self.env.newSecret()
        let session = Session(tokenHash: Secrets.digest(token), userID: user.id, csrfToken: self.env.newSecret(), createdAt: now, lastSeenAt: now)
        let env = self.env
        try await self.env.store.transaction { tx in
            if let replacing { try await tx.sessions.delete(tokenHash: Secrets.digest(replacing)) }
            if let pending { try await tx.pendingSignIns.delete(tokenHash: pending.tokenHash) }
            try await tx.sessions.insert(session)
            try await Self.forgetFailures(of: user, attempt: attempt, in: tx)
            if let extra { try await tx.audit.append(extra) }
            try await tx.audit.append(env.auditRecord(.signIn, by: .user(user), target: AuditRecord.target(user.id)))
        }
        self.env.logger.info("signed in", metadata: ["user.id": "\(user.id)"])
        return SignedIn(token: token, session: session, user: user)
    }

    /// Every factor was right: this attempt is no failure, and the account's earlier failures are forgotten.
    static func forgetFailures(of user: User, attempt: String, in tx: any StoreTransaction) async throws {
        try await tx.signInFailures.forget(attempt: attempt)
        try await tx.signInFailures.clear(key: SignInThrottle.keys(username: user.username, address: "").account)
    }

    /// The live session and user behind a cookie token, or nil when it is unknown, expired or its account
    /// is disabled. Records activity at most once per `touchInterval`.
    public func session(token: String) async throws -> (Session, User)? {
        let tokenHash = Secrets.digest(token)
        let now = self.env.now()
        let policy = self.env.sessionPolicy
        return try await self.env.store.transaction { tx in
            guard var session = try await tx.sessions.get(tokenHash: tokenHash) else { return nil }
            guard policy.isAlive(session, at: now) else {
                try await tx.sessions.delete(tokenHash: tokenHash)
                return nil
            }
            let user = try await tx.users.get(session.userID)
            guard user.isActive(at: now) else {  // disabled, or a contract that ended (N2)
                try await tx.sessions.deleteAll(of: user.id)
                return nil
            }
            if policy.needsTouch(session, at: now) {
                try await tx.sessions.touch(tokenHash: tokenHash, at: now)
                session.lastSeenAt = now
            }
            return (session, user)
        }
    }

    /// Ends the session.
    public func signOut(token: String, user: User) async throws {
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.sessions.delete(tokenHash: Secrets.digest(token))
            try await tx.audit.append(env.auditRecord(.signOut, by: .user(user), target: AuditRecord.target(user.id)))
        }
    }

    /// Changes the signed-in person's own password after checking the current one. Every session of
    /// theirs ends and a new one is returned, so a stolen cookie stops working.
    public func changePassword(user: User, current: String, new: String) async throws -> SignedIn {
        try AccountRules.checkPassword(new, username: user.username)
        let stored = try await self.env.store.transaction { tx in try await tx.users.credentials(user.id) }
        guard await self.env.passwords.verify(current, against: stored.passwordHash) else {
            let env = self.env
            _ = try await self.env.store.transaction { tx in
                try await tx.audit.append(env.auditRecord(.passwordChanged, by: .user(user), target: AuditRecord.target(user.id), outcome: .failed))
            }
            throw DomainError.currentPasswordWrong
        }
        let hash = await self.env.passwords.hash(new)
        let token = self.env.newSecret()
        let now = self.env.now()
        let session = Session(tokenHash: Secrets.digest(token), userID: user.id, csrfToken: self.env.newSecret(), createdAt: now, lastSeenAt: now)
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.users.setPasswordHash(hash, for: user.id)
            try await tx.sessions.deleteAll(of: user.id)
            try await tx.sessions.insert(session)
            try await tx.audit.append(env.auditRecord(.passwordChanged, by: .user(user), target: AuditRecord.target(user.id)))
        }
        return SignedIn(token: token, session: session, user: user)
    }
}
