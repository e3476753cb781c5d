import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// §7.2 "participant identity and contact", R24 on the pages: case workers record who a person is and how to reach
/// them safely; a refusal keeps what was typed; only coordinators and the assigned mediators ever see it (N1, N7).
@Suite struct PersonPageTests {
    static let name = "Gaëtane Lachapelle-Fictive"
    static let phone = "613-555-0147"

    @Test(arguments: ["en", "fr"])
    func section7_2_aMediatorRecordsWhoAPersonIsAndOnlyCaseWorkersSeeIt(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            _ = try await t.makeUser("mona", role: .mediator)
            _ = try await t.makeUser("aude", role: .auditor)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let victim = try #require(value.participants.first { $0.role == .victim }).id.description
            let path = "/cases/\(value.id)"
            var martin = try await client.signIn("martin", language: language)

            let people = try await client.get(casePage(.people, of: path), as: &martin)
            let stepPath = "\(path)/steps/person?participant=\(victim)"
            #expect(people.text.contains(#"href="\#(stepPath)""#))
            let form = try await client.get(stepPath, as: &martin)
            PageTests().checkPage(form, language: language, "person form")
            let version = try #require(CasePageTests.version(in: form.text))

            var fields = ["version": version, "participant": victim, "usedName": " ", "phone-1": Self.phone, "phone-1-safe": "yes"]
            fields["email-1"] = "gaetane.example.org"
            let refused = try await client.post("\(path)/steps/person", fields, as: &martin)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Give the name the person uses" : "Indiquez le nom que la personne utilise"))
            #expect(
                refused.text.contains(#"value="\#(Self.phone)""#) && refused.text.contains(#"value="gaetane.example.org""#),
                "what was typed stays"
            )
            PageTests().checkPage(refused, language: language, "person refused", status: .unprocessableContent)

            fields["usedName"] = Self.name
            fields["email-1"] = "gaetane@example.org"
            fields["phone-2"] = "819-555-0148"  // not ticked: not safe (R24)
            let recorded = try await client.post("\(path)/steps/person", fields, as: &martin)
            #expect(recorded.status == .seeOther && recorded.headers[.location]?.hasPrefix(casePage(.people, of: path)) == true)
            let shown = try await client.get(casePage(.people, of: path), as: &martin)
            #expect(shown.text.contains(Self.name) && shown.text.contains(Self.phone))
            #expect(
                shown.text.contains(
                    language == "en"
                        ? "819-555-0148 · <strong class=\"warning\">not safe to use" : "819-555-0148 · <strong class=\"warning\">à ne pas utiliser"
                )
            )
            PageTests().checkPage(shown, language: language, "people with a record")

            // N1, N2: a mediator not on the case finds nothing; N7: an auditor's metadata names no one.
            var mona = try await client.signIn("mona", language: language)
            #expect(try await client.get(casePage(.people, of: path), as: &mona).status == .notFound)
            var aude = try await client.signIn("aude", language: language)
            let metadata = try await client.get("/audit/cases/\(value.id)", as: &aude)
            #expect(metadata.status == .ok && !metadata.text.contains(Self.name) && !metadata.text.contains(Self.phone))
            #expect(metadata.text.contains(language == "en" ? "Identity and contact details recorded" : "Identité et coordonnées consignées"))
        }
    }
}

/// §7.2 on the case list: the search box finds a case by a person's name; the words typed go in the form's body,
/// never in an address.
@Suite struct CaseSearchPageTests {
    @Test(arguments: ["en", "fr"])
    func section7_2_aCoordinatorFindsACaseByTheStartOfANameWithOrWithoutItsAccent(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let victim = try #require(value.participants.first { $0.role == .victim })
            let record = PersonRecord(usedName: "Gaëtan Tremblay")
            _ = try await CaseService(env: t.env).execute(value.id, .recordPerson(participant: victim.id, record), expectedVersion: nil, by: mediator)
            var claire = try await client.signIn("claire", language: language)

            let list = try await client.get("/cases", as: &claire)
            #expect(list.text.contains(#"<form method="post" action="/cases/search" role="search""#))
            for typed in ["trem", "Gaët", "gaetan"] {
                let found = try await client.post("/cases/search", ["q": typed], as: &claire)
                #expect(found.status == .ok && found.text.contains(#"href="/cases/\#(value.id)""#), "\(typed)")
                #expect(found.text.contains(#"value="\#(typed)""#), "what was typed stays in the box")
                PageTests().checkPage(found, language: language, "search results")
            }
            let none = try await client.post("/cases/search", ["q": "Zyxwvut"], as: &claire)
            #expect(none.status == .ok && !none.text.contains(#"href="/cases/\#(value.id)""#))
            #expect(none.text.contains(language == "en" ? "No case you may see matches" : "Aucun dossier auquel vous avez accès"))
        }
    }
}

/// §7.2, R24 at intake: the coordinator's request form asks who is asking and how to reach them safely; the request
/// is then found by the start of the name, and a refusal keeps everything typed.
@Suite struct IntakePersonPageTests {
    @Test(arguments: ["en", "fr"])
    func section7_2_theRequestFormAsksWhoIsAskingAndTheCaseIsFoundByTheirName(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("claire", role: .coordinator)
            var claire = try await client.signIn("claire", language: language)
            let form = try await client.get("/cases/new", as: &claire)
            #expect(form.text.contains(#"name="phoneSafe""#))
            var fields = ["requesterType": "registeredVictim", "channel": "phone", "region": "pacific", "language": "fr"]
            fields["name"] = "Réjeanne Côté-Fictive"
            fields["phone"] = "613-555-0171"
            fields["phoneSafe"] = "yes"
            fields["email"] = "rejeanne.example.org"
            fields["safeTimes"] = "Weekdays after 6 pm (fictional)"
            let refused = try await client.post("/cases", fields, as: &claire)
            #expect(refused.status == .unprocessableContent && refused.text.contains(#"value="rejeanne.example.org""#))
            #expect(refused.text.contains(#"value="613-555-0171""#) && refused.text.contains(#"id="phoneSafe" name="phoneSafe" value="yes" checked"#))
            PageTests().checkPage(refused, language: language, "request refused", status: .unprocessableContent)

            fields["email"] = "rejeanne@example.org"
            let recorded = try await client.post("/cases", fields, as: &claire)
            #expect(recorded.status == .seeOther)
            let found = try await client.post("/cases/search", ["q": "cote"], as: &claire)
            let path = try #require(found.text.firstMatch(of: #/href="(/cases/[0-9a-f-]{36})"/#).map { String($0.output.1) })
            let people = try await client.get(casePage(.people, of: path), as: &claire)
            #expect(people.text.contains("Réjeanne Côté-Fictive") && people.text.contains("613-555-0171"))
            #expect(people.text.contains("Weekdays after 6 pm (fictional)"), "R24: the safe times with the safe channels")
        }
    }
}

/// R31, §7.2: the entry request takes each entrant's name, and the offender's name and FPS number, from the record.
@Suite struct EntryRequestFromRecordTests {
    @Test func R31_theEntryRequestFormIsFilledFromThePeoplesRecords() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let value = try await t.caseInDialogue(.meetingInPerson, coordinator: coordinator, mediator: mediator)
            let victim = try #require(value.participants.first { $0.role == .victim }).id
            let offender = try #require(value.participants.first { $0.role == .offender }).id
            let meeting = Identifier<Meeting>(t.env.newID())
            for command: CaseCommand in [
                .recordPerson(participant: victim, PersonRecord(usedName: "Gaby Fictive", legalName: "Gabrielle Fictive-Roy")),
                .recordPerson(participant: offender, PersonRecord(usedName: "Travis Fictional", site: "FVI")),
                .proposeMeeting(id: meeting, form: .meetingInPerson, site: "FVI", attendees: value.participants.map(\.id)),
                .recordAvailability(meeting, participant: victim),
                .recordAvailability(meeting, participant: offender),
            ] {
                _ = try await CaseService(env: t.env).execute(value.id, command, expectedVersion: nil, by: mediator)
            }
            var martin = try await client.signIn("martin")
            let form = try await client.get("/cases/\(value.id)/steps/request-entry?meeting=\(meeting)", as: &martin)
            #expect(form.text.contains("<dd>Gabrielle Fictive-Roy</dd>"), "the legal name")
            #expect(form.text.contains("<dd>Travis Fictional</dd>"))
            let fps = try #require(try await CaseService(env: t.env).read(value.id, by: mediator).value.offenderFPSNumber)
            #expect(form.text.contains("<dd>\(fps)</dd>"))
            #expect(!form.text.contains(#"name="offenderName""#) && !form.text.contains(#"name="name-"#), "R31: no name is typed again")

            // What goes to the site is what the records hold, whatever a form sends.
            let version = try #require(CasePageTests.version(in: form.text))
            let day = ISO8601DateFormatter.string(from: t.clock.now.addingTimeInterval(40 * 86_400), timeZone: .gmt, formatOptions: [.withFullDate])
            var fields = ["version": version, "meeting": meeting.description, "date": day, "time": "10:00"]
            fields["offenderName"] = "Someone Else (fictional)"
            fields["name-\(victim)"] = "Another Name (fictional)"
            #expect(try await client.post("/cases/\(value.id)/steps/request-entry", fields, as: &martin).status == .seeOther)
            let sent = try #require(try await CaseService(env: t.env).read(value.id, by: mediator).value.meeting(meeting)?.entryRequest)
            #expect(sent.offenderName == "Travis Fictional" && sent.entrants.map(\.name) == ["Gabrielle Fictive-Roy"])
        }
    }
}

/// §7.2, R24 on the People part: the mediator logs a call; a channel the person did not mark safe is refused with the
/// reason, and the note typed stays.
@Suite struct ContactLogPageTests {
    @Test(arguments: ["en", "fr"])
    func R24_aMediatorLogsACallAndAnUnsafeChannelIsRefused(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let victim = try #require(value.participants.first { $0.role == .victim }).id
            let safe = SafeContact(channels: [.phone], mayLeaveMessage: false, safeTimes: "")
            _ = try await CaseService(env: t.env).execute(value.id, .recordSafeContact(participant: victim, safe), expectedVersion: nil, by: mediator)
            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(value.id)"
            let form = try await client.get("\(path)/steps/log-contact", as: &martin)
            PageTests().checkPage(form, language: language, "log a contact")
            let version = try #require(CasePageTests.version(in: form.text))

            var fields = ["version": version, "participant": victim.description, "channel": "email", "outcome": "reached"]
            fields["note"] = "Talked about the next step (fictional)"
            let refused = try await client.post("\(path)/steps/log-contact", fields, as: &martin)
            #expect(refused.status == .conflict && refused.text.contains("Talked about the next step (fictional)"))
            #expect(refused.text.contains(language == "en" ? "did not mark this way of contacting them as safe" : "n’a pas indiqué ce moyen"))
            PageTests().checkPage(refused, language: language, "contact refused", status: .conflict)

            fields["channel"] = "phone"
            #expect(try await client.post("\(path)/steps/log-contact", fields, as: &martin).status == .seeOther)
            let people = try await client.get(casePage(.people, of: path), as: &martin)
            #expect(people.text.contains("Talked about the next step (fictional)"))
            PageTests().checkPage(people, language: language, "people with a contact log")
        }
    }
}
