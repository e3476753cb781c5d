import Foundation
import Hummingbird
import ROCore
import ROServices

/// The JSON API. Bearer tokens only (sessions never reach it); errors are `application/problem+json`.
struct APIRoutes: Sendable {
    let env: AppEnvironment

    var routes: [Route] {
        [
            Route(.get, "/api/me", .requires(.useOwnAccount), self.me),
            Route(.get, "/api/users", .requires(.manageAccounts), self.listUsers),
            Route(.post, "/api/users", .requires(.manageAccounts), self.createUser),
        ]
    }

    @Sendable func me(_ request: Request, context: WebContext) async throws -> Response {
        try Self.json(UserJSON(try context.requireUser()))
    }

    @Sendable func listUsers(_ request: Request, context: WebContext) async throws -> Response {
        let users = try await AccountService(env: self.env(context)).list(by: .user(try context.requireUser()))
        return try Self.json(users.map(UserJSON.init))
    }

    @Sendable func createUser(_ request: Request, context: WebContext) async throws -> Response {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw HTTPError(.unsupportedMediaType)
        }
        let body = try await request.decode(as: NewUserJSON.self, context: context)
        guard let role = Role(rawValue: body.role) else { throw HTTPError(.badRequest) }
        let user = try await AccountService(env: self.env(context)).create(
            username: body.username, displayName: body.displayName, role: role, password: body.password, by: .user(try context.requireUser())
        )
        return try Self.json(UserJSON(user), status: .created)
    }

    private func env(_ context: WebContext) -> AppEnvironment {
        self.env.serving(requestID: context.id, logger: context.logger)
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}

struct UserJSON: Codable, Sendable {
    let id: String
    let username: String
    let displayName: String
    let role: String
    let disabled: Bool

    init(_ user: User) {
        self.id = user.id.description
        self.username = user.username
        self.displayName = user.displayName
        self.role = user.role.rawValue
        self.disabled = user.isDisabled
    }
}

struct NewUserJSON: Decodable, Sendable {
    let username: String
    let displayName: String
    let role: String
    let password: String
}
