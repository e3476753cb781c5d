import Hummingbird
import ROCore
import ROServices

/// The signed-in person's own account: details and password change.
struct AccountPages: Sendable {
    let env: AppEnvironment
    let views: Views
    let cookies: CookieFactory
    let proxies: TrustedProxies

    var routes: [Route] {
        [
            Route(.get, "/account", .requires(.useOwnAccount), self.show),
            Route(.post, "/account/password", .requires(.useOwnAccount), self.changePassword),
            Route(.get, "/account/second-factor", .requires(.useOwnAccount), self.showSetUp),
            Route(.post, "/account/second-factor", .requires(.useOwnAccount), self.confirmSetUp),
            Route(.post, "/account/recovery-codes", .requires(.useOwnAccount), self.newRecoveryCodes),
        ]
    }

    /// Issue 15, item 1: staff for whom a second step is optional set one up here, as others do at their first sign-in.
    @Sendable func showSetUp(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        guard let enrolment = try await SecondFactorService(env: self.env.serving(context)).startEnrolment(of: user) else {
            return .redirect(to: "/account", type: .normal)
        }
        return try self.renderSetUp(context, enrolment: enrolment, code: "", errors: [], status: .ok)
    }

    @Sendable func confirmSetUp(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let service = SecondFactorService(env: self.env.serving(context))
        let code = context.form["code"]
        do {
            let codes = try await service.confirmEnrolment(
                of: user,
                code: code,
                address: self.proxies.clientAddress(peer: context.clientAddress, headers: request.headers)
            )
            return try self.renderCodes(context, codes)
        } catch DomainError.signInStepExpired {
            return .redirect(to: "/account", type: .normal)
        } catch let error as DomainError where error == .secondFactorCodeWrong || error == .signInThrottled {
            guard let enrolment = try await service.startEnrolment(of: user) else { return .redirect(to: "/account", type: .normal) }
            let failure = PublicError(domain: error)
            let errors = [FieldError(field: "code", message: failure.message(in: context.language))]
            // Signed in already: a wrong first code is a form to correct (422), not a refused sign-in (401).
            let status: HTTPResponse.Status = error == .secondFactorCodeWrong ? .unprocessableContent : failure.status
            return try self.renderSetUp(context, enrolment: enrolment, code: code, errors: errors, status: status)
        }
    }

    /// New recovery codes; the route is behind `IdentityConfirmation` (the password and code within five minutes).
    @Sendable func newRecoveryCodes(_ request: Request, context: WebContext) async throws -> Response {
        do {
            let codes = try await SecondFactorService(env: self.env.serving(context)).replaceRecoveryCodes(of: try context.requireUser())
            return try self.renderCodes(context, codes)
        } catch DomainError.signInStepExpired {  // no second step set up: nothing to replace
            return .redirect(to: "/account", type: .normal)
        }
    }

    private func renderSetUp(
        _ context: WebContext,
        enrolment: Enrolment,
        code: String,
        errors: [FieldError],
        status: HTTPResponse.Status
    ) throws
        -> Response
    {
        let page = SecondFactorSetUpPage(
            layout: self.views.layout(context, title: context.language.strings.setUpTitle, path: "/account"),
            t: context.language.catalog,
            action: "/account/second-factor",
            csrf: context.session?.csrfToken ?? "",
            enrolment: enrolment,
            code: code,
            errors: errors
        )
        return try self.views.render("sign-in-set-up", page, status: status)
    }

    /// Shown once, on the answer to the form that made them.
    private func renderCodes(_ context: WebContext, _ codes: [String]) throws -> Response {
        let page = RecoveryCodesPage(
            layout: self.views.layout(context, title: context.language.strings.recoveryCodesTitle, path: "/account"),
            t: context.language.catalog,
            codes: codes,
            continueTo: "/account"
        )
        return try self.views.render("sign-in-recovery-codes", page, status: .ok)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let notice = request.uri.queryParameters.get("notice") == "password-changed" ? context.language.strings.passwordChangedNotice : nil
        return try await self.render(context, errors: [], notice: notice, status: .ok)
    }

    @Sendable func changePassword(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let form = context.form
        let t = context.language.strings
        guard form["new"] == form["confirm"] else {
            return try await self.render(
                context,
                errors: [FieldError(field: "confirm", message: t.passwordsDoNotMatch)],
                notice: nil,
                status: .unprocessableContent
            )
        }
        do {
            let env = self.env.serving(context)
            let signedIn = try await SignInService(env: env).changePassword(user: user, current: form["current"], new: form["new"])
            var response = Response.redirect(to: "/account?notice=password-changed", type: .normal)
            response.setCookie(self.cookies.make(SessionMiddleware.cookieName, signedIn.token, path: "/", maxAge: nil))
            return response
        } catch let error as DomainError where error != .notPermitted {
            let failure = PublicError(domain: error)
            let field = error == .currentPasswordWrong ? "current" : "new"
            return try await self.render(
                context,
                errors: [FieldError(field: field, message: failure.message(in: context.language))],
                notice: nil,
                status: failure.status
            )
        }
    }

    private func render(_ context: WebContext, errors: [FieldError], notice: String?, status: HTTPResponse.Status) async throws -> Response {
        let user = try context.requireUser()
        let factors = SecondFactorService(env: self.env.serving(context))
        let (enrolled, left) = try await factors.status(of: user.id)
        let t = context.language.strings
        let page = AccountPage(
            layout: self.views.layout(context, title: t.accountTitle, path: "/account", notice: notice),
            t: context.language.catalog,
            username: user.username,
            displayName: user.displayName,
            roleName: user.role.name(in: context.language),
            hasSecondFactor: enrolled,
            recoveryCodesLeft: context.language.text("recoveryCodesLeft", ["count": String(left)]),
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("account", page, status: status)
    }
}

struct AccountPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let username: String
    let displayName: String
    let roleName: String
    let hasSecondFactor: Bool
    let recoveryCodesLeft: String
    let hasErrors: Bool
    let errors: [FieldError]
}
