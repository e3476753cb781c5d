import Foundation
import Logging
import ROCore
import ROStore

/// Every effect a service may use, passed explicitly. Tests swap in a fixed clock, counting ids and
/// predictable secrets.
public struct AppEnvironment: Sendable {
    public var store: any Store
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> UUID
    /// A fresh unguessable secret (session and API tokens, CSRF tokens), URL-safe text.
    public var newSecret: @Sendable () -> String
    public var passwords: PasswordHasher
    public var sessionPolicy: SessionPolicy
    public var throttle: SignInThrottle
    public var logger: Logger
    /// The largest file an item may carry, in bytes (§4.5).
    public var mediaByteLimit: Int
    /// N5: the smallest count statistics show.
    public var statisticsMinimumCell: Int
    /// The HTTP request being served, for the audit log; empty outside a request.
    public var requestID: String
    /// Issue 15, item 7: the latest signed checkpoint of the audit chain this server wrote, if any.
    public var latestAuditCheckpoint: @Sendable () async -> AuditCheckpoint?

    public init(
        store: any Store,
        now: @escaping @Sendable () -> Date = { Date() },
        newID: @escaping @Sendable () -> UUID = { UUID() },
        newSecret: @escaping @Sendable () -> String = Secrets.random,
        passwords: PasswordHasher = PasswordHasher(),
        sessionPolicy: SessionPolicy = .staffDefault,
        throttle: SignInThrottle = .standard,
        logger: Logger,
        mediaByteLimit: Int = AppEnvironment.defaultMediaByteLimit,
        statisticsMinimumCell: Int = StatisticsReport.defaultMinimumCell,
        requestID: String = "",
        latestAuditCheckpoint: @escaping @Sendable () async -> AuditCheckpoint? = { nil }
    ) {
        self.store = store
        self.now = now
        self.newID = newID
        self.newSecret = newSecret
        self.passwords = passwords
        self.sessionPolicy = sessionPolicy
        self.throttle = throttle
        self.logger = logger
        self.mediaByteLimit = mediaByteLimit
        self.statisticsMinimumCell = statisticsMinimumCell
        self.requestID = requestID
        self.latestAuditCheckpoint = latestAuditCheckpoint
    }

    /// 256 MB: a few minutes of video from a phone.
    public static let defaultMediaByteLimit = 256 * 1_048_576

    /// The same environment for one request: its logger (tagged with `hb.request.id`) and its id.
    public func serving(requestID: String, logger: Logger) -> AppEnvironment {
        var copy = self
        copy.requestID = requestID
        copy.logger = logger
        return copy
    }

    /// An audit record stamped with this environment's clock and request id.
    func auditRecord(_ action: AuditAction, by actor: AuditActor, target: String = "", outcome: AuditOutcome = .success) -> AuditRecord {
        AuditRecord(actor: actor, action: action, target: target, outcome: outcome, at: self.now(), requestID: self.requestID)
    }
}

/// Who is asking: a signed-in person, or an operator at the server's command line.
public enum Actor: Sendable, Equatable {
    case user(User)
    /// `ro users …` and `ro tokens …`: whoever can run the server's command can already read its database.
    case system

    var audit: AuditActor {
        switch self {
        case .user(let user): .user(user)
        case .system: .system
        }
    }

    /// Who to record as having made a change: nil for an operator at the command line.
    var userID: Identifier<User>? {
        if case .user(let user) = self { user.id } else { nil }
    }

    func may(_ permission: Permission) -> Bool {
        switch self {
        case .user(let user): Policy.allows(user.role, permission)
        case .system: true
        }
    }
}
