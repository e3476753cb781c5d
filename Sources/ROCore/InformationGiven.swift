import Foundation

/// R46: each time RO information is given, even when no case follows: who gave it, to whom (a kind of
/// person, never a name), when, by which channel, in which language, with which materials, and whether
/// Victim Services' information was offered too. Kept as a log, not a case (§4.2).
public struct InformationGivenEntry: Sendable, Equatable, Identifiable {
    /// To whom: a kind of person only. "anonymous" when the person did not say.
    public enum Recipient: String, Sendable, CaseIterable {
        case victim, representative, offenderFamilyMember, offender, staff, communityMember, anonymous
    }

    public enum Channel: String, Sendable, CaseIterable {
        case phone, mail, email, inPerson, video
    }

    public enum Material: String, Sendable, CaseIterable {
        /// The versioned information sheets (R48).
        case informationSheet
        /// The program video and the resources list, as plain links (R47).
        case programVideoLink
        case resourcesList
        case verbalOnly
    }

    public let id: Identifier<InformationGivenEntry>
    public let givenAt: Date
    public let givenBy: Identifier<User>
    public let recipient: Recipient
    public let channel: Channel
    /// "en" or "fr".
    public let language: String
    public let materials: Set<Material>
    /// R46 (CVBR): information about Victim Services was offered as well.
    public let victimServicesOffered: Bool

    public init(
        id: Identifier<InformationGivenEntry>,
        givenAt: Date,
        givenBy: Identifier<User>,
        recipient: Recipient,
        channel: Channel,
        language: String,
        materials: Set<Material>,
        victimServicesOffered: Bool
    ) {
        self.id = id
        self.givenAt = givenAt
        self.givenBy = givenBy
        self.recipient = recipient
        self.channel = channel
        self.language = language
        self.materials = materials
        self.victimServicesOffered = victimServicesOffered
    }
}
