import Foundation
import Hummingbird
import ROCore
import ROServices

/// The second step of sign-in (issue 15, item 1): the code from an authenticator app, or setting one up at the first
/// sign-in. The browser holds only a short-lived cookie scoped to `/sign-in`; its session cookie comes after the code.
struct SecondFactorPages: Sendable {
    static let pendingCookieName = "ro_signin_step"
    let env: AppEnvironment
    let views: Views
    let cookies: CookieFactory
    let proxies: TrustedProxies

    var routes: [Route] {
        [
            Route(.get, "/sign-in/code", .anyone, self.showCode),
            Route(.post, "/sign-in/code", .anyone, self.verifyCode),
            Route(.get, "/sign-in/set-up", .anyone, self.showSetUp),
            Route(.post, "/sign-in/set-up", .anyone, self.confirmSetUp),
        ]
    }

    private func pendingToken(_ request: Request) -> String { request.cookies[Self.pendingCookieName]?.value ?? "" }

    /// Back to the password, saying why, when the step expired or was never reached.
    private func restart(_ context: WebContext) -> Response {
        var response = Response.redirect(to: "/sign-in?expired=1", type: .normal)
        response.setCookie(self.cookies.expire(Self.pendingCookieName, path: "/sign-in"))
        return response
    }

    @Sendable func showCode(_ request: Request, context: WebContext) async throws -> Response {
        let service = SecondFactorService(env: self.env.serving(context))
        guard let (_, user, factor) = try await service.pending(token: self.pendingToken(request)), factor?.isEnrolled == true else {
            return self.restart(context)
        }
        return try await self.renderCode(request, context, user: user, code: "", errors: [], status: .ok)
    }

    @Sendable func verifyCode(_ request: Request, context: WebContext) async throws -> Response {
        let env = self.env.serving(context)
        let code = context.form["code"]
        do {
            let signedIn = try await SecondFactorService(env: env).verify(
                token: self.pendingToken(request),
                code: code,
                address: self.proxies.clientAddress(peer: context.clientAddress, headers: request.headers),
                replacing: context.sessionToken
            )
            return self.signedIn(signedIn.token, to: Response.redirect(to: "/home", type: .normal))
        } catch DomainError.signInStepExpired {
            return self.restart(context)
        } catch let error as DomainError {
            let failure = PublicError(domain: error)
            let errors = [FieldError(field: "code", message: failure.message(in: context.language))]
            guard let (_, user, _) = try await SecondFactorService(env: env).pending(token: self.pendingToken(request)) else {
                return self.restart(context)
            }
            return try await self.renderCode(request, context, user: user, code: code, errors: errors, status: failure.status)
        }
    }

    @Sendable func showSetUp(_ request: Request, context: WebContext) async throws -> Response {
        do {
            let enrolment = try await SecondFactorService(env: self.env.serving(context)).startEnrolment(token: self.pendingToken(request))
            return try self.renderSetUp(request, context, enrolment: enrolment, code: "", errors: [], status: .ok)
        } catch DomainError.signInStepExpired {
            return self.restart(context)
        }
    }

    @Sendable func confirmSetUp(_ request: Request, context: WebContext) async throws -> Response {
        let env = self.env.serving(context)
        let service = SecondFactorService(env: env)
        let code = context.form["code"]
        do {
            let enrolled = try await service.confirmEnrolment(
                token: self.pendingToken(request),
                code: code,
                address: self.proxies.clientAddress(peer: context.clientAddress, headers: request.headers),
                replacing: context.sessionToken
            )
            // The codes are shown once, on the answer to this form, never on a page that can be opened again.
            var signedInContext = context
            signedInContext.user = enrolled.signedIn.user
            signedInContext.session = enrolled.signedIn.session
            let t = context.language.strings
            let page = RecoveryCodesPage(
                layout: self.views.layout(signedInContext, title: t.recoveryCodesTitle, path: "/sign-in/set-up"),
                t: context.language.catalog,
                codes: enrolled.recoveryCodes,
                continueTo: "/home"
            )
            return self.signedIn(enrolled.signedIn.token, to: try self.views.render("sign-in-recovery-codes", page, status: .ok))
        } catch DomainError.signInStepExpired {
            return self.restart(context)
        } catch let error as DomainError {
            let failure = PublicError(domain: error)
            let errors = [FieldError(field: "code", message: failure.message(in: context.language))]
            let enrolment = try await service.startEnrolment(token: self.pendingToken(request))
            return try self.renderSetUp(request, context, enrolment: enrolment, code: code, errors: errors, status: failure.status)
        }
    }

    /// The session cookie set, the sign-in cookies gone.
    private func signedIn(_ token: String, to response: Response) -> Response {
        var response = response
        response.setCookie(self.cookies.make(SessionMiddleware.cookieName, token, path: "/", maxAge: nil))
        response.setCookie(self.cookies.expire(Self.pendingCookieName, path: "/sign-in"))
        response.setCookie(self.cookies.expire(CSRFMiddleware.signInCookieName, path: "/sign-in"))
        return response
    }

    private func renderCode(
        _ request: Request,
        _ context: WebContext,
        user: User,
        code: String,
        errors: [FieldError],
        status: HTTPResponse.Status
    ) async throws -> Response {
        let t = context.language.strings
        // Only on a demo database: the code the account's app would show, so the demo stays one command.
        let demoCode = self.views.isDemo ? try await SecondFactorService(env: self.env.serving(context)).currentCode(of: user.id) : nil
        let page = SecondFactorCodePage(
            layout: self.views.layout(context, title: t.secondFactorTitle, path: "/sign-in/code"),
            t: context.language.catalog,
            csrf: request.cookies[CSRFMiddleware.signInCookieName]?.value ?? "",
            code: code,
            hasDemoCode: demoCode != nil,
            demoCode: demoCode ?? "",
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("sign-in-code", page, status: status)
    }

    private func renderSetUp(
        _ request: Request,
        _ context: WebContext,
        enrolment: Enrolment,
        code: String,
        errors: [FieldError],
        status: HTTPResponse.Status
    ) throws -> Response {
        let t = context.language.strings
        let page = SecondFactorSetUpPage(
            layout: self.views.layout(context, title: t.setUpTitle, path: "/sign-in/set-up"),
            t: context.language.catalog,
            action: "/sign-in/set-up",
            csrf: request.cookies[CSRFMiddleware.signInCookieName]?.value ?? "",
            enrolment: enrolment,
            code: code,
            errors: errors
        )
        return try self.views.render("sign-in-set-up", page, status: status)
    }
}

struct SecondFactorCodePage: Sendable {
    let layout: Layout
    let t: [String: String]
    let csrf: String
    let code: String
    let hasDemoCode: Bool
    let demoCode: String
    let hasErrors: Bool
    let errors: [FieldError]
}

struct SecondFactorSetUpPage: Sendable {
    let layout: Layout
    let t: [String: String]
    /// Where the first code goes: the sign-in's step, or the account page's own set-up.
    let action: String
    let csrf: String
    let secretText: String
    let link: String
    let qr: QRDrawing
    let code: String
    let hasErrors: Bool
    let errors: [FieldError]

    init(layout: Layout, t: [String: String], action: String, csrf: String, enrolment: Enrolment, code: String, errors: [FieldError]) {
        self.layout = layout
        self.t = t
        self.action = action
        self.csrf = csrf
        self.secretText = enrolment.secretText
        self.link = enrolment.link
        self.qr = QRCode(enrolment.link)?.drawing ?? QRDrawing(side: 0, path: "")
        self.code = code
        self.hasErrors = !errors.isEmpty
        self.errors = errors
    }
}

struct RecoveryCodesPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let codes: [String]
    let continueTo: String
}
