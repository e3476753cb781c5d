import Foundation
import ROCore
import ROStore

/// A new browser session: the cookie value (shown to the browser only) and what it grants.
public struct SignedIn: Sendable {
    public let token: String
    public let session: Session
    public let user: User
}

/// Sign-in, sign-out and the session behind every page request.
///
/// Sign-in is a small sequence (throttle check and count → password → session) so a second factor can slot in
/// before the session is made (roadmap: multi-factor sign-in).
public struct SignInService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Checks the password and opens a new session. Every failure, whatever its cause, is `signInFailed`
    /// (or `signInThrottled`), so the answer never tells whether the account exists.
    /// - Parameter replacing: the token of the browser's current session, which ends (session rotation).
    public func signIn(username rawUsername: String, password: String, address: String, replacing: String? = nil) async throws -> SignedIn {
        let username = rawUsername.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let keys = SignInThrottle.keys(username: username, address: address)
        let now = self.env.now()
        let windowStart = now.addingTimeInterval(-self.env.throttle.window)
        let throttle = self.env.throttle
        let env = self.env

        enum Lookup: Sendable {
            case blocked
            case found(UserCredentials?)
        }
        // Issue 15, item 4: the attempt is counted as a failure in the transaction that checks the throttle, under
        // a lock per key, so parallel guesses at one account cannot all pass the check; a right password forgets it.
        let attempt = self.env.newSecret()
        let lookup: Lookup = try await self.env.store.transaction { tx in
            try await tx.signInFailures.lock(keys: [keys.account, keys.address])
            let accountFailures = try await tx.signInFailures.count(key: keys.account, since: windowStart)
            let addressFailures = try await tx.signInFailures.count(key: keys.address, since: windowStart)
            guard !throttle.isBlocked(accountFailures: accountFailures, addressFailures: addressFailures) else {
                try await tx.audit.append(env.auditRecord(.signIn, by: .anonymous, outcome: .denied))
                return .blocked
            }
            try await tx.signInFailures.record(keys: [keys.account, keys.address], at: now, attempt: attempt)
            return .found(try await tx.users.credentials(username: username))
        }
        guard case .found(let credentials) = lookup else { throw DomainError.signInThrottled }

        // bcrypt runs outside the transaction: it is slow, and SQLite has one writer.
        let passwordMatches = await self.env.passwords.verify(password, against: credentials?.passwordHash)
        guard let credentials, passwordMatches, credentials.user.isActive(at: now) else {
            let target = credentials.map { AuditRecord.target($0.user.id) } ?? ""
            try await self.env.store.transaction { tx in
                try await tx.signInFailures.prune(before: windowStart)
                try await tx.audit.append(env.auditRecord(.signIn, by: .anonymous, target: target, outcome: .failed))
            }
            throw DomainError.signInFailed
        }

        let token = self.env.newSecret()
        let session = Session(
            tokenHash: Secrets.digest(token),
            userID: credentials.user.id,
            csrfToken: self.env.newSecret(),
            createdAt: now,
            lastSeenAt: now
        )
        try await self.env.store.transaction { tx in
            if let replacing { try await tx.sessions.delete(tokenHash: Secrets.digest(replacing)) }
            try await tx.sessions.insert(session)
            try await tx.signInFailures.forget(attempt: attempt)
            try await tx.signInFailures.clear(key: keys.account)
            try await tx.audit.append(env.auditRecord(.signIn, by: .user(credentials.user), target: AuditRecord.target(credentials.user.id)))
        }
        self.env.logger.info("signed in", metadata: ["user.id": "\(credentials.user.id)"])
        return SignedIn(token: token, session: session, user: credentials.user)
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
