import Foundation
import Hummingbird
import ROCore
import ROServices

/// §7.2: the search box of the case list. A search is posted, never put in an address, so a name typed there reaches
/// no browser history or server log; the results obey need-to-know, and the audit log records the search without it.
struct CaseSearchPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [Route(.post, "/cases/search", .requires(.workOnCases), self.search)]
    }

    @Sendable func search(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let language = context.language
        let t = language.strings
        let typed = String(context.form["q"].trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        let found = typed.isEmpty ? [] : try await CaseService(env: self.env.serving(context)).search(typed, by: user)
        let results = CaseListSection(
            title: language.text("searchResultsTitle", ["count": "\(found.count)"]),
            empty: t.searchNothingFound,
            rows: found,
            language: language,
            now: self.env.now()
        )
        let page = CaseListPage(
            self.views.layout(context, title: t.casesTitle, path: "/cases"),
            [results],
            user: user,
            language: language,
            searchText: typed
        )
        return try self.views.render("cases", page)
    }
}
