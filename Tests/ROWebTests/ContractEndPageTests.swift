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
