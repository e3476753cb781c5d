import Foundation
import ROCore
import ROServices
import ROStore
import ROStoreSQL

/// Cases as years of a national program leave them (issue 16, `make bench-scale`): those older than two years
/// closed, the others waiting, in assessment, assigned, in preparation or in dialogue, with the names, contacts, contact logs and notes staff record. Each is
/// decided by the domain core exactly as the service would, and written through the store (sealing, projections,
/// search index), a hundred to a transaction. Every name, number and note is fictional.
struct SeededCases {
    let coordinator: CaseActor
    let mediator: CaseActor
    /// The first case opens this long before now; openings are spread evenly from then on.
    let span: TimeInterval = 10 * 365 * 86_400

    static let regions = ["atlantic", "quebec", "ontario", "prairie", "pacific"]
    static let given = ["Amélie", "Bruno", "Chantal", "Dmitri", "Émile", "Farah", "Gilles", "Hana", "Isaac", "Joëlle", "Kwame", "Line"]
    static let family = ["Tremblay-Fictif", "Nguyen-Fictif", "Okafor-Fictif", "Lavoie-Fictif", "Singh-Fictif", "Bouchard-Fictif", "Roy-Fictif"]

    /// Writes cases `range` of a plan of `count` cases (a plan's cases open evenly over the span, so a database
    /// can be grown from 1,000 cases to 100,000 in two runs); returns the events written and the ids of
    /// two hundred of the plan's cases, spread evenly (those in `range`).
    func write(
        _ range: Range<Int>,
        of count: Int,
        to store: SQLStore,
        progress: (Int) -> Void
    ) async throws -> (events: Int, sample: [Identifier<Case>]) {
        let start = Date().addingTimeInterval(-self.span)
        var events = 0
        var sample: [Identifier<Case>] = []
        for first in stride(from: range.lowerBound, to: range.upperBound, by: 100) {
            let last = min(first + 100, range.upperBound)
            let batch = try await store.transaction { tx in
                var written = 0
                var sampled: [Identifier<Case>] = []
                for i in first..<last {
                    let openedAt = start.addingTimeInterval(self.span * Double(i) / Double(count))
                    let year = Calendar(identifier: .gregorian).component(.year, from: openedAt)
                    let number = try await tx.cases.nextReferenceNumber(prefix: "RO-\(year)-")
                    let id = Identifier<Case>(UUID())
                    let history = try self.history(i, of: id, reference: "RO-\(year)-\(String(format: "%04d", number))", openedAt: openedAt)
                    _ = try await tx.cases.create(id, events: history)
                    written += history.count
                    if i % max(1, count / 200) == 0 { sampled.append(id) }
                }
                return (written, sampled)
            }
            events += batch.0
            sample += batch.1
            progress(last)
        }
        return (events, sample)
    }

    /// Case `i`'s events: how far it got depends on `i`, so every stage is represented in the same proportions among
    /// the cases of the last two years; the older ones have ended.
    func history(_ i: Int, of id: Identifier<Case>, reference: String, openedAt: Date) throws -> [CaseEvent] {
        let french = i % 3 != 0
        let victim = Participant(id: Identifier(UUID()), role: .victim, language: french ? "fr" : "en")
        let offender = Participant(id: Identifier(UUID()), role: .offender, language: i % 4 == 0 ? "fr" : "en")
        var value = Case.empty(id)
        var events: [CaseEvent] = []
        // A step every one to five days, closer together for a case opened lately: nothing is dated after now.
        let now = Date()
        let step = min(Double(1 + i % 5) * 86_400, now.timeIntervalSince(openedAt) / 40)
        var at = openedAt
        func run(_ commands: [CaseCommand], by actor: CaseActor) throws {
            for command in commands {
                at = at.addingTimeInterval(step)
                let decided = try value.decide(command, by: actor, at: at)
                value = decided.reduce(value) { $0.evolve($1) }
                events += decided
            }
        }
        let opening: CaseCommand = .recordVictimRequest(
            reference: reference,
            requesterType: i % 7 == 0 ? .nonRegisteredVictim : .registeredVictim,
            channel: [.phone, .email, .mail, .victimServices][i % 4],
            region: Self.regions[i % Self.regions.count],
            requester: victim
        )
        let safeTimes = SafeContact(channels: [.phone, .email], mayLeaveMessage: i % 2 == 0, safeTimes: "Weekdays after 17:00")
        try run(
            [opening, .recordPerson(participant: victim.id, self.person(i, victim)), .recordSafeContact(participant: victim.id, safeTimes)],
            by: self.coordinator
        )
        let stage = i % 10
        if stage > 0 {
            try run(
                [
                    .startAssessment, .logContact(participant: victim.id, channel: .phone, outcome: .noAnswer, note: ""),
                    .logContact(participant: victim.id, channel: .phone, outcome: .reached, note: "Talked through the program (fictional)."),
                ],
                by: self.coordinator
            )
        }
        if stage == 2 { try run([.closeIneligible], by: self.coordinator) }
        if stage > 2 {
            try run(
                [
                    .addParticipant(offender), .recordPerson(participant: offender.id, self.person(i, offender)),
                    .recordSafeContact(participant: offender.id, SafeContact(channels: [.inPerson], mayLeaveMessage: false, safeTimes: "")),
                    .linkOffenderRecord(fpsNumber: String(format: "%06dF", i % 1_000_000)),
                    .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria), .reviewSafetySection,
                    .assignMediators([self.mediator.userID]), .recordAcknowledgement(channel: .email),
                ],
                by: self.coordinator
            )
        }
        let form: DialogueForm = [.letter, .meetingInPerson, .relayedMessage, .videoMessage, .meetingVideo][i % 5]
        if stage > 4 {
            try run(
                [
                    DemoCases.given(victim.id, .takePart), .beginPreparation, DemoCases.given(victim.id, .approachOtherParty),
                    DemoCases.given(victim.id, .form(form)), DemoCases.assessed(victim.id),
                    .writeNote(id: Identifier(UUID()), text: "First preparation meeting went well (fictional).", restricted: false),
                    .logContact(participant: offender.id, channel: .inPerson, outcome: .reached, note: ""), DemoCases.assessed(offender.id),
                ],
                by: self.mediator
            )
        }
        if stage > 6 {
            try run(
                [.approachOtherParty, DemoCases.given(offender.id, .takePart), DemoCases.given(offender.id, .form(form)), .startDialogue(form)],
                by: self.mediator
            )
        }
        // A case opened more than two years ago has ended: screened out, or closed by a withdrawal in dialogue.
        if value.stage.isOpen, openedAt < now.addingTimeInterval(-2 * 365 * 86_400) {
            if stage == 0 { try run([.startAssessment], by: self.coordinator) }
            if stage > 6 {
                try run([.recordWithdrawal(participant: victim.id, mayReturn: false)], by: self.mediator)
            } else {
                try run([.screenOut(stage < 3 ? .screenedOutOtherPartyUnreachable : .screenedOutReadiness)], by: self.coordinator)
            }
        }
        return events
    }

    func person(_ i: Int, _ participant: Participant) -> PersonRecord {
        let name = "\(Self.given[i % Self.given.count]) \(Self.family[(i / Self.given.count) % Self.family.count]) \(i)"
        guard participant.role != .offender else { return PersonRecord(usedName: name + " (offender)", site: "FVI") }
        let line = String(format: "%02d", i % 100)
        return PersonRecord(
            usedName: name,
            phones: [ContactPoint("613-555-01\(line)", safe: true)],
            emails: [ContactPoint("person\(i)@example.org", safe: true)]
        )
    }
}
