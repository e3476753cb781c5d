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
        home,
        referrals,
        account,
        adminUsers,
        cases,
        intake,
        people,
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
    ]

    /// Every entry, by key. A key defined twice stops the program at start-up: the tests see it first.
    static let entries: [String: Bilingual] = {
        var all: [String: Bilingual] = [:]
        for table in Self.pageTables + NamedValues.tables {
            all.merge(table) { first, _ in preconditionFailure("A catalogue key is defined twice: \(first.english)") }
        }
        return all
    }()

    /// The built-in text in one language, by key.
    static func builtIn(_ language: Language) -> [String: String] {
        language == .en ? Self.english : Self.french
    }

    private static let english = Self.entries.mapValues(\.english)
    private static let french = Self.entries.mapValues(\.french)
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
