import Foundation
import Hummingbird
import ROCore
import ROServices
import ROStore

/// The JSON API. Bearer tokens only (sessions never reach it); errors are `application/problem+json`.
struct APIRoutes: Sendable {
    let env: AppEnvironment

    var routes: [Route] {
        [
            Route(.get, "/api/me", .requires(.useOwnAccount), self.me),
            Route(.get, "/api/users", .requires(.manageAccounts), self.listUsers),
            Route(.post, "/api/users", .requires(.manageAccounts), self.createUser),
            Route(.get, "/api/cases", .requires(.workOnCases), self.listCases),
            Route(.get, "/api/cases/:id", .requires(.workOnCases), self.showCase),
        ]
    }

    @Sendable func listCases(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let filter: CaseFilter
        switch request.uri.queryParameters.get("filter") ?? "mine" {
        case "queue": filter = .awaitingAssessment
        case "all": filter = .all
        case "mine": filter = user.role == .mediator ? .assignedTo(user.id) : .all
        default: throw HTTPError(.badRequest)
        }
        let cases = try await CaseService(env: self.env.serving(context)).list(filter, by: user)
        return try Self.json(cases.map(CaseSummaryJSON.init))
    }

    @Sendable func showCase(_ request: Request, context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(Identifier<Case>.init(uuidString:)) else { throw DomainError.caseNotFound }
        let file = try await CaseService(env: self.env.serving(context)).read(id, by: try context.requireUser())
        return try Self.json(CaseFileJSON(file))
    }

    @Sendable func me(_ request: Request, context: WebContext) async throws -> Response {
        try Self.json(UserJSON(try context.requireUser()))
    }

    @Sendable func listUsers(_ request: Request, context: WebContext) async throws -> Response {
        let users = try await AccountService(env: self.env.serving(context)).list(by: .user(try context.requireUser()))
        return try Self.json(users.map(UserJSON.init))
    }

    @Sendable func createUser(_ request: Request, context: WebContext) async throws -> Response {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw HTTPError(.unsupportedMediaType)
        }
        let body = try await request.decode(as: NewUserJSON.self, context: context)
        guard let role = Role(rawValue: body.role) else { throw HTTPError(.badRequest) }
        let user = try await AccountService(env: self.env.serving(context)).create(
            username: body.username, displayName: body.displayName, role: role, password: body.password, by: .user(try context.requireUser())
        )
        return try Self.json(UserJSON(user), status: .created)
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

struct CaseSummaryJSON: Encodable, Sendable {
    let id: String
    let reference: String
    let stage: String
    let region: String
    let openedAt: Date
    let updatedAt: Date
    let version: Int

    init(_ summary: CaseSummary) {
        self.id = summary.id.description
        self.reference = summary.reference
        self.stage = summary.stage.rawValue
        self.region = summary.region
        self.openedAt = summary.openedAt
        self.updatedAt = summary.updatedAt
        self.version = summary.version
    }
}

/// A case file for an integration: who takes part (by role) and what happened, never letter text.
struct CaseFileJSON: Encodable, Sendable {
    struct ParticipantJSON: Encodable, Sendable {
        let id: String
        let role: String
        let language: String
        let withdrawn: Bool
    }

    struct EventJSON: Encodable, Sendable {
        let at: Date
        let kind: String
        let actorRole: String
    }

    let id: String
    let reference: String
    let stage: String
    let region: String
    let version: Int
    let participants: [ParticipantJSON]
    let timeline: [EventJSON]

    init(_ file: CaseFile) {
        let value = file.value
        self.id = value.id.description
        self.reference = value.reference
        self.stage = value.stage.rawValue
        self.region = value.region
        self.version = value.version
        self.participants = value.participants.map { ParticipantJSON(id: $0.id.description, role: $0.role.rawValue, language: $0.language, withdrawn: $0.hasWithdrawn) }
        self.timeline = file.events.map { EventJSON(at: $0.at, kind: $0.change.kind, actorRole: $0.actor.role.rawValue) }
    }
}

struct NewUserJSON: Decodable, Sendable {
    let username: String
    let displayName: String
    let role: String
    let password: String
}
