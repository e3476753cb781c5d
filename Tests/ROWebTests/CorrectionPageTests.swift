import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ROCore
import ROServices
import ROTestSupport
@testable import ROWeb
import Testing

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
            let version = try #require(CasePageTests.version(in: try await client.get(path, as: &martin).text))

            let refused = try await client.post("\(path)/steps/correct-entry", ["version": version, "entry": "999", "note": "Typed reason (fictional)."], as: &martin)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Give the number of an entry" : "Indiquez le numéro d’une entrée"))
            #expect(refused.text.contains(#"value="999""#) && refused.text.contains("Typed reason (fictional)."))
            PageTests().checkPage(refused, language: language, "refused correction", status: .unprocessableContent)

            let recorded = try await client.post("\(path)/steps/correct-entry", ["version": version, "entry": "2", "note": "Wrong region first recorded (fictional)."], as: &martin)
            #expect(recorded.status == .seeOther)
            let shown = try await client.get(path, as: &martin).text
            #expect(shown.contains(language == "en" ? "Correction of entry 2: Wrong region first recorded (fictional)." : "Correction de l’entrée 2 : Wrong region first recorded (fictional)."))
            #expect(shown.contains(language == "en" ? "(corrected by entry \(assigned.version + 1))" : "(corrigée par l’entrée \(assigned.version + 1))"))
        }
    }
}
