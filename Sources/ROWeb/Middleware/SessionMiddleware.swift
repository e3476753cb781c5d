import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

/// Finds who is asking: a session cookie on pages, a bearer token on `/api` (and only there).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let cookieName = "ro_session"
    let env: AppEnvironment
    let proxies: TrustedProxies

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        let env = self.env.serving(context)
        if request.uri.path.hasPrefix("/api/") {
            if let secret = Self.bearerSecret(request),
                let (user, token) = try await TokenService(env: env).authenticate(
                    secret: secret,
                    from: self.proxies.clientAddress(peer: context.clientAddress, headers: request.headers)
                )  // nil: refused, and audited once a minute per address
            {
                // Issue 15, item 6: a read token reads; anything else it asks is refused before any route runs.
                guard token.scope == .readWrite || request.method == .get || request.method == .head else {
                    throw DomainError.tokenReadOnly
                }
                context.user = user
                context.token = token
            }
        } else if let token = request.cookies[Self.cookieName]?.value,
            let (session, user) = try await SignInService(env: env).session(token: token)
        {
            context.session = session
            context.sessionToken = token
            context.user = user
        }
        return try await next(request, context)
    }

    static func bearerSecret(_ request: Request) -> String? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
        let secret = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        return secret.isEmpty ? nil : secret
    }
}
