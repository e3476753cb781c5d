import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R55, R56, N5 on the page and the API: one fiscal year, definitions published, small cells shown as "x".
@Suite struct StatisticsPageTests {
    @Test(arguments: ["en", "fr"])
    func R55_aManagerReadsAYearsStatistics(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeUser("marc", role: .manager)
            for _ in 0..<6 { _ = try await t.assignedCase(coordinator: coordinator, mediator: mediator) }
            _ = try await DirectRequestService(env: t.env).log(channel: .mail, language: "fr", by: coordinator)
            var marc = try await client.signIn("marc", language: language)
            let year = FiscalYear(containing: t.clock.now)

            let home = try await client.get("/home", as: &marc)
            #expect(home.text.contains(#"href="/statistics""#))
            let page = try await client.get("/statistics", as: &marc)
            PageTests().checkPage(page, language: language, "statistics")
            let html = page.text
            #expect(html.contains(year.label))
            #expect(html.contains(Indicator.definitionsVersion))
            let referrals = try #require(html.range(of: #"id="roReferralsByRegion-heading""#))
            let pacific = language == "en" ? "Pacific" : "Pacifique"
            // R13
            #expect(String(html[referrals.upperBound...]).withoutCellLabels.contains(#"<th scope="row">\#(pacific)</th><td class="number">6</td>"#))
            let replies = try #require(html.range(of: #"id="standardReplies-heading""#))
            #expect(html[replies.upperBound...].contains(#"<td class="number">x<span class="visually-hidden">"#))  // N5: one request

            let refused = try await client.get("/statistics?year=1800", as: &marc)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Choose a fiscal year from the list." : "Choisissez un exercice dans la liste."))
            PageTests().checkPage(refused, language: language, "refused year", status: .unprocessableContent)
        }
    }

    @Test func R55_theAPIGivesTheSameCountsWithSuppressedCellsMarked() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            for _ in 0..<5 { _ = try await t.assignedCase(coordinator: coordinator, mediator: mediator) }
            _ = try await DirectRequestService(env: t.env).log(channel: .mail, language: "fr", by: coordinator)
            let token = try await TokenService(env: t.env).create(for: coordinator.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
                .secret
            let year = FiscalYear(containing: t.clock.now)

            let response = try await client.execute(
                uri: "/api/statistics?fiscalYear=\(year.startYear)",
                method: .get,
                headers: [.authorization: "Bearer \(token)"]
            )
            #expect(response.status == .ok)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            #expect(body["fiscalYear"] as? String == year.label)
            #expect(body["minimumCell"] as? Int == 5)
            let tables = try #require(body["tables"] as? [[String: Any]])
            let referrals = try #require(tables.first { $0["indicator"] as? String == "roReferralsByRegion" })
            #expect((referrals["total"] as? [String: Any])?["count"] as? Int == 5)
            let replies = try #require(tables.first { $0["indicator"] as? String == "standardReplies" })
            let offenders = try #require((replies["rows"] as? [[String: Any]])?.first { $0["key"] as? String == "offenderRequest" })
            #expect(offenders["suppressed"] as? Bool == true && offenders["count"] == nil)

            let refused = try await client.execute(
                uri: "/api/statistics?fiscalYear=3000",
                method: .get,
                headers: [.authorization: "Bearer \(token)", .acceptLanguage: "fr"]
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect(refused.text.contains("Indiquez un exercice"))
        }
    }
}
