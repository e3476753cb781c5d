import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

/// Every state-changing page form must carry the session's CSRF token (or, on the sign-in forms, the
/// value of the short-lived sign-in cookie). Reads the form into `context.form` for the handler.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let signInCookieName = "ro_signin"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard request.method != .get, request.method != .head, !request.uri.path.hasPrefix("/api/") else {
            return try await next(request, context)
        }
        if request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true {
            // File forms are read as they arrive; their handler checks the token, their first part.
            guard Self.isFileUpload(request.uri.path) else { throw HTTPError(.unsupportedMediaType) }
            return try await next(request, context)
        }
        var context = context
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        context.form = FormFields(String(buffer: buffer))
        let sent = context.form["csrf"]
        if let session = context.session {
            guard Secrets.constantTimeEqual(sent, session.csrfToken) else { throw DomainError.csrfTokenInvalid }
        } else if request.uri.path == "/sign-in" || request.uri.path.hasPrefix("/sign-in/") {
            let expected = request.cookies[Self.signInCookieName]?.value ?? ""
            guard !expected.isEmpty, Secrets.constantTimeEqual(sent, expected) else { throw DomainError.csrfTokenInvalid }
        }
        // Any other form without a session reaches a route that requires one, and it sends the person to sign in.
        return try await next(request, context)
    }

    /// `/cases/{id}/items/{item}/files`: the one page form that sends a file.
    static func isFileUpload(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 5 && parts[0] == "cases" && parts[2] == "items" && parts[4] == "files"
    }
}
