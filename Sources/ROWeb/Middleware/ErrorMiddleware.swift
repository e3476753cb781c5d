import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

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
