import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// N1, deny by default: every route of the route table for nobody signed in, and refusals audited. What each role
/// may call is `PermissionMatrixTests`' (its expected answer is the written §2.2 matrix, not `Policy`).
@Suite struct PermissionTests {
    /// Routes are read from the table itself, so a new route is covered without editing this test.
    func routes(_ t: TestEnvironment) async throws -> [Route] {
        try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env))
    }

    func concrete(_ path: String, target: User) -> String {
        path.replacingOccurrences(of: ":id", with: target.id.description)
    }

    @Test func nobodySignedInIsSentToSignInOrRefusedOnTheAPI() async throws {
        try await withApp { t, client in
            let target = try await t.makeUser("target", role: .mediator)
            for route in try await self.routes(t) {
                let uri = self.concrete(route.path, target: target)
                let response = try await client.execute(uri: uri, method: route.method, headers: .form, body: formBody(["version": "1"]))
                switch route.access {
                case .anyone:  // open, though a form may still refuse bad input (the sign-in form without its token: 403)
                    #expect(response.status != .unauthorized && response.status.code < 500, "\(route.method) \(route.path)")
                case .requires where route.path.hasPrefix("/api/"):
                    #expect(response.status == .unauthorized, "\(route.method) \(route.path)")
                case .requires:
                    #expect(response.status == .seeOther && response.headers[.location] == "/sign-in", "\(route.method) \(route.path)")
                }
            }
        }
    }

    /// A refused attempt is itself recorded (N1).
    @Test func aRefusedPageIsAudited() async throws {
        try await withApp { t, client in
            try await t.makeUser("martin", role: .mediator)
            var visitor = try await client.signIn("martin")

            let response = try await client.get("/admin/users", as: &visitor)

            #expect(response.status == .forbidden)
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "access.denied")
        }
    }

    @Test func unknownRoutesAre404Pages() async throws {
        try await withApp { _, client in
            let page = try await client.execute(uri: "/nowhere", method: .get, headers: [.acceptLanguage: "fr"])
            let api = try await client.execute(uri: "/api/nowhere", method: .get)

            #expect(page.status == .notFound)
            #expect(page.text.contains("Cette page n’existe pas."))
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == "application/problem+json")
        }
    }
}
