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
        ]
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let language = context.language
        let t = language.strings
        let referrals = try await CaseService(env: self.env.serving(context)).list(.openedBy(user.id), by: user)
        let notice = request.uri.queryParameters.get("notice") == "submitted" ? t.referralSubmittedNotice : nil
        let page = ReferralListPage(
            layout: self.views.layout(context, title: t.navReferrals, path: "/referrals", notice: notice), t: language.catalog,
            rows: referrals.map { ReferralRow($0, language: language) }, hasRows: !referrals.isEmpty
        )
        return try self.views.render("referrals", page)
    }

    @Sendable func new(_ request: Request, context: WebContext) async throws -> Response {
        try self.renderForm(context, draft: FormFields(""), errors: [], status: .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let form = context.form
        let t = context.language.strings
        var errors: [FieldError] = []
        let fps = form["fps"].trimmingCharacters(in: .whitespaces).uppercased()
        let unit = form["unit"].trimmingCharacters(in: .whitespaces)
        let region = CasePages.regions.contains(form["region"]) ? form["region"] : nil
        let language = Language(rawValue: form["language"])
        let interest = Self.date(form["interest"]).flatMap { $0 <= self.env.now() ? $0 : nil }
        if !(1...12).contains(fps.count) || !fps.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            errors.append(FieldError(field: "fps", message: t.invalidFPS))
        }
        if unit.isEmpty || unit.count > 120 { errors.append(FieldError(field: "unit", message: t.invalidUnit)) }
        if interest == nil { errors.append(FieldError(field: "interest", message: t.invalidDate)) }
        if region == nil { errors.append(FieldError(field: "region", message: "\(t.chooseAnAnswer) \(t.regionLabel)")) }
        if language == nil { errors.append(FieldError(field: "language", message: "\(t.chooseAnAnswer) \(t.referredLanguageLabel)")) }
        guard let region, let language, let interest, errors.isEmpty else {
            return try self.renderForm(context, draft: form, errors: errors, status: .unprocessableContent)
        }
        let referral = Referral(fpsNumber: fps, staffUnit: unit, interestExpressedOn: interest, safetyConcernsNoted: form["safety"] == "yes")
        _ = try await CaseService(env: self.env.serving(context)).submitReferral(region: region, language: language.rawValue, referral: referral, by: try context.requireUser())
        return .redirect(to: "/referrals?notice=submitted", type: .normal)
    }

    /// `YYYY-MM-DD` as midnight UTC, or nil.
    static func date(_ text: String) -> Date? {
        try? Date(text.trimmingCharacters(in: .whitespaces) + "T00:00:00Z", strategy: .iso8601)
    }

    private func renderForm(_ context: WebContext, draft: FormFields, errors: [FieldError], status: HTTPResponse.Status) throws -> Response {
        let language = context.language
        let t = language.strings
        let page = ReferralFormPage(
            layout: self.views.layout(context, title: t.newReferralLink, path: "/referrals/new"), t: language.catalog,
            fps: draft["fps"], unit: draft["unit"], interest: draft["interest"], safety: draft["safety"] == "yes",
            regions: CasePages.regions.map { Option(value: $0, label: CasePages.regionName($0, language), selected: draft["region"] == $0) },
            languages: Option.languages(selected: draft["language"], in: language),
            hasErrors: !errors.isEmpty, errors: errors
        )
        return try self.views.render("referral-new", page, status: status)
    }

}

struct ReferralListPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let rows: [ReferralRow]
    let hasRows: Bool
}

/// N3: a reference, a date and one of three words. Never a reason, a response, a form or a meeting date.
struct ReferralRow: Sendable {
    let reference: String
    let submitted: String
    let status: String

    init(_ summary: CaseSummary, language: Language) {
        let t = language.strings
        self.reference = summary.reference
        self.submitted = summary.openedAt.formatted(.iso8601.year().month().day())
        self.status =
            switch summary.stage {
            case .requestReceived, .assessment: t.statusReceived
            case .closed, .disposed: t.statusClosed
            case .assigned, .preparation, .onHold, .dialogue, .followUp: t.statusInProgress
            }
    }
}

struct ReferralFormPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let fps: String
    let unit: String
    let interest: String
    let safety: Bool
    let regions: [Option]
    let languages: [Option]
    let hasErrors: Bool
    let errors: [FieldError]
}
