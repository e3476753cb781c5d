import ROCore

/// Every text RO shows people, English and French side by side, each under the key an administrator rewords it
/// by (R57): the pages' texts, the names of catalogue values (roles, stages, reasons…), timeline lines and errors.
///
/// Each feature keeps its own table beside its code (`Features/SignIn/SignInText.swift`); a named value keeps its
/// names beside its `NamedValue` conformance. This file gathers them into one catalogue, which `Wording` applies
/// the administrators' wording to. `CatalogueTests` checks that no key is defined twice and that no text escapes it.
enum Catalogue {
    /// The pages' texts, feature by feature.
    static let pageTables: [[String: Bilingual]] = [
        shared,
        signIn,
        secondFactor,
        home,
        referrals,
        account,
        adminUsers,
        cases,
        intake,
        people,
        needs,
        search,
        administration,
        directRequests,
        letters,
        closure,
        meetings,
        entryRequests,
        timeline,
        access,
        safety,
        statistics,
        disclosures,
        links,
        informationLog,
        informationSheets,
        investigations,
        adminSettings,
        researchExtracts,
        adminLabels,
        disposals,
    ]

    /// Every table: the pages' texts, the named values' names, and the texts filled in from what happened.
    static let tables = Self.pageTables + NamedValues.tables + [Self.consentPurposes, Self.timelineLines, Self.errorMessages, Self.caseErrorMessages]

    /// Every entry, by key. A key defined twice stops the program at start-up: the tests see it first.
    static let entries: [String: Bilingual] = {
        var all: [String: Bilingual] = [:]
        for table in Self.tables {
            all.merge(table) { first, _ in preconditionFailure("A catalogue key is defined twice: \(first.english)") }
        }
        return all
    }()

    /// The built-in text in one language, by key.
    static func builtIn(_ language: Language) -> [String: String] {
        language == .en ? Self.english : Self.french
    }

    /// Every entry as a label administrators may reword, with its built-in wording.
    static let labels = Self.entries.mapValues { BilingualText(english: $0.english, french: $0.french) }

    private static let english = Self.entries.mapValues(\.english)
    private static let french = Self.entries.mapValues(\.french)

    /// `text` with each `{name}` replaced by its value; a placeholder without a value stays as it is.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var filled = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            filled += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            filled += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return filled + rest
    }
}

extension Language {
    /// A catalogue text as in force for the request (R57), each `{name}` filled in from `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let text = self.catalog[key] ?? key
        return values.isEmpty ? text : Catalogue.fill(text, values)
    }
}

extension BilingualText {
    /// The side of a text the program set in both languages (settings, contacts, criteria).
    func text(in language: Language) -> String { language == .en ? self.english : self.french }
}

extension Site {
    func name(in language: Language) -> String { language == .en ? self.nameEnglish : self.nameFrench }
}

/// A text in both official languages, side by side.
struct Bilingual: Sendable, Equatable {
    let english: String
    let french: String

    init(_ english: String, _ french: String) {
        self.english = english
        self.french = french
    }

    func text(in language: Language) -> String { language == .en ? self.english : self.french }
}
