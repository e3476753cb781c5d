import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

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
