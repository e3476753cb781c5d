/// Everything the rules can refuse. Knows nothing of HTTP or languages: the web layer maps each case to a
/// status, a stable code and an English and French message in one place (`ErrorMapping.swift`).
public enum DomainError: Error, Equatable, Sendable {
    /// A sign-in that failed for any reason: unknown name, wrong password or disabled account.
    /// One case for all of them, so no answer reveals whether an account exists.
    case signInFailed
    /// Too many recent failures for this account name or this address.
    case signInThrottled
    /// The session ended (idle or absolute time-out, sign-out) or never existed.
    case notSignedIn
    /// The state-changing request carried no CSRF token, or the wrong one.
    case csrfTokenInvalid
    /// The actor's role does not allow the action. Deny by default.
    case notPermitted
    case userNotFound
    case usernameTaken
    case invalidUsername
    case invalidDisplayName
    case passwordTooShort(minimum: Int)
    case passwordTooLong(maximum: Int)
    case passwordSameAsUsername
    case currentPasswordWrong
    /// An administrator cannot disable or demote their own account, so one always remains.
    case cannotChangeOwnAccess
    case tokenNotFound
    case invalidTokenName
    case invalidTokenLifetime(maximumDays: Int)
    /// Someone else changed the record since it was read. Never a silent overwrite.
    case staleWrite
}
