import Foundation
import Hummingbird
import ROCore
import ROServices

/// Issue 15, item 1: approving a two-person step (an extract, a disposal, an account or role change, an investigation)
/// needs the password and code given within five minutes. Older than that, the approval's own form comes back as a
/// page asking for them, carrying every field it was sent; sent again with them, the approval goes through at once.
struct IdentityConfirmation: Sendable {
    /// The approvals, and making new recovery codes: one place, so none is missed and a test walks the same list.
    static let paths: Set<String> = [
        "/admin/users/:id/approve", "/disposals/:id/approve", "/research-extracts/:extract/approve",
        "/audit/investigations/:investigation/approve", "/account/recovery-codes",
    ]
    let env: AppEnvironment
    let views: Views
    let proxies: TrustedProxies

    /// The route as it is, or, for an approval, behind the check (after the route's own permission check).
    func guarding(_ route: Route) -> Route {
        guard Self.paths.contains(route.path), route.method == .post else { return route }
        let handler = route.handler
        return Route(route.method, route.path, route.access) { request, context in
            try await self.confirm(request, context, then: handler)
        }
    }

    private func confirm(
        _ request: Request,
        _ context: WebContext,
        then handler: @Sendable (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        // The API's approvals refuse every token before this (`approval-needs-sign-in`); only sessions get here.
        guard let session = context.session, let user = context.user else { return try await handler(request, context) }
        let env = self.env.serving(context)
        if env.sessionPolicy.isRecentlyAuthenticated(session, at: env.now()) { return try await handler(request, context) }
        let password = context.form["confirm-password"]
        guard !password.isEmpty else { return try await self.render(request, context, user: user, errors: [], status: .ok) }
        do {
            try await SecondFactorService(env: env).confirmIdentity(
                session: session,
                user: user,
                password: password,
                code: context.form["confirm-code"],
                address: self.proxies.clientAddress(peer: context.clientAddress, headers: request.headers)
            )
        } catch let error as DomainError where error == .identityNotConfirmed || error == .signInThrottled {
            let failure = PublicError(domain: error)
            let errors = [FieldError(field: "confirm-password", message: failure.message(in: context.language))]
            return try await self.render(request, context, user: user, errors: errors, status: failure.status)
        }
        return try await handler(request, context)
    }

    private func render(
        _ request: Request,
        _ context: WebContext,
        user: User,
        errors: [FieldError],
        status: HTTPResponse.Status
    ) async throws -> Response {
        let factors = SecondFactorService(env: self.env.serving(context))
        let enrolled = try await factors.status(of: user.id).enrolled
        let demoCode = self.views.isDemo && enrolled ? try await factors.currentCode(of: user.id) : nil
        let carried = context.form.all.filter { !["csrf", "confirm-password", "confirm-code"].contains($0.name) }
        let isApproval = request.uri.path.hasSuffix("/approve")
        let page = IdentityConfirmationPage(
            layout: self.views.layout(context, title: context.language.strings.confirmIdentityTitle, path: request.uri.path),
            t: context.language.catalog,
            action: request.uri.path,
            intro: context.language.text(isApproval ? "confirmIdentityIntro" : "confirmIdentityIntroCodes"),
            button: context.language.text(isApproval ? "confirmIdentityButton" : "confirmIdentityButtonCodes"),
            carried: carried.map { CarriedField(name: $0.name, value: $0.value) },
            needsCode: enrolled,
            hasDemoCode: demoCode != nil,
            demoCode: demoCode ?? "",
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("confirm-identity", page, status: status)
    }
}

struct CarriedField: Sendable {
    let name: String
    let value: String
}

struct IdentityConfirmationPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let action: String
    let intro: String
    let button: String
    let carried: [CarriedField]
    let needsCode: Bool
    let hasDemoCode: Bool
    let demoCode: String
    let hasErrors: Bool
    let errors: [FieldError]
}
