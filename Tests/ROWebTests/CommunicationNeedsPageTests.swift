import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R50, R52 on the case page: interpreter and accessibility needs per participant; bad input kept;
/// the entry request offers only what concerns entry (R31, R52).
@Suite struct CommunicationNeedsPageTests {
    @Test(arguments: ["en", "fr"])
    func R52_needsAreRecordedShownAndOfferedForEntry(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let inDialogue = try await t.caseInDialogue(.meetingInPerson, coordinator: coordinator, mediator: mediator)
            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(inDialogue.id)"
            let victim = inDialogue.participants[0].id.description
            var version = try #require(CasePageTests.version(in: try await client.get(path, as: &martin).text))

            let refused = try await client.post(
                "\(path)/steps/communication-needs",
                ["version": version, "participant": victim, "interpreter": "Cree", "need-other": "yes", "need-plainLanguage": "yes"],
                as: &martin
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Describe the “other” need" : "Décrivez le besoin « autre »"))
            #expect(refused.text.contains(#"value="Cree""#) && refused.text.contains(#"id="access-other" name="need-other" value="yes" checked"#))
            PageTests().checkPage(refused, language: language, "refused needs", status: .unprocessableContent)

            let recorded = try await client.post(
                "\(path)/steps/communication-needs",
                ["version": version, "participant": victim, "interpreter": "Cree", "need-stepFreeAccess": "yes", "need-plainLanguage": "yes"],
                as: &martin
            )
            #expect(recorded.status == .seeOther)
            let shown = try await client.get(path, as: &martin)
            #expect(
                shown.text.contains(
                    language == "en"
                        ? "interpreter in Cree; step-free access; plain language" : "interprète en Cree; accès sans marches; langage clair"
                )
            )

            // The entry request form offers the entry-relevant ones only.
            let meeting = Identifier<Meeting>(t.env.newID())
            for command: CaseCommand in [
                .proposeMeeting(id: meeting, form: .meetingInPerson, site: "FVI", attendees: inDialogue.participants.map(\.id)),
                .recordAvailability(meeting, participant: inDialogue.participants[0].id),
                .recordAvailability(meeting, participant: inDialogue.participants[1].id),
            ] {
                _ = try await CaseService(env: t.env).execute(inDialogue.id, command, expectedVersion: nil, by: mediator)
            }
            let planning = try await client.get("\(path)/steps/request-entry?meeting=\(meeting)", as: &martin)
            version = try #require(CasePageTests.version(in: planning.text))
            let offered = language == "en" ? "interpreter in Cree; step-free access" : "interprète en Cree; accès sans marches"
            #expect(planning.text.contains(#"name="accessibility" value="\#(offered)""#))
            #expect(!planning.text.contains(#"name="accessibility" value="\#(offered); "#), "plain language does not go to the site")
        }
    }
}
