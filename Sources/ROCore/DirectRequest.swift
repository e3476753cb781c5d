import Foundation

/// A request RO answers with a standard reply and no case: an offender's own request to take part (R5),
/// or a request for a participation letter, certificate or progress report for a release or sentence
/// process (R36). Only kind, date, channel, language and "reply sent" are kept. Counted apart from RO
/// referrals (R13).
public struct DirectRequestLogEntry: Sendable, Equatable, Identifiable {
    public enum Channel: String, Sendable, CaseIterable { case mail, email, phone }

    public enum Kind: String, Sendable, CaseIterable {
        /// R5: the offender is pointed to CSC staff, who may refer them.
        case offenderRequest
        /// R36: RO never issues one; participation has no effect on sentence or parole decisions (R35).
        case participationLetter
    }

    public let id: Identifier<DirectRequestLogEntry>
    public let kind: Kind
    public let receivedAt: Date
    public let channel: Channel
    /// The offender's official language, in which the reply goes ("en" or "fr").
    public let language: String
    public let replySent: Bool
    public let loggedBy: Identifier<User>

    public init(
        id: Identifier<DirectRequestLogEntry>,
        kind: Kind,
        receivedAt: Date,
        channel: Channel,
        language: String,
        replySent: Bool,
        loggedBy: Identifier<User>
    ) {
        self.id = id
        self.kind = kind
        self.receivedAt = receivedAt
        self.channel = channel
        self.language = language
        self.replySent = replySent
        self.loggedBy = loggedBy
    }
}
