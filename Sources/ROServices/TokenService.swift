import Foundation
import ROCore
import ROStore

/// A token just made: the secret is here once and never again.
public struct IssuedToken: Sendable {
    public let token: APIToken
    public let secret: String
}

/// API bearer tokens for integrations. Only their SHA-256 is stored; they work on `/api` only.
public struct TokenService: Sendable {
    /// Marks RO's tokens, so a leaked one is easy to recognise in a scan.
    public static let prefix = "ro_"

    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    public func create(
        for userID: Identifier<User>,
        name rawName: String,
        lifetimeDays: Int,
        scope: TokenScope,
        by actor: Actor
    ) async throws -> IssuedToken {
        try await self.env.require(.manageAccounts, actor)
        let name = try APIToken.normalizedName(rawName)
        guard (1...APIToken.maximumLifetimeDays).contains(lifetimeDays) else {
            throw DomainError.invalidTokenLifetime(maximumDays: APIToken.maximumLifetimeDays)
        }
        let secret = Self.prefix + self.env.newSecret()
        let now = self.env.now()
        let token = APIToken(
            id: Identifier(self.env.newID()),
            userID: userID,
            name: name,
            createdAt: now,
            expiresAt: now.addingTimeInterval(TimeInterval(lifetimeDays) * 86_400),
            scope: scope
        )
        let env = self.env
        try await self.env.store.transaction { tx in
            _ = try await tx.users.get(userID)
            try await tx.tokens.insert(token, secretHash: Secrets.digest(secret))
            try await tx.audit.append(env.auditRecord(.tokenCreated, by: actor.audit, target: AuditRecord.target(token.id)))
        }
        return IssuedToken(token: token, secret: secret)
    }

    public func list(by actor: Actor) async throws -> [APIToken] {
        try await self.env.require(.manageAccounts, actor)
        return try await self.env.store.transaction { tx in try await tx.tokens.all() }
    }

    public func revoke(_ id: Identifier<APIToken>, by actor: Actor) async throws -> APIToken {
        try await self.env.require(.manageAccounts, actor)
        let env = self.env
        return try await self.env.store.transaction { tx in
            let token = try await tx.tokens.revoke(id, at: env.now())
            try await tx.audit.append(env.auditRecord(.tokenRevoked, by: actor.audit, target: AuditRecord.target(id)))
            return token
        }
    }

    /// The account behind a bearer secret and the token, or nil when the token is unknown, expired, revoked, or its
    /// account is not active. Refusals are audited once a minute per address (the first of the minute), so a scan
    /// cannot flood the audit log.
    public func authenticate(secret: String, from address: String) async throws -> (User, APIToken)? {
        let now = self.env.now()
        let env = self.env
        return try await self.env.store.transaction { tx in
            if let token = try await tx.tokens.find(secretHash: Secrets.digest(secret)), token.isUsable(at: now) {
                let user = try await tx.users.get(token.userID)
                if user.isActive(at: now) {
                    // Last use to the minute: most requests read it and write nothing.
                    if token.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true { try await tx.tokens.recordUse(token.id, at: now) }
                    return (user, token)
                }
            }
            let minute = Int64(now.timeIntervalSince1970 / 60) * 60
            if try await tx.tokens.countRefusal(from: address, minute: minute) == 1 {
                try await tx.audit.append(env.auditRecord(.tokenRefused, by: .anonymous, outcome: .denied))
            }
            return nil
        }
    }
}
