import Foundation

/// Limits guessing: after too many failures in a window, sign-in is refused for that account name or
/// that address until the window passes. Counted in the database so several instances agree.
public struct SignInThrottle: Sendable, Equatable {
    public var window: TimeInterval
    /// Per submitted account name, whether or not such an account exists (so the limit reveals nothing).
    public var maxFailuresPerAccount: Int
    /// Per client address: one address trying many names.
    public var maxFailuresPerAddress: Int

    public static let standard = SignInThrottle(window: 15 * 60, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20)

    public init(window: TimeInterval, maxFailuresPerAccount: Int, maxFailuresPerAddress: Int) {
        self.window = window
        self.maxFailuresPerAccount = maxFailuresPerAccount
        self.maxFailuresPerAddress = maxFailuresPerAddress
    }

    /// The keys under which one attempt is counted.
    public static func keys(username: String, address: String) -> (account: String, address: String) {
        ("account:" + username.lowercased(), "address:" + address)
    }

    /// Whether an attempt must be refused, given the failures counted in the current window.
    public func isBlocked(accountFailures: Int, addressFailures: Int) -> Bool {
        accountFailures >= self.maxFailuresPerAccount || addressFailures >= self.maxFailuresPerAddress
    }
}
