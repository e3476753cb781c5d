import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// N2 (issue 15, item 3): a mediator's contract has a last day; access ends when it does, everywhere; the
/// administrators see the accounts ending within 30 days; only an active mediator is assigned.
@Suite struct ContractEndPageTests {
    @Test(arguments: ["en", "fr"])
    func N2_aMediatorsAccessEndsWithTheirContract(_ language: String) async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            _ = try await t.makeUser("ada", role: .admin)
            let token = try await TokenService(env: t.env).create(
                for: martin.id,
                name: "mobile (fictional)",
                lifetimeDays: 90,
                scope: .readWrite,
                by: .system
            )
            var admin = try await client.signIn("ada", language: language)

            // The last day is 20 days on: listed as ending soon; a day that is no date is refused and nothing changes.
            let lastDay = t.clock.now.addingTimeInterval(20 * 86_400)
            let day = String(lastDay.formatted(.iso8601.year().month().day()))
            let refused = try await client.post("/admin/users/\(martin.id)/access-end", ["version": "1", "lastDay": "31/03/2027"], as: &admin)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Give the last day of access as a date" : "Indiquez le dernier jour d’accès"))
            let set = try await client.post("/admin/users/\(martin.id)/access-end", ["version": "1", "lastDay": day], as: &admin)
            #expect(set.status == .seeOther)
            let list = try await client.get("/admin/users", as: &admin)
            #expect(list.text.contains(language == "en" ? "Access ending within 30 days" : "Accès se terminant d’ici 30 jours"))
            #expect(list.text.contains(#"value="\#(day)""#))
            PageTests().checkPage(list, language: language, "accounts with one ending soon")
            // Access ends when the last day ends, in UTC (docs/decisions.md): ten minutes before, a sign-in works.
            let end = try Date(day + "T00:00:00Z", strategy: .iso8601).addingTimeInterval(86_400)
            t.clock.advance(by: end.timeIntervalSince(t.clock.now) - 600)
            var mediator = try await client.signIn("martin", language: language)
            #expect(try await client.get("/home", as: &mediator).status == .ok, "until the day ends, access goes on")

            // Eleven minutes later (within the session's idle time): no page, no sign-in, no token, no assignment.
            t.clock.advance(by: 660)
            #expect(try await client.get("/home", as: &mediator).status != .ok)
            var again = Visitor()
            _ = try await client.get("/sign-in", as: &again)
            let signIn = try await client.post("/sign-in", ["username": "martin", "password": "martin-password"], as: &again)
            #expect(signIn.headers[.location] != "/home")
            #expect(try await TokenService(env: t.env).authenticate(secret: token.secret, from: "192.0.2.1") == nil)
            let value = try await t.assignedCase(coordinator: claire, mediator: try await t.makeUser("marie", role: .mediator))
            await #expect(throws: DomainError.mediatorNotActive) {
                try await CaseService(env: t.env).execute(value.id, .reassignMediators([martin.id]), expectedVersion: nil, by: claire)
            }
            admin = try await client.signIn("ada", language: language)
            let ended = try await client.get("/admin/users", as: &admin)
            #expect(ended.text.contains(language == "en" ? "Access ended" : "Accès terminé"))
        }
    }
}

/// N2, issue 15 item 3: a mediator's account always has the last day of their contract.
@Suite struct MediatorContractTests {
    /// On the page: a mediator proposed without a last day is refused, in the person's language, keeping what was
    /// typed; with one, it is proposed with it. An account of another role needs none.
    @Test(arguments: ["en", "fr"])
    func N2_aMediatorAccountNeedsTheLastDayOfTheContract(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("adam", role: .admin)
            var adam = try await client.signIn("adam", language: language)
            var fields = ["username": "mona", "displayName": "Mona Test (fictional)", "role": "mediator", "password": "a long enough passphrase"]
            let refused = try await client.post("/admin/users", fields, as: &adam)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "needs the last day of their contract" : "dernier jour de son contrat"))
            #expect(refused.text.contains(#"value="mona""#) && refused.text.contains(#"<option value="mediator" selected>"#))
            #expect(try await t.store.transaction { try await $0.users.credentials(username: "mona") } == nil)

            let past = String(t.clock.now.addingTimeInterval(-86_400 * 2).formatted(.iso8601.year().month().day()))
            fields["lastDay"] = past
            #expect(try await client.post("/admin/users", fields, as: &adam).status == .unprocessableContent)

            let day = String(t.clock.now.addingTimeInterval(180 * 86_400).formatted(.iso8601.year().month().day()))
            fields["lastDay"] = day
            #expect(try await client.post("/admin/users", fields, as: &adam).headers[.location] == "/admin/users?notice=creation-proposed")
            let mona = try #require(try await t.store.transaction { try await $0.users.credentials(username: "mona") }?.user)
            #expect(mona.accessEndsAt == (try Date(day + "T00:00:00Z", strategy: .iso8601)).addingTimeInterval(86_400))

            // Its last day cannot be removed; another role's can be absent.
            let removed = try await client.post("/admin/users/\(mona.id)/access-end", ["version": "\(mona.version)", "lastDay": ""], as: &adam)
            #expect(removed.status == .unprocessableContent)
            let rosa = ["username": "rosa", "displayName": "Rosa Test (fictional)", "role": "referrer", "password": "a long enough passphrase"]
            #expect(try await client.post("/admin/users", rosa, as: &adam).status == .seeOther)
        }
    }

    /// Through the API: `accessEndsAt` is required for a mediator (422 problem, nothing written), kept when given.
    @Test func N2_theAPISetsAMediatorsAccessEnd() async throws {
        try await withApp { t, client in
            let adam = try await t.makeUser("adam", role: .admin)
            let bearer = try await TokenService(env: t.env).create(for: adam.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system).secret
            let headers: HTTPFields = [.authorization: "Bearer \(bearer)", .contentType: "application/json"]
            let without = #"{"username":"mona","displayName":"Mona Test (fictional)","role":"mediator","password":"a long enough passphrase"}"#
            let refused = try await client.execute(uri: "/api/users", method: .post, headers: headers, body: ByteBuffer(string: without))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.headers[.contentType] == "application/problem+json" && refused.text.contains("contract-end-required"))
            #expect(try await t.store.transaction { try await $0.users.credentials(username: "mona") } == nil)

            let with =
                #"{"username":"mona","displayName":"Mona Test (fictional)","role":"mediator","password":"a long enough passphrase","accessEndsAt":"2027-03-31T00:00:00Z"}"#
            let made = try await client.execute(uri: "/api/users", method: .post, headers: headers, body: ByteBuffer(string: with))
            #expect(made.status == .accepted && made.text.contains(#""accessEndsAt":"2027-03-31T00:00:00Z""#))
        }
    }
}
