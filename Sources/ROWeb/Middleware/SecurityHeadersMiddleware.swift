import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

extension HTTPField.Name {
    static let requestID = Self("X-Request-ID")!
    static let contentTypeOptions = Self("X-Content-Type-Options")!
    static let frameOptions = Self("X-Frame-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
    static let permissionsPolicy = Self("Permissions-Policy")!
    static let crossOriginOpenerPolicy = Self("Cross-Origin-Opener-Policy")!
}

/// Security headers and the request id on every response, error pages included (it runs outermost).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext
    /// Only over HTTPS: tells browsers never to use plain HTTP for this site again.
    let https: Bool

    /// No script at all, no inline style, nothing from elsewhere, never framed.
    static let policy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.requestID] = context.id
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.contentTypeOptions] = "nosniff"
        response.headers[.frameOptions] = "DENY"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.permissionsPolicy] = "camera=(), microphone=(), geolocation=()"
        response.headers[.crossOriginOpenerPolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }  // case data is never cached
        if self.https { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}
