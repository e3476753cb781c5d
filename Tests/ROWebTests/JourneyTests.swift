import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// The issue's journeys through the real pages, in process: every step is a form post with the version
/// the page showed.
@Suite struct JourneyTests {
    struct Journey {
        let client: any TestClientProtocol
        let path: String
        var coordinator: Visitor
        var mediator: Visitor

        /// Posts a step as `who`, with the version the case page shows now; returns the response.
        mutating func step(_ step: String, _ fields: [String: String] = [:], asMediator: Bool = true) async throws -> TestResponse {
            var visitor = asMediator ? self.mediator : self.coordinator
            let page = try await self.client.get(try casePage(holding: step, of: self.path), as: &visitor)
            var fields = fields
            fields["version"] = CasePageTests.version(in: page.text) ?? "0"
            let response = try await self.client.post("\(self.path)/steps/\(step)", fields, as: &visitor)
            if asMediator { self.mediator = visitor } else { self.coordinator = visitor }
            return response
        }

        mutating func ok(_ step: String, _ fields: [String: String] = [:], asMediator: Bool = true) async throws {
            let response = try await self.step(step, fields, asMediator: asMediator)
            let message = response.text.range(of: "class=\"lead\">").map { String(response.text[$0.upperBound...].prefix(160)) } ?? ""
            #expect(response.status == .seeOther, "\(step): \(response.status) \(message)")
        }

        /// After the clock moved past the idle time-out, both people sign in again.
        mutating func signInAgain(language: String) async throws {
            self.coordinator = try await self.client.signIn("claire", language: language)
            self.mediator = try await self.client.signIn("martin", language: language)
        }

        /// The summary, or one part of the case, as the coordinator sees it.
        mutating func page(_ area: CaseArea = .summary) async throws -> String {
            try await self.client.get(casePage(area, of: self.path), as: &self.coordinator).text
        }
    }

    /// A case with a victim and an offender, assigned to a mediator, both people assessed and consenting, letters started.
    func lettersUnderWay(
        _ t: TestEnvironment,
        _ client: any TestClientProtocol,
        language: String
    ) async throws -> (Journey, victim: String, offender: String) {
        let claire = try await t.makeUser("claire", role: .coordinator)
        let mediator = try await t.makeUser("martin", role: .mediator)
        let opened = try await CaseService(env: t.env).recordVictimRequest(
            requesterType: .registeredVictim,
            channel: .phone,
            region: "quebec",
            language: "fr",
            by: claire
        )
        var journey = Journey(
            client: client,
            path: "/cases/\(opened.id)",
            coordinator: try await client.signIn("claire", language: language),
            mediator: try await client.signIn("martin", language: language)
        )
        try await journey.ok("start-assessment", asMediator: false)
        try await journey.ok("add-participant", ["role": "offender", "language": "en"], asMediator: false)
        try await journey.ok(
            "confirm-eligibility",
            ["criterion-federal-sentence": "yes", "criterion-responsibility-accepted": "yes"],
            asMediator: false
        )
        try await journey.ok("link-offender-record", ["fps": "000777g"], asMediator: false)  // R10
        try await journey.ok("review-safety", asMediator: false)
        try await journey.ok("assign", ["mediator": mediator.id.description], asMediator: false)
        let file = try await CaseService(env: t.env).read(opened.id, by: claire).value
        let victim = file.participants[0].id.description
        let offender = file.participants[1].id.description
        let uninformed = try await journey.step("consent", ["participant": victim, "purpose": "takePart", "decision": "given"])
        #expect(uninformed.status == .conflict)  // R37: the confidentiality notice comes first
        #expect(uninformed.text.contains(language == "en" ? "Give the person the confidentiality notice" : "Remettez l’avis sur la confidentialité"))
        #expect(
            uninformed.text.contains(language == "en" ? "<h1>Record a consent</h1>" : "<h1>Consigner un consentement</h1>"),
            "the step's own page, again"
        )
        #expect(
            uninformed.text.contains(#"<option value="\#(victim)" selected>"#) && uninformed.text.contains(#"<option value="takePart" selected>"#),
            "the choices stay"
        )
        try await journey.ok("consent", ["participant": victim, "purpose": "takePart", "decision": "given", "noticeGiven": "yes"])
        #expect(
            try await journey.page(.timeline).contains(
                language == "en" ? "after the confidentiality notice (RO-CN-1)" : "après l’avis sur la confidentialité (RO-CN-1)"
            )
        )
        for purpose in ["approachOtherParty", "form.letter"] {
            try await journey.ok("consent", ["participant": victim, "purpose": purpose, "decision": "given"])
        }
        try await journey.ok("begin-preparation")
        try await journey.ok("assess", ["participant": victim, "ready": "yes"])
        try await journey.ok("assess", ["participant": offender, "ready": "yes"])
        try await journey.ok("safe-contact", ["participant": offender, "channel-inPerson": "yes"])
        try await journey.ok("approach")
        try await journey.ok("consent", ["participant": offender, "purpose": "takePart", "decision": "given", "noticeGiven": "yes"])
        try await journey.ok("consent", ["participant": offender, "purpose": "form.letter", "decision": "given"])
        try await journey.ok("start-dialogue", ["form": "letter"])
        return (journey, victim, offender)
    }

    func itemID(_ t: TestEnvironment, _ journey: Journey) async throws -> String {
        let id = Identifier<Case>(uuidString: String(journey.path.dropFirst("/cases/".count)))!
        let claire = try await AccountService(env: t.env).find("claire", by: .system)
        return try await CaseService(env: t.env).read(id, by: claire).value.items.last!.id.description
    }

    /// (a) a victim's request → assessments → letters exchanged through mediator review → closure.
    @Test(arguments: ["en", "fr"])
    func a_lettersExchangedThroughReviewThenClosure(_ language: String) async throws {
        try await withApp { t, client in
            var (journey, victim, offender) = try await self.lettersUnderWay(t, client, language: language)

            try await journey.ok("draft-letter", ["sender": victim, "recipient": offender, "content": "A fictional letter for the test."])
            let letter = try await self.itemID(t, journey)
            try await journey.ok("submit-item", ["item": letter])
            let early = try await journey.step("release", ["item": letter])
            #expect(early.status == .conflict, "R43: nothing unreviewed is released")
            try await journey.ok("approve-item", ["item": letter])
            try await journey.ok("share-item", ["item": letter, "participant": victim])
            try await journey.ok("opt-in", ["item": letter])
            try await journey.ok("release", ["item": letter])
            try await journey.ok("deliver", ["item": letter])
            try await journey.ok("draft-letter", ["sender": offender, "recipient": victim, "content": "A fictional reply."])
            let reply = try await self.itemID(t, journey)
            for step in ["submit-item", "approve-item", "opt-in"] { try await journey.ok(step, ["item": reply]) }
            try await journey.ok("share-item", ["item": reply, "participant": offender])
            try await journey.ok("release", ["item": reply])
            try await journey.ok("deliver", ["item": reply])
            try await journey.ok("follow-up")
            try await journey.ok("close", ["reason": "completed.indirect"], asMediator: false)

            let page = try await journey.page()
            #expect(page.contains(language == "en" ? "completed, indirectly" : "terminé, de façon indirecte"))
            PageTests().checkPage(try await client.get(journey.path, as: &journey.coordinator), language: language, "closed case")
        }
    }

    /// (c) withdrawal in mid-process → the pending letter is never delivered → reopening later.
    @Test(arguments: ["en", "fr"])
    func c_withdrawalCancelsThePendingLetterAndTheCaseReopens(_ language: String) async throws {
        try await withApp { t, client in
            var (journey, victim, offender) = try await self.lettersUnderWay(t, client, language: language)
            try await journey.ok("draft-letter", ["sender": victim, "recipient": offender, "content": "A fictional letter, never to arrive."])
            let letter = try await self.itemID(t, journey)
            try await journey.ok("submit-item", ["item": letter])

            try await journey.ok("withdraw", ["participant": victim, "mayReturn": "yes"])  // may return: on hold
            #expect(try await journey.page(.letters).contains(language == "en" ? "Cancelled, never delivered" : "Annulée, jamais remise"))
            try await journey.ok("consent", ["participant": victim, "purpose": "takePart", "decision": "given", "noticeGiven": "yes"])
            try await journey.ok("resume")
            #expect(try await journey.step("approve-item", ["item": letter]).status == .conflict)
            #expect(try await journey.step("release", ["item": letter]).status == .conflict)

            try await journey.ok("withdraw", ["participant": victim, "mayReturn": "no"])
            t.clock.advance(by: 120 * 86_400)  // months later the person reconsiders
            try await journey.signInAgain(language: language)
            let reopened = try await journey.step("reopen", asMediator: false)
            #expect(reopened.status == .seeOther)
            var coordinator = journey.coordinator
            let episode = try await client.get(reopened.headers[.location] ?? "", as: &coordinator)
            #expect(episode.text.contains("-E2"))
            PageTests().checkPage(episode, language: language, "reopened episode")
        }
    }

    /// (e) a dialogue step attempted with an expired assessment is refused with a clear reason.
    @Test(arguments: ["en", "fr"])
    func e_anExpiredAssessmentRefusesTheStep(_ language: String) async throws {
        try await withApp { t, client in
            var (journey, victim, offender) = try await self.lettersUnderWay(t, client, language: language)
            try await journey.ok("draft-letter", ["sender": victim, "recipient": offender, "content": "A fictional letter."])
            let letter = try await self.itemID(t, journey)
            for step in ["submit-item", "approve-item", "opt-in"] { try await journey.ok(step, ["item": letter]) }
            try await journey.ok("share-item", ["item": letter, "participant": victim])

            t.clock.advance(by: 91 * 86_400)
            try await journey.signInAgain(language: language)
            let refused = try await journey.step("release", ["item": letter])

            #expect(refused.status == .conflict)
            #expect(refused.text.contains(language == "en" ? "assessment is missing or out of date" : "n’est plus à jour"))
            try await journey.ok("assess", ["participant": victim, "ready": "yes"])
            try await journey.ok("assess", ["participant": offender, "ready": "yes"])
            try await journey.ok("release", ["item": letter])
        }
    }
}
