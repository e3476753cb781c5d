import Foundation
import Hummingbird
import ROCore
import ROServices
import ROStore

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
        // Issue 16, item 4: a page of results at a time; "more" posts the search again with where the page ended.
        let after = ListPosition(token: context.form["after"])
        let found =
            typed.isEmpty
            ? [] : try await CaseService(env: self.env.serving(context)).search(typed, by: user, limit: CasePages.pageSize + 1, after: after)
        let page = found.prefix(CasePages.pageSize)
        let isPartial = after != nil || found.count > page.count
        let results = CaseListSection(
            title: language.text(isPartial ? "searchResultsPageTitle" : "searchResultsTitle", ["count": "\(page.count)"]),
            empty: t.searchNothingFound,
            rows: Array(page),
            language: language,
            now: self.env.now(),
            moreAfter: found.count > page.count ? page.last.map { CaseFilter.search(typed, assignedTo: nil).position(after: $0).token } : nil
        )
        let shown = CaseListPage(
            self.views.layout(context, title: t.casesTitle, path: "/cases"),
            [results],
            user: user,
            language: language,
            searchText: typed  // a later page needs no link back: the search box, still filled in, gives the first
        )
        return try self.views.render("cases", shown)
    }
}
