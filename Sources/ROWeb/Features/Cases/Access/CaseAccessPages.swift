import Foundation
import Hummingbird
import ROCore
import ROServices

/// §2.2 note 10: the access report of a case for coordinators: who read or changed the file, when,
/// and what they did (from the audit log; no content), page and API.
struct CaseAccessPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/cases/:id/access", .requires(.workOnCases), self.show),
            Route(.get, "/api/cases/:id/access-report", .requires(.workOnCases), self.json),
        ]
    }

    /// Entries a page shows at once; a case read daily for years has thousands.
    static let pageSize = 100

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.caseID()
        // Issue 16, item 4: a page at a time, newest first; `?before=<position>` shows the entries before that one.
        let before = PageStart.before(request.uri.queryParameters.get("before"))
        let report = try await CaseService(env: self.env.serving(context)).accessReport(id, by: user, limit: Self.pageSize + 1, before: before)
        let staff = try await AccountService(env: self.env.serving(context)).activeCaseStaff(by: .user(user))
        let language = context.language
        let shown = report.entries.prefix(Self.pageSize)
        let page = CaseAccessPage(
            layout: self.views.layout(context, title: "\(language.strings.accessReportTitle) \(report.reference)", path: "/cases"),
            t: language.catalog,
            caseID: id.description,
            reference: report.reference,
            rows: shown.map { CaseAccessPage.Row($0, viewer: user, staff: staff, language: language) },
            earlier: report.entries.count > shown.count ? shown.last.map { "/cases/\(id)/access?before=\($0.position)" } : nil,
            isLaterPage: before != nil
        )
        return try self.views.render("case-access", page)
    }

    /// The API gives up to 500 entries; `?before=<position>` the ones before that entry (a position: 1 or more,
    /// anything else is refused, as the OpenAPI document says).
    @Sendable func json(_ request: Request, context: WebContext) async throws -> Response {
        let asked = request.uri.queryParameters.get("before")
        let before = PageStart.before(asked)
        if asked != nil, before == nil { throw HTTPError(.badRequest) }
        let report = try await CaseService(env: self.env.serving(context)).accessReport(
            try context.caseID(),
            by: try context.requireUser(),
            before: before
        )
        return try APIRoutes.json(report.entries.map(AccessEntryJSON.init))
    }
}

/// Everything `case-access.mustache` shows.
struct CaseAccessPage: Sendable {
    struct Row: Sendable {
        let time: String
        let who: String
        let action: String
        let outcome: String

        /// Staff who work on cases are named to the coordinator; anyone else by role only.
        init(_ entry: AuditEntry, viewer: User, staff: [User], language: Language) {
            let row = AuditRow(entry, language: language)
            self.time = row.time
            self.action = row.action
            self.outcome = row.outcome
            let name =
                entry.actorUserID == viewer.id.description
                ? language.strings.ownerYouLabel
                : staff.first { $0.id.description == entry.actorUserID }?.displayName
            self.who = name.map { "\($0) (\(row.role))" } ?? row.role
        }
    }

    let layout: Layout
    let t: [String: String]
    let caseID: String
    let reference: String
    let rows: [Row]
    /// The address of the entries before these, when there are more.
    let earlier: String?
    /// A page of earlier entries links back to the newest.
    let isLaterPage: Bool
}

/// One line of a case's access report through the API: no names, as in the audit log.
struct AccessEntryJSON: Encodable, Sendable {
    let position: Int64
    let at: Date
    let actorUserID: String
    let actorRole: String
    let action: String
    let outcome: String

    init(_ entry: AuditEntry) {
        self.position = entry.position
        self.at = entry.at
        self.actorUserID = entry.actorUserID
        self.actorRole = entry.actorRole
        self.action = entry.action
        self.outcome = entry.outcome
    }
}
