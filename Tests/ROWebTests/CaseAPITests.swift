import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// The case use cases through the JSON API: the same steps as the pages, the same refusals, problem+json.
@Suite struct CaseAPITests {
    func bearer(_ t: TestEnvironment, for user: User) async throws -> HTTPFields {
        let issued = try await TokenService(env: t.env).create(for: user.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
        return [.authorization: "Bearer \(issued.secret)", .contentType: "application/json"]
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    func body(_ object: Any) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    func step(
        _ client: any TestClientProtocol,
        _ headers: HTTPFields,
        case id: String,
        _ step: String,
        version: Int,
        _ fields: [String: String] = [:]
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/cases/\(id)/steps/\(step)",
            method: .post,
            headers: headers,
            body: try self.body(["version": version, "fields": fields])
        )
    }

    /// A field of the operation given as anything but text is refused (422), not read as missing; unknown members are ignored.
    @Test func aFieldThatIsNotTextIsRefused() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let headers = try await self.bearer(t, for: coordinator)
            let refused = try await client.execute(
                uri: "/api/direct-requests",
                method: .post,
                headers: headers,
                body: try self.body(["kind": [String: String](), "channel": "phone", "language": "en"])
            )
            #expect(refused.status == .unprocessableContent && refused.text.contains("invalid-field"))
            let accepted = try await client.execute(
                uri: "/api/direct-requests",
                method: .post,
                headers: headers,
                body: try self.body(["kind": "participationLetter", "channel": "phone", "language": "en", "extra": 7])
            )
            #expect(accepted.status == .created && accepted.text.contains("does not issue participation letters"))
        }
    }

    /// R1, R3 and §4.3 through the API: record, assess, assign; a stale version is a conflict, never an overwrite.
    @Test func aCoordinatorRecordsAndAssessesARequestThroughTheAPI() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let headers = try await self.bearer(t, for: coordinator)

            let created = try await client.execute(
                uri: "/api/cases",
                method: .post,
                headers: headers,
                body: try self.body(["requesterType": "registeredVictim", "channel": "phone", "region": "pacific", "language": "fr", "extra": 7])
            )
            #expect(created.status == .created)
            let file = try self.json(created)
            let id = try #require(file["id"] as? String)
            #expect(file["stage"] as? String == "REQUEST_RECEIVED")

            #expect(try await self.step(client, headers, case: id, "start-assessment", version: 1).status == .ok)
            let eligible = ["criterion-federal-sentence": "yes", "criterion-responsibility-accepted": "yes"]
            #expect(try await self.step(client, headers, case: id, "confirm-eligibility", version: 2, eligible).status == .ok)
            let stale = try await self.step(client, headers, case: id, "review-safety", version: 2)
            #expect(stale.status == .conflict)
            #expect(try self.json(stale)["code"] as? String == "stale-write")
            #expect(try await self.step(client, headers, case: id, "review-safety", version: 3).status == .ok)
            let unlinked = try await self.step(client, headers, case: id, "assign", version: 4, ["mediator": mediator.id.description])
            #expect(unlinked.status == .conflict)
            #expect(try self.json(unlinked)["code"] as? String == "offender-record-not-linked", "R10")
            let badFPS = try await self.step(client, headers, case: id, "link-offender-record", version: 4, ["fps": "12-34"])
            #expect(badFPS.status == .unprocessableContent)
            #expect(try self.json(badFPS)["code"] as? String == "invalid-fps-number")
            #expect(try await self.step(client, headers, case: id, "link-offender-record", version: 4, ["fps": "000888H"]).status == .ok)
            let assigned = try await self.step(client, headers, case: id, "assign", version: 5, ["mediator": mediator.id.description])
            #expect(assigned.status == .ok)
            #expect(try self.json(assigned)["stage"] as? String == "ASSIGNED")
        }
    }

    /// Bad input gets a bilingual 422 problem that names the field; a refused rule gets 409 with its reason.
    @Test func badStepInputIsA422AndARefusedRuleA409() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            var headers = try await self.bearer(t, for: coordinator)
            let created = try self.json(
                try await client.execute(
                    uri: "/api/cases",
                    method: .post,
                    headers: headers,
                    body: try self.body(["requesterType": "registeredVictim", "channel": "mail", "region": "quebec", "language": "fr"])
                )
            )
            let id = try #require(created["id"] as? String)

            let missing = try await self.step(client, headers, case: id, "assign", version: 1)
            #expect(missing.status == .unprocessableContent)
            #expect(try self.json(missing)["code"] as? String == "invalid-field")
            headers[.acceptLanguage] = "fr"
            let refused = try await self.step(client, headers, case: id, "close-ineligible", version: 1)
            #expect(refused.status == .conflict)
            #expect((try self.json(refused)["title"] as? String)?.contains("étape") == true)
            let invalid = try await client.execute(uri: "/api/cases", method: .post, headers: headers, body: try self.body(["requesterType": "x"]))
            #expect(invalid.status == .unprocessableContent)
            #expect((try self.json(invalid)["title"] as? String)?.contains("Région") == true)
        }
    }

    /// N3 through the API: a referrer sees three-value statuses of their own referrals only.
    @Test func aReferrerSubmitsAndFollowsReferralsThroughTheAPI() async throws {
        try await withApp { t, client in
            let referrer = try await t.makeUser("rita", role: .referrer)
            let other = try await t.makeUser("otto", role: .referrer)
            let headers = try await self.bearer(t, for: referrer)
            var referral = ["fps": "123456A", "unit": "Fictional Institution", "interest": "2026-01-05", "region": "ontario", "language": "en"]
            referral["offenderName"] = "Dorian Quillfeather-Fictive"

            let submitted = try await client.execute(uri: "/api/referrals", method: .post, headers: headers, body: try self.body(referral))
            #expect(submitted.status == .created)
            #expect(try self.json(submitted)["status"] as? String == "received")
            let mine = try await client.execute(uri: "/api/referrals", method: .get, headers: headers)
            #expect(mine.text.contains("\"status\":\"received\"") && !mine.text.contains("123456A"))
            let theirs = try await client.execute(uri: "/api/referrals", method: .get, headers: try await self.bearer(t, for: other))
            #expect(theirs.text == "[]")
            let future = try await client.execute(
                uri: "/api/referrals",
                method: .post,
                headers: headers,
                body: try self.body(referral.merging(["interest": "2999-01-01"]) { $1 })
            )
            #expect(future.status == .unprocessableContent)
        }
    }

    /// R5 through the API: nothing but the log entry, and the reply in the offender's language.
    @Test func anOffendersDirectRequestGetsTheStandardReplyThroughTheAPI() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let response = try await client.execute(
                uri: "/api/direct-requests",
                method: .post,
                headers: try await self.bearer(t, for: coordinator),
                body: try self.body(["channel": "mail", "language": "fr"])
            )
            #expect(response.status == .created)
            #expect((try self.json(response)["reply"] as? String)?.contains("agent de libération conditionnelle") == true)
        }
    }
}
