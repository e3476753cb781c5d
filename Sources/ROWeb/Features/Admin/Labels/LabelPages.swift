import Foundation
import Hummingbird
import ROCore
import ROServices

/// R57 for administrators, pages and API: the program's name and every label of the pages in their own
/// wording, in English, French or both; a reset brings back the built-in text.
struct LabelPages: Sendable {
    let env: AppEnvironment
    let views: Views
    let wordings: WordingCache

    var routes: [Route] {
        [
            Route(.get, "/admin/labels", .requires(.manageProgramSettings), self.list),
            Route(.get, "/admin/labels/:key", .requires(.manageProgramSettings), self.edit),
            Route(.post, "/admin/labels/:key", .requires(.manageProgramSettings), self.save),
            Route(.post, "/admin/labels/:key/reset", .requires(.manageProgramSettings), self.reset),
            Route(.get, "/api/labels", .requires(.manageProgramSettings), self.listJSON),
            Route(.put, "/api/labels/:key", .requires(.manageProgramSettings), self.saveJSON),
            Route(.delete, "/api/labels/:key", .requires(.manageProgramSettings), self.resetJSON),
        ]
    }

    private func service(_ context: WebContext) -> LabelService {
        LabelService(env: self.env.serving(context), builtIn: Catalogue.labels)
    }

    /// The label named in the path; an unknown one answers "not found" before anything is read.
    private func key(_ context: WebContext) throws -> String {
        guard let key = context.parameters.get("key"), Wording.keys.contains(key) else { throw DomainError.labelNotFound }
        return key
    }

    /// The labels an administrator changed, or, with `?q=`, every label whose key or wording contains it.
    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let query = FormFields(request.uri.query ?? "")["q"].trimmingCharacters(in: .whitespaces)  // a form's GET: "+" is a space
        let labels = LabelRow.all(overrides: try await self.service(context).overrides())
        let shown = query.isEmpty ? labels.filter(\.changed) : labels.filter { $0.matches(query) }
        let t = context.language.strings
        let page = LabelListPage(
            layout: self.views.layout(context, title: t.labelsTitle, path: "/admin/labels"),
            t: context.language.catalog,
            query: query,
            searched: !query.isEmpty,
            rows: shown,
            hasRows: !shown.isEmpty,
            resultsHeading: query.isEmpty ? t.changedLabelsHeading : "\(t.labelsFoundHeading) \(shown.count)"
        )
        return try self.views.render("admin-labels", page, status: .ok)
    }

    @Sendable func edit(_ request: Request, context: WebContext) async throws -> Response {
        let key = try self.key(context)
        let current = try await self.service(context).overrides()[key] ?? .empty
        let t = context.language.strings
        let notice: String? =
            switch request.uri.queryParameters.get("notice") {
            case "saved": t.labelSavedNotice
            case "reset": t.labelResetNotice
            default: nil
            }
        return try self.render(context, key: key, typed: current, override: current.isEmpty ? nil : current, notice: notice, errors: [], status: .ok)
    }

    /// Bad wording comes back with what was typed and the reason at the first field.
    @Sendable func save(_ request: Request, context: WebContext) async throws -> Response {
        let key = try self.key(context)
        let typed = BilingualText(english: context.form["english"], french: context.form["french"])
        do {
            _ = try await self.service(context).set(key, to: typed, by: .user(try context.requireUser()))
        } catch let error as DomainError where error.isAboutWording {
            let current = try await self.service(context).overrides()[key]
            let errors = [FieldError(field: "english", message: PublicError(domain: error).message(in: context.language))]
            return try self.render(context, key: key, typed: typed, override: current, notice: nil, errors: errors, status: .unprocessableContent)
        }
        await self.wordings.invalidate()
        return .redirect(to: "/admin/labels/\(key)?notice=saved", type: .normal)
    }

    @Sendable func reset(_ request: Request, context: WebContext) async throws -> Response {
        let key = try self.key(context)
        try await self.service(context).reset(key, by: .user(try context.requireUser()))
        await self.wordings.invalidate()
        return .redirect(to: "/admin/labels/\(key)?notice=reset", type: .normal)
    }

    private func render(
        _ context: WebContext,
        key: String,
        typed: BilingualText,
        override: BilingualText?,
        notice: String?,
        errors: [FieldError],
        status: HTTPResponse.Status
    ) throws -> Response {
        let t = context.language.strings
        let page = LabelEditPage(
            layout: self.views.layout(context, title: "\(t.labelEditTitle) \(key)", path: "/admin/labels", notice: notice),
            t: context.language.catalog,
            label: LabelRow(key: key, override: override),
            english: typed.english,
            french: typed.french,
            maximumLength: "\(LabelOverride.maximumLength)",
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("admin-label", page, status: status)
    }

    // MARK: API

    @Sendable func listJSON(_ request: Request, context: WebContext) async throws -> Response {
        try APIRoutes.json(LabelRow.all(overrides: try await self.service(context).overrides()))
    }

    /// Sets the wording of one label; answers with the label as it now reads.
    @Sendable func saveJSON(_ request: Request, context: WebContext) async throws -> Response {
        let key = try self.key(context)
        let fields = try await APIRoutes.stringFields(request, context, named: ["english", "french"])
        let saved = try await self.service(context).set(
            key,
            to: BilingualText(english: fields["english"] ?? "", french: fields["french"] ?? ""),
            by: .user(try context.requireUser())
        )
        await self.wordings.invalidate()
        return try APIRoutes.json(LabelRow(key: key, override: saved))
    }

    @Sendable func resetJSON(_ request: Request, context: WebContext) async throws -> Response {
        let key = try self.key(context)
        try await self.service(context).reset(key, by: .user(try context.requireUser()))
        await self.wordings.invalidate()
        return Response(status: .noContent)
    }
}

/// One label: its built-in wording and what is in force, in both languages. Also the API's form of it.
struct LabelRow: Sendable, Encodable {
    let key: String
    let builtInEnglish: String
    let builtInFrench: String
    let english: String
    let french: String
    let changed: Bool
    /// What the page fills in (`{count}`), which a rewording keeps; empty when there is none.
    let placeholders: String

    init(key: String, override: BilingualText?) {
        self.key = key
        self.builtInEnglish = Wording.builtIn.english.catalog[key] ?? ""
        self.builtInFrench = Wording.builtIn.french.catalog[key] ?? ""
        self.english = override.map(\.english).flatMap { $0.isEmpty ? nil : $0 } ?? self.builtInEnglish
        self.french = override.map(\.french).flatMap { $0.isEmpty ? nil : $0 } ?? self.builtInFrench
        self.changed = override != nil
        self.placeholders = LabelOverride.placeholders(in: self.builtInEnglish).sorted().map { "{\($0)}" }.joined(separator: " ")
    }

    /// Every label the pages define, by key.
    static func all(overrides: [String: BilingualText]) -> [LabelRow] {
        Wording.keys.sorted().map { LabelRow(key: $0, override: overrides[$0]) }
    }

    func matches(_ query: String) -> Bool {
        [self.key, self.english, self.french, self.builtInEnglish, self.builtInFrench].contains { $0.localizedStandardContains(query) }
    }
}

struct LabelListPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let query: String
    let searched: Bool
    let rows: [LabelRow]
    let hasRows: Bool
    let resultsHeading: String
}

struct LabelEditPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let label: LabelRow
    /// As typed, or as in force when nothing was typed yet (empty: the built-in wording).
    let english: String
    let french: String
    let maximumLength: String
    let hasErrors: Bool
    let errors: [FieldError]
}

extension DomainError {
    /// A refusal of the wording typed: the page shows it again, with the reason.
    fileprivate var isAboutWording: Bool {
        switch self {
        case .labelTextInvalid, .labelPlaceholdersChanged, .labelNamesForgiveness: true
        default: false
        }
    }
}
