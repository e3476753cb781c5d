import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// §4.9 on the case page: a coordinator joins a meeting with a linked case's meeting; confirming it is
/// refused, with the linked case named, while that case does not pass its own checks.
@Suite struct JointMeetingPageTests {
    @Test(arguments: ["en", "fr"])
    func aJointMeetingWaitsForTheGatesOfTheLinkedCase(_ language: String) async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let maria = try await t.makeUser("maria", role: .mediator)
            let (first, firstMeeting) = try await t.bookedVideoMeeting(coordinator: claire, mediator: martin)
            let (second, secondMeeting) = try await t.bookedVideoMeeting(coordinator: claire, mediator: maria)
            let cases = CaseService(env: t.env)
            _ = try await cases.execute(
                first.id,
                .linkCase(CaseLink(reference: second.reference, relation: .sameOffender)),
                expectedVersion: nil,
                by: claire
            )
            let en = language == "en"

            var coordinator = try await client.signIn("claire", language: language)
            let path = "/cases/\(first.id)"
            let joinPage = "\(path)/steps/join-meeting?meeting=\(firstMeeting)"
            #expect(try await client.get(casePage(.meetings, of: path), as: &coordinator).text.contains(#"href="\#(joinPage)""#))
            let page = try await client.get(joinPage, as: &coordinator)
            PageTests().checkPage(page, language: language, "join a meeting")
            let option = "\(second.reference) \(secondMeeting)"
            #expect(page.text.contains(#"<option value="\#(option)">"#))
            let joined = try await client.post(
                "\(path)/steps/join-meeting",
                ["version": try #require(CasePageTests.version(in: page.text)), "meeting": "\(firstMeeting)", "joint": option],
                as: &coordinator
            )
            #expect(joined.status == .seeOther)
            let shown = try await client.get(casePage(.meetings, of: path), as: &coordinator)
            PageTests().checkPage(shown, language: language, "joint meeting")
            #expect(
                shown.text.contains(en ? "<dt>Joint with</dt><dd>\(second.reference)</dd>" : "<dt>Conjointe avec</dt><dd>\(second.reference)</dd>")
            )
            #expect(!(try await client.get(joinPage, as: &coordinator).text.contains(#"<option value="\#(option)">"#)), "joined once")

            let bearer = try await CaseAPITests().bearer(t, for: claire)
            let json = try CaseAPITests().json(try await client.execute(uri: "/api/cases/\(first.id)", method: .get, headers: bearer))
            let meetingJSON = try #require((json["meetings"] as? [[String: Any]])?.first)
            #expect(meetingJSON["jointCount"] as? Int == 1 && meetingJSON["jointWith"] as? [String] == [second.reference])

            var mediator = try await client.signIn("martin", language: language)
            let mediatorsView = try await client.get(casePage(.meetings, of: path), as: &mediator).text
            #expect(!mediatorsView.contains(second.reference), "N1: the mediator is not told which case")
            #expect(mediatorsView.contains(en ? "a meeting of another case" : "une rencontre d’un autre dossier"))

            _ = try await cases.execute(
                second.id,
                .raiseEscalation(id: Identifier(t.env.newID()), category: "safety"),
                expectedVersion: nil,
                by: maria
            )
            let current = try await client.get(casePage(.meetings, of: path), as: &coordinator)
            let refused = try await client.post(
                "\(path)/steps/confirm-meeting",
                ["version": try #require(CasePageTests.version(in: current.text)), "meeting": "\(firstMeeting)"],
                as: &coordinator
            )
            #expect(refused.status == .conflict)
            #expect(
                refused.text.contains(
                    en
                        ? "linked case \(second.reference) does not pass its own checks for it yet"
                        : "le dossier lié \(second.reference) ne satisfait pas encore à ses propres vérifications"
                )
            )
            PageTests().checkPage(refused, language: language, "joint meeting refused", status: .conflict)
        }
    }
}
