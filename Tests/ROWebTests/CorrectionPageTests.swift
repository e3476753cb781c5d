import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R54 on the case page: numbered entries, a correction names the entry it corrects, bad input kept.
@Suite struct CorrectionPageTests {
    @Test(arguments: ["en", "fr"])
    func R54_aCorrectionIsShownBesideTheEntryItCorrects(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let assigned = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(assigned.id)"
            let version = try #require(
                CasePageTests.version(in: try await client.get(try casePage(holding: "correct-entry", of: path), as: &martin).text)
            )

            let refused = try await client.post(
                "\(path)/steps/correct-entry",
                ["version": version, "entry": "999", "note": "Typed reason (fictional)."],
                as: &martin
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Give the number of an entry" : "Indiquez le numéro d’une entrée"))
            #expect(refused.text.contains(#"value="999""#) && refused.text.contains("Typed reason (fictional)."))
            PageTests().checkPage(refused, language: language, "refused correction", status: .unprocessableContent)

            let recorded = try await client.post(
                "\(path)/steps/correct-entry",
                ["version": version, "entry": "2", "note": "Wrong region first recorded (fictional)."],
                as: &martin
            )
            #expect(recorded.status == .seeOther)
            let shown = try await client.get(casePage(.timeline, of: path), as: &martin).text
            #expect(
                shown.contains(
                    language == "en"
                        ? "Correction of entry 2: Wrong region first recorded (fictional)."
                        : "Correction de l’entrée 2 : Wrong region first recorded (fictional)."
                )
            )
            #expect(
                shown.contains(language == "en" ? "(corrected by entry \(assigned.version + 1))" : "(corrigée par l’entrée \(assigned.version + 1))")
            )
        }
    }

    /// R53: a coordinator takes ownership from the case page; another coordinator then sees "another coordinator".
    @Test func R53_aCoordinatorTakesOwnership() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            try await t.makeUser("colette", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let assigned = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            var claire = try await client.signIn("claire")
            let path = "/cases/\(assigned.id)"
            let page = try await client.get(casePage(.administration, of: path), as: &claire)
            #expect(page.text.contains("/steps/take-ownership"))
            let taken = try await client.post(
                "\(path)/steps/take-ownership",
                ["version": try #require(CasePageTests.version(in: page.text))],
                as: &claire
            )
            #expect(taken.status == .seeOther)
            let mine = try await client.get(path, as: &claire).text
            #expect(mine.contains("<dt>Owning coordinator</dt><dd>you"))
            #expect(!mine.contains("/steps/take-ownership"))

            var colette = try await client.signIn("colette", language: "fr")
            let theirs = try await client.get(casePage(.administration, of: path), as: &colette).text
            #expect(theirs.contains("<dd>une autre coordonnatrice ou un autre coordonnateur"))
            #expect(theirs.contains("/steps/take-ownership"))
        }
    }
}

/// N9 on the case page: restrict to named coordinators, then the other coordinator finds nothing; recusal.
@Suite struct RestrictionPageTests {
    @Test(arguments: ["en", "fr"])
    func N9_aCoordinatorRestrictsACaseAndAnotherRecuses(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let restricted = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let other = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            var claire = try await client.signIn("claire", language: language)
            let page = try await client.get(try casePage(holding: "restrict", of: "/cases/\(restricted.id)"), as: &claire)
            PageTests().checkPage(page, language: language, "case with access controls")

            let refused = try await client.post(
                "/cases/\(restricted.id)/steps/restrict",
                ["version": try #require(CasePageTests.version(in: page.text)), "staff-\(colette.id)": "yes"],
                as: &claire
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Include yourself" : "Incluez-vous"))
            let done = try await client.post(
                "/cases/\(restricted.id)/steps/restrict",
                ["version": try #require(CasePageTests.version(in: page.text)), "staff-\(coordinator.id)": "yes"],
                as: &claire
            )
            #expect(done.status == .seeOther)

            var coletteVisitor = try await client.signIn("colette", language: language)
            #expect(try await client.get("/cases/\(restricted.id)", as: &coletteVisitor).status == .notFound)
            let list = try await client.get("/cases", as: &coletteVisitor).text
            #expect(!list.contains(restricted.reference) && list.contains(other.reference))

            let otherPage = try await client.get(try casePage(holding: "recuse", of: "/cases/\(other.id)"), as: &coletteVisitor)
            let recused = try await client.post(
                "/cases/\(other.id)/steps/recuse",
                ["version": try #require(CasePageTests.version(in: otherPage.text))],
                as: &coletteVisitor
            )
            #expect(recused.status == .seeOther)
            #expect(recused.headers[.location] == "/cases?notice=recused")
            #expect(!(try await client.get("/cases", as: &coletteVisitor).text.contains(other.reference)))
        }
    }
}
