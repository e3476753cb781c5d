import Foundation
import Hummingbird
import ROCore
import ROServices

/// The pages' text in both languages with the administrators' own wording applied (R57).
///
/// `WordingMiddleware` puts the wording in force around each request as a task-local value, so every
/// `language.strings` and `language.catalog` the request's handlers and templates read carries it,
/// however deep the view model that reads it. Classes, so that each read of the wording in force shares it rather
/// than copying both languages' texts.
final class Wording: Sendable {
    final class Text: Sendable {
        let strings: Strings
        let catalog: [String: String]

        init(strings: Strings, catalog: [String: String]) {
            self.strings = strings
            self.catalog = catalog
        }
    }

    let english: Text
    let french: Text
    /// The program's regions (a program setting), whose names the catalog carries as `region.<code>`, as it
    /// carries the needs the program added as `need.<code>`.
    let regions: [Region]

    func text(_ language: Language) -> Text { language == .en ? self.english : self.french }

    /// The wording of the request being answered; outside a request, the built-in one.
    @TaskLocal static var inForce = Wording.builtIn

    static let builtIn = Wording(overrides: [:], settings: .standard)

    /// Every label an administrator may reword: every catalogue entry.
    static let keys = Set(Catalogue.entries.keys)

    /// The built-in text with each override that has wording in the language at hand.
    init(overrides: [String: BilingualText], settings: ProgramSettings) {
        let named =
            settings.regions.map { (CasePages.regionKey($0.code), $0.name) }
            + settings.addedNeeds.map { (NeedCode(rawValue: $0.code).labelKey, $0.name) }
        self.english = Self.text(.en, overrides.mapValues(\.english), named.map { ($0, $1.english) })
        self.french = Self.text(.fr, overrides.mapValues(\.french), named.map { ($0, $1.french) })
        self.regions = settings.regions
    }

    /// `namedInSettings`: the names of what the program settings list (regions, added needs), by label key.
    private static func text(_ language: Language, _ overrides: [String: String], _ namedInSettings: [(key: String, name: String)]) -> Text {
        var catalog = Catalogue.builtIn(language)
        for (key, wording) in overrides where catalog[key] != nil && !wording.isEmpty { catalog[key] = wording }
        let builtInStrings = language == .en ? Strings.en : Strings.fr
        let strings = overrides.isEmpty ? builtInStrings : (Strings.decoded(from: catalog) ?? builtInStrings)
        for entry in namedInSettings { catalog[entry.key] = entry.name }
        return Text(strings: strings, catalog: catalog)
    }
}

extension Language {
    /// The text of the pages in this language, as in force for the request at hand.
    var strings: Strings { Wording.inForce.text(self).strings }
    /// The same as a dictionary: what templates read as `{{t.key}}`.
    var catalog: [String: String] { Wording.inForce.text(self).catalog }
}

/// The overrides and regions in force, read again at most every few seconds: every request needs them, and a change
/// made on another instance reaches this one without a restart. A change made here applies at once.
actor WordingCache {
    private let labels: LabelService
    private let settings: ProgramSettingsService
    private let freshness: Duration
    private var loaded: (at: ContinuousClock.Instant, wording: Wording)?

    init(env: AppEnvironment, freshness: Duration = .seconds(5)) {
        self.labels = LabelService(env: env, builtIn: Catalogue.labels)
        self.settings = ProgramSettingsService(env: env)
        self.freshness = freshness
    }

    func current() async -> Wording {
        if let loaded = self.loaded, ContinuousClock.now - loaded.at < self.freshness { return loaded.wording }
        // Without the database the request fails further on anyway; its error page still gets text.
        guard let overrides = try? await self.labels.overrides(), let settings = try? await self.settings.current() else { return .builtIn }
        let wording = Wording(overrides: overrides, settings: settings)
        self.loaded = (ContinuousClock.now, wording)
        return wording
    }

    /// After a change made on this instance.
    func invalidate() {
        self.loaded = nil
    }
}
