import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// §4.9 on the case page: a coordinator links two cases by reference; both pages list the link; a
/// reference that leads nowhere is refused and kept; a mediator sees only links they may open.
@Suite struct CaseLinkPageTests {
    @Test(arguments: ["en", "fr"])
    func aCoordinatorLinksTwoCasesFromTheCasePage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let other = try await t.makeUser("maria", role: .mediator)
            let first = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let second = try await t.assignedCase(coordinator: coordinator, mediator: other)
            var claire = try await client.signIn("claire", language: language)
            let path = "/cases/\(first.id)"
            let page = try await client.get(casePage(.administration, of: path), as: &claire)
            #expect(page.text.contains(language == "en" ? "No linked case." : "Aucun dossier lié."))
            let version = try #require(CasePageTests.version(in: page.text))

            let refused = try await client.post(
                "\(path)/steps/link-case",
                ["version": version, "reference": "RO-1999-0042", "relation": "sameOffender"],
                as: &claire
            )
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains(
                    language == "en" ? "No case you can see has this reference" : "Aucun dossier auquel vous avez accès ne porte ce numéro"
                )
            )
            #expect(refused.text.contains(#"value="RO-1999-0042""#))
            PageTests().checkPage(refused, language: language, "refused link", status: .unprocessableContent)

            let linked = try await client.post(
                "\(path)/steps/link-case",
                ["version": version, "reference": second.reference.lowercased(), "relation": "sameVictimSide"],
                as: &claire
            )
            #expect(linked.status == .seeOther)
            let relation = language == "en" ? "Same victim side" : "Même victime"
            let shown = try await client.get(casePage(.administration, of: path), as: &claire)
            #expect(shown.text.withoutCellLabels.contains(#"<a href="/cases/\#(second.id)">\#(second.reference)</a></td><td>\#(relation)</td>"#))
            PageTests().checkPage(shown, language: language, "case with a linked case")
            let mirrored = try await client.get(casePage(.administration, of: "/cases/\(second.id)"), as: &claire).text
            #expect(mirrored.withoutCellLabels.contains(#"<a href="/cases/\#(first.id)">\#(first.reference)</a></td><td>\#(relation)</td>"#))

            var martin = try await client.signIn("martin", language: language)
            var mediatorsView = try await client.get(casePage(.administration, of: path), as: &martin).text
            mediatorsView += try await client.get(casePage(.timeline, of: path), as: &martin).text  // the link is an entry of the timeline
            #expect(
                !mediatorsView.contains(second.reference) && !mediatorsView.contains("\(second.id)"),
                "N1: the mediator of one case never learns which case the other is"
            )
            #expect(mediatorsView.contains(language == "en" ? "Linked to another case (same victim side)" : "Lié à un autre dossier (même victime)"))
            #expect(!mediatorsView.contains("/steps/link-case"), "only coordinators link cases")
        }
    }
}

/// §2.2 note 10 on the page: the coordinator follows the case page's link to who looked at the file.
@Suite struct CaseAccessPageTests {
    @Test(arguments: ["en", "fr"])
    func theCoordinatorSeesWhoLookedAtTheFile(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            var martin = try await client.signIn("martin", language: language)
            _ = try await client.get("/cases/\(value.id)", as: &martin)
            #expect(try await client.get("/cases/\(value.id)/access", as: &martin).status == .forbidden, "not the mediator's to read")

            var claire = try await client.signIn("claire", language: language)
            #expect(
                try await client.get(casePage(.timeline, of: "/cases/\(value.id)"), as: &claire).text.contains(#"href="/cases/\#(value.id)/access""#)
            )
            let page = try await client.get("/cases/\(value.id)/access", as: &claire)
            #expect(
                page.text.contains(language == "en" ? "Test mediator (fictional) (Mediator)" : "Test mediator (fictional) (Médiateur ou médiatrice)")
            )
            #expect(page.text.contains(language == "en" ? "Case read" : "Dossier consulté"))
            PageTests().checkPage(page, language: language, "case access report")
        }
    }

    /// Issue 16, item 4: a file read every day for years has thousands of entries; the report shows a hundred a page,
    /// newest first, with a link to the earlier ones, and the pages together hold every entry about the case once.
    @Test(arguments: ["en", "fr"])
    func theAccessReportComesAHundredEntriesAPage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            for _ in 0..<110 { _ = try await CaseService(env: t.env).read(value.id, by: mediator) }
            var claire = try await client.signIn("claire", language: language)

            let first = try await client.get("/cases/\(value.id)/access", as: &claire)
            PageTests().checkPage(first, language: language, "case access report, newest entries")
            // Every entry about the case once the first page was read (its own reading included), newest first.
            let all = try await t.store.read { try await $0.audit.entries(about: "case:\(value.id)", limit: 1_000) }
            #expect(all.count > 110)
            #expect(Self.rowCount(first.text) == 100)
            let earlier = try #require(first.text.firstMatch(of: /href="(\/cases\/[^"]+\/access\?before=(\d+))"/))
            #expect(Int64(earlier.2) == all[99].position, "the next page starts after the last entry shown")
            #expect(!first.text.contains(language == "en" ? "Back to the newest entries" : "Retour aux entrées les plus récentes"))

            let second = try await client.get(String(earlier.1), as: &claire)
            PageTests().checkPage(second, language: language, "case access report, earlier entries")
            #expect(Self.rowCount(second.text) == all.count - 100, "the rest, each once")
            #expect(second.text.contains(#"href="/cases/\#(value.id)/access""#), "back to the newest")
            #expect(!second.text.contains("access?before="), "nothing earlier")
        }
    }

    /// Issue 16, item 4: the timeline of a case followed for years comes a hundred entries a page, newest first, with a
    /// link to the earlier ones; the pages together hold every entry once, numbered from the first.
    @Test(arguments: ["en", "fr"])
    func theTimelineComesAHundredEntriesAPage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            for n in 1...110 {
                let note = CaseCommand.writeNote(id: Identifier(UUID()), text: "A fictional note, number \(n).", restricted: false)
                _ = try await CaseService(env: t.env).execute(value.id, note, expectedVersion: nil, by: mediator)
            }
            let entries = try await t.store.read { try await $0.cases.events(of: value.id) }.count
            var martin = try await client.signIn("martin", language: language)

            let first = try await client.get("/cases/\(value.id)/timeline", as: &martin)
            PageTests().checkPage(first, language: language, "timeline, latest entries")
            #expect(Self.entryNumbers(first.text) == Array(((entries - 99)...entries).reversed()), "the hundred latest, newest first")
            let earlier = try #require(first.text.firstMatch(of: /href="(\/cases\/[^"]+\/timeline\?before=(\d+))"/))
            #expect(Int(earlier.2) == entries - 99)

            let second = try await client.get(String(earlier.1), as: &martin)
            PageTests().checkPage(second, language: language, "timeline, earlier entries")
            #expect(Self.entryNumbers(second.text) == Array((1...(entries - 100)).reversed()), "the rest, down to the first")
            #expect(second.text.contains(#"href="/cases/\#(value.id)/timeline""#), "back to the latest")
            #expect(!second.text.contains("timeline?before="), "nothing earlier")
        }
    }

    /// The entry numbers in the timeline's last column.
    static func entryNumbers(_ html: String) -> [Int] {
        html.matches(of: /<td data-label="[^"]+">(\d+)<\/td><\/tr>/).compactMap { Int($0.1) }
    }

    static func rowCount(_ html: String) -> Int {
        html.matches(of: /<tr><td data-label=/).count
    }
}
