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

    /// §7.3 "video and audio": before release a mediator erases a recording at its sender's request from the
    /// letters part; two years after closure a coordinator erases the rest from the retention page. Each time
    /// the item says when and why, and the file is no longer offered.
    @Test(arguments: ["en", "fr"])
    func section7_3_recordingsAreErasedFromThePages(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let (value, item) = try await t.caseWithDraftItem(.videoMessage, coordinator: coordinator, mediator: mediator)
            let video = Array("\u{0}\u{0}\u{0}\u{18}ftypisom".utf8) + Array(repeating: UInt8(7), count: 4_000)
            var files: [Identifier<MediaAttachment>] = []
            for _ in 0..<2 {
                var upload = try await MediaService(env: t.env).beginUpload(to: value.id, item: item, by: mediator)
                try await upload.append(video[...])
                files.append(try await upload.finish(expectedVersion: nil).1.id)
            }
            let cases = CaseService(env: t.env)
            _ = try await cases.execute(value.id, .submitItem(item), expectedVersion: nil, by: mediator)

            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(value.id)"
            let letters = try await client.get(casePage(.letters, of: path), as: &martin)
            #expect(letters.text.contains("/steps/erase-recording"))
            let version = try #require(CasePageTests.version(in: letters.text))
            let erased = try await client.post(
                "\(path)/steps/erase-recording",
                ["version": version, "item": item.description, "file": files[0].description],
                as: &martin
            )
            #expect(erased.status == .seeOther)
            let after = try await client.get(casePage(.letters, of: path), as: &martin)
            #expect(after.text.contains(language == "en" ? "at the sender’s request" : "à la demande de la personne qui l’a envoyé"))
            #expect(!after.text.contains("/files/\(files[0])") && after.text.contains("/files/\(files[1])"))
            PageTests().checkPage(after, language: language, "a recording erased at its sender's request")

            _ = try await cases.execute(value.id, .closeOther(.otherUnspecified), expectedVersion: nil, by: coordinator)
            t.clock.advance(by: 732 * 86_400)
            var claire = try await client.signIn("claire", language: language)
            let due = try await client.get("/disposals", as: &claire)
            #expect(due.text.contains("/disposals/\(value.id)/erase-recordings"))
            PageTests().checkPage(due, language: language, "recordings due")
            let done = try await client.post("/disposals/\(value.id)/erase-recordings", [:], as: &claire)
            #expect(done.status == .seeOther)
            let listed = try await client.get("/disposals", as: &claire)
            #expect(!listed.text.contains("/disposals/\(value.id)/erase-recordings"))
            let closed = try await client.get(casePage(.letters, of: path), as: &claire)
            #expect(closed.text.contains(language == "en" ? "its retention ended" : "sa conservation a pris fin"))
            #expect(!closed.text.contains("/files/\(files[1])"))
            let file = try await client.get("\(path)/files/\(files[1])", as: &claire)
            #expect(file.status == .gone)
        }
    }
}
