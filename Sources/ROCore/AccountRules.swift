import Foundation

/// The rules for account names, display names and passwords. Pure, so the CLI, the pages and the API
/// give the same answer.
public enum AccountRules {
    public static let minimumPasswordLength = 12
    /// bcrypt reads at most 72 bytes; a longer password would be silently truncated, so refuse it instead.
    public static let maximumPasswordBytes = 72

    /// Lower-cases and trims a sign-in name; throws when it is not 3–64 of `a-z 0-9 . _ -`.
    public static func normalizedUsername(_ raw: String) throws(DomainError) -> String {
        let name = raw.trimmingWhitespace().lowercased()
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
        }
        guard (3...64).contains(name.count), allowed else { throw .invalidUsername }
        return name
    }

    /// Trims a display name; throws when it is empty or longer than 120 characters.
    public static func normalizedDisplayName(_ raw: String) throws(DomainError) -> String {
        let name = raw.trimmingWhitespace()
        guard (1...120).contains(name.count), !name.contains(where: \.isNewline) else { throw .invalidDisplayName }
        return name
    }

    /// N2 (issue 15, item 3): a mediator works under a contract, so a mediator's account always has the moment its
    /// access ends, and a new one's is not already past.
    public static func checkAccessEnd(_ end: Date?, role: Role, now: Date, creating: Bool) throws(DomainError) {
        guard role == .mediator else { return }
        guard let end, !creating || end > now else { throw .contractEndRequired }
    }

    /// Length is what protects a password (NIST SP 800-63B), not character classes.
    public static func checkPassword(_ password: String, username: String) throws(DomainError) {
        guard password.count >= minimumPasswordLength else { throw .passwordTooShort(minimum: minimumPasswordLength) }
        guard password.utf8.count <= maximumPasswordBytes else { throw .passwordTooLong(maximum: maximumPasswordBytes) }
        guard password.lowercased() != username.lowercased() else { throw .passwordSameAsUsername }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
