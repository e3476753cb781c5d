import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// N7 on the pages and the API: an auditor reads a case's metadata under pseudonyms, asks for an
/// investigation with grounds, another auditor approves, and only then does the first read the file, read
/// only; the reading shows in the case's access report.
@Suite struct InvestigationPageTests {
    @Test(arguments: ["en", "fr"])
    func N7_anInvestigationFromMetadataToTheCaseFile(_ language: String) async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let audeAccount = try await t.makeUser("aude", role: .auditor)
            _ = try await t.makeUser("victor", role: .auditor)
            let (value, item) = try await t.caseWithDraftItem(coordinator: claire, mediator: martin)
            var upload = try await MediaService(env: t.env).beginUpload(to: value.id, item: item, by: martin)
            try await upload.append(Array("%PDF-1.7 fictional scan".utf8))
            let (_, scan) = try await upload.finish(expectedVersion: nil)
            _ = try await CaseService(env: t.env).execute(
                value.id,
                .recordCorrection(entry: 1, note: "Fictional correction words"),
                expectedVersion: nil,
                by: claire
            )
            let en = language == "en"

            // The home page's audit table leads to the case's metadata.
            var aude = try await client.signIn("aude", language: language)
            let home = try await client.get("/home", as: &aude)
            #expect(home.text.contains(#"href="/audit/cases/\#(value.id)""#))
            #expect(home.text.contains(#"href="/audit/investigations""#))

            let metadataPath = "/audit/cases/\(value.id)"
            let metadata = try await client.get(metadataPath, as: &aude)
            PageTests().checkPage(metadata, language: language, "case metadata")
            #expect(metadata.text.contains(value.reference))
            let sender = try #require(value.participants.last)
            #expect(metadata.text.contains("<code>\(InvestigationService.pseudonym(sender.id))</code>"))
            #expect(!metadata.text.contains(sender.id.description), "the pseudonym, never the id staff see")
            #expect(!metadata.text.contains("A fictional letter.") && !metadata.text.contains("Fictional correction words"), "no content")
            #expect(metadata.text.contains(en ? "Correction of entry 1" : "Correction de l’entrée 1"))

            // Grounds are required; what was typed comes back.
            let blank = try await client.post("\(metadataPath)/investigations", ["grounds": "   "], as: &aude)
            #expect(blank.status == .unprocessableContent)
            #expect(
                blank.text.contains(en ? "State why the case’s content must be read" : "Indiquez pourquoi le contenu du dossier doit être consulté")
            )
            PageTests().checkPage(blank, language: language, "blank grounds", status: .unprocessableContent)
            let tooLong = String(repeating: "Fictional grounds. ", count: 120)
            let refused = try await client.post("\(metadataPath)/investigations", ["grounds": tooLong], as: &aude)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(tooLong.trimmingCharacters(in: .whitespaces)))

            let asked = try await client.post("\(metadataPath)/investigations", ["grounds": "Complaint 2026-17 (fictional)"], as: &aude)
            #expect(asked.status == .seeOther)
            let list = try await client.get("/audit/investigations?notice=opened", as: &aude)
            PageTests().checkPage(list, language: language, "investigations")
            let id = try #require(try await InvestigationService(env: t.env).recent(by: audeAccount).first?.investigation.id)
            #expect(!list.text.contains("/audit/investigations/\(id)/approve"), "no approving one's own request")
            #expect(!list.text.contains("/audit/investigations/\(id)/case"), "nothing to read before approval")
            let own = try await client.post("/audit/investigations/\(id)/approve", [:], as: &aude)
            #expect(own.status == .conflict)
            #expect(own.text.contains(en ? "another auditor must approve it" : "une autre vérificatrice ou un autre vérificateur doit l’approuver"))
            #expect(try await client.get("/audit/investigations/\(id)/case", as: &aude).status == .conflict)

            var victor = try await client.signIn("victor", language: language)
            let victorsList = try await client.get("/audit/investigations", as: &victor).text
            #expect(victorsList.contains("Complaint 2026-17 (fictional)"), "the approver reads the grounds")
            #expect(try await client.post("/audit/investigations/\(id)/approve", [:], as: &victor).status == .seeOther)
            #expect(try await client.get("/audit/investigations/\(id)/case", as: &victor).status == .notFound, "the grant is the asker's only")

            let readable = try await client.get("/audit/investigations", as: &aude)
            #expect(readable.text.contains(#"href="/audit/investigations/\#(id)/case""#))
            let file = try await client.get("/audit/investigations/\(id)/case", as: &aude)
            PageTests().checkPage(file, language: language, "case under investigation")
            #expect(file.text.contains(value.reference))
            #expect(file.text.contains("A fictional letter."), "the content the investigation is for")
            #expect(file.text.contains(en ? "Read only, under investigation, until" : "Consultation seule, dans le cadre d’une enquête, jusqu’au"))
            #expect(!file.text.contains(#"action="/cases/"#), "read only: no step of the case is offered")
            #expect(!file.text.contains(#"href="/cases/"#), "no link into case workers' pages")
            let filePath = "/audit/investigations/\(id)/files/\(scan.id)"
            #expect(file.text.contains(#"href="\#(filePath)""#))
            let downloaded = try await client.get(filePath, as: &aude)
            #expect(downloaded.status == .ok)
            #expect(downloaded.text == "%PDF-1.7 fictional scan")
            #expect(try await client.get(filePath, as: &victor).status == .notFound)

            var coordinator = try await client.signIn("claire", language: language)
            let report = try await client.get("/cases/\(value.id)/access", as: &coordinator).text
            #expect(report.contains(en ? "Case read under an investigation" : "Dossier consulté dans le cadre d’une enquête"))

            #expect(try await client.post("/audit/investigations/\(id)/close", [:], as: &aude).status == .seeOther)
            #expect(try await client.get("/audit/investigations/\(id)/case", as: &aude).status == .conflict)
            #expect(try await client.get(metadataPath, as: &coordinator).status == .forbidden)
        }
    }

    @Test func N7_theSameThroughTheAPI() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let aude = try await t.makeUser("aude", role: .auditor)
            let victor = try await t.makeUser("victor", role: .auditor)
            let value = try await t.assignedCase(coordinator: claire, mediator: martin)
            let api = CaseAPITests()
            let asAude = try await api.bearer(t, for: aude)
            let asVictor = try await api.bearer(t, for: victor)

            let metadata = try api.json(try await client.execute(uri: "/api/audit/cases/\(value.id)", method: .get, headers: asAude))
            let people = try #require(metadata["participants"] as? [[String: Any]])
            #expect(people.map { $0["pseudonym"] as? String } == value.participants.map { InvestigationService.pseudonym($0.id) })
            let entries = try #require(metadata["entries"] as? [[String: Any]])
            #expect(entries.first?["kind"] as? String == "victimRequestRecorded")

            let blank = try await client.execute(
                uri: "/api/audit/cases/\(value.id)/investigations",
                method: .post,
                headers: asAude,
                body: try api.body(["grounds": ""])
            )
            #expect(blank.status == .unprocessableContent)
            #expect(blank.headers[.contentType] == "application/problem+json")
            let opened = try await client.execute(
                uri: "/api/audit/cases/\(value.id)/investigations",
                method: .post,
                headers: asAude,
                body: try api.body(["grounds": "Fictional grounds"])
            )
            #expect(opened.status == .created)
            let id = try #require(try api.json(opened)["id"] as? String)
            #expect(try api.json(opened)["status"] as? String == "awaiting-approval")

            // Issue 15, item 6: the second auditor approves signed in, on the page; never with a token.
            let byToken = try await client.execute(uri: "/api/investigations/\(id)/approve", method: .post, headers: asVictor)
            #expect(byToken.status == .forbidden)
            #expect(try api.json(byToken)["code"] as? String == "approval-needs-sign-in")
            var victorSignedIn = try await client.signIn("victor")
            #expect(try await client.post("/audit/investigations/\(id)/approve", [:], as: &victorSignedIn).status == .seeOther)
            let file = try await client.execute(uri: "/api/investigations/\(id)/case", method: .get, headers: asAude)
            #expect(file.status == .ok)
            #expect(try api.json(file)["reference"] as? String == value.reference)
            #expect(try await client.execute(uri: "/api/investigations/\(id)/case", method: .get, headers: asVictor).status == .notFound)
            #expect(try await client.execute(uri: "/api/investigations/\(id)/reopen", method: .post, headers: asAude).status == .notFound)
            let listed = try await client.execute(uri: "/api/investigations", method: .get, headers: asVictor)
            #expect((try JSONSerialization.jsonObject(with: Data(buffer: listed.body)) as? [[String: Any]])?.first?["id"] as? String == id)
            #expect(
                try await client.execute(uri: "/api/audit/cases/\(value.id)", method: .get, headers: try await api.bearer(t, for: claire)).status
                    == .forbidden
            )
        }
    }
}
