import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R5: an offender's direct request opens no case, gets the standard reply in their language, and
/// leaves only date, channel, language and "reply sent".
@Suite struct DirectRequestTests {
    @Test(arguments: [("en", "speak with your parole officer"), ("fr", "parler à votre agent de libération conditionnelle")])
    func aDirectRequestGetsGuidanceAndOpensNoCase(_ language: String, _ guidance: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("claire", role: .coordinator)
            var coordinator = try await client.signIn("claire", language: "en")

            let logged = try await client.post(
                "/direct-requests",
                ["channel": "mail", "language": language, "name": "Fictional Writer", "letter": "Please let me write to her."],
                as: &coordinator
            )
            let page = try await client.get(logged.headers[.location] ?? "", as: &coordinator)

            #expect(logged.status == .seeOther)
            #expect(page.text.contains(guidance))
            #expect(page.text.contains(#"<blockquote lang="\#(language)">"#))
            #expect(page.text.contains("Logged so far: 1"))
            #expect(try await t.store.transaction { try await $0.cases.list(.all, visibleTo: nil, limit: 10) }.isEmpty)
            let audit = try await t.store.transaction { try await $0.audit.recent(limit: 50) }
            #expect(audit.contains { $0.action == "direct-request.logged" })
            #expect(!audit.contains { "\($0)".contains("Fictional Writer") || "\($0)".contains("Please let me") })
        }
    }

    /// R36: a request for a participation letter gets the standard refusal, is logged apart, and opens no case.
    @Test(arguments: [("en", "does not issue participation letters"), ("fr", "ne délivre ni lettre de participation")])
    func R36_aParticipationLetterIsRefusedWithTheStandardReply(_ language: String, _ refusal: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("claire", role: .coordinator)
            var coordinator = try await client.signIn("claire", language: language)
            let logged = try await client.post(
                "/direct-requests",
                ["kind": "participationLetter", "channel": "email", "language": language],
                as: &coordinator
            )
            let page = try await client.get(logged.headers[.location] ?? "", as: &coordinator)
            #expect(page.text.contains(refusal))
            #expect(
                page.text.contains(
                    language == "en"
                        ? "Requests for participation letters logged so far: 1" : "Demandes de lettres de participation consignées jusqu’ici : 1"
                )
            )
            #expect(
                page.text.contains(language == "en" ? "Logged so far: 0" : "Consignées jusqu’ici : 0"),
                "counted apart from offenders' requests (R13)"
            )
            #expect(try await t.store.transaction { try await $0.cases.list(.all, visibleTo: nil, limit: 10) }.isEmpty)
            PageTests().checkPage(page, language: language, "participation letter refused")
        }
    }

    @Test func onlyCoordinatorsLogDirectRequests() async throws {
        try await withApp { t, client in
            try await t.makeUser("rosa", role: .referrer)
            var referrer = try await client.signIn("rosa")

            #expect(try await client.post("/direct-requests", ["channel": "mail", "language": "en"], as: &referrer).status == .forbidden)
        }
    }
}
