import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// §7.2 "contact log, mediator notes" on the pages: a restricted note shows on the People part only as a link for
/// its author and the coordinators; its words are read on its own page, and every reading is audited.
@Suite struct NotesPageTests {
    static let words = "Spoke of a threat from 2019 (fictional)."

    @Test(arguments: ["en", "fr"])
    func section7_2_aRestrictedNoteIsReadOnlyByItsAuthorAndCoordinators_eachReadingAudited(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            _ = try await t.makeUser("mona", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let path = "/cases/\(value.id)"
            var martin = try await client.signIn("martin", language: language)

            let form = try await client.get("\(path)/steps/write-note", as: &martin)
            PageTests().checkPage(form, language: language, "write a note")
            let version = try #require(CasePageTests.version(in: form.text))
            let empty = try await client.post("\(path)/steps/write-note", ["version": version, "note": " ", "restricted": "yes"], as: &martin)
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains(language == "en" ? "Write the note before saving it." : "Rédigez la note avant de l’enregistrer."))
            #expect(empty.text.contains(#"name="restricted" value="yes" checked"#), "what was ticked stays")

            let saved = try await client.post("\(path)/steps/write-note", ["version": version, "note": Self.words, "restricted": "yes"], as: &martin)
            #expect(saved.status == .seeOther)
            let people = try await client.get(casePage(.people, of: path), as: &martin)
            #expect(!people.text.contains(Self.words), "the words are not on the People part")
            let link = try #require(people.text.firstMatch(of: #/href="(/cases/[0-9a-f-]{36}/notes/[0-9a-f-]{36})"/#).map { String($0.output.1) })
            PageTests().checkPage(people, language: language, "people with a restricted note")

            func readings() async throws -> Int {
                try await t.store.transaction { try await $0.audit.entries(about: "case:\(value.id)", limit: 100) }
                    .count { $0.action == "case.restricted-note-read" }
            }
            #expect(try await readings() == 0)
            let note = try await client.get(link, as: &martin)
            #expect(note.status == .ok && note.text.contains(Self.words))
            PageTests().checkPage(note, language: language, "restricted note")
            var claire = try await client.signIn("claire", language: language)
            #expect(try await client.get(link, as: &claire).text.contains(Self.words))
            #expect(try await readings() == 2, "each reading is its own entry")

            // §7.2: no one else reads it, whatever the link (N1: not found).
            var mona = try await client.signIn("mona", language: language)
            let refused = try await client.get(link, as: &mona)
            #expect(refused.status == .notFound && !refused.text.contains(Self.words))
            #expect(try await readings() == 2)
        }
    }

    /// R20, R23 on the assessment form: a safety concern must say what it concerns (the form keeps what was
    /// typed), then opens an escalation; the findings are listed for the case workers.
    @Test(arguments: ["en", "fr"])
    func R23_aSafetyConcernFoundInAnAssessmentIsEscalatedAndTheFindingsAreKept(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let victim = try #require(value.participants.first { $0.role == .victim }).id.description
            let path = "/cases/\(value.id)"
            var martin = try await client.signIn("martin", language: language)
            let form = try await client.get("\(path)/steps/assess", as: &martin)
            PageTests().checkPage(form, language: language, "assessment form")
            let version = try #require(CasePageTests.version(in: form.text))

            var fields = ["version": version, "participant": victim, "safety": "yes", "notes": "Nervous about the hearing (fictional)."]
            let refused = try await client.post("\(path)/steps/assess", fields, as: &martin)
            #expect(refused.status == .unprocessableContent && refused.text.contains("Nervous about the hearing (fictional)."))
            #expect(refused.text.contains(#"name="safety" value="yes" checked"#) && !refused.text.contains(#"name="ready" value="yes" checked"#))
            PageTests().checkPage(refused, language: language, "assessment refused", status: .unprocessableContent)

            fields["category"] = "threat"
            #expect(try await client.post("\(path)/steps/assess", fields, as: &martin).status == .seeOther)
            let after = try await CaseService(env: t.env).read(value.id, by: coordinator).value
            #expect(after.escalations.count == 1 && after.hasOpenEscalation)
            #expect(after.assessments.values.first?.ready == false)
            let people = try await client.get(casePage(.people, of: path), as: &martin)
            #expect(people.text.contains("Nervous about the hearing (fictional)."))
            #expect(people.text.contains(language == "en" ? "not ready: the steps that need this person wait" : "pas prête : les étapes"))
        }
    }
}
