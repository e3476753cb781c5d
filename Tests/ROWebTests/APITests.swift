import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

@Suite struct APITests {
    func bearer(_ t: TestEnvironment, for user: User) async throws -> HTTPFields {
        let issued = try await TokenService(env: t.env).create(for: user.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
        return [.authorization: "Bearer \(issued.secret)"]
    }

    func problem(_ response: TestResponse) throws -> [String: Any] {
        #expect(response.headers[.contentType] == "application/problem+json")
        return try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    @Test func withoutATokenTheAPIAnswers401ProblemJSON() async throws {
        try await withApp { _, client in
            let response = try await client.execute(uri: "/api/me", method: .get, headers: [.acceptLanguage: "fr"])
            let problem = try self.problem(response)

            #expect(response.status == .unauthorized)
            #expect(problem["code"] as? String == "not-signed-in")
            #expect(problem["title"] as? String == "Veuillez vous connecter.")
            #expect(problem["status"] as? Int == 401)
            #expect((problem["requestID"] as? String).map { !$0.isEmpty && $0.allSatisfy(\.isHexDigit) } == true)
        }
    }

    @Test func aBearerTokenWorksOnTheAPI() async throws {
        try await withApp { t, client in
            let user = try await t.makeUser("integration", role: .coordinator)

            let response = try await client.execute(uri: "/api/me", method: .get, headers: try await self.bearer(t, for: user))

            #expect(response.status == .ok)
            #expect(response.text.contains(#""username":"integration""#))
        }
    }

    /// Issue 16, item 4: the API's access report goes on from the last position received (`?before=`).
    @Test func theAccessReportGoesOnBeforeAPosition() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            for _ in 0..<5 { _ = try await CaseService(env: t.env).read(value.id, by: mediator) }
            let headers = try await self.bearer(t, for: coordinator)
            let positions: (TestResponse) throws -> [Int64] = { response in
                let rows = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]] ?? []
                return rows.compactMap { ($0["position"] as? NSNumber)?.int64Value }
            }
            let all = try positions(try await client.execute(uri: "/api/cases/\(value.id)/access-report", method: .get, headers: headers))
            let cut = all[3]
            let rest = try positions(
                try await client.execute(uri: "/api/cases/\(value.id)/access-report?before=\(cut)", method: .get, headers: headers)
            )
            #expect(all.count > 5 && all == all.sorted(by: >), "newest first")
            #expect(rest == Array(all.drop { $0 >= cut }), "only the entries before the position, newest first")
            for wrong in ["0", "-3", "soon", ""] {
                let refused = try await client.execute(uri: "/api/cases/\(value.id)/access-report?before=\(wrong)", method: .get, headers: headers)
                #expect(refused.status == .badRequest && refused.headers[.contentType] == "application/problem+json", "before=\(wrong)")
            }
        }
    }

    @Test func anUnknownTokenIsRefusedAndAudited() async throws {
        try await withApp { t, client in
            let response = try await client.execute(uri: "/api/me", method: .get, headers: [.authorization: "Bearer ro_forged"])

            #expect(response.status == .unauthorized)
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "token.refused")
        }
    }

    /// Bearer tokens are for the API only: on pages they sign nobody in.
    @Test func aBearerTokenDoesNotOpenPages() async throws {
        try await withApp { t, client in
            let user = try await t.makeUser("integration", role: .admin)

            let response = try await client.execute(uri: "/admin/users", method: .get, headers: try await self.bearer(t, for: user))

            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/sign-in")
        }
    }

    /// And a browser session does not open the API (no CSRF exposure through JSON).
    @Test func aSessionCookieDoesNotOpenTheAPI() async throws {
        try await withApp { t, client in
            try await t.makeUser("claire", role: .coordinator)
            let visitor = try await client.signIn("claire")

            let response = try await client.execute(uri: "/api/me", method: .get, headers: visitor.headers)

            #expect(response.status == .unauthorized)
        }
    }

    @Test func malformedJSONIsA400ProblemAndChangesNothing() async throws {
        try await withApp { t, client in
            let admin = try await t.makeUser("adam", role: .admin)
            var headers = try await self.bearer(t, for: admin)
            headers[.contentType] = "application/json"

            let response = try await client.execute(
                uri: "/api/users",
                method: .post,
                headers: headers,
                body: ByteBuffer(string: #"{"username": "x", "#)
            )

            #expect(response.status == .badRequest)
            #expect(try self.problem(response)["code"] as? String == "bad-request")
            #expect(try await t.store.transaction { try await $0.users.count() } == 1)
        }
    }

    @Test func aNonJSONBodyIsA415() async throws {
        try await withApp { t, client in
            let admin = try await t.makeUser("adam", role: .admin)
            let headers = try await self.bearer(t, for: admin).merging(.form)

            let response = try await client.execute(uri: "/api/users", method: .post, headers: headers, body: ByteBuffer(string: "username=x"))

            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test func administratorsCreateAccountsThroughTheAPI() async throws {
        try await withApp { t, client in
            let admin = try await t.makeUser("adam", role: .admin)
            var headers = try await self.bearer(t, for: admin)
            headers[.contentType] = "application/json"
            let body = #"{"username":"rosa","displayName":"Rosa Sample","role":"referrer","password":"a long enough passphrase"}"#

            let created = try await client.execute(uri: "/api/users", method: .post, headers: headers, body: ByteBuffer(string: body))
            let again = try await client.execute(uri: "/api/users", method: .post, headers: headers, body: ByteBuffer(string: body))
            let weak = try await client.execute(
                uri: "/api/users",
                method: .post,
                headers: headers,
                body: ByteBuffer(string: #"{"username":"weak","displayName":"W","role":"referrer","password":"short"}"#)
            )

            // N6 (issue 15, item 2): a token's administrator only proposes; the account waits for a second on the page.
            #expect(created.status == .accepted)
            #expect(created.text.contains(#""role":"referrer""#) && created.text.contains(#""awaitingApproval":true"#))
            #expect(try await AccountService(env: t.env).find("rosa", by: .system).isActive(at: t.clock.now) == false)
            let rosa = try await AccountService(env: t.env).find("rosa", by: .system)
            let approval = try await client.execute(uri: "/api/users/\(rosa.id)/approve", method: .post, headers: headers, body: ByteBuffer())
            #expect(approval.status == .notFound || approval.status == .methodNotAllowed, "no API operation approves")
            #expect(again.status == .conflict)
            #expect(try self.problem(again)["code"] as? String == "username-taken")
            #expect(weak.status == .unprocessableContent)
            #expect(try self.problem(weak)["code"] as? String == "password-too-short")
        }
    }
}

/// Issue 15, item 6: what a token may do.
@Suite struct TokenScopeTests {
    @Test func aReadTokenReadsAndIsRefusedAnyChange() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let issued = try await TokenService(env: t.env).create(for: claire.id, name: "dashboard", lifetimeDays: 30, scope: .read, by: .system)
            let headers: HTTPFields = [.authorization: "Bearer \(issued.secret)", .contentType: "application/json", .acceptLanguage: "fr"]

            #expect(try await client.execute(uri: "/api/cases", method: .get, headers: headers).status == .ok)
            let body = #"{"requesterType":"registeredVictim","channel":"phone","region":"pacific","language":"fr"}"#
            let write = try await client.execute(uri: "/api/cases", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(write.status == .forbidden && write.headers[.contentType] == "application/problem+json")
            #expect(write.text.contains("token-read-only") && write.text.contains("ne permet que la lecture"))
            let all = try await client.execute(uri: "/api/cases?filter=all", method: .get, headers: headers)
            #expect(all.text == "[]", "nothing was written")
        }
    }

    /// A two-person step is never approved with a token, read-write or not (N6, N7, §7.2).
    @Test func noTokenApprovesATwoPersonStep() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            let service = ResearchExtractService(env: t.env)
            let proposed = try await service.propose(purpose: "Recidivism study (fictional)", by: claire)
            let issued = try await TokenService(env: t.env).create(for: colette.id, name: "import", lifetimeDays: 30, scope: .readWrite, by: .system)
            let headers: HTTPFields = [.authorization: "Bearer \(issued.secret)", .contentType: "application/json"]

            let refused = try await client.execute(uri: "/api/research-extracts/\(proposed.id)/approve", method: .post, headers: headers)
            #expect(refused.status == .forbidden && refused.text.contains("approval-needs-sign-in"))
            let investigation = try await client.execute(uri: "/api/investigations/\(UUID())/approve", method: .post, headers: headers)
            #expect(investigation.status == .forbidden)
            await #expect(throws: DomainError.extractNotApproved) { try await service.produce(proposed.id, by: colette) }
        }
    }
}

@Suite struct APIDocumentTests {
    @Test func theOpenAPIDocumentIsServedAndNamesEveryAPIRoute() async throws {
        try await withApp { t, client in
            let response = try await client.execute(uri: "/api/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.hasPrefix("openapi: 3.1.0"))
            let routes = try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env))
            for route in routes where route.path.hasPrefix("/api/") && route.path != "/api/openapi.yaml" {
                let documented = route.path.dropFirst("/api".count).replacing(/:(\w+)/) { "{\($0.output.1)}" }
                #expect(response.text.contains("  \(documented):"), "\(route.path) is missing from openapi.yaml")
                #expect(response.text.contains("operationId"), "\(route.path)")
            }
        }
    }

    /// The document names exactly the case steps the server takes, so the two cannot drift apart.
    @Test func theDocumentedCaseStepsAreTheServersSteps() async throws {
        try await withApp { _, client in
            let text = try await client.execute(uri: "/api/openapi.yaml", method: .get).text
            let start = try #require(text.range(of: "enum: [start-assessment"))
            let end = try #require(text[start.upperBound...].firstIndex(of: "]"))
            let documented = text[text.index(start.lowerBound, offsetBy: "enum: [".count)..<end].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            #expect(Set(documented) == Set(CaseSteps.names))
            #expect(documented.count == CaseSteps.names.count)
        }
    }

    @Test func aKnownPathWithAnotherMethodIs405WithAllow() async throws {
        try await withApp { _, client in
            let response = try await client.execute(uri: "/api/me", method: .delete)

            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET")
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func casesThroughTheAPIFollowNeedToKnow() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .phone,
                region: "quebec",
                language: "fr",
                by: claire
            )
            let coordinatorToken = try await TokenService(env: t.env).create(
                for: claire.id,
                name: "test",
                lifetimeDays: 1,
                scope: .readWrite,
                by: .system
            ).secret
            let mediatorToken = try await TokenService(env: t.env).create(
                for: martin.id,
                name: "test",
                lifetimeDays: 1,
                scope: .readWrite,
                by: .system
            ).secret

            let queue = try await client.execute(
                uri: "/api/cases?filter=queue",
                method: .get,
                headers: [.authorization: "Bearer \(coordinatorToken)"]
            )
            let file = try await client.execute(uri: "/api/cases/\(opened.id)", method: .get, headers: [.authorization: "Bearer \(coordinatorToken)"])
            let hidden = try await client.execute(uri: "/api/cases/\(opened.id)", method: .get, headers: [.authorization: "Bearer \(mediatorToken)"])
            let badFilter = try await client.execute(
                uri: "/api/cases?filter=everything",
                method: .get,
                headers: [.authorization: "Bearer \(coordinatorToken)"]
            )

            #expect(queue.text.contains(opened.reference))
            #expect(file.text.contains(#""kind":"victimRequestRecorded""#))
            #expect(hidden.status == .notFound)
            #expect(badFilter.status == .badRequest)
        }
    }
}
