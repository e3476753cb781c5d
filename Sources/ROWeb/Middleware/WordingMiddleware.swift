import Foundation
import Hummingbird
import ROCore
import ROServices

/// Answers each request with the wording in force (R57).
struct WordingMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let cache: WordingCache

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        try await Wording.$inForce.withValue(await self.cache.current()) {
            try await next(request, context)
        }
    }
}
