import Foundation
import Hummingbird
import ROCore
import ROServices
import ROStore

/// The case lists: the coordinator's queue and all cases, a mediator's own. Issue 16, item 4: a section shows a page
/// of rows and a link to its next page, which starts after the last row shown (keyset pagination).
extension CasePages {
    /// Rows a section shows at once.
    static let pageSize = 50

    /// The sections of the list page; a later page shows one of them.
    enum ListSection: String {
        case queue, all, mine

        func filter(for user: User) -> CaseFilter {
            switch self {
            case .queue: .awaitingAssessment
            case .all: .all
            case .mine: .assignedTo(user.id)
            }
        }

        func title(_ t: Strings) -> String {
            switch self {
            case .queue: t.queueTitle
            case .all: t.allCasesTitle
            case .mine: t.myCasesTitle
            }
        }

        func empty(_ t: Strings) -> String { self == .queue ? t.queueEmpty : t.noCases }

        static func sections(for user: User) -> [ListSection] { user.role == .coordinator ? [.queue, .all] : [.mine] }
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let service = CaseService(env: self.env.serving(context))
        let language = context.language
        let t = language.strings
        let now = self.env.now()
        let sections = ListSection.sections(for: user)
        // A later page of one section: `?section=all&after=…`. Anything else asked for is the first page.
        let query = request.uri.queryParameters
        if let section = query.get("section").flatMap(ListSection.init(rawValue:)), sections.contains(section),
            let after = query.get("after").flatMap(ListPosition.init(token:))
        {
            let filter = section.filter(for: user)
            let rows = try await service.list(filter, by: user, limit: Self.pageSize + 1, after: after)
            let shown = CaseListSection(section, filter: filter, rows: rows, language: language, now: now)
            let layout = self.views.layout(context, title: t.casesTitle, path: "/cases")
            return try self.views.render("cases", CaseListPage(layout, [shown], user: user, language: language, isLaterPage: true))
        }
        var shown: [CaseListSection] = []
        var reminders: [ReminderRow] = []
        for section in sections {
            let filter = section.filter(for: user)
            // The reminders look further than one page: at the 200 cases changed last, as before pages.
            let rows = try await service.list(filter, by: user, limit: section == .queue ? Self.pageSize + 1 : 200)
            shown.append(CaseListSection(section, filter: filter, rows: rows, language: language, now: now))
            if section != .queue { reminders = try await service.reminders(in: rows).map { ReminderRow($0, language: language) } }
        }
        let notice: String? =
            switch query.get("notice") {
            case "recorded": t.requestRecordedNotice
            case "recused": t.recusedNotice
            default: nil
            }
        let layout = self.views.layout(context, title: t.casesTitle, path: "/cases", notice: notice)
        return try self.views.render("cases", CaseListPage(layout, shown, user: user, language: language, reminders: reminders))
    }
}

struct CaseListPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let sections: [CaseListSection]
    let mayRecordRequests: Bool
    let reminders: [ReminderRow]
    let hasReminders: Bool
    /// §7.2: coordinators and mediators find a case by reference, FPS number or a person's name.
    let maySearch: Bool
    /// What was typed in the search box (kept in the page, never in an address).
    let searchText: String
    /// A later page of a section links back to the first.
    let isLaterPage: Bool

    init(
        _ layout: Layout,
        _ sections: [CaseListSection],
        user: User,
        language: Language,
        reminders: [ReminderRow] = [],
        searchText: String = "",
        isLaterPage: Bool = false
    ) {
        self.layout = layout
        self.t = language.catalog
        self.sections = sections
        self.mayRecordRequests = Policy.allows(user.role, .recordRequests)
        self.reminders = reminders
        self.hasReminders = !reminders.isEmpty
        self.maySearch = [.coordinator, .mediator].contains(user.role)
        self.searchText = searchText
        self.isLaterPage = isLaterPage
    }
}

struct CaseListSection: Sendable {
    let title: String
    let empty: String
    let hasRows: Bool
    let rows: [CaseRow]
    /// The address of the section's next page, when there is one.
    let next: String?
    /// Search results: where the next page starts, posted with the search again (what was typed stays out of
    /// addresses, §7.2).
    let moreAfter: String?

    init(title: String, empty: String, rows: [CaseSummary], language: Language, now: Date, moreAfter: String? = nil) {
        self.title = title
        self.empty = empty
        self.hasRows = !rows.isEmpty
        self.rows = rows.map { CaseRow($0, language: language, now: now) }
        self.next = nil
        self.moreAfter = moreAfter
    }

    /// A page of `section`: `rows` were asked for one more than a page, to know whether another follows.
    init(_ section: CasePages.ListSection, filter: CaseFilter, rows: [CaseSummary], language: Language, now: Date) {
        let page = rows.prefix(CasePages.pageSize)
        self.title = section.title(language.strings)
        self.empty = section.empty(language.strings)
        self.hasRows = !page.isEmpty
        self.rows = page.map { CaseRow($0, language: language, now: now) }
        self.next = rows.count > page.count ? page.last.map { "/cases?section=\(section.rawValue)&after=\(filter.position(after: $0).token)" } : nil
        self.moreAfter = nil
    }
}

struct CaseRow: Sendable {
    let id: String
    let reference: String
    let stage: String
    let region: String
    let waitingDays: String
    let opened: String

    init(_ summary: CaseSummary, language: Language, now: Date) {
        let day = summary.openedAt.formatted(.iso8601.year().month().day())
        self.id = summary.id.description
        self.reference = summary.reference
        // §7.3: a disposed case's reference says only when it was disposed of; the tombstone keeps no other date.
        let disposed = summary.stage == .disposed
        self.stage = disposed ? language.text("disposedOnLabel", ["day": day]) : summary.stage.name(in: language)
        self.region = disposed ? "—" : CasePages.regionName(summary.region, language)
        self.waitingDays = disposed ? "—" : String(max(0, Int(now.timeIntervalSince(summary.openedAt) / 86_400)))
        self.opened = disposed ? "—" : day
    }
}
