import HTTPTypes
import Hummingbird

/// Answers 405 with `Allow` (instead of the router's 404) when the path exists with other methods.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = WebContext
    /// Each route's path split into segments; `:name` matches any one segment.
    let routes: [(method: HTTPRequest.Method, segments: [Substring])]
    let views: Views

    init(routes: [Route], views: Views) {
        self.routes = routes.map { ($0.method, $0.path.split(separator: "/")) }
        self.views = views
    }

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard response.status == .notFound else { return response }
        let segments = request.uri.path.split(separator: "/")
        let allowed = self.routes.filter { route in
            route.segments.count == segments.count && zip(route.segments, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }.map(\.method)
        guard !allowed.isEmpty, !allowed.contains(request.method) else { return response }
        let failure = PublicError(status: .methodNotAllowed)
        var refusal =
            request.uri.path.hasPrefix("/api/")
            ? Problem(failure, language: context.language, requestID: context.id).response() : try self.views.errorPage(failure, context: context)
        refusal.headers[.allow] = Set(allowed.map(\.rawValue)).sorted().joined(separator: ", ")
        return refusal
    }
}
