import Hummingbird
import ROCore
import ROServices

/// The signed-in person's own account: details and password change.
struct AccountPages: Sendable {
    let env: AppEnvironment
    let views: Views
    let cookies: CookieFactory

    var routes: [Route] {
        [
            Route(.get, "/account", .requires(.useOwnAccount), self.show),
            Route(.post, "/account/password", .requires(.useOwnAccount), self.changePassword),
        ]
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let notice = request.uri.queryParameters.get("notice") == "password-changed" ? context.language.strings.passwordChangedNotice : nil
        return try self.render(context, errors: [], notice: notice, status: .ok)
    }

    @Sendable func changePassword(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let form = context.form
        let t = context.language.strings
        guard form["new"] == form["confirm"] else {
            return try self.render(
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
            return try self.render(
                context,
                errors: [FieldError(field: field, message: failure.message(in: context.language))],
                notice: nil,
                status: failure.status
            )
        }
    }

    private func render(_ context: WebContext, errors: [FieldError], notice: String?, status: HTTPResponse.Status) throws -> Response {
        let user = try context.requireUser()
        let t = context.language.strings
        let page = AccountPage(
            layout: self.views.layout(context, title: t.accountTitle, path: "/account", notice: notice),
            t: context.language.catalog,
            username: user.username,
            displayName: user.displayName,
            roleName: user.role.name(in: context.language),
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
    let hasErrors: Bool
    let errors: [FieldError]
}
