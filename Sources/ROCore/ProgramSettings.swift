import Foundation

/// R57: the values a jurisdiction sets rather than the code: service standards and periods, how to reach
/// the program and Victim Services (R47), and the other resources offered when a request is not eligible
/// (R10). An administrator changes them; nothing in them is personal data.
public struct ProgramSettings: Sendable, Equatable, Codable {
    /// R21, Q6: how long an assessment stays current.
    public var assessmentValidityDays: Int
    /// §4.3: the default review date of a hold.
    public var holdReviewDays: Int
    /// R32, Q1: how far ahead an entry request is sent.
    public var entryNoticeWorkingDays: Int
    /// §4.9, Q24: when follow-up debriefs fall due after the last dialogue event.
    public var followUpDays: Int
    /// R9, Q7: how soon a victim-side request is acknowledged.
    public var acknowledgementWorkingDays: Int
    /// R47: how to reach the Restorative Justice Division, as public pages show it.
    public var programContact: BilingualText
    /// R47: how to reach Victim Services, who give information about the offender (R38).
    public var victimServicesContact: BilingualText
    /// R10: other resources a coordinator offers when a request is not eligible.
    public var otherResources: BilingualText
    /// The regions cases and sites belong to, in the order pages list them. A region once listed stays
    /// (cases, sites and statistics keep its code); it may be renamed.
    public var regions: [Region]

    /// The program's defaults (§10); contacts and resources are empty until an administrator sets them.
    public static let standard = ProgramSettings(
        assessmentValidityDays: 90, holdReviewDays: 90, entryNoticeWorkingDays: 15, followUpDays: 30, acknowledgementWorkingDays: 10,
        programContact: .empty, victimServicesContact: .empty, otherResources: .empty, regions: Region.csc
    )

    public init(
        assessmentValidityDays: Int, holdReviewDays: Int, entryNoticeWorkingDays: Int, followUpDays: Int, acknowledgementWorkingDays: Int,
        programContact: BilingualText, victimServicesContact: BilingualText, otherResources: BilingualText, regions: [Region]
    ) {
        self.assessmentValidityDays = assessmentValidityDays
        self.holdReviewDays = holdReviewDays
        self.entryNoticeWorkingDays = entryNoticeWorkingDays
        self.followUpDays = followUpDays
        self.acknowledgementWorkingDays = acknowledgementWorkingDays
        self.programContact = programContact
        self.victimServicesContact = victimServicesContact
        self.otherResources = otherResources
        self.regions = regions
    }

    /// Settings saved before regions were settings decode with CSC's.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            assessmentValidityDays: try container.decode(Int.self, forKey: .assessmentValidityDays),
            holdReviewDays: try container.decode(Int.self, forKey: .holdReviewDays),
            entryNoticeWorkingDays: try container.decode(Int.self, forKey: .entryNoticeWorkingDays),
            followUpDays: try container.decode(Int.self, forKey: .followUpDays),
            acknowledgementWorkingDays: try container.decode(Int.self, forKey: .acknowledgementWorkingDays),
            programContact: try container.decode(BilingualText.self, forKey: .programContact),
            victimServicesContact: try container.decode(BilingualText.self, forKey: .victimServicesContact),
            otherResources: try container.decode(BilingualText.self, forKey: .otherResources),
            regions: container.contains(.regions) ? try container.decode([Region].self, forKey: .regions) : Region.csc
        )
    }

    /// The code of each region, in order.
    public var regionCodes: [String] { self.regions.map(\.code) }

    /// The case rules' view of these settings.
    public var policy: CasePolicy {
        CasePolicy(
            assessmentValidity: TimeInterval(self.assessmentValidityDays) * 86_400, holdReview: TimeInterval(self.holdReviewDays) * 86_400,
            entryNoticeWorkingDays: self.entryNoticeWorkingDays, followUpDue: TimeInterval(self.followUpDays) * 86_400,
            acknowledgementWorkingDays: self.acknowledgementWorkingDays
        )
    }

    /// Each number and the values it may take: wide enough for any program, narrow enough that a typing
    /// slip (9 for 90) cannot quietly weaken a safety gate.
    public enum Number: String, Sendable, CaseIterable {
        case assessmentValidityDays, holdReviewDays, entryNoticeWorkingDays, followUpDays, acknowledgementWorkingDays

        public var range: ClosedRange<Int> {
            switch self {
            case .assessmentValidityDays: 30...365
            case .holdReviewDays: 7...365
            case .entryNoticeWorkingDays: 1...60
            case .followUpDays: 7...180
            case .acknowledgementWorkingDays: 1...30
            }
        }
    }

    public subscript(number: Number) -> Int {
        get {
            switch number {
            case .assessmentValidityDays: self.assessmentValidityDays
            case .holdReviewDays: self.holdReviewDays
            case .entryNoticeWorkingDays: self.entryNoticeWorkingDays
            case .followUpDays: self.followUpDays
            case .acknowledgementWorkingDays: self.acknowledgementWorkingDays
            }
        }
        set {
            switch number {
            case .assessmentValidityDays: self.assessmentValidityDays = newValue
            case .holdReviewDays: self.holdReviewDays = newValue
            case .entryNoticeWorkingDays: self.entryNoticeWorkingDays = newValue
            case .followUpDays: self.followUpDays = newValue
            case .acknowledgementWorkingDays: self.acknowledgementWorkingDays = newValue
            }
        }
    }

    /// The longest contact or resources text, in characters, in each language.
    public static let maximumTextLength = 1_000

    /// Throws for the first number out of its range or text too long; trims the texts.
    public func validated() throws(DomainError) -> ProgramSettings {
        for number in Number.allCases where !number.range.contains(self[number]) { throw .settingOutOfRange(number) }
        var trimmed = self
        trimmed.programContact = self.programContact.trimmed
        trimmed.victimServicesContact = self.victimServicesContact.trimmed
        trimmed.otherResources = self.otherResources.trimmed
        for text in [trimmed.programContact, trimmed.victimServicesContact, trimmed.otherResources]
        where text.english.count > Self.maximumTextLength || text.french.count > Self.maximumTextLength {
            throw .settingTextTooLong(maximum: Self.maximumTextLength)
        }
        trimmed.regions = self.regions.map { Region(code: $0.code.trimmingCharacters(in: .whitespaces).lowercased(), name: $0.name.trimmed) }
        let codes = trimmed.regionCodes
        guard (1...Self.maximumRegions).contains(codes.count), Set(codes).count == codes.count,
            codes.allSatisfy(Self.isRegionCode),
            trimmed.regions.allSatisfy({ !$0.name.english.isEmpty && !$0.name.french.isEmpty && $0.name.english.count <= 100 && $0.name.french.count <= 100 })
        else { throw .regionsInvalid(maximum: Self.maximumRegions) }
        return trimmed
    }

    public static let maximumRegions = 50

    /// 1 to 32 lower-case letters, digits and hyphens, starting with a letter: stored on cases, so kept plain.
    static func isRegionCode(_ code: String) -> Bool {
        (1...32).contains(code.count) && code.first?.isLetter == true
            && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A text set in both official languages (R49).
public struct BilingualText: Sendable, Equatable, Codable {
    public var english: String
    public var french: String

    public static let empty = BilingualText(english: "", french: "")

    public init(english: String, french: String) {
        self.english = english
        self.french = french
    }

    public var isEmpty: Bool { self.english.isEmpty && self.french.isEmpty }

    var trimmed: BilingualText {
        BilingualText(english: self.english.trimmingCharacters(in: .whitespacesAndNewlines), french: self.french.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// R57: an administrator's own wording for one of the pages' labels (the program's name among them),
/// in either official language or both. A language left empty keeps the built-in text.
public enum LabelOverride {
    /// The longest wording, in characters, in each language.
    public static let maximumLength = 1_000

    /// Trims `text`; throws when both languages are empty (that is a reset, not an override) or either is too long.
    public static func validated(_ text: BilingualText) throws(DomainError) -> BilingualText {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty, trimmed.english.count <= Self.maximumLength, trimmed.french.count <= Self.maximumLength else {
            throw .labelTextInvalid(maximum: Self.maximumLength)
        }
        return trimmed
    }
}
