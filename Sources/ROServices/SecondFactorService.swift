import Crypto
import Foundation
import HummingbirdOTP
import ROCore
import ROStore

/// What a person needs to set up their authenticator app: the key as text (in groups of four) and as the
/// `otpauth://` link an app reads from a QR code.
public struct Enrolment: Sendable, Equatable {
    public let secretText: String
    public let link: String
}

/// A session opened by a first code, with the recovery codes made for it: shown once, never again.
public struct EnrolledSignIn: Sendable {
    public let signedIn: SignedIn
    public let recoveryCodes: [String]
}

/// The second step of sign-in (issue 15, item 1): time-based codes (RFC 6238: HMAC-SHA1, six digits, 30-second
/// steps) from an authenticator app, or single-use recovery codes kept only as digests.
public struct SecondFactorService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    static let issuer = "RO"

    /// The six-digit code of `secret` for the time step `step`.
    public static func code(secret: String, step: Int64) -> String {
        let value = TOTP(secret: secret).compute(date: Date(timeIntervalSince1970: Double(step * SecondFactorRules.stepSeconds)))
        return String(format: "%06d", value)
    }

    /// The step a typed code belongs to, among those around `now` that drift allows; nil when none matches.
    static func matchingStep(of typed: String, secret: String, at now: Date) -> Int64? {
        let digits = typed.filter { !$0.isWhitespace }
        let current = SecondFactorRules.step(at: now)
        let window = (current - SecondFactorRules.driftSteps)...(current + SecondFactorRules.driftSteps)
        // Every candidate is compared, whichever matches, so the time taken does not say which step was right.
        var matched: Int64?
        for step in window where Secrets.constantTimeEqual(Self.code(secret: secret, step: step), digits) { matched = matched ?? step }
        return matched
    }

    /// A new shared secret: 26 characters of the base-32 alphabet (130 bits, above RFC 4226's 128).
    func newSecret() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        let digest = SHA256.hash(data: Data(self.env.newSecret().utf8))
        return String(digest.prefix(26).map { alphabet[Int($0 & 31)] })
    }

    static func enrolment(secret: String, username: String) -> Enrolment {
        let link = TOTP(secret: secret).createAuthenticatorURL(label: "\(Self.issuer):\(username)", issuer: Self.issuer)
        let base32 = URLComponents(string: link)?.queryItems?.first { $0.name == "secret" }?.value ?? ""
        let groups = stride(from: 0, to: base32.count, by: 4).map { start in
            let from = base32.index(base32.startIndex, offsetBy: start)
            return String(base32[from..<(base32.index(from, offsetBy: 4, limitedBy: base32.endIndex) ?? base32.endIndex)])
        }
        return Enrolment(secretText: groups.joined(separator: " "), link: link)
    }

    /// A recovery code's stored digest, bound to its account.
    static func digest(recoveryCode: String, of userID: Identifier<User>) -> String {
        Secrets.digest("\(userID):\(SecondFactorRules.normalisedRecoveryCode(recoveryCode))")
    }

    /// Ten new recovery codes, `XXXX-XXXX-XXXX-XXXX` from an alphabet without look-alikes (about 78 bits each).
    func newRecoveryCodes() -> [String] {
        let alphabet = Array("ABCDEFGHJKMNPQRSTVWXYZ23456789")
        return (0..<SecondFactorRules.recoveryCodeCount).map { _ in
            let bytes = SHA256.hash(data: Data(self.env.newSecret().utf8)).prefix(16)
            let characters = bytes.map { alphabet[Int($0) % alphabet.count] }
            return stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
        }
    }

    /// The browser's place between password and session, with its account; nil when unknown, expired, or the
    /// account can no longer sign in.
    public func pending(token: String) async throws -> (PendingSignIn, User, SecondFactor?)? {
        let now = self.env.now()
        return try await self.env.store.transaction { tx in
            guard let pending = try await tx.pendingSignIns.get(tokenHash: Secrets.digest(token)) else { return nil }
            guard pending.isAlive(at: now) else {
                try await tx.pendingSignIns.delete(tokenHash: pending.tokenHash)
                return nil
            }
            let user = try await tx.users.get(pending.userID)
            guard user.isActive(at: now) else { return nil }
            return (pending, user, try await tx.secondFactors.get(of: user.id))
        }
    }

    /// The key to set up, made on the first visit of the enrolment step and kept (sealed) until confirmed.
    public func startEnrolment(token: String) async throws -> Enrolment {
        guard let (_, user, _) = try await self.pending(token: token), let enrolment = try await self.enrolmentInProgress(of: user) else {
            throw DomainError.signInStepExpired
        }
        return enrolment
    }

    /// The key being set up for `user`, made on first asking and kept (sealed) until confirmed; nil once confirmed.
    private func enrolmentInProgress(of user: User) async throws -> Enrolment? {
        let factor = try await self.env.store.transaction { tx in try await tx.secondFactors.get(of: user.id) }
        if let factor { return factor.isEnrolled ? nil : Self.enrolment(secret: factor.secret, username: user.username) }
        let secret = self.newSecret()
        try await self.env.store.transaction { tx in
            try await tx.secondFactors.save(SecondFactor(userID: user.id, secret: secret, enrolledAt: nil, lastAcceptedStep: 0))
        }
        return Self.enrolment(secret: secret, username: user.username)
    }

    /// Checks the first code of a factor being set up (counted by the throttle) and, when right, saves it enrolled
    /// with ten new recovery codes, returned to be shown once. Returns the attempt too, for the caller to forget.
    private func confirmFirstCode(
        _ code: String,
        of factor: SecondFactor,
        for user: User,
        address: String
    ) async throws -> (
        attempt: String, codes: [String]
    ) {
        let signIn = SignInService(env: self.env)
        let now = self.env.now()
        let attempt = try await signIn.beginAttempt(username: user.username, address: address, at: now)
        guard let step = Self.matchingStep(of: code, secret: factor.secret, at: now) else {
            try await signIn.recordFailure(target: user.id, at: now)
            throw DomainError.secondFactorCodeWrong
        }
        let codes = self.newRecoveryCodes()
        let hashes = codes.map { Self.digest(recoveryCode: $0, of: user.id) }
        try await self.env.store.transaction { tx in
            try await tx.secondFactors.save(SecondFactor(userID: user.id, secret: factor.secret, enrolledAt: now, lastAcceptedStep: step))
            try await tx.secondFactors.replaceRecoveryCodes(hashes, of: user.id)
        }
        return (attempt, codes)
    }

    /// Confirms the app with its first code: the factor is enrolled, ten recovery codes are made, the session opens.
    public func confirmEnrolment(token: String, code: String, address: String, replacing: String? = nil) async throws -> EnrolledSignIn {
        guard let (pending, user, factor) = try await self.pending(token: token), let factor, !factor.isEnrolled else {
            throw DomainError.signInStepExpired
        }
        let (attempt, codes) = try await self.confirmFirstCode(code, of: factor, for: user, address: address)
        let enrolled = self.env.auditRecord(.secondFactorEnrolled, by: .user(user), target: AuditRecord.target(user.id))
        let signedIn = try await SignInService(env: self.env).openSession(
            for: user,
            attempt: attempt,
            replacing: replacing,
            at: self.env.now(),
            finishing: pending,
            alsoAudit: enrolled
        )
        return EnrolledSignIn(signedIn: signedIn, recoveryCodes: codes)
    }

    /// The second step for an enrolled person: a code from their app (never one already accepted) or one of their
    /// recovery codes (used up). A wrong code counts in the throttle like a wrong password.
    public func verify(token: String, code: String, address: String, replacing: String? = nil) async throws -> SignedIn {
        guard let (pending, user, factor) = try await self.pending(token: token), let factor, factor.isEnrolled else {
            throw DomainError.signInStepExpired
        }
        let signIn = SignInService(env: self.env)
        let now = self.env.now()
        let attempt = try await signIn.beginAttempt(username: user.username, address: address, at: now)
        guard let accepted = try await self.accept(code, of: factor, for: user, at: now) else {
            try await signIn.recordFailure(target: user.id, at: now)
            throw DomainError.secondFactorCodeWrong
        }
        return try await signIn.openSession(
            for: user,
            attempt: attempt,
            replacing: replacing,
            at: now,
            finishing: pending,
            alsoAudit: self.auditOfRecoveryCode(accepted, by: user)
        )
    }

    enum AcceptedCode {
        case timeCode
        case recoveryCode
    }

    /// Takes a typed code: a time code not used yet (its step recorded), or a recovery code (used up). Nil when wrong.
    func accept(_ code: String, of factor: SecondFactor, for user: User, at now: Date) async throws -> AcceptedCode? {
        if SecondFactorRules.isTimeCode(code) {
            guard let step = Self.matchingStep(of: code, secret: factor.secret, at: now),
                try await self.env.store.transaction({ tx in try await tx.secondFactors.acceptStep(step, of: user.id) })
            else { return nil }
            return .timeCode
        }
        let digest = Self.digest(recoveryCode: code, of: user.id)
        guard try await self.env.store.transaction({ tx in try await tx.secondFactors.useRecoveryCode(hash: digest, of: user.id) }) else {
            return nil
        }
        return .recoveryCode
    }

    /// A recovery code used is an entry of its own (the person has one fewer).
    func auditOfRecoveryCode(_ accepted: AcceptedCode?, by user: User) -> AuditRecord? {
        accepted == .recoveryCode ? self.env.auditRecord(.recoveryCodeUsed, by: .user(user), target: AuditRecord.target(user.id)) : nil
    }

    /// Issue 15, item 1: before approving a two-person step the person gives their password and code again (within
    /// `SessionPolicy.confirmationWindow`), counted by the throttle like a sign-in. Throws `identityNotConfirmed`.
    public func confirmIdentity(session: Session, user: User, password: String, code: String, address: String) async throws {
        let signIn = SignInService(env: self.env)
        let now = self.env.now()
        let attempt = try await signIn.beginAttempt(username: user.username, address: address, at: now)
        let (credentials, factor) = try await self.env.store.transaction { tx in
            (try await tx.users.credentials(user.id), try await tx.secondFactors.get(of: user.id))
        }
        let passwordMatches = await self.env.passwords.verify(password, against: credentials.passwordHash)
        // Without a second factor (the roles that may go without), the password alone confirms.
        var accepted: AcceptedCode? = .timeCode
        if passwordMatches, let factor, factor.isEnrolled {
            accepted = try await self.accept(code, of: factor, for: user, at: now)
        }
        let env = self.env
        guard passwordMatches, let accepted else {
            try await signIn.recordFailure(target: user.id, at: now)
            try await self.env.store.transaction { tx in
                try await tx.audit.append(env.auditRecord(.identityConfirmed, by: .user(user), target: AuditRecord.target(user.id), outcome: .failed))
            }
            throw DomainError.identityNotConfirmed
        }
        try await self.env.store.transaction { tx in
            try await tx.sessions.markAuthenticated(tokenHash: session.tokenHash, at: now)
            try await SignInService.forgetFailures(of: user, attempt: attempt, in: tx)
            if let used = self.auditOfRecoveryCode(accepted, by: user) { try await tx.audit.append(used) }
            try await tx.audit.append(env.auditRecord(.identityConfirmed, by: .user(user), target: AuditRecord.target(user.id)))
        }
    }

    /// A signed-in person's own set-up from their account page (staff for whom it is optional): the key to add to
    /// their app. Nil when they have one already.
    public func startEnrolment(of user: User) async throws -> Enrolment? {
        try await self.enrolmentInProgress(of: user)
    }

    /// Confirms a signed-in person's own set-up with its first code; returns the ten recovery codes.
    public func confirmEnrolment(of user: User, code: String, address: String) async throws -> [String] {
        guard let factor = try await self.env.store.transaction({ tx in try await tx.secondFactors.get(of: user.id) }), !factor.isEnrolled else {
            throw DomainError.signInStepExpired
        }
        let (attempt, codes) = try await self.confirmFirstCode(code, of: factor, for: user, address: address)
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.signInFailures.forget(attempt: attempt)
            try await tx.audit.append(env.auditRecord(.secondFactorEnrolled, by: .user(user), target: AuditRecord.target(user.id)))
        }
        return codes
    }

    /// Ten new recovery codes in place of those left (after the person confirmed it is them); shown once.
    public func replaceRecoveryCodes(of user: User) async throws -> [String] {
        let codes = self.newRecoveryCodes()
        let hashes = codes.map { Self.digest(recoveryCode: $0, of: user.id) }
        let env = self.env
        try await self.env.store.transaction { tx in
            guard try await tx.secondFactors.get(of: user.id)?.isEnrolled == true else { throw DomainError.signInStepExpired }
            try await tx.secondFactors.replaceRecoveryCodes(hashes, of: user.id)
            try await tx.audit.append(env.auditRecord(.recoveryCodesReplaced, by: .user(user), target: AuditRecord.target(user.id)))
        }
        return codes
    }

    /// Sets up a second factor with no app at hand: for the demo's accounts and tests. Returns the secret.
    @discardableResult
    public func enrolWithoutConfirmation(_ userID: Identifier<User>) async throws -> String {
        let secret = self.newSecret()
        let now = self.env.now()
        try await self.env.store.transaction { tx in
            try await tx.secondFactors.save(SecondFactor(userID: userID, secret: secret, enrolledAt: now, lastAcceptedStep: 0))
        }
        return secret
    }

    /// A code an enrolled account's app shows now that has not been used yet (the next step's, when this one's was),
    /// or nil until one is: only a demo database's sign-in page shows it, and tests sign in with it.
    public func currentCode(of userID: Identifier<User>) async throws -> String? {
        guard let factor = try await self.env.store.transaction({ tx in try await tx.secondFactors.get(of: userID) }), factor.isEnrolled else {
            return nil
        }
        let current = SecondFactorRules.step(at: self.env.now())
        let step = max(current, factor.lastAcceptedStep + 1)
        return step <= current + SecondFactorRules.driftSteps ? Self.code(secret: factor.secret, step: step) : nil
    }

    /// How many recovery codes the person has left.
    public func recoveryCodesLeft(of userID: Identifier<User>) async throws -> Int {
        try await self.env.store.transaction { tx in try await tx.secondFactors.recoveryCodesLeft(of: userID) }
    }

    /// Whether the person has a confirmed second step, and how many recovery codes they have left (0 without one).
    public func status(of userID: Identifier<User>) async throws -> (enrolled: Bool, recoveryCodesLeft: Int) {
        try await self.env.store.transaction { tx in
            guard try await tx.secondFactors.get(of: userID)?.isEnrolled == true else { return (false, 0) }
            return (true, try await tx.secondFactors.recoveryCodesLeft(of: userID))
        }
    }
}
