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

/// Picks the language: the person's choice (cookie), then `Accept-Language`, then English.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let cookieName = "ro_lang"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        if let chosen = request.cookies[Self.cookieName].flatMap({ Language(rawValue: $0.value) }) {
            context.language = chosen
        } else if let header = request.headers[.acceptLanguage], let preferred = Language.preferred(byAcceptLanguage: header) {
            context.language = preferred
        }
        return try await next(request, context)
    }
}

/// Turns every error into a response: `application/problem+json` under `/api`, a page in the person's
/// language elsewhere. Unknown errors answer a bare 500 with the request id; their details go to the log.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let views: Views

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let failure = PublicError(error)
            if failure.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error.type": "\(type(of: error))"])
            } else {
                context.logger.info("request refused", metadata: ["error.code": "\(failure.code)"])
            }
            if request.uri.path.hasPrefix("/api/") {
                return Problem(failure, language: context.language, requestID: context.id).response()
            }
            if failure.status == .unauthorized {
                return .redirect(to: "/sign-in", type: .normal)  // an ended session: sign in again
            }
            return try self.views.errorPage(failure, context: context)
        }
    }
}

/// An RFC 9457 problem document.
struct Problem: Encodable {
    let type: String
    let title: String
    let status: Int
    let code: String
    let requestID: String

    init(_ failure: PublicError, language: Language, requestID: String) {
        self.type = "urn:ro:problem:\(failure.code)"
        self.title = failure.message(in: language)
        self.status = Int(failure.status.code)
        self.code = failure.code
        self.requestID = requestID
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data()
        return Response(
            status: HTTPResponse.Status(code: self.status),
            headers: [.contentType: "application/problem+json"],
            body: .init(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
