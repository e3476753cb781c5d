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
    /// §7.3, Q15: years a case is kept after closure, once mediators were assigned.
    public var closedCaseRetentionYears: Int
    /// §7.3, Q15: years a case closed before any assignment is kept.
    public var notAcceptedRetentionYears: Int
    /// §7.3: years the video and audio of a closed case are kept after closure.
    public var recordingRetentionYears: Int
    /// §7.3: years the direct-request and information-given logs keep their entries before only counts remain.
    public var logRetentionYears: Int
    /// R47: how to reach the Restorative Justice Division, as public pages show it.
    public var programContact: BilingualText
    /// R47: how to reach Victim Services, who give information about the offender (R38).
    public var victimServicesContact: BilingualText
    /// R10: other resources a coordinator offers when a request is not eligible.
    public var otherResources: BilingualText
    /// The regions cases and sites belong to, in the order pages list them. A region once listed stays
    /// (cases, sites and statistics keep its code); it may be renamed.
    public var regions: [Region]
    /// R10, R11: what a coordinator confirms before assigning mediators, in the order the case page asks.
    public var eligibilityCriteria: [EligibilityCriterion]
    /// §6, R57: needs the program adds to §6's catalogue. Once listed, a need stays (cases keep its code).
    public var addedNeeds: [NeedDefinition]

    /// The program's defaults (§10); contacts and resources are empty until an administrator sets them.
    public static let standard = ProgramSettings(
        assessmentValidityDays: 90,
        holdReviewDays: 90,
        entryNoticeWorkingDays: 15,
        followUpDays: 30,
        acknowledgementWorkingDays: 10,
        closedCaseRetentionYears: 10,
        notAcceptedRetentionYears: 2,
        recordingRetentionYears: 2,
        logRetentionYears: 2,
        programContact: .empty,
        victimServicesContact: .empty,
        otherResources: .empty,
        regions: Region.csc,
        eligibilityCriteria: EligibilityCriterion.csc,
        addedNeeds: []
    )

    public init(
        assessmentValidityDays: Int,
        holdReviewDays: Int,
        entryNoticeWorkingDays: Int,
        followUpDays: Int,
        acknowledgementWorkingDays: Int,
        closedCaseRetentionYears: Int,
        notAcceptedRetentionYears: Int,
        recordingRetentionYears: Int = ProgramSettings.defaultRetentionYears,
        logRetentionYears: Int = ProgramSettings.defaultRetentionYears,
        programContact: BilingualText,
        victimServicesContact: BilingualText,
        otherResources: BilingualText,
        regions: [Region],
        eligibilityCriteria: [EligibilityCriterion],
        addedNeeds: [NeedDefinition]
    ) {
        self.assessmentValidityDays = assessmentValidityDays
        self.holdReviewDays = holdReviewDays
        self.entryNoticeWorkingDays = entryNoticeWorkingDays
        self.followUpDays = followUpDays
        self.acknowledgementWorkingDays = acknowledgementWorkingDays
        self.closedCaseRetentionYears = closedCaseRetentionYears
        self.notAcceptedRetentionYears = notAcceptedRetentionYears
        self.recordingRetentionYears = recordingRetentionYears
        self.logRetentionYears = logRetentionYears
        self.programContact = programContact
        self.victimServicesContact = victimServicesContact
        self.otherResources = otherResources
        self.regions = regions
        self.eligibilityCriteria = eligibilityCriteria
        self.addedNeeds = addedNeeds
    }

    /// Settings saved before regions, eligibility criteria or retention periods were settings decode with the defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            assessmentValidityDays: try container.decode(Int.self, forKey: .assessmentValidityDays),
            holdReviewDays: try container.decode(Int.self, forKey: .holdReviewDays),
            entryNoticeWorkingDays: try container.decode(Int.self, forKey: .entryNoticeWorkingDays),
            followUpDays: try container.decode(Int.self, forKey: .followUpDays),
            acknowledgementWorkingDays: try container.decode(Int.self, forKey: .acknowledgementWorkingDays),
            closedCaseRetentionYears: try container.decodeIfPresent(Int.self, forKey: .closedCaseRetentionYears)
                ?? Self.standard.closedCaseRetentionYears,
            notAcceptedRetentionYears: try container.decodeIfPresent(Int.self, forKey: .notAcceptedRetentionYears)
                ?? Self.standard.notAcceptedRetentionYears,
            recordingRetentionYears: try container.decodeIfPresent(Int.self, forKey: .recordingRetentionYears)
                ?? Self.defaultRetentionYears,
            logRetentionYears: try container.decodeIfPresent(Int.self, forKey: .logRetentionYears) ?? Self.defaultRetentionYears,
            programContact: try container.decode(BilingualText.self, forKey: .programContact),
            victimServicesContact: try container.decode(BilingualText.self, forKey: .victimServicesContact),
            otherResources: try container.decode(BilingualText.self, forKey: .otherResources),
            regions: container.contains(.regions) ? try container.decode([Region].self, forKey: .regions) : Region.csc,
            eligibilityCriteria: container.contains(.eligibilityCriteria)
                ? try container.decode([EligibilityCriterion].self, forKey: .eligibilityCriteria) : EligibilityCriterion.csc,
            addedNeeds: container.contains(.addedNeeds) ? try container.decode([NeedDefinition].self, forKey: .addedNeeds) : []
        )
    }

    /// §7.3: recordings and the request and information logs are kept 2 years unless a program says otherwise.
    public static let defaultRetentionYears = 2

    /// §7.3: the request and information logs keep the entries from this instant on; older ones become counts.
    public func logEntriesKeptSince(_ now: Date) -> Date {
        Calendar.utc.date(byAdding: .year, value: -self.logRetentionYears, to: now) ?? now
    }

    /// The code of each region, in order.
    public var regionCodes: [String] { self.regions.map(\.code) }

    /// The case rules' view of these settings.
    public var policy: CasePolicy {
        CasePolicy(
            assessmentValidity: TimeInterval(self.assessmentValidityDays) * 86_400,
            holdReview: TimeInterval(self.holdReviewDays) * 86_400,
            entryNoticeWorkingDays: self.entryNoticeWorkingDays,
            followUpDue: TimeInterval(self.followUpDays) * 86_400,
            acknowledgementWorkingDays: self.acknowledgementWorkingDays,
            eligibilityCriteria: self.eligibilityCriteria.map(\.code),
            closedCaseRetentionYears: self.closedCaseRetentionYears,
            notAcceptedRetentionYears: self.notAcceptedRetentionYears,
            recordingRetentionYears: self.recordingRetentionYears,
            addedNeeds: self.addedNeeds
        )
    }

    /// Each number and the values it may take: wide enough for any program, narrow enough that a typing
    /// slip (9 for 90) cannot quietly weaken a safety gate.
    public enum Number: String, Sendable, CaseIterable {
        case assessmentValidityDays, holdReviewDays, entryNoticeWorkingDays, followUpDays, acknowledgementWorkingDays
        case closedCaseRetentionYears, notAcceptedRetentionYears, recordingRetentionYears, logRetentionYears

        /// §7.3: a retention period, shown apart from the service standards.
        public var isRetention: Bool {
            [.closedCaseRetentionYears, .notAcceptedRetentionYears, .recordingRetentionYears, .logRetentionYears].contains(self)
        }

        public var range: ClosedRange<Int> {
            switch self {
            case .assessmentValidityDays: 30...365
            case .holdReviewDays: 7...365
            case .entryNoticeWorkingDays: 1...60
            case .followUpDays: 7...180
            case .acknowledgementWorkingDays: 1...30
            // Federal practice keeps personal information used in a decision at least 2 years (§7.3).
            case .closedCaseRetentionYears, .notAcceptedRetentionYears, .logRetentionYears: 2...50
            // §7.3 keeps recordings 2 years by default; a program may erase them sooner.
            case .recordingRetentionYears: 1...50
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
            case .closedCaseRetentionYears: self.closedCaseRetentionYears
            case .notAcceptedRetentionYears: self.notAcceptedRetentionYears
            case .recordingRetentionYears: self.recordingRetentionYears
            case .logRetentionYears: self.logRetentionYears
            }
        }
        set {
            switch number {
            case .assessmentValidityDays: self.assessmentValidityDays = newValue
            case .holdReviewDays: self.holdReviewDays = newValue
            case .entryNoticeWorkingDays: self.entryNoticeWorkingDays = newValue
            case .followUpDays: self.followUpDays = newValue
            case .acknowledgementWorkingDays: self.acknowledgementWorkingDays = newValue
            case .closedCaseRetentionYears: self.closedCaseRetentionYears = newValue
            case .notAcceptedRetentionYears: self.notAcceptedRetentionYears = newValue
            case .recordingRetentionYears: self.recordingRetentionYears = newValue
            case .logRetentionYears: self.logRetentionYears = newValue
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
        where !text.fits(Self.maximumTextLength) {
            throw .settingTextTooLong(maximum: Self.maximumTextLength)
        }
        guard let regions = Self.validated(self.regions, count: 1...Self.maximumRegions, nameLength: 100) else {
            throw .regionsInvalid(maximum: Self.maximumRegions)
        }
        trimmed.regions = regions
        guard let criteria = Self.validated(self.eligibilityCriteria, count: 1...Self.maximumEligibilityCriteria, nameLength: 300) else {
            throw .eligibilityCriteriaInvalid(maximum: Self.maximumEligibilityCriteria)
        }
        trimmed.eligibilityCriteria = criteria
        trimmed.addedNeeds = try Self.validated(self.addedNeeds)
        return trimmed
    }

    public static let maximumAddedNeeds = 30

    /// R57, §6: codes of 2 to 8 capital letters and digits, none of §6's and none twice, names of at most 200
    /// characters in both languages; R40: forgiveness is never offered as a need.
    static func validated(_ needs: [NeedDefinition]) throws(DomainError) -> [NeedDefinition] {
        let trimmed = needs.map {
            NeedDefinition(code: $0.code.trimmingCharacters(in: .whitespaces).uppercased(), side: $0.side, name: $0.name.trimmed)
        }
        let codes = trimmed.map(\.code)
        let builtIn = Set(NeedCode.allCases.map(\.rawValue))
        guard codes.count <= Self.maximumAddedNeeds, Set(codes).count == codes.count,
            codes.allSatisfy({ Self.isNeedCode($0) && !builtIn.contains($0) }),
            trimmed.allSatisfy({ $0.name.isComplete && $0.name.fits(200) })
        else { throw .addedNeedsInvalid(maximum: Self.maximumAddedNeeds) }
        guard !trimmed.contains(where: { Self.namesForgiveness($0.name) }) else { throw .needNamesForgiveness }
        return trimmed
    }

    static func isNeedCode(_ code: String) -> Bool {
        (2...8).contains(code.count) && code.first.map { ("A"..."Z").contains($0) } == true
            && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// R40: whether a need's name speaks of forgiving, in English or French (accents and case aside).
    static func namesForgiveness(_ name: BilingualText) -> Bool {
        let words = [name.english, name.french].map { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        return words.contains { $0.contains("forgiv") || $0.contains("forgave") || $0.contains("pardon") }
    }

    public static let maximumRegions = 50
    public static let maximumEligibilityCriteria = 10

    /// The list trimmed, codes in lower case; nil when it is too short or long, a code is repeated or not
    /// plain, or a name is missing or too long in either language.
    static func validated<Entry: CodedName>(_ entries: [Entry], count: ClosedRange<Int>, nameLength: Int) -> [Entry]? {
        let trimmed = entries.map { Entry(code: $0.code.trimmingCharacters(in: .whitespaces).lowercased(), name: $0.name.trimmed) }
        let codes = trimmed.map(\.code)
        guard count.contains(codes.count), Set(codes).count == codes.count, codes.allSatisfy(Self.isPlainCode),
            trimmed.allSatisfy({ $0.name.isComplete && $0.name.fits(nameLength) })
        else { return nil }
        return trimmed
    }

    /// 1 to 32 lower-case letters, digits and hyphens, starting with a letter: stored on cases, so kept plain.
    static func isPlainCode(_ code: String) -> Bool {
        (1...32).contains(code.count) && code.first?.isLetter == true
            && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// An entry of a list the program configures (R57): a plain code that cases keep, and its name in both languages.
public protocol CodedName: Sendable, Equatable, Codable {
    var code: String { get }
    var name: BilingualText { get }
    init(code: String, name: BilingualText)
}

/// R10, R11, R57: a condition a coordinator confirms before mediators are assigned. Which conditions a
/// program asks is configuration (`ProgramSettings.eligibilityCriteria`); a case records the codes confirmed.
public struct EligibilityCriterion: CodedName {
    public let code: String
    public let name: BilingualText

    public init(code: String, name: BilingualText) {
        self.code = code
        self.name = name
    }

    /// CSC's two: a federal sentence for the offence (R10) and responsibility taken (R11).
    public static let csc = [
        EligibilityCriterion(
            code: "federal-sentence",
            name: BilingualText(
                english: "The harm comes from an offence for which the offender is serving a federal sentence, in custody or on conditional release",
                french:
                    "Le préjudice découle d’une infraction pour laquelle le délinquant purge une peine de ressort fédéral, en détention ou en liberté sous condition"
            )
        ),
        EligibilityCriterion(
            code: "responsibility-accepted",
            name: BilingualText(
                english: "The offender has taken responsibility for the harm",
                french: "Le délinquant a reconnu sa responsabilité à l’égard du préjudice"
            )
        ),
    ]
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

    /// Set in both languages.
    public var isComplete: Bool { !self.english.isEmpty && !self.french.isEmpty }

    /// At most `maximum` characters in each language, counted as JSON Schema's `maxLength` counts them
    /// (Unicode code points): `count` counts what a reader sees, which can be fewer, and the API document
    /// would then promise less than the answer holds.
    public func fits(_ maximum: Int) -> Bool {
        self.english.unicodeScalars.count <= maximum && self.french.unicodeScalars.count <= maximum
    }

    var trimmed: BilingualText {
        BilingualText(
            english: self.english.trimmingCharacters(in: .whitespacesAndNewlines),
            french: self.french.trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }
}

/// R57: an administrator's own wording for one of the pages' labels (the program's name among them),
/// in either official language or both. A language left empty keeps the built-in text.
public enum LabelOverride {
    /// The longest wording, in characters, in each language.
    public static let maximumLength = 1_000

    /// Trims `text`; throws when both languages are empty (that is a reset, not an override) or either is too long,
    /// when a language's wording drops or adds a placeholder of the built-in text, or brings in forgiveness (R40).
    public static func validated(_ text: BilingualText, rewording builtIn: BilingualText) throws(DomainError) -> BilingualText {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty, trimmed.fits(Self.maximumLength) else {
            throw .labelTextInvalid(maximum: Self.maximumLength)
        }
        for (wording, original) in [(trimmed.english, builtIn.english), (trimmed.french, builtIn.french)] where !wording.isEmpty {
            let expected = Self.placeholders(in: original)
            guard Self.placeholders(in: wording) == expected else { throw .labelPlaceholdersChanged(expected.sorted()) }
        }
        guard !ProgramSettings.namesForgiveness(trimmed) || ProgramSettings.namesForgiveness(builtIn) else {
            throw .labelNamesForgiveness
        }
        return trimmed
    }

    /// The placeholders of a text: `count` in "Mediators assigned: {count}".
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
