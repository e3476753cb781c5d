import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// N1, deny by default: every route of the route table, for every role and for nobody signed in.
/// The expectation comes from `Policy`; the answer from the real router.
@Suite struct PermissionTests {
    /// Routes are read from the table itself, so a new route is covered without editing this test.
    func routes(_ t: TestEnvironment) async throws -> [Route] {
        try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env))
    }

    func concrete(_ path: String, target: User) -> String {
        path.replacingOccurrences(of: ":id", with: target.id.description)
    }

    @Test(arguments: Role.allCases)
    func eachRouteAnswersEachRoleAsThePolicySays(_ role: Role) async throws {
        try await withApp { t, client in
            let target = try await t.makeUser("target", role: .mediator)
            let me = try await t.makeUser("myself", role: role)
            let bearer = try await TokenService(env: t.env).create(for: me.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system).secret
            var checked = 0
            for route in try await self.routes(t) {
                guard case .requires(let permission) = route.access else { continue }
                let uri = self.concrete(route.path, target: target)
                let response: TestResponse
                if route.path.hasPrefix("/api/") {
                    var headers: HTTPFields = [.authorization: "Bearer \(bearer)", .contentType: "application/json"]
                    headers[.acceptLanguage] = "en"
                    response = try await client.execute(uri: uri, method: route.method, headers: headers, body: ByteBuffer(string: "{}"))
                } else {
                    var visitor = try await client.signIn("myself")  // a fresh session: sign-out must not end the next check's
                    response =
                        route.method == .get
                        ? try await client.get(uri, as: &visitor) : try await client.post(uri, ["version": "1"], as: &visitor)
                }
                // Issue 15, item 6: no token approves a two-person step, whatever its account may do on the pages.
                let approvalByToken = route.path.hasPrefix("/api/") && route.path.hasSuffix("/approve")
                let allowed = Policy.allows(role, permission) && !approvalByToken
                if allowed {
                    #expect(![.forbidden, .unauthorized].contains(response.status), "\(role) \(route.method) \(route.path): \(response.status)")
                    #expect(response.headers[.location] != "/sign-in", "\(role) \(route.method) \(route.path)")
                } else {
                    #expect(response.status == .forbidden, "\(role) \(route.method) \(route.path): \(response.status)")
                }
                checked += 1
            }
            #expect(checked >= 10)
        }
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
