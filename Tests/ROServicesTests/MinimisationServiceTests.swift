import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// §7.3 "person who declined when approached": minimised at once, on SQLite and PostgreSQL.
@Suite struct MinimisationServiceTests {
    @Test(arguments: Backend.available)
    func section7_3_whoDeclinedWhenApproachedIsMinimisedAtOnce_theRequesterIsNot(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let cases = CaseService(env: t.env)
            let value = try await t.assignedCase(coordinator: claire, mediator: martin)
            let victim = try #require(value.participants.first { $0.role == .victim }).id
            let offender = try #require(value.participants.first { $0.role == .offender }).id
            for command: CaseCommand in [
                .recordPerson(
                    participant: victim,
                    PersonRecord(usedName: "Ysolde Brightwater-Fictive", phones: [ContactPoint("613-555-0110", safe: true)])
                ),
                .recordPerson(participant: offender, PersonRecord(usedName: "Corwin Ashdown-Fictive", site: "FVI")),
                .logContact(participant: offender, channel: .inPerson, outcome: .declinedToTalk, note: "Said no at the visit (fictional)."),
                .recordAssessment(participant: offender, safetyConcern: nil, privacyConcerns: false, ready: false, notes: "Not ready (fictional)."),
            ] {
                _ = try await cases.execute(value.id, command, expectedVersion: nil, by: martin)
            }
            let before = try await cases.read(value.id, by: claire)
            _ = try await cases.execute(value.id, .screenOut(.screenedOutOtherPartyUnwilling), expectedVersion: nil, by: claire)

            let after = try await cases.read(value.id, by: claire)
            #expect(after.value.people[offender] == .minimised)
            #expect(after.value.contactLog.map(\.note) == [""], "the contact stays, dated, without its note")
            #expect(after.value.assessments[offender]?.notes == nil && after.value.assessments[offender]?.ready == false)
            #expect(after.value.safeContacts[offender] == .notToBeContacted)
            #expect(after.events.map(\.at) == before.events.map(\.at) + [after.events.last!.at], "every event stays, with its date")
            #expect(after.value.people[victim]?.usedName == "Ysolde Brightwater-Fictive", "the requester is not minimised")
            #expect(after.value.closureReason == .screenedOutOtherPartyUnwilling && after.value.region == before.value.region)
            #expect(try await cases.search("Ashdown", by: claire).isEmpty)
            #expect(try await cases.search("Brightwater", by: claire).map(\.id) == [value.id])
        }
    }
}
