import Foundation
import Hummingbird
import ROCore
import ROServices

/// The pages' text in both languages with the administrators' own wording applied (R57).
///
/// `WordingMiddleware` puts the wording in force around each request as a task-local value, so every
/// `language.strings` and `language.catalog` the request's handlers and templates read carries it,
/// however deep the view model that reads it.
struct Wording: Sendable {
    struct Text: Sendable {
        let strings: Strings
        let catalog: [String: String]
    }

    let english: Text
    let french: Text

    func text(_ language: Language) -> Text { language == .en ? self.english : self.french }

    /// The wording of the request being answered; outside a request, the built-in one.
    @TaskLocal static var inForce = Wording.builtIn

    static let builtIn = Wording(
        english: Text(strings: .en, catalog: Strings.en.catalog.merging(CatalogueLabels.builtIn(.en)) { page, _ in page }),
        french: Text(strings: .fr, catalog: Strings.fr.catalog.merging(CatalogueLabels.builtIn(.fr)) { page, _ in page })
    )

    /// Every label key the pages define.
    static let keys = Set(Self.builtIn.english.catalog.keys)

    /// The built-in text with each override that has wording in the language at hand.
    init(overrides: [String: BilingualText]) {
        self.english = Self.text(Self.builtIn.english, overrides.mapValues(\.english))
        self.french = Self.text(Self.builtIn.french, overrides.mapValues(\.french))
    }

    private init(english: Text, french: Text) {
        self.english = english
        self.french = french
    }

    private static func text(_ builtIn: Text, _ overrides: [String: String]) -> Text {
        var catalog = builtIn.catalog
        for (key, wording) in overrides where catalog[key] != nil && !wording.isEmpty { catalog[key] = wording }
        // `Strings` decodes from its own catalog: every key is there, so this cannot miss one.
        let strings = (try? JSONDecoder().decode(Strings.self, from: JSONEncoder().encode(catalog))) ?? builtIn.strings
        return Text(strings: strings, catalog: catalog)
    }
}

extension Language {
    /// The text of the pages in this language, as in force for the request at hand.
    var strings: Strings { Wording.inForce.text(self).strings }
    /// The same as a dictionary: what templates read as `{{t.key}}`.
    var catalog: [String: String] { Wording.inForce.text(self).catalog }
}

/// The overrides in force, read again at most every few seconds: every request needs them, and a change
/// made on another instance reaches this one without a restart. A change made here applies at once.
actor WordingCache {
    private let service: LabelService
    private let freshness: Duration
    private var loaded: (at: ContinuousClock.Instant, wording: Wording)?

    init(env: AppEnvironment, freshness: Duration = .seconds(5)) {
        self.service = LabelService(env: env, keys: Wording.keys)
        self.freshness = freshness
    }

    func current() async -> Wording {
        if let loaded = self.loaded, ContinuousClock.now - loaded.at < self.freshness { return loaded.wording }
        // Without the database the request fails further on anyway; its error page still gets text.
        guard let overrides = try? await self.service.overrides() else { return .builtIn }
        let wording = overrides.isEmpty ? Wording.builtIn : Wording(overrides: overrides)
        self.loaded = (ContinuousClock.now, wording)
        return wording
    }

    /// After a change made on this instance.
    func invalidate() {
        self.loaded = nil
    }
}

/// Answers each request with the wording in force (R57).
struct WordingMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let cache: WordingCache

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        try await Wording.$inForce.withValue(await self.cache.current()) {
            try await next(request, context)
        }
    }
}
