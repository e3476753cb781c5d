import Foundation
import Hummingbird
import ROCore
import ROServices
import ROStore

/// Referring staff: refer an offender (R4) and follow their own referrals by a three-value status (N3).
struct ReferralPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/referrals", .requires(.submitReferrals), self.list),
            Route(.get, "/referrals/new", .requires(.submitReferrals), self.new),
            Route(.post, "/referrals", .requires(.submitReferrals), self.submit),
            Route(.post, "/referrals/:id/withdrawal-notice", .requires(.submitReferrals), self.withdrawalNotice),
            Route(.post, "/referrals/:id/safety-concern", .requires(.submitReferrals), self.safetyConcern),
        ]
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let language = context.language
        let t = language.strings
        let referrals = try await CaseService(env: self.env.serving(context)).list(.openedBy(user.id), by: user)
        let notice: String? =
            switch request.uri.queryParameters.get("notice") {
            case "submitted": t.referralSubmittedNotice
            case "withdrawal-notice": t.withdrawalNoticeSentNotice
            case "safety-concern": t.safetyConcernSentNotice
            default: nil
            }
        let page = ReferralListPage(
            layout: self.views.layout(context, title: t.navReferrals, path: "/referrals", notice: notice),
            t: language.catalog,
            rows: referrals.map { ReferralRow($0, language: language) },
            hasRows: !referrals.isEmpty,
            escalationCategories: EscalationCategory.options(in: language)
        )
        return try self.views.render("referrals", page)
    }

    /// C6: the offender told the referring staff member they want to stop; the mediator checks with them.
    @Sendable func withdrawalNotice(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.caseID()
        try await CaseService(env: self.env.serving(context)).actAsSubmitter(id, by: try context.requireUser()) {
            try $0.withdrawalNotice(side: .offender)
        }
        return .redirect(to: "/referrals?notice=withdrawal-notice", type: .normal)
    }

    /// R23: the referring staff member raises a safety concern about their own referral; it blocks
    /// gated steps until a coordinator resolves it, and shows them nothing of the case.
    @Sendable func safetyConcern(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.caseID()
        let (form, newID) = (context.form, self.env.newID())
        try await CaseService(env: self.env.serving(context)).actAsSubmitter(id, by: try context.requireUser()) { _ in
            try CaseSteps.raiseEscalation(form, newID: newID)  // checked once the referral is known to be theirs (N1)
        }
        return .redirect(to: "/referrals?notice=safety-concern", type: .normal)
    }

    @Sendable func new(_ request: Request, context: WebContext) async throws -> Response {
        try await self.renderForm(context, draft: FormFields(""), errors: [], status: .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let fields: IntakeForms.StaffReferral
        let sites = try await SiteService(env: self.env).all().map(\.code)
        switch IntakeForms.referral(context.form, context.language.strings, now: self.env.now(), sites: sites) {
        case .success(let valid): fields = valid
        case .failure(let invalid):
            return try await self.renderForm(context, draft: context.form, errors: invalid.errors, status: .unprocessableContent)
        }
        _ = try await CaseService(env: self.env.serving(context)).submitReferral(
            region: fields.region,
            language: fields.language.rawValue,
            referral: fields.referral,
            person: fields.person,
            by: try context.requireUser()
        )
        return .redirect(to: "/referrals?notice=submitted", type: .normal)
    }

    private func renderForm(_ context: WebContext, draft: FormFields, errors: [FieldError], status: HTTPResponse.Status) async throws -> Response {
        let language = context.language
        let t = language.strings
        let sites = try await SiteService(env: self.env).all()
        let page = ReferralFormPage(
            layout: self.views.layout(context, title: t.newReferralLink, path: "/referrals/new"),
            t: language.catalog,
            fps: draft["fps"],
            offenderName: draft["offenderName"],
            siteOptions: [Option(value: "", label: t.siteNotKnownLabel, selected: draft["site"].isEmpty)]
                + sites.map { Option(value: $0.code, label: $0.name(in: language), selected: draft["site"] == $0.code) },
            unit: draft["unit"],
            interest: draft["interest"],
            safety: draft["safety"] == "yes",
            regions: CasePages.regionOptions(language, selected: draft["region"]),
            languages: Option.languages(selected: draft["language"], in: language),
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("referral-new", page, status: status)
    }

}

struct ReferralListPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let rows: [ReferralRow]
    let hasRows: Bool
    let escalationCategories: [Option]
}

/// N3: a reference, a date and one of three words. Never a reason, a response, a form or a meeting date.
struct ReferralRow: Sendable {
    let id: String
    let isOpen: Bool
    let reference: String
    let submitted: String
    let status: String

    init(_ summary: CaseSummary, language: Language) {
        let t = language.strings
        self.id = summary.id.description
        self.isOpen = summary.stage.isOpen
        self.reference = summary.reference
        self.submitted = summary.openedAt.formatted(.iso8601.year().month().day())
        self.status =
            switch ReferralStatus(summary.stage) {
            case .received: t.statusReceived
            case .inProgress: t.statusInProgress
            case .closed: t.statusClosed
            }
    }
}

/// N3: the three-value status referring staff see.
enum ReferralStatus: String {
    case received, inProgress, closed

    init(_ stage: CaseStage) {
        switch stage {
        case .requestReceived, .assessment: self = .received
        case .closed, .disposed: self = .closed
        case .assigned, .preparation, .onHold, .dialogue, .followUp: self = .inProgress
        }
    }
}

struct ReferralFormPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let fps: String
    let offenderName: String
    let siteOptions: [Option]
    let unit: String
    let interest: String
    let safety: Bool
    let regions: [Option]
    let languages: [Option]
    let hasErrors: Bool
    let errors: [FieldError]
}
