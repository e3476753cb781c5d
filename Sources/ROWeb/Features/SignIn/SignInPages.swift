import Foundation
import Hummingbird
import ROCore
import ROServices

/// Sign-in (its first step, the password) and sign-out.
struct SignInPages: Sendable {
    let env: AppEnvironment
    let views: Views
    let cookies: CookieFactory
    let proxies: TrustedProxies

    var routes: [Route] {
        [
            Route(.get, "/", .anyone, self.root),
            Route(.get, "/sign-in", .anyone, self.show),
            Route(.post, "/sign-in", .anyone, self.signIn),
            Route(.post, "/sign-out", .requires(.useOwnAccount), self.signOut),
        ]
    }

    @Sendable func root(_ request: Request, context: WebContext) async throws -> Response {
        .redirect(to: context.user == nil ? "/sign-in" : "/home", type: .normal)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        if context.session != nil { return .redirect(to: "/home", type: .normal) }
        // A fresh value for the sign-in form's CSRF check (double submit: cookie and hidden field).
        let csrf = self.env.newSecret()
        let t = context.language.strings
        let notice =
            request.uri.queryParameters.get("signed-out") != nil
            ? t.signedOutNotice : request.uri.queryParameters.get("expired") != nil ? t.signInExpiredNotice : nil
        var response = try self.render(context, csrf: csrf, username: "", errors: [], notice: notice, status: .ok)
        response.setCookie(self.cookies.make(CSRFMiddleware.signInCookieName, csrf, path: "/sign-in", maxAge: 3600))
        return response
    }

    @Sendable func signIn(_ request: Request, context: WebContext) async throws -> Response {
        let form = context.form
        let env = self.env.serving(context)
        do {
            let step = try await SignInService(env: env).signIn(
                username: form["username"],
                password: form["password"],
                address: self.proxies.clientAddress(peer: context.clientAddress, headers: request.headers),
                replacing: context.sessionToken
            )
            switch step {
            case .signedIn(let signedIn):
                var response = Response.redirect(to: "/home", type: .normal)
                response.setCookie(self.cookies.make(SessionMiddleware.cookieName, signedIn.token, path: "/", maxAge: nil))
                response.setCookie(self.cookies.expire(CSRFMiddleware.signInCookieName, path: "/sign-in"))
                return response
            case .secondFactor(let pendingToken, let enrolled):
                // The sign-in cookie stays: the code's form is checked against it too.
                var response = Response.redirect(to: enrolled ? "/sign-in/code" : "/sign-in/set-up", type: .normal)
                response.setCookie(
                    self.cookies.make(
                        SecondFactorPages.pendingCookieName,
                        pendingToken,
                        path: "/sign-in",
                        maxAge: Int(SecondFactorRules.pendingLifetime)
                    )
                )
                return response
            }
        } catch let error as DomainError {
            let failure = PublicError(domain: error)
            let errors = [FieldError(field: "username", message: failure.message(in: context.language))]
            // What was typed stays, except the password.
            return try self.render(context, csrf: form["csrf"], username: form["username"], errors: errors, notice: nil, status: failure.status)
        }
    }

    @Sendable func signOut(_ request: Request, context: WebContext) async throws -> Response {
        if let token = context.sessionToken, let user = context.user {
            try await SignInService(env: self.env.serving(context)).signOut(token: token, user: user)
        }
        var response = Response.redirect(to: "/sign-in?signed-out=1", type: .normal)
        response.setCookie(self.cookies.expire(SessionMiddleware.cookieName, path: "/"))
        return response
    }

    private func render(
        _ context: WebContext,
        csrf: String,
        username: String,
        errors: [FieldError],
        notice: String?,
        status: HTTPResponse.Status
    ) throws -> Response {
        let t = context.language.strings
        let page = SignInPage(
            layout: self.views.layout(context, title: t.signInTitle, path: "/sign-in", notice: notice),
            t: context.language.catalog,
            csrf: csrf,
            username: username,
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("sign-in", page, status: status)
    }
}

struct SignInPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let csrf: String
    let username: String
    let hasErrors: Bool
    let errors: [FieldError]
}

/// RO's cookies: never readable by script, never sent from other sites, `Secure` over HTTPS.
struct CookieFactory: Sendable {
    let secure: Bool

    /// `maxAge: nil` makes a cookie that ends with the browser; the server enforces the session's time-outs.
    func make(_ name: String, _ value: String, path: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: path, secure: self.secure, httpOnly: true, sameSite: .strict)
    }

    func expire(_ name: String, path: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: path, secure: self.secure, httpOnly: true, sameSite: .strict)
    }
}
