import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// §4.3 on the case page: in follow-up the mediator proposes closure; the coordinator is reminded and
/// finds the proposed reason chosen in the closing form.
@Suite struct ClosureProposalPageTests {
    @Test(arguments: ["en", "fr"])
    func theMediatorProposesClosureFromTheCasePage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let (value, item) = try await t.caseWithDraftItem(coordinator: coordinator, mediator: mediator)
            let cases = CaseService(env: t.env)
            let sender = value.item(item)!.sender
            for command: CaseCommand in [
                .submitItem(item), .approveItem(item),
                .recordConsent(participant: sender, purpose: .shareItem(item), decision: .given, expiresAt: nil),
                .recordRecipientChoice(item, optIn: true), .releaseItem(item), .recordDelivery(item), .startFollowUp,
            ] {
                _ = try await cases.execute(value.id, command, expectedVersion: nil, by: mediator)
            }
            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(value.id)"
            let page = try await client.get(path, as: &martin)
            #expect(page.text.contains("/steps/propose-closure") && !page.text.contains("/steps/close\""), "the mediator proposes, never closes")
            PageTests().checkPage(page, language: language, "follow-up with a closure proposal form")
            let version = try #require(CasePageTests.version(in: page.text))

            let refused = try await client.post("\(path)/steps/propose-closure", ["version": version, "reason": "completed.faceToFace"], as: &martin)
            #expect(refused.status == .conflict, "no meeting was held")
            let proposed = try await client.post("\(path)/steps/propose-closure", ["version": version, "reason": "completed.indirect"], as: &martin)
            #expect(proposed.status == .seeOther)

            var claire = try await client.signIn("claire", language: language)
            let coordinatorsView = try await client.get(path, as: &claire).text
            #expect(
                coordinatorsView.contains(language == "en" ? "The mediator proposes closing the case" : "La médiation propose de fermer le dossier")
            )
            let closing = try await client.get(try casePage(holding: "close", of: path), as: &claire).text
            #expect(closing.contains(#"<option value="completed.indirect" selected>"#), "the close form starts on the proposed reason")
        }
    }
}
