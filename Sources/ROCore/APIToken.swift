import Foundation

/// A bearer token for an integration. Shown once at creation; only its SHA-256 is stored.
/// It works on the JSON API only, never for pages.
public struct APIToken: Sendable, Equatable, Identifiable {
    public let id: Identifier<APIToken>
    public let userID: Identifier<User>
    /// A label for people ("case-import nightly"), not a secret.
    public let name: String
    public let createdAt: Date
    public let expiresAt: Date
    public var revokedAt: Date?
    /// Issue 15, item 6: what the token may do on the API.
    public let scope: TokenScope
    /// When it was last accepted, to the minute: shown to operators, so that an unused or misused token stands out.
    public var lastUsedAt: Date?

    public init(
        id: Identifier<APIToken>,
        userID: Identifier<User>,
        name: String,
        createdAt: Date,
        expiresAt: Date,
        revokedAt: Date? = nil,
        scope: TokenScope,
        lastUsedAt: Date? = nil
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.scope = scope
        self.lastUsedAt = lastUsedAt
    }

    /// Issue 15, item 6: an integration's secret is renewed at least every 90 days.
    public static let maximumLifetimeDays = 90

    /// Usable at `now`: not revoked and not expired.
    public func isUsable(at now: Date) -> Bool {
        self.revokedAt == nil && now < self.expiresAt
    }

    /// Trims a label; throws when it is empty or over 80 characters.
    public static func normalizedName(_ raw: String) throws(DomainError) -> String {
        let name = raw.trimmingWhitespace()
        guard (1...80).contains(name.count), !name.contains(where: \.isNewline) else { throw .invalidTokenName }
        return name
    }
}

/// Issue 15, item 6: a token reads, or reads and writes. No token, whatever its scope, approves a two-person step:
/// approvals are given signed in, on the pages.
public enum TokenScope: String, Sendable, CaseIterable {
    case read
    case readWrite = "read-write"
}
