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

    public init(id: Identifier<APIToken>, userID: Identifier<User>, name: String, createdAt: Date, expiresAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    public static let maximumLifetimeDays = 366

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
