import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

@Suite struct CasePageTests {
    /// A coordinator records a request, takes it through assessment and assigns a mediator, who then sees it.
    @Test(arguments: ["en", "fr"])
    func aRequestGoesFromIntakeToAssignment(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeUser("marie", role: .mediator)
            var coordinator = try await client.signIn("claire", language: language)

            let form = try await client.get("/cases/new", as: &coordinator)
            PageTests().checkPage(form, language: language, "new request")
            let recorded = try await client.post(
                "/cases",
                ["requesterType": "registeredVictim", "channel": "phone", "region": "quebec", "language": "fr"],
                as: &coordinator
            )
            let casePath = try #require(recorded.headers[.location]?.split(separator: "?").first.map(String.init))
            let page = try await client.get(casePath, as: &coordinator)
            PageTests().checkPage(page, language: language, "case page")
            #expect(page.text.contains("RO-2026-0001"))
            let eligible = ["criterion-federal-sentence": "yes", "criterion-responsibility-accepted": "yes"]
            for (step, fields) in [("start-assessment", [:]), ("confirm-eligibility", eligible), ("review-safety", [:])] {
                let version = try #require(Self.version(in: try await client.get(casePath, as: &coordinator).text))
                if step == "confirm-eligibility" {
                    // R10, R11: one box left unticked is refused and the page keeps what was ticked.
                    let partly = try await client.post(
                        "\(casePath)/steps/\(step)",
                        ["version": version, "criterion-federal-sentence": "yes"],
                        as: &coordinator
                    )
                    #expect(partly.status == .unprocessableContent)
                    #expect(
                        partly.text.contains(language == "en" ? "Tick every eligibility criterion" : "Cochez chacun des critères d’admissibilité")
                    )
                    #expect(partly.text.contains(#"name="criterion-federal-sentence" value="yes" checked>"#))
                    #expect(partly.text.contains(#"name="criterion-responsibility-accepted" value="yes">"#))
                }
                let response = try await client.post("\(casePath)/steps/\(step)", fields.merging(["version": version]) { $1 }, as: &coordinator)
                #expect(response.status == .seeOther, "\(step)")
            }
            let beforeLink = try await client.get(casePath, as: &coordinator)
            #expect(!beforeLink.text.contains("/steps/assign\""), "R10: no assignment offered before the offender's record is linked")
            let typo = try await client.post(
                "\(casePath)/steps/link-offender-record",
                ["version": try #require(Self.version(in: beforeLink.text)), "fps": "00 0999"],
                as: &coordinator
            )
            #expect(typo.status == .unprocessableContent && typo.text.contains(#"value="00 0999""#), "R10: the mistyped FPS number is kept")
            let linked = try await client.post(
                "\(casePath)/steps/link-offender-record",
                ["version": try #require(Self.version(in: beforeLink.text)), "fps": "000999J"],
                as: &coordinator
            )
            #expect(linked.status == .seeOther)
            let version = try #require(Self.version(in: try await client.get(casePath, as: &coordinator).text))
            let assigned = try await client.post(
                "\(casePath)/steps/assign",
                ["version": version, "mediator": mediator.id.description],
                as: &coordinator
            )
            #expect(assigned.status == .seeOther)

            var martin = try await client.signIn("martin", language: language)
            let list = try await client.get("/cases", as: &martin)
            PageTests().checkPage(list, language: language, "mediator list")
            #expect(list.text.contains("RO-2026-0001"))
            let seen = try await client.get(casePath, as: &martin)
            PageTests().checkPage(seen, language: language, "mediator case page")
            var marie = try await client.signIn("marie", language: language)
            #expect(try await client.get(casePath, as: &marie).status == .notFound)  // N1: not assigned, not found
        }
    }

    @Test func anIncompleteRequestKeepsWhatWasChosen() async throws {
        try await withApp { t, client in
            try await t.makeUser("claire", role: .coordinator)
            var coordinator = try await client.signIn("claire", language: "fr")

            let response = try await client.post(
                "/cases",
                ["requesterType": "communityMember", "channel": "mail", "region": "", "language": "en"],
                as: &coordinator
            )

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Choisissez une réponse pour : Région"))
            #expect(response.text.contains(#"<option value="communityMember" selected>"#))
            #expect(response.text.contains(#"<option value="mail" selected>"#))
            #expect(try await t.store.transaction { try await $0.cases.list(.all, visibleTo: nil, limit: 10) }.isEmpty)
        }
    }

    /// Two coordinators on one case: the second, from a stale page, gets a conflict.
    @Test func aStaleStepIsAConflict() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .email,
                region: "pacific",
                language: "en",
                by: claire
            )
            var coordinator = try await client.signIn("claire")

            _ = try await client.post("/cases/\(opened.id)/steps/start-assessment", ["version": "1"], as: &coordinator)
            let stale = try await client.post("/cases/\(opened.id)/steps/close-ineligible", ["version": "1"], as: &coordinator)

            #expect(stale.status == .conflict)
            #expect(try await CaseService(env: t.env).read(opened.id, by: claire).value.stage == .assessment)
        }
    }

    /// A step the rules refuse is explained in both languages and changes nothing.
    @Test func aRefusedStepIsExplained() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .email,
                region: "pacific",
                language: "en",
                by: claire
            )
            _ = try await CaseService(env: t.env).execute(opened.id, .startAssessment, expectedVersion: 1, by: claire)
            var coordinator = try await client.signIn("claire", language: "fr")

            let refused = try await client.post(
                "/cases/\(opened.id)/steps/assign",
                ["version": "2", "mediator": mediator.id.description],
                as: &coordinator
            )

            #expect(refused.status == .conflict)
            #expect(refused.text.contains("Confirmez d’abord chacun des critères d’admissibilité"))
        }
    }

    static func version(in html: String) -> String? {
        guard let range = html.range(of: #"name="version" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

/// Bad input and refusals on case steps: the case page again, the reason in the reader's language, and
/// every typed field kept (issue 4: bad input loses nothing; a stale edit is a conflict, never an overwrite).
@Suite struct CaseStepInputTests {
    @Test(arguments: ["en", "fr"])
    func aRefusedEntryRequestKeepsWhatWasTyped(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let (value, meeting) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            _ = try await CaseService(env: t.env).execute(value.id, .postponeMeeting(meeting), expectedVersion: nil, by: coordinator)
            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(value.id)"
            let version = try #require(CasePageTests.version(in: try await client.get(path, as: &martin).text))
            let victim = value.participants[0].id
            let fields = [
                "version": version, "meeting": meeting.description, "date": "next tuesday", "time": "10:00", "room": "Room with a window",
                "identity-\(victim)": "Typed identity note (fictional)",
            ]

            // R31: the names come from the records; with none recorded, the step says where to record them.
            let unnamed = try await client.post("\(path)/steps/request-entry", fields, as: &martin)
            #expect(unnamed.status == .unprocessableContent)
            #expect(unnamed.text.contains(language == "en" ? "record the offender’s identity on the People part" : "consignez d’abord son identité"))
            let offender = value.participants[1].id
            for (person, name) in [(victim, "Recorded Entrant (fictional)"), (offender, "Recorded Offender (fictional)")] {
                _ = try await CaseService(env: t.env).execute(
                    value.id,
                    .recordPerson(participant: person, PersonRecord(usedName: name)),
                    expectedVersion: nil,
                    by: mediator
                )
            }
            var retry = fields
            retry["version"] = try #require(CasePageTests.version(in: try await client.get(path, as: &martin).text))
            let refused = try await client.post("\(path)/steps/request-entry", retry, as: &martin)

            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Give the date as YYYY-MM-DD" : "Indiquez la date au format AAAA-MM-JJ"))
            for typed in ["next tuesday", "Room with a window", "Typed identity note (fictional)"] {
                #expect(refused.text.contains(typed), "\(typed) was lost")
            }
            #expect(refused.text.contains("<dd>Recorded Offender (fictional)</dd>") && refused.text.contains("<dd>Recorded Entrant (fictional)</dd>"))
            PageTests().checkPage(refused, language: language, "refused step", status: .unprocessableContent)
        }
    }

    @Test func aStaleLetterKeepsItsTextAndSaysSomeoneElseChangedTheCase() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let (value, _) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            var martin = try await client.signIn("martin")
            let path = "/cases/\(value.id)"

            let stale = try await client.post(
                "\(path)/steps/draft-letter",
                [
                    "version": String(value.version - 1), "sender": value.participants[0].id.description,
                    "recipient": value.participants[1].id.description,
                    "content": "A fictional letter that must not be lost.",
                ],
                as: &martin
            )

            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Someone else changed this in the meantime"))
            #expect(stale.text.contains("A fictional letter that must not be lost."))
            #expect(
                Self.select("letter-sender", in: stale.text).contains(#"<option value="\#(value.participants[0].id)" selected>"#),
                "who it was from stays"
            )
            #expect(
                Self.select("letter-recipient", in: stale.text).contains(#"<option value="\#(value.participants[1].id)" selected>"#),
                "who it was to stays"
            )
            #expect(try await CaseService(env: t.env).read(value.id, by: coordinator).value.items.isEmpty)
        }
    }

    /// R42: a letter crosses sides, so the form's "To" starts on the first person of the other side, never on "From".
    @Test func R42_theLetterFormIsAddressedToTheOtherSide() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let (value, _) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            var martin = try await client.signIn("martin")
            let victim = try #require(value.participants.first { $0.role == .victim })
            let offender = try #require(value.participants.first { $0.role == .offender })
            #expect(value.participants.first?.id == victim.id, "the form's From starts on the victim")

            let letters = try await client.get("/cases/\(value.id)/steps/draft-letter", as: &martin).text

            #expect(!Self.select("letter-sender", in: letters).contains(" selected>"), "From starts on the first person")
            #expect(Self.select("letter-recipient", in: letters).contains(#"<option value="\#(offender.id)" selected>"#))
        }
    }

    /// The options of the `<select>` whose id is `id`.
    static func select(_ id: String, in html: String) -> String {
        guard let start = html.range(of: #"<select id="\#(id)""#), let end = html[start.upperBound...].range(of: "</select>") else { return "" }
        return String(html[start.lowerBound..<end.lowerBound])
    }
}

/// The site liaison's page (R31, N4): only the R31 fields, answers recorded, bad input kept.
@Suite struct EntryRequestPageTests {
    @Test(arguments: ["en", "fr"])
    func aLiaisonAnswersFromTheirPageAndBadInputIsKept(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let liaison = try await t.makeUser("sam", role: .siteLiaison)
            try await t.makeSite("FVI", liaisons: [liaison])
            let (value, meeting) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            var sam = try await client.signIn("sam", language: language)

            let page = try await client.get("/entry-requests", as: &sam)
            PageTests().checkPage(page, language: language, "entry requests")
            #expect(page.text.contains("Test Entrant (fictional)") && page.text.contains("000000T"))
            #expect(!page.text.contains(value.reference), "the site does not learn the case reference")

            let refused = try await client.post("/entry-requests/\(meeting)/propose-time", ["date": "soon", "time": "09:30"], as: &sam)
            PageTests().checkPage(refused, language: language, "refused answer", status: .unprocessableContent)
            #expect(refused.text.contains(#"value="soon""#) && refused.text.contains(#"value="09:30""#))

            let approved = try await client.post("/entry-requests/\(meeting)/approve", [:], as: &sam)
            #expect(approved.status == .seeOther)
            #expect(try await CaseService(env: t.env).read(value.id, by: coordinator).value.meeting(meeting)?.entryRequest?.status == .approved)
        }
    }
}

/// R40: no screen offers forgiveness as a choice, in either language.
@Suite struct ForgivenessTests {
    static let words = ["forgiv", "pardon"]

    /// The two refusals that state R40 itself; no other text may speak of forgiveness.
    static let statingTheRule: Set<String> = ["error.need-names-forgiveness", "error.label-names-forgiveness"]

    /// The whole catalogue: the pages' texts, every named value (needs, reasons, forms, outcomes…), the timeline's
    /// lines and the errors.
    @Test func R40_noTextOfTheCatalogueSpeaksOfForgivenessButTheRuleItself() {
        let oneOfEachKind = ["signInTitle", "need.V99", "closureReason.completed.faceToFace", "timeline.meetingHeld", "error.stale-write"]
        #expect(oneOfEachKind.allSatisfy { Catalogue.entries[$0] != nil }, "the whole catalogue is scanned")
        for (key, text) in Catalogue.entries where !Self.statingTheRule.contains(key) {
            for words in [text.english, text.french] {
                #expect(!Self.words.contains { words.lowercased().contains($0) }, "\(key): \(words)")
            }
        }
        for key in Self.statingTheRule { #expect(Catalogue.entries[key]?.english.lowercased().contains("forgiv") == true) }
    }

    @Test(arguments: ["en", "fr"])
    func theCasePageWithItsNeedsFormsOffersNoForgiveness(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let (value, _) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            for username in ["claire", "martin"] {
                var visitor = try await client.signIn(username, language: language)
                let people = try await client.get(casePage(.people, of: "/cases/\(value.id)"), as: &visitor)
                PageTests().checkPage(people, language: language, "case page with needs")
                #expect(!Self.words.contains { people.text.lowercased().contains($0) })
                for person in value.participants {
                    let needsPage = "/cases/\(value.id)/steps/needs?participant=\(person.id)"
                    #expect(people.text.contains(#"href="\#(needsPage)""#))
                    let page = try await client.get(needsPage, as: &visitor)
                    PageTests().checkPage(page, language: language, "needs of \(person.role)")
                    #expect(page.text.contains(#"action="/cases/\#(value.id)/steps/needs""#))
                    #expect(!Self.words.contains { page.text.lowercased().contains($0) })
                }
            }
        }
    }
}

/// Reminders on the case list (R21, R19): staff see what is due, from the cases already listed.
@Suite struct ReminderPageTests {
    @Test func aMediatorSeesAssessmentsComingDueOnTheCaseList() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let (value, _) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            var martin = try await client.signIn("martin")
            #expect(!(try await client.get("/cases", as: &martin).text.contains("Re-assess")))

            t.clock.advance(by: 80 * 86_400)
            martin = try await client.signIn("martin")
            let list = try await client.get("/cases", as: &martin)
            PageTests().checkPage(list, language: "en", "case list with reminders")
            #expect(list.text.contains("Re-assess: Victim") && list.text.contains("Re-assess: Offender") && list.text.contains(value.reference))
        }
    }
}
