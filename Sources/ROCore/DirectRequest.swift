import Foundation

/// A request an offender sent directly (R5). It opens no case: the offender gets the standard reply
/// pointing to CSC staff, and only date, channel, language and "reply sent" are kept. Counted apart from
/// RO referrals (R13).
public struct DirectRequestLogEntry: Sendable, Equatable, Identifiable {
    public enum Channel: String, Sendable, CaseIterable { case mail, email, phone }

    public let id: Identifier<DirectRequestLogEntry>
    public let receivedAt: Date
    public let channel: Channel
    /// The offender's official language, in which the reply goes ("en" or "fr").
    public let language: String
    public let replySent: Bool
    public let loggedBy: Identifier<User>

    public init(id: Identifier<DirectRequestLogEntry>, receivedAt: Date, channel: Channel, language: String, replySent: Bool, loggedBy: Identifier<User>) {
        self.id = id
        self.receivedAt = receivedAt
        self.channel = channel
        self.language = language
        self.replySent = replySent
        self.loggedBy = loggedBy
    }
}
