import Foundation

/// A person in a case. Names and contact details are not here: they live in the participant's sealed
/// record (roadmap: per-case encryption), so events and statistics never carry them.
public struct Participant: Sendable, Equatable, Codable, Identifiable {
    public let id: Identifier<Participant>
    public let role: ParticipantRole
    /// Official language of all communication with them (R50): "en" or "fr".
    public let language: String
    /// For a representative: the registered victim they act for, and the authority relied on (R2).
    public var representsRegisteredVictim: Bool
    /// True once the person withdrew; they may come back in a reopened episode (R16, R17).
    public var hasWithdrawn: Bool

    public init(
        id: Identifier<Participant>,
        role: ParticipantRole,
        language: String,
        representsRegisteredVictim: Bool = false,
        hasWithdrawn: Bool = false
    ) {
        self.id = id
        self.role = role
        self.language = language
        self.representsRegisteredVictim = representsRegisteredVictim
        self.hasWithdrawn = hasWithdrawn
    }

    public var side: PartySide { self.role.side }
}

/// What staff record when they refer an offender who expressed interest (R4, R8). Travels with the case.
public struct Referral: Sendable, Equatable, Codable {
    /// The offender's FPS number: identifying, so it stays in the case file, never in lists or logs.
    public let fpsNumber: String
    /// The referring staff member's unit (institution or parole office).
    public let staffUnit: String
    public let interestExpressedOn: Date
    /// R8: concerns that could rule out participation; a coordinator must review them before assignment.
    public let safetyConcernsNoted: Bool

    /// 1 to 12 letters and digits, as CSC writes them.
    public static func isValidFPSNumber(_ text: String) -> Bool {
        (1...12).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    public init(fpsNumber: String, staffUnit: String, interestExpressedOn: Date, safetyConcernsNoted: Bool) {
        self.fpsNumber = fpsNumber
        self.staffUnit = staffUnit
        self.interestExpressedOn = interestExpressedOn
        self.safetyConcernsNoted = safetyConcernsNoted
    }
}

/// What a consent is for (§5). A consent covers one purpose; `shareItem` is scoped to one item.
public enum ConsentPurpose: Hashable, Sendable, Codable {
    case takePart
    case approachOtherParty
    case form(DialogueForm)
    case shareItem(Identifier<RelayedItem>)
    case receiveItems
    case notifySenderOfReceipt
    case recordMeeting
    /// The participant agrees that this named support person attends with them (R34).
    case supportPerson(Identifier<Participant>)
    case researchUse
}

public enum ConsentDecision: String, Sendable, Codable, CaseIterable {
    case given, refused, withdrawn
}

/// One entry of the consent ledger. Entries are never edited: every change is a new one (C1).
public struct ConsentRecord: Sendable, Equatable, Codable {
    public let participant: Identifier<Participant>
    public let purpose: ConsentPurpose
    public let decision: ConsentDecision
    public let recordedAt: Date
    public let recordedBy: Identifier<User>
    public let expiresAt: Date?
    /// C8: given by the person authorised to consent for a minor or a person lacking capacity, beside
    /// the person's own agreement (a separate entry).
    public let byAuthorisedPerson: Bool
    /// R37: the version of the confidentiality notice the person was given, recorded with their
    /// agreement to take part (nil for other purposes).
    public let noticeVersion: String?

    public init(
        participant: Identifier<Participant>,
        purpose: ConsentPurpose,
        decision: ConsentDecision,
        recordedAt: Date,
        recordedBy: Identifier<User>,
        expiresAt: Date? = nil,
        byAuthorisedPerson: Bool = false,
        noticeVersion: String? = nil
    ) {
        self.participant = participant
        self.purpose = purpose
        self.decision = decision
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
        self.expiresAt = expiresAt
        self.byAuthorisedPerson = byAuthorisedPerson
        self.noticeVersion = noticeVersion
    }

    /// Entries stored before C8 decode as the person's own, and those before R37's notice without one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            participant: try container.decode(Identifier<Participant>.self, forKey: .participant),
            purpose: try container.decode(ConsentPurpose.self, forKey: .purpose),
            decision: try container.decode(ConsentDecision.self, forKey: .decision),
            recordedAt: try container.decode(Date.self, forKey: .recordedAt),
            recordedBy: try container.decode(Identifier<User>.self, forKey: .recordedBy),
            expiresAt: try container.decodeIfPresent(Date.self, forKey: .expiresAt),
            byAuthorisedPerson: try container.decodeIfPresent(Bool.self, forKey: .byAuthorisedPerson) ?? false,
            noticeVersion: try container.decodeIfPresent(String.self, forKey: .noticeVersion)
        )
    }
}

/// A mediator's structured, dated assessment of one participant's safety, privacy and readiness (R20).
public struct Assessment: Sendable, Equatable, Codable {
    public let participant: Identifier<Participant>
    public let completedAt: Date
    public let by: Identifier<User>
    public let safetyConcerns: Bool
    public let privacyConcerns: Bool
    public let ready: Bool
    /// The mediator's findings in their own words (§7.2: sealed with the case); nil in assessments recorded
    /// before notes were kept.
    public let notes: String?

    /// R20: the longest note an assessment keeps; longer findings belong in a mediator note.
    public static let maximumNotesLength = 4_000

    public init(
        participant: Identifier<Participant>,
        completedAt: Date,
        by: Identifier<User>,
        safetyConcerns: Bool,
        privacyConcerns: Bool,
        ready: Bool,
        notes: String? = nil
    ) {
        self.participant = participant
        self.completedAt = completedAt
        self.by = by
        self.safetyConcerns = safetyConcerns
        self.privacyConcerns = privacyConcerns
        self.ready = ready
        self.notes = notes
    }
}

/// R23: a safety concern found in an assessment, raised as an escalation with this id and category.
public struct RaisedConcern: Sendable, Equatable {
    public let id: Identifier<Escalation>
    public let category: String

    public init(id: Identifier<Escalation>, category: String) {
        self.id = id
        self.category = category
    }
}

/// Events that make every current assessment out of date (R22).
public enum ReassessmentTrigger: String, Sendable, Codable, CaseIterable {
    case transfer, release, suspension, returnToCustody, conditionChanged, incident, newSafetyConcern, mediatorFlagged
}

/// A recorded safety or security concern (R23). While open it blocks every gated step.
public struct Escalation: Sendable, Equatable, Codable, Identifiable {
    public let id: Identifier<Escalation>
    public let raisedBy: Identifier<User>
    public let raisedAt: Date
    public let category: String
    public var resolvedAt: Date?

    public var isOpen: Bool { self.resolvedAt == nil }
}

/// A court non-communication order or a Parole Board no-contact condition naming a participant (R25).
public struct NoContactOrder: Sendable, Equatable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case courtOrder, paroleCondition }

    /// R25: who made it, when, and its words (the offender record's copy, sealed with the case).
    public struct Details: Sendable, Equatable, Codable {
        public let issuer: String
        public let issuedOn: Date?
        public let wording: String

        public init(issuer: String = "", issuedOn: Date? = nil, wording: String = "") {
            self.issuer = issuer
            self.issuedOn = issuedOn
            self.wording = wording
        }
    }

    public let id: Identifier<NoContactOrder>
    public let kind: Kind
    /// Empty for orders recorded before R25's details were kept.
    public var details: Details = Details()
    /// The condition already allows RO ("unless deemed appropriate and facilitated by…", R27).
    public let hasROClause: Bool
    /// R28: the Board amended the condition to allow the exchange.
    public var amendmentGranted: Bool
    /// R28/R29: coordinators who recorded an override or legal advice; two different ones lift the gate.
    public var approvingCoordinators: Set<Identifier<User>>
    public var isActive: Bool

    /// Whether this order still blocks exchanges between the parties (R28, R29).
    public var blocksExchanges: Bool {
        guard self.isActive, !self.hasROClause else { return false }
        if self.approvingCoordinators.count >= 2 { return false }
        return self.kind == .courtOrder || !self.amendmentGranted
    }
}

/// A letter, video message or relayed message on its way from one participant to another (§4.6).
public struct RelayedItem: Sendable, Equatable, Codable, Identifiable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case draft = "DRAFT"
        case inReview = "IN_REVIEW"
        case returned = "RETURNED"
        case approved = "APPROVED"
        case released = "RELEASED"
        case delivered = "DELIVERED"
        case acknowledged = "ACKNOWLEDGED"
        case withdrawnBySender = "WITHDRAWN_BY_SENDER"
        case cancelled = "CANCELLED"
    }

    public let id: Identifier<RelayedItem>
    public let form: DialogueForm
    public let sender: Identifier<Participant>
    public let recipient: Identifier<Participant>
    public var state: State
    /// Sealed content versions, oldest first; a redaction adds one and never alters the original (R43).
    public var versions: [String]
    /// The recipient's choice to receive this item (R44).
    public var recipientOptedIn: Bool
    /// Scanned pages of a letter, the video or audio of a video message; changed only before review.
    public var attachments: [MediaAttachment]
    /// Enough for a long letter scanned page by page.
    public static let maximumAttachments = 20
    /// R51: translations of the latest version, each with its translator and date; the original stays.
    public var translations: [ItemTranslation]

    public init(
        id: Identifier<RelayedItem>,
        form: DialogueForm,
        sender: Identifier<Participant>,
        recipient: Identifier<Participant>,
        state: State,
        versions: [String],
        recipientOptedIn: Bool,
        attachments: [MediaAttachment] = [],
        translations: [ItemTranslation] = []
    ) {
        self.id = id
        self.form = form
        self.sender = sender
        self.recipient = recipient
        self.state = state
        self.versions = versions
        self.recipientOptedIn = recipientOptedIn
        self.attachments = attachments
        self.translations = translations
    }

    /// Items stored before attachments existed decode with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Identifier<RelayedItem>.self, forKey: .id),
            form: try container.decode(DialogueForm.self, forKey: .form),
            sender: try container.decode(Identifier<Participant>.self, forKey: .sender),
            recipient: try container.decode(Identifier<Participant>.self, forKey: .recipient),
            state: try container.decode(State.self, forKey: .state),
            versions: try container.decode([String].self, forKey: .versions),
            recipientOptedIn: try container.decode(Bool.self, forKey: .recipientOptedIn),
            attachments: try container.decodeIfPresent([MediaAttachment].self, forKey: .attachments) ?? [],
            translations: try container.decodeIfPresent([ItemTranslation].self, forKey: .translations) ?? []
        )
    }

    /// Not yet in the recipient's hands, and not ended: what a withdrawal cancels (§4.8).
    public var isPending: Bool {
        [.draft, .inReview, .returned, .approved, .released].contains(self.state)
    }
}

/// R51: an item in another language, with who translated it and when. It translates the version that was
/// latest when it was made (`ofVersion`, 1 = the original).
public struct ItemTranslation: Sendable, Equatable, Codable {
    public let language: String
    public let content: String
    public let translator: String
    public let translatedAt: Date
    public let ofVersion: Int

    public init(language: String, content: String, translator: String, translatedAt: Date, ofVersion: Int) {
        self.language = language
        self.content = content
        self.translator = translator
        self.translatedAt = translatedAt
        self.ofVersion = ofVersion
    }
}

/// What a participant may want from the process (§6). A multi-select, revisable, counted anonymously;
/// never an outcome target. Forgiveness has no code (R40): it appears only in a participant's own words.
/// §6's codes are built in; a program adds its own in the settings (R57, `NeedDefinition`).
public struct NeedCode: RawRepresentable, Hashable, Sendable, Codable, CaseIterable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let v01 = NeedCode(rawValue: "V01"), v02 = NeedCode(rawValue: "V02"), v03 = NeedCode(rawValue: "V03")
    public static let v04 = NeedCode(rawValue: "V04"), v05 = NeedCode(rawValue: "V05"), v06 = NeedCode(rawValue: "V06")
    public static let v07 = NeedCode(rawValue: "V07"), v99 = NeedCode(rawValue: "V99")
    public static let o01 = NeedCode(rawValue: "O01"), o02 = NeedCode(rawValue: "O02"), o03 = NeedCode(rawValue: "O03")
    public static let o04 = NeedCode(rawValue: "O04"), o05 = NeedCode(rawValue: "O05"), o06 = NeedCode(rawValue: "O06")
    public static let o07 = NeedCode(rawValue: "O07"), o99 = NeedCode(rawValue: "O99")
    public static let c01 = NeedCode(rawValue: "C01")

    /// §6's codes.
    public static let allCases: [NeedCode] = [.v01, .v02, .v03, .v04, .v05, .v06, .v07, .v99, .o01, .o02, .o03, .o04, .o05, .o06, .o07, .o99, .c01]

    /// The codes offered to a participant: the victim list (family members harmed included), the
    /// community code for a community member, the offender list for the offender (§6), each followed by
    /// the program's own for that side, and "other, in their own words" last.
    public static func offered(to role: ParticipantRole, requesterType: RequesterType?, added: [NeedDefinition] = []) -> [NeedCode] {
        func theirs(_ side: NeedDefinition.Side) -> [NeedCode] { added.filter { $0.side == side }.map { NeedCode(rawValue: $0.code) } }
        switch role {
        case .offender: return [.o01, .o02, .o03, .o04, .o05, .o06, .o07] + theirs(.offender) + [.o99]
        case .victim, .representative, .supportPerson:
            return requesterType == .communityMember
                ? [.c01] + theirs(.community) + [.v99] : [.v01, .v02, .v03, .v04, .v05, .v06, .v07] + theirs(.victim) + [.v99]
        }
    }

    /// "Other": needs words of the participant's own.
    public var isOwnWords: Bool { self == .v99 || self == .o99 }
}

/// R57, §6: a need the program adds to the catalogue, for one side. Its code stays on the cases that
/// record it, so once listed it stays listed (it may be renamed).
public struct NeedDefinition: Sendable, Equatable, Codable {
    public enum Side: String, Sendable, Codable, CaseIterable {
        case victim, offender, community
    }

    public let code: String
    public let side: Side
    public let name: BilingualText

    public init(code: String, side: Side, name: BilingualText) {
        self.code = code
        self.side = side
        self.name = name
    }
}

/// A participant's current needs: the codes chosen and, for "other", their own words, tagged as raised
/// by the participant (R40). A revision is a new record; the history stays in the events.
public struct NeedsRecord: Sendable, Equatable, Codable {
    public let participant: Identifier<Participant>
    public let codes: [NeedCode]
    /// The participant's own words for V99/O99, as they said them.
    public let ownWords: String?
    public let raisedByParticipant: Bool

    public init(participant: Identifier<Participant>, codes: [NeedCode], ownWords: String?) {
        self.participant = participant
        self.codes = codes
        self.ownWords = ownWords
        self.raisedByParticipant = ownWords != nil
    }
}

/// How a participant may safely be contacted (R24). The numbers and addresses themselves belong to the
/// sealed participant record; the case keeps only which channels are safe, when, and whether a message may be left.
public enum ContactChannel: String, Sendable, Codable, CaseIterable {
    case phone, email, mail, inPerson, throughVictimServices

    /// The way a request came in, as a way of contacting the person back.
    public init?(_ channel: IntakeChannel) {
        switch channel {
        case .phone: self = .phone
        case .mail: self = .mail
        case .email: self = .email
        case .victimServices: self = .throughVictimServices
        case .publicForm, .staffReferral: return nil
        }
    }
}

public struct SafeContact: Sendable, Equatable, Codable {
    /// Empty: the person is not to be contacted at all.
    public let channels: [ContactChannel]
    public let mayLeaveMessage: Bool
    /// When contact is safe, in the mediator's words (for example "weekdays after 6 pm").
    public let safeTimes: String

    public init(channels: [ContactChannel], mayLeaveMessage: Bool, safeTimes: String) {
        self.channels = channels
        self.mayLeaveMessage = mayLeaveMessage
        self.safeTimes = safeTimes
    }
}

/// What a participant needs to take part on an equal footing (R50, R52): an interpreter when they use a
/// language other than their official one with the mediator, and accessibility needs. Sensitive: it stays
/// in the case file; a site learns only the entry-relevant needs, through the entry request (R31).
public struct CommunicationNeeds: Sendable, Equatable, Codable {
    public enum Need: String, Sendable, Codable, CaseIterable {
        case stepFreeAccess, signLanguage, hearingSupport, visualSupport, plainLanguage, readingSupport, restBreaks, serviceAnimal, other

        /// What a site must prepare for entry (R52: only these go to sites).
        public var concernsEntry: Bool { [.stepFreeAccess, .signLanguage, .hearingSupport, .serviceAnimal].contains(self) }
    }

    /// The language an interpreter works in (R50), in the mediator's words; nil: none needed.
    public let interpreterLanguage: String?
    public let needs: [Need]
    /// Details in the mediator's words; required with "other".
    public let notes: String

    public init(interpreterLanguage: String?, needs: [Need], notes: String) {
        self.interpreterLanguage = interpreterLanguage
        self.needs = needs
        self.notes = notes
    }
}

extension NoContactOrder {
    /// Orders stored before R25's details were kept decode with empty details.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Identifier<NoContactOrder>.self, forKey: .id),
            kind: try container.decode(Kind.self, forKey: .kind),
            details: try container.decodeIfPresent(Details.self, forKey: .details) ?? Details(),
            hasROClause: try container.decode(Bool.self, forKey: .hasROClause),
            amendmentGranted: try container.decode(Bool.self, forKey: .amendmentGranted),
            approvingCoordinators: try container.decode(Set<Identifier<User>>.self, forKey: .approvingCoordinators),
            isActive: try container.decode(Bool.self, forKey: .isActive)
        )
    }
}

/// R37: what each participant is told, before preparation, about the limits of confidentiality. The
/// wording is a placeholder until the program settles it (Q2); a new wording gets a new version.
public enum ConfidentialityNotice {
    public static let currentVersion = "RO-CN-1"
}

/// R37: information that left RO, for safety (R23) or under a legal duty, approved by a coordinator.
public struct Disclosure: Sendable, Equatable, Codable, Identifiable {
    /// Q2: the mandatory disclosures (configurable later), and safety.
    public enum Category: String, Sendable, Codable, CaseIterable {
        /// R23: an imminent risk to someone's safety.
        case safety
        case riskOfHarm
        case childProtection
        case newOffence
        /// A court order, warrant or subpoena.
        case legalOrder
    }

    public let id: Identifier<Disclosure>
    public let category: Category
    /// The law, order or policy relied on.
    public let legalBasis: String
    /// Who received the information (an organisation or office, not a case party).
    public let recipient: String
    public let disclosedOn: Date
    /// The coordinator who approved it, by recording it.
    public let approvedBy: Identifier<User>

    public init(
        id: Identifier<Disclosure>,
        category: Category,
        legalBasis: String,
        recipient: String,
        disclosedOn: Date,
        approvedBy: Identifier<User>
    ) {
        self.id = id
        self.category = category
        self.legalBasis = legalBasis
        self.recipient = recipient
        self.disclosedOn = disclosedOn
        self.approvedBy = approvedBy
    }
}

/// R9: a victim-side request was acknowledged to the requester, by one of the usual channels.
public struct Acknowledgement: Sendable, Equatable, Codable {
    /// How an acknowledgement reaches the requester.
    public static let channels: [IntakeChannel] = [.phone, .mail, .email]

    public let channel: IntakeChannel
    public let sentAt: Date

    public init(channel: IntakeChannel, sentAt: Date) {
        self.channel = channel
        self.sentAt = sentAt
    }
}
