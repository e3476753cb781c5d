import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// §7.3 on the pages: an auditor's hold (a refusal keeps what was typed), one coordinator proposes, a second
/// approves; afterwards the case's page answers only that it was disposed of, and the certificate is listed.
@Suite struct DisposalPageTests {
    @Test(arguments: ["en", "fr"])
    func section7_3_twoCoordinatorsDisposeOfACaseFromThePage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            _ = try await t.makeUser("colin", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            _ = try await t.makeUser("aude", role: .auditor)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            _ = try await CaseService(env: t.env).execute(value.id, .screenOut(.screenedOutReadiness), expectedVersion: nil, by: coordinator)
            t.clock.advance(by: 3_654 * 86_400)

            var aude = try await client.signIn("aude", language: language)
            let refused = try await client.post("/disposals/holds", ["reference": value.reference, "reason": "  "], as: &aude)
            #expect(refused.status == .unprocessableContent && refused.text.contains(#"value="\#(value.reference)""#), "what was typed stays")
            PageTests().checkPage(refused, language: language, "hold refused", status: .unprocessableContent)
            #expect(
                try await client.post("/disposals/holds", ["reference": value.reference, "reason": "ATIP A-1 (fictional)"], as: &aude).status
                    == .seeOther
            )
            let holds = try await client.get("/disposals", as: &aude)
            PageTests().checkPage(holds, language: language, "holds")
            let lift = try #require(holds.text.firstMatch(of: #/action="(/disposals/holds/[0-9a-f-]{36}/lift)"/#).map { String($0.output.1) })

            var claire = try await client.signIn("claire", language: language)
            let suspended = try await client.post("/disposals/\(value.id)/propose", [:], as: &claire)
            #expect(suspended.status == .conflict)
            #expect(suspended.text.contains(language == "en" ? "A legal hold, a Privacy Act request" : "Une suspension légale"))
            #expect(try await client.post(lift, ["reason": "Answered (fictional)"], as: &aude).status == .seeOther)
            #expect(try await client.post("/disposals/\(value.id)/propose", [:], as: &claire).status == .seeOther)
            let own = try await client.post("/disposals/\(value.id)/approve", [:], as: &claire)
            #expect(own.status == .conflict && own.text.contains(language == "en" ? "A second, different coordinator" : "Un deuxième coordonnateur"))
            let due = try await client.get("/disposals", as: &claire)
            PageTests().checkPage(due, language: language, "disposals due")

            var colin = try await client.signIn("colin", language: language)
            #expect(try await client.get("/disposals", as: &colin).text.contains("/disposals/\(value.id)/approve"))
            #expect(try await client.post("/disposals/\(value.id)/approve", [:], as: &colin).status == .seeOther)
            let gone = try await client.get("/cases/\(value.id)", as: &claire)
            #expect(gone.status == .gone && gone.text.contains(language == "en" ? "This case was disposed of on" : "Ce dossier a été éliminé le"))
            let found = try await client.post("/cases/search", ["q": value.reference], as: &claire)
            #expect(found.text.contains(language == "en" ? "Disposed of on" : "Éliminé le"), "the reference answers only when")
            #expect(!found.text.contains("pacific") && !found.text.contains(language == "en" ? "Pacific" : "Pacifique"))
            let certificates = try await client.get("/disposals", as: &aude)
            #expect(certificates.text.contains("DC-") && !certificates.text.contains("/disposals/\(value.id)/approve"))
            PageTests().checkPage(certificates, language: language, "certificates")

            // §2.2: no one else reaches these pages.
            var martin = try await client.signIn("martin", language: language)
            #expect(try await client.get("/disposals", as: &martin).status == .forbidden)
        }
    }
}
