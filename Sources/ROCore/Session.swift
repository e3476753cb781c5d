import Foundation

/// A signed-in browser. The cookie holds a random token; the database holds only its SHA-256, so a copy
/// of the database does not let anyone sign in.
public struct Session: Sendable, Equatable {
    /// Hex SHA-256 of the cookie token.
    public let tokenHash: String
    public let userID: Identifier<User>
    /// Sent back in every state-changing form (double-submit is not needed: the server keeps it).
    public let csrfToken: String
    public let createdAt: Date
    public var lastSeenAt: Date
    /// When the person last gave their password and code: at sign-in, or to confirm it is them before an approval.
    public var authenticatedAt: Date

    public init(tokenHash: String, userID: Identifier<User>, csrfToken: String, createdAt: Date, lastSeenAt: Date, authenticatedAt: Date? = nil) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.authenticatedAt = authenticatedAt ?? createdAt
    }
}

/// How long a session lives. Configurable (R57); the defaults suit staff handling Protected B data.
public struct SessionPolicy: Sendable, Equatable {
    /// Ends a session nobody used for this long.
    public var idleTimeout: TimeInterval
    /// Ends every session this long after sign-in, however active.
    public var absoluteTimeout: TimeInterval
    /// `lastSeenAt` is written at most this often, so a busy page does not write on every request.
    public var touchInterval: TimeInterval

    public static let staffDefault = SessionPolicy(idleTimeout: 30 * 60, absoluteTimeout: 12 * 3600, touchInterval: 60)

    public init(idleTimeout: TimeInterval, absoluteTimeout: TimeInterval, touchInterval: TimeInterval) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
        self.touchInterval = touchInterval
    }

    /// Whether `session` may still be used at `now`.
    public func isAlive(_ session: Session, at now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeenAt) < self.idleTimeout
            && now.timeIntervalSince(session.createdAt) < self.absoluteTimeout
    }

    /// Issue 15, item 1: approving an extract, a disposal, an account or role change, or an investigation needs the
    /// password and code given within this long.
    public static let confirmationWindow: TimeInterval = 5 * 60

    /// Whether the person gave their password and code recently enough to approve a two-person step.
    public func isRecentlyAuthenticated(_ session: Session, at now: Date) -> Bool {
        now.timeIntervalSince(session.authenticatedAt) < Self.confirmationWindow
    }

    /// Whether this request should record activity.
    public func needsTouch(_ session: Session, at now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeenAt) >= self.touchInterval
    }
}
