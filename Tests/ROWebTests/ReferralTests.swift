import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

@Suite struct ReferralTests {
    let valid = [
        "fps": "123456A", "offenderName": "Dorian Quillfeather-Fictive", "unit": "Fictional Institution", "interest": "2026-09-01",
        "region": "ontario", "language": "en", "safety": "yes",
    ]

    /// R4, R8, N3: staff refer an offender; they then see only a three-value status of their own referrals.
    @Test(arguments: ["en", "fr"])
    func staffReferAndSeeOnlyAThreeValueStatus(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("rosa", role: .referrer)
            try await t.makeUser("remi", role: .referrer)
            let claire = try await t.makeUser("claire", role: .coordinator)
            var rosa = try await client.signIn("rosa", language: language)

            var unnamed = self.valid
            unnamed["offenderName"] = " "
            let refused = try await client.post("/referrals", unnamed, as: &rosa)
            #expect(refused.status == .unprocessableContent && refused.text.contains(#"value="123456A""#), "what was typed stays")
            #expect(refused.text.contains(language == "en" ? "Enter the name the offender uses" : "Entrez le nom que le délinquant"))
            let submitted = try await client.post("/referrals", self.valid, as: &rosa)
            let list = try await client.get(submitted.headers[.location] ?? "", as: &rosa)

            #expect(submitted.status == .seeOther)
            PageTests().checkPage(list, language: language, "referrals")
            #expect(list.text.withoutCellLabels.contains(language == "en" ? "<td>Received</td>" : "<td>Reçu</td>"))
            #expect(!list.text.contains("123456A"), "the FPS number stays in the case file")
            #expect(!list.text.contains("Quillfeather"), "so does the name")
            let queue = try await CaseService(env: t.env).list(.awaitingAssessment, by: claire)
            #expect(queue.count == 1)
            let file = try await CaseService(env: t.env).read(queue[0].id, by: claire).value
            #expect(file.referral?.fpsNumber == "123456A")
            #expect(file.people[file.participants[0].id]?.usedName == "Dorian Quillfeather-Fictive", "§7.2: the name asked at referral")
            #expect(try await CaseService(env: t.env).search("quillf", by: claire).map(\.id) == [queue[0].id])
            #expect(file.safetySectionReviewed == false, "R8: concerns noted, so a coordinator must review them")

            var remi = try await client.signIn("remi", language: language)
            #expect(!(try await client.get("/referrals", as: &remi).text.contains(queue[0].reference)), "only one's own referrals")
            #expect(try await client.get("/cases/\(queue[0].id)", as: &rosa).status == .forbidden, "referrers never read the case file")
        }
    }

    @Test func aBadReferralKeepsWhatWasTyped() async throws {
        try await withApp { t, client in
            try await t.makeUser("rosa", role: .referrer)
            var rosa = try await client.signIn("rosa", language: "fr")
            var fields = self.valid
            fields["fps"] = "12-34"
            fields["interest"] = "2099-01-01"

            let response = try await client.post("/referrals", fields, as: &rosa)

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Entrez le numéro SED"))
            #expect(response.text.contains("qui n’est pas dans le futur"))
            #expect(response.text.contains(#"value="Fictional Institution""#))
            #expect(response.text.contains(#"<option value="ontario" selected>"#))
            #expect(try await t.store.transaction { try await $0.cases.list(.all, visibleTo: nil, limit: 10) }.isEmpty)
        }
    }
}
