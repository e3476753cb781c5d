import HTTPTypes
import Hummingbird
import ROCore
import ROServices

/// Who may call a route. Every route states it here, in its entry of the route table; no handler
/// checks permissions by hand.
enum Access: Sendable, Equatable {
    /// Sign-in, health checks, assets, the language toggle.
    case anyone
    /// A signed-in person whose role `Policy` allows `permission`.
    case requires(Permission)
}

/// One entry of the route table: method, path, who may call it, and the handler.
struct Route: Sendable {
    let method: HTTPRequest.Method
    let path: String
    let access: Access
    let handler: @Sendable (Request, WebContext) async throws -> Response

    init(
        _ method: HTTPRequest.Method,
        _ path: String,
        _ access: Access,
        _ handler: @escaping @Sendable (Request, WebContext) async throws -> Response
    ) {
        self.method = method
        self.path = path
        self.access = access
        self.handler = handler
    }

    /// The handler behind the access check: deny by default, and audit every refusal (N1).
    func guarded(env: AppEnvironment) -> @Sendable (Request, WebContext) async throws -> Response {
        let access = self.access
        let handler = self.handler
        return { request, context in
            if case .requires(let permission) = access {
                let user = try context.requireUser()
                try await AccessService(env: env.serving(context)).require(permission, .user(user))
            }
            return try await handler(request, context)
        }
    }
}
