import Foundation
import ROCore
import Testing

/// §7.2 "participant identity and contact", R24: who the people in a case are and how to reach them safely.
@Suite struct PersonRecordTests {
    static let record = PersonRecord(
        usedName: "  Gaëtane Lachapelle-Fictive ",
        legalName: "Marie Gaëtane Lachapelle-Fictive",
        formerNames: ["Gaëtane Tremblay-Fictive", " "],
        dateOfBirth: "1971-04-09",
        phones: [ContactPoint("555-0142", safe: true), ContactPoint("555-0199", safe: false), ContactPoint(" ", safe: true)],
        emails: [ContactPoint("gaetane@example.org", safe: true)]
    )

    /// §7.2: the coordinator and the assigned mediator record it, trimmed, blank entries dropped; each safe or not (R24).
    @Test func section7_2_theCaseWorkersRecordWhoAPersonIsAndEachContactsSafety() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.recordPerson(participant: f.victim.id, Self.record), by: f.mediator)

        let kept = try #require(f.state.people[f.victim.id])
        #expect(kept.usedName == "Gaëtane Lachapelle-Fictive")
        #expect(kept.formerNames == ["Gaëtane Tremblay-Fictive"])
        #expect(kept.phones == [ContactPoint("555-0142", safe: true), ContactPoint("555-0199", safe: false)])
        #expect(f.state.people[f.offender.id] == nil)

        #expect(throws: DomainError.roleNotAllowed(.mediator)) {
            try f.run(.recordPerson(participant: f.victim.id, Self.record), by: f.otherMediator)
        }
        #expect(throws: DomainError.roleNotAllowed(.referrer)) { try f.run(.recordPerson(participant: f.victim.id, Self.record), by: f.referrer) }
        #expect(throws: DomainError.participantNotFound) {
            try f.run(.recordPerson(participant: Identifier(CaseFixture.uuid(99)), Self.record))
        }
    }

    /// §7.2: a correction replaces what the case shows and never erases what was recorded before.
    @Test func section7_2_aCorrectionNeverErases() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.recordPerson(participant: f.victim.id, Self.record))
        var corrected = Self.record
        corrected.phones = [ContactPoint("555-0177", safe: true)]
        try f.run(.recordPerson(participant: f.victim.id, corrected))

        #expect(f.state.people[f.victim.id]?.phones == [ContactPoint("555-0177", safe: true)])
        let recorded = f.events.compactMap { event -> PersonRecord? in
            if case .personRecorded(_, let record) = event.change { return record }
            return nil
        }
        #expect(recorded.map { $0.phones.first?.value } == ["555-0142", "555-0177"])
    }

    @Test func section7_2_aRecordWithoutAName_orWithABadDateOrEmail_isRefused() throws {
        var f = CaseFixture()
        try f.assigned()
        let refusal = DomainError.personRecordInvalid(maximumLength: 200)
        for bad in [
            PersonRecord(usedName: "  "),
            PersonRecord(usedName: "Ana Fictive", dateOfBirth: "1971-02-30"),
            PersonRecord(usedName: "Ana Fictive", dateOfBirth: "9 April 1971"),
            PersonRecord(usedName: "Ana Fictive", emails: [ContactPoint("ana.example.org", safe: true)]),
            PersonRecord(usedName: String(repeating: "a", count: 201)),
            PersonRecord(usedName: "Ana Fictive", phones: (1...6).map { ContactPoint("555-01\($0)0", safe: true) }),
        ] {
            #expect(throws: refusal) { try f.run(.recordPerson(participant: f.victim.id, bad)) }
        }
        #expect(f.state.people.isEmpty, "nothing refused was kept")
    }

    /// R24: a contact is logged only by a channel the person marked safe, a message only where one may be left.
    @Test func R24_aContactIsLoggedOnlyByAChannelThePersonMarkedSafe() throws {
        var f = CaseFixture()
        try f.assigned()
        let safe = SafeContact(channels: [.phone], mayLeaveMessage: false, safeTimes: "weekdays")
        try f.run(.recordSafeContact(participant: f.victim.id, safe), by: f.mediator)

        try f.run(.logContact(participant: f.victim.id, channel: .phone, outcome: .reached, note: " Agreed to meet. "), by: f.mediator)
        #expect(f.state.contactLog.map(\.note) == ["Agreed to meet."])
        #expect(throws: DomainError.contactChannelNotSafe) {
            try f.run(.logContact(participant: f.victim.id, channel: .email, outcome: .reached, note: ""), by: f.mediator)
        }
        #expect(throws: DomainError.contactChannelNotSafe) {
            try f.run(.logContact(participant: f.victim.id, channel: .phone, outcome: .messageLeft, note: ""), by: f.mediator)
        }
        #expect(throws: DomainError.contactChannelNotSafe, "no safe contact recorded: nobody calls") {
            try f.run(.logContact(participant: f.offender.id, channel: .phone, outcome: .reached, note: ""), by: f.mediator)
        }
        #expect(throws: DomainError.contactNoteTooLong(maximum: 500)) {
            try f.run(.logContact(participant: f.victim.id, channel: .phone, outcome: .reached, note: String(repeating: "x", count: 501)))
        }
        #expect(f.state.contactLog.count == 1)
    }

    /// §7.2 "contact log, mediator notes": the coordinator and assigned mediators write notes, kept as written;
    /// a restricted note is read by its author and coordinators only (the readers come from §7.2's table).
    @Test func section7_2_notesAreKeptAsWritten_andARestrictedNoteIsForItsAuthorAndCoordinators() throws {
        var f = CaseFixture()
        try f.assigned()
        let open = Identifier<CaseNote>(CaseFixture.uuid(40))
        let restricted = Identifier<CaseNote>(CaseFixture.uuid(41))
        try f.run(.writeNote(id: open, text: " Prefers calls after 18:00. ", restricted: false), by: f.mediator)
        try f.run(.writeNote(id: restricted, text: "Disclosed a past threat.", restricted: true), by: f.mediator)
        #expect(f.state.notes.map(\.text) == ["Prefers calls after 18:00.", "Disclosed a past threat."])

        let note = try #require(f.state.notes.last)
        func user(_ actor: CaseActor) -> User {
            User(id: actor.userID, username: "u\(actor.userID)", displayName: "Fictive", role: actor.role, createdAt: f.now)
        }
        let auditor = CaseActor(userID: Identifier(CaseFixture.uuid(7)), role: .auditor)
        let readers: [(CaseActor, Bool)] = [
            (f.mediator, true), (f.coordinator, true), (f.secondCoordinator, true), (f.otherMediator, false), (auditor, false),
        ]
        for (actor, mayRead) in readers { #expect(note.mayBeRead(by: user(actor)) == mayRead, "\(actor.role)") }
        #expect(f.state.notes.first?.mayBeRead(by: user(f.otherMediator)) == true)

        #expect(throws: DomainError.noteEmpty) { try f.run(.writeNote(id: Identifier(CaseFixture.uuid(42)), text: "  ", restricted: false)) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) {
            try f.run(.writeNote(id: Identifier(CaseFixture.uuid(43)), text: "Not my case.", restricted: false), by: f.otherMediator)
        }
        #expect(throws: DomainError.roleNotAllowed(.referrer)) {
            try f.run(.writeNote(id: Identifier(CaseFixture.uuid(44)), text: "A referrer's note.", restricted: false), by: f.referrer)
        }
    }

    /// §7.2, R4: the referral form asks the offender's name and site, so the referring staff member records the
    /// offender's identity while the referral waits for NHQ; nothing else, and no one else's referral.
    @Test func section7_2_theReferrerRecordsTheOffendersIdentityAtReferralOnly() throws {
        var f = CaseFixture()
        let referral = CaseFixture.referral(safetyConcerns: false)
        try f.run(.submitReferral(reference: "RO-9", region: "prairie", offender: f.offender, referral: referral), by: f.referrer)
        let name = PersonRecord(usedName: "Dorian Quillfeather-Fictive", site: "FVI")
        let otherReferrer = CaseActor(userID: Identifier(CaseFixture.uuid(8)), role: .referrer)

        #expect(throws: DomainError.roleNotAllowed(.referrer)) { try f.run(.recordPerson(participant: f.offender.id, name), by: otherReferrer) }
        try f.run(.recordPerson(participant: f.offender.id, name), by: f.referrer)
        #expect(f.state.people[f.offender.id]?.usedName == "Dorian Quillfeather-Fictive")
        try f.run(.startAssessment)
        #expect(throws: DomainError.roleNotAllowed(.referrer)) { try f.run(.recordPerson(participant: f.offender.id, name), by: f.referrer) }
    }
}
