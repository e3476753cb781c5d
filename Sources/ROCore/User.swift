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

    public init(
        id: Identifier<User>, username: String, displayName: String, role: Role,
        isDisabled: Bool = false, createdAt: Date, version: Int = 1
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.isDisabled = isDisabled
        self.createdAt = createdAt
        self.version = version
    }
}
