import Foundation
import Hummingbird
import ROCore
import ROServices

/// The home page: what each role will find here, with an honest empty state.
struct HomePages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [Route(.get, "/home", .requires(.useOwnAccount), self.show)]
    }

    /// Audit entries the auditor's home lists at once.
    static let auditPageSize = 50

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let env = self.env.serving(context)
        var audit: AuditPanel?
        var accountCount: Int?
        switch user.role {
        case .auditor:
            let service = AuditService(env: env)
            let (verification, checkpoint) = try await service.verifySinceLatestCheckpoint(by: .user(user))
            // Issue 16, item 4: the log a page at a time, newest first; `?before=<position>` the entries before that one.
            let before = PageStart.before(request.uri.queryParameters.get("before"))
            audit = AuditPanel(
                verification: verification,
                checkpoint: checkpoint,
                entries: try await service.recent(limit: Self.auditPageSize + 1, before: before, by: .user(user)),
                isLaterPage: before != nil,
                language: context.language
            )
        case .admin:
            accountCount = try await AccountService(env: env).list(by: .user(user)).count
        default:
            break
        }
        let t = context.language.strings
        let page = HomePage(
            layout: self.views.layout(context, title: t.homeTitle, path: "/home"),
            t: context.language.catalog,
            user: user,
            language: context.language,
            accountCount: accountCount,
            audit: audit
        )
        return try self.views.render("home", page)
    }
}

struct HomePage: Sendable {
    let layout: Layout
    let t: [String: String]
    let displayName: String
    let roleName: String
    let intro: String
    /// Empty for roles whose home has no list yet (auditor, administrator).
    let emptyState: String
    let hasEmptyState: Bool
    let isAdmin: Bool
    let accountCount: String
    let isAuditor: Bool
    /// Where this role's work is listed, shown as the page's main link.
    let workLink: String
    let workLinkLabel: String
    let hasWorkLink: Bool
    let audit: AuditPanel?

    init(layout: Layout, t: [String: String], user: User, language: Language, accountCount: Int?, audit: AuditPanel?) {
        let s = language.strings
        self.layout = layout
        self.t = t
        self.displayName = user.displayName
        self.roleName = user.role.name(in: language)
        let (intro, empty): (String, String) =
            switch user.role {
            case .coordinator: (s.homeCoordinator, "")  // their work is listed behind the page's main link
            case .mediator: (s.homeMediator, "")
            case .referrer: (s.homeReferrer, "")
            case .victimServices: (s.homeVictimServices, s.emptyVictimServices)
            case .siteLiaison: (s.homeSiteLiaison, "")
            case .manager: (s.homeManager, "")
            case .auditor: (s.homeAuditor, "")
            case .admin: (s.homeAdmin, "")
            case .participant: (s.homeParticipant, s.emptyParticipant)
            }
        self.intro = intro
        self.emptyState = empty
        self.hasEmptyState = !empty.isEmpty
        self.isAdmin = accountCount != nil
        self.accountCount = accountCount.map { $0.formatted(.number.locale(language.locale)) } ?? ""
        self.isAuditor = audit != nil
        (self.workLink, self.workLinkLabel) =
            if Policy.allows(user.role, .workOnCases) { ("/cases", s.navCases) } else if Policy.allows(user.role, .submitReferrals) {
                ("/referrals", s.navReferrals)
            } else if Policy.allows(user.role, .answerEntryRequests) {
                ("/entry-requests", s.navEntryRequests)
            } else if Policy.allows(user.role, .readStatistics) { ("/statistics", s.navStatistics) } else { ("", "") }
        self.hasWorkLink = !self.workLink.isEmpty
        self.audit = audit
    }
}

/// The auditor's view of the chain: its state and the latest entries (metadata only).
struct AuditPanel: Sendable {
    let isIntact: Bool
    let checkedCount: String
    let brokenAt: String
    /// Issue 15, item 7: where the check started: the latest signed checkpoint, or empty for the first entry.
    let checkpointPosition: String
    let checkpointTime: String
    let hasCheckpoint: Bool
    let hasEntries: Bool
    let entries: [AuditRow]
    /// The address of the entries before these, when there are more.
    let earlier: String?
    /// A page of earlier entries links back to the newest.
    let isLaterPage: Bool

    /// `entries`: one more than a page, to know whether earlier ones follow.
    init(verification: AuditVerification, checkpoint: AuditCheckpoint?, entries: [AuditEntry], isLaterPage: Bool, language: Language) {
        switch verification {
        case .intact(let count):
            self.isIntact = true
            self.checkedCount = count.formatted(.number.locale(language.locale))
            self.brokenAt = ""
        case .broken(let position, _):
            self.isIntact = false
            self.checkedCount = ""
            self.brokenAt = String(position)
        }
        self.checkpointPosition = checkpoint.map { $0.position.formatted(.number.locale(language.locale)) } ?? ""
        self.checkpointTime = checkpoint.map { "\($0.at.utcMinuteText) UTC" } ?? ""
        self.hasCheckpoint = checkpoint != nil
        let shown = entries.prefix(HomePages.auditPageSize)
        self.hasEntries = !shown.isEmpty
        self.entries = shown.map { AuditRow($0, language: language) }
        self.earlier = entries.count > shown.count ? shown.last.map { "/home?before=\($0.position)" } : nil
        self.isLaterPage = isLaterPage
    }
}

struct AuditRow: Sendable {
    let position: String
    let time: String
    let role: String
    let action: String
    let outcome: String
    /// N7: the case an entry is about, for the auditor to open its metadata; empty for anything else.
    let caseID: String
    let hasCase: Bool

    init(_ entry: AuditEntry, language: Language) {
        self.position = String(entry.position)
        self.caseID = entry.target.hasPrefix("case:") ? String(entry.target.dropFirst("case:".count)) : ""
        self.hasCase = !self.caseID.isEmpty
        self.time = entry.at.utcMinuteText
        self.role = Role(rawValue: entry.actorRole)?.name(in: language) ?? entry.actorRole
        self.action =
            entry.contentRemoved ? language.text("auditContentRemovedEntry") : AuditAction(rawValue: entry.action)?.name(in: language) ?? entry.action
        self.outcome = AuditOutcome(rawValue: entry.outcome)?.name(in: language) ?? entry.outcome
    }
}

extension Date {
    /// `2026-11-25 10:27:52`, in UTC: how times read in the audit panel and case timelines.
    var utcMinuteText: String {
        self.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeSeparator(.colon).dateTimeSeparator(.space))
    }
}
