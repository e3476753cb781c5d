import Foundation

/// A person's second factor: the secret shared with their authenticator app (RFC 6238 time-based codes), and the
/// last code accepted, so that no code opens a session twice (issue 15, item 1).
public struct SecondFactor: Sendable, Equatable {
    public let userID: Identifier<User>
    /// The shared secret as the app's key bytes (ASCII). Sealed with the master key at rest, never logged.
    public let secret: String
    /// When the person confirmed it with a first code; nil while enrolment is under way.
    public var enrolledAt: Date?
    /// The time step of the last code accepted; a code of this step or an earlier one is refused.
    public var lastAcceptedStep: Int64

    public init(userID: Identifier<User>, secret: String, enrolledAt: Date?, lastAcceptedStep: Int64) {
        self.userID = userID
        self.secret = secret
        self.enrolledAt = enrolledAt
        self.lastAcceptedStep = lastAcceptedStep
    }

    public var isEnrolled: Bool { self.enrolledAt != nil }
}

/// The rules of second factors: who needs one, how long a code lives, and what a recovery code looks like.
public enum SecondFactorRules {
    /// RFC 6238's usual step, what every authenticator app uses by default.
    public static let stepSeconds: Int64 = 30
    /// A code of the step before or after the server's is still accepted: phones' clocks drift.
    public static let driftSteps: Int64 = 1
    /// How many single-use recovery codes an enrolment gives.
    public static let recoveryCodeCount = 10
    /// How long the step between the password and the code may take before the password must be given again.
    public static let pendingLifetime: TimeInterval = 5 * 60

    /// The time step a code of `date` belongs to.
    public static func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / Double(stepSeconds)).rounded(.down))
    }

    /// Issue 15, item 1: the roles that read case content, investigate it or administer access need a second
    /// factor; for other staff, and for participants, it is their choice.
    public static func isRequired(for role: Role) -> Bool {
        switch role {
        case .coordinator, .mediator, .auditor, .admin: true
        case .referrer, .victimServices, .siteLiaison, .manager, .participant: false
        }
    }

    /// A recovery code as typed, reduced to what counts: letters and digits, upper case (dashes and spaces are
    /// only for reading it aloud or copying it).
    public static func normalisedRecoveryCode(_ typed: String) -> String {
        String(typed.uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.map(Character.init))
    }

    /// Whether what was typed looks like a six-digit code rather than a recovery code.
    public static func isTimeCode(_ typed: String) -> Bool {
        let digits = typed.filter { !$0.isWhitespace }
        return digits.count == 6 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

/// A browser between the password and the second factor: it holds a short-lived cookie (path `/sign-in` only) and
/// nothing else; its session exists only once the code is accepted.
public struct PendingSignIn: Sendable, Equatable {
    /// Hex SHA-256 of the cookie value.
    public let tokenHash: String
    public let userID: Identifier<User>
    public let createdAt: Date

    public init(tokenHash: String, userID: Identifier<User>, createdAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.createdAt = createdAt
    }

    public func isAlive(at now: Date) -> Bool {
        now.timeIntervalSince(self.createdAt) < SecondFactorRules.pendingLifetime
    }
}
