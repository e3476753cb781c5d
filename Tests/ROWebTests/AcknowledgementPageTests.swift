import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R9 on the case page and the API: the coordinator records how a victim-side request was acknowledged.
@Suite struct AcknowledgementPageTests {
    @Test(arguments: ["en", "fr"])
    func R9_theAcknowledgementIsRecordedFromTheCasePage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let assigned = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            var claire = try await client.signIn("claire", language: language)
            let path = "/cases/\(assigned.id)"
            let page = try await client.get(casePage(.administration, of: path), as: &claire)
            #expect(page.text.contains(language == "en" ? "not sent yet (due " : "pas encore envoyé (à faire d’ici le "))
            let version = try #require(CasePageTests.version(in: page.text))

            let refused = try await client.post(
                "\(path)/steps/record-acknowledgement",
                ["version": version, "channel": "carrier pigeon"],
                as: &claire
            )
            #expect(refused.status == .unprocessableContent)
            PageTests().checkPage(refused, language: language, "refused acknowledgement", status: .unprocessableContent)

            let recorded = try await client.post("\(path)/steps/record-acknowledgement", ["version": version, "channel": "mail"], as: &claire)
            #expect(recorded.status == .seeOther)
            let shown = try await client.get(path, as: &claire).text
            let day = String(t.env.now().utcMinuteText.prefix(10))
            #expect(shown.contains(language == "en" ? "sent on \(day) by mail" : "envoyé le \(day) par courrier"))
            #expect(!shown.contains("/steps/record-acknowledgement"), "recorded once")

            var martin = try await client.signIn("martin", language: language)
            let mediatorsView = try await client.get(path, as: &martin).text
            #expect(mediatorsView.contains(language == "en" ? "sent on \(day) by mail" : "envoyé le \(day) par courrier"))
            #expect(!mediatorsView.contains("/steps/record-acknowledgement"))
        }
    }
}
