import Foundation
import ROCore
import ROStore
import ROStoreSQL
import ROTestSupport
import Testing

/// Cases as event streams on both databases: round trip, optimistic concurrency, projections.
@Suite struct CaseStoreTests {
    let t0 = TestClock.start
    let coordinator = CaseActor(userID: Identifier(UUID(1)), role: .coordinator)
    let mediator = Identifier<User>(UUID(2))
    let victim = Participant(id: Identifier(UUID(10)), role: .victim, language: "fr")
    let offender = Participant(id: Identifier(UUID(11)), role: .offender, language: "en")

    func opening(_ id: Identifier<Case>, reference: String) throws -> [CaseEvent] {
        try Case.empty(id).decide(
            .recordVictimRequest(reference: reference, requesterType: .registeredVictim, channel: .email, region: "Pacific", requester: self.victim),
            by: self.coordinator,
            at: self.t0
        )
    }

    /// Steps to ASSIGNED, with a consent, an assessment and an escalation: payloads of many shapes.
    func assignment(_ value: Case) throws -> [CaseEvent] {
        var state = value
        var all: [CaseEvent] = []
        for command: CaseCommand in [
            .addParticipant(self.offender), .startAssessment, .linkOffenderRecord(fpsNumber: "000444D"),
            .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria),
            .reviewSafetySection, .assignMediators([self.mediator]),
            .recordConsent(participant: self.victim.id, purpose: .form(.letter), decision: .given, expiresAt: self.t0.addingTimeInterval(9_999)),
            .recordAssessment(
                participant: self.victim.id,
                safetyConcern: RaisedConcern(id: Identifier(UUID(31)), category: "threat"),
                privacyConcerns: false,
                ready: false,
                notes: "Worried about the release date"
            ),
            .raiseEscalation(id: Identifier(UUID(30)), category: "incident"),
        ] {
            let events = try state.decide(command, by: self.coordinator, at: self.t0.addingTimeInterval(60))
            state = events.reduce(state) { $0.evolve($1) }
            all += events
        }
        return all
    }

    @Test(arguments: Backend.available)
    func aCaseRoundTripsThroughItsEvents(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let id = Identifier<Case>(UUID(100))
            let created = try await store.transaction { try await $0.cases.create(id, events: try self.opening(id, reference: "RO-1")) }
            let more = try self.assignment(created)
            let appended = try await store.transaction { try await $0.cases.append(more, to: created) }

            let loaded = try await store.transaction { try await $0.cases.load(id) }

            #expect(loaded == appended)
            #expect(loaded.stage == .assigned)
            #expect(loaded.version == 1 + more.count)
            #expect(try await store.transaction { try await $0.cases.events(of: id) } == (try self.opening(id, reference: "RO-1")) + more)
        }
    }

    /// Issue 16, item 4: the reminder facts a list reads are those of the case as its events replay, after each
    /// change, and a refused change leaves them as they were.
    @Test(arguments: Backend.available)
    func aCasesReminderFactsFollowEveryChange(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let id = Identifier<Case>(UUID(100))
            let created = try await store.transaction { try await $0.cases.create(id, events: try self.opening(id, reference: "RO-1")) }
            #expect(try await store.transaction { try await $0.cases.reminderFacts(of: [id]) } == [id: created.reminderFacts])
            #expect(created.reminderFacts.awaitsAcknowledgement, "R9: a victim's request awaits its acknowledgement")

            let appended = try await store.transaction { try await $0.cases.append(try self.assignment(created), to: created) }
            let stored = try await store.transaction { try await $0.cases.reminderFacts(of: [id, Identifier(UUID(999))]) }
            #expect(stored == [id: appended.reminderFacts])
            #expect(stored[id]?.stage == .assigned && stored[id]?.people.map(\.role) == [.victim, .offender])

            let late = try created.decide(.closeOther(.otherUnspecified), by: self.coordinator, at: self.t0)
            await #expect(throws: DomainError.staleWrite) { try await store.transaction { try await $0.cases.append(late, to: created) } }
            #expect(try await store.transaction { try await $0.cases.reminderFacts(of: [id]) } == [id: appended.reminderFacts])
        }
    }

    /// Issue 16, item 4: a list read a page at a time, each page starting after the last row of the one before,
    /// gives every case once and in the list's order, ties on the time included (ordered by reference).
    @Test(arguments: Backend.available)
    func aListReadPageByPageGivesEveryCaseOnceInOrder(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            // Seven cases: three opened at one moment (a tie), four a minute apart after it.
            for n in 1...7 {
                let id = Identifier<Case>(UUID(100 + n))
                let at = self.t0.addingTimeInterval(n <= 3 ? 0 : Double(n) * 60)
                let events = try Case.empty(id).decide(
                    .recordVictimRequest(
                        reference: "RO-\(n)",
                        requesterType: .registeredVictim,
                        channel: .email,
                        region: "Pacific",
                        requester: self.victim
                    ),
                    by: self.coordinator,
                    at: at
                )
                _ = try await store.transaction { try await $0.cases.create(id, events: events) }
            }
            // Written out from the filters' orders: the queue oldest first, all cases latest change first.
            let expected: [(CaseFilter, [String])] = [
                (.awaitingAssessment, ["RO-1", "RO-2", "RO-3", "RO-4", "RO-5", "RO-6", "RO-7"]),
                (.all, ["RO-7", "RO-6", "RO-5", "RO-4", "RO-1", "RO-2", "RO-3"]),
            ]
            for (filter, references) in expected {
                var pages: [[String]] = []
                var after: ListPosition?
                while true {
                    let page = try await store.transaction { [after] in try await $0.cases.list(filter, visibleTo: nil, limit: 2, after: after) }
                    if page.isEmpty { break }
                    pages.append(page.map(\.reference))
                    after = filter.position(after: page[page.count - 1])
                    #expect(ListPosition(token: after!.token) == after, "the position survives the address it travels in")
                }
                #expect(pages.flatMap { $0 } == references, "\(filter)")
                #expect(pages.map(\.count) == [2, 2, 2, 1])
            }
        }
    }

    /// Two people acting on one case at once: the second append is refused, never a lost update.
    @Test(arguments: Backend.available)
    func aStaleAppendIsRefused(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let id = Identifier<Case>(UUID(100))
            let created = try await store.transaction { try await $0.cases.create(id, events: try self.opening(id, reference: "RO-1")) }
            let first = try created.decide(.startAssessment, by: self.coordinator, at: self.t0)
            let second = try created.decide(.closeOther(.otherUnspecified), by: self.coordinator, at: self.t0)
            _ = try await store.transaction { try await $0.cases.append(first, to: created) }

            await #expect(throws: DomainError.staleWrite) { try await store.transaction { try await $0.cases.append(second, to: created) } }
            #expect(try await store.transaction { try await $0.cases.load(id) }.stage == .assessment)
        }
    }

    @Test(arguments: Backend.available)
    func aReferenceIsUsedOnce(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let first = Identifier<Case>(UUID(100))
            let second = Identifier<Case>(UUID(101))
            _ = try await store.transaction { try await $0.cases.create(first, events: try self.opening(first, reference: "RO-1")) }

            await #expect(throws: DomainError.caseAlreadyExists) {
                try await store.transaction { try await $0.cases.create(second, events: try self.opening(second, reference: "RO-1")) }
            }
            await #expect(throws: DomainError.caseNotFound) { try await store.transaction { try await $0.cases.load(second) } }
        }
    }

    @Test(arguments: Backend.available)
    func listsFollowTheEvents(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let waiting = Identifier<Case>(UUID(100))
            let assigned = Identifier<Case>(UUID(101))
            _ = try await store.transaction { try await $0.cases.create(waiting, events: try self.opening(waiting, reference: "RO-1")) }
            let created = try await store.transaction { try await $0.cases.create(assigned, events: try self.opening(assigned, reference: "RO-2")) }
            _ = try await store.transaction { try await $0.cases.append(try self.assignment(created), to: created) }

            let (queue, mine, all) = try await store.transaction { tx in
                (
                    try await tx.cases.list(.awaitingAssessment, visibleTo: nil, limit: 10),
                    try await tx.cases.list(.assignedTo(self.mediator), visibleTo: nil, limit: 10),
                    try await tx.cases.list(.all, visibleTo: nil, limit: 10)
                )
            }

            #expect(queue.map(\.reference) == ["RO-1"])
            #expect(mine.map(\.reference) == ["RO-2"])
            #expect(mine.first?.mediators == [self.mediator])
            #expect(mine.first?.stage == .assigned)
            #expect(Set(all.map(\.reference)) == ["RO-1", "RO-2"])
        }
    }
}
