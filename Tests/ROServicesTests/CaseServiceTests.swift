import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

@Suite struct CaseServiceTests {
    let victim = Participant(id: Identifier(UUID(500)), role: .victim, language: "fr")

    func request(_ reference: String = "RO-2026-0001") -> CaseCommand {
        .recordVictimRequest(reference: reference, requesterType: .nonRegisteredVictim, channel: .phone, region: "Quebec", requester: self.victim)
    }

    func lastAudit(_ t: TestEnvironment) async throws -> AuditEntry? {
        try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first
    }

    @Test func aCoordinatorOpensACaseAndItIsAudited() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)

            let opened = try await CaseService(env: t.env).open(self.request(), by: coordinator)

            #expect(opened.stage == .requestReceived)
            #expect(try await self.lastAudit(t)?.action == "case.opened")
            #expect(try await self.lastAudit(t)?.target == "case:\(opened.id)")
        }
    }

    /// R4, R5: nobody outside intake roles opens a case.
    @Test(arguments: [Role.mediator, .manager, .auditor, .admin, .siteLiaison, .participant])
    func otherRolesCannotOpenCases(_ role: Role) async throws {
        try await withTestEnvironment { t in
            let someone = try await t.makeUser("someone", role: role)

            await #expect(throws: DomainError.notPermitted) { try await CaseService(env: t.env).open(self.request(), by: someone) }
            #expect(try await self.lastAudit(t)?.action == "access.denied")
        }
    }

    /// N1: a mediator not assigned to a case is told it does not exist, and the attempt is audited.
    @Test func anUnassignedMediatorGetsNotFound() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let opened = try await CaseService(env: t.env).open(self.request(), by: coordinator)

            await #expect(throws: DomainError.caseNotFound) { try await CaseService(env: t.env).read(opened.id, by: mediator) }
            await #expect(throws: DomainError.caseNotFound) {
                try await CaseService(env: t.env).execute(opened.id, .startAssessment, expectedVersion: nil, by: mediator)
            }
            let refusal = try await self.lastAudit(t)
            #expect(refusal?.action == "access.denied" && refusal?.target == "case:\(opened.id)")
            await #expect(throws: DomainError.caseNotFound) {
                try await CaseService(env: t.env).read(Identifier(UUID(999)), by: coordinator)  // a missing case answers the same
            }
        }
    }

    @Test func readingACaseIsAuditedAndGivesItsTimeline() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let service = CaseService(env: t.env)
            let opened = try await service.open(self.request(), by: coordinator)
            _ = try await service.execute(opened.id, .startAssessment, expectedVersion: 1, by: coordinator)

            let file = try await service.read(opened.id, by: coordinator)

            #expect(file.events.map(\.change.kind) == ["victimRequestRecorded", "assessmentStarted"])
            #expect(file.value.stage == .assessment)
            #expect(try await self.lastAudit(t)?.action == "case.read")
        }
    }

    /// A stale page (someone else acted since it was shown) gets a conflict, never a silent overwrite.
    @Test func aStaleCommandIsAConflict() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let service = CaseService(env: t.env)
            let opened = try await service.open(self.request(), by: coordinator)
            _ = try await service.execute(opened.id, .startAssessment, expectedVersion: 1, by: coordinator)

            await #expect(throws: DomainError.staleWrite) {
                try await service.execute(opened.id, .closeOther(.otherUnspecified), expectedVersion: 1, by: coordinator)
            }
            #expect(try await service.read(opened.id, by: coordinator).value.stage == .assessment)
        }
    }

    /// A command built from the case outside the write (a form naming the case's people) still gets a conflict
    /// when someone acted in between: the write checks the version it was decided on.
    @Test func aCommandBuiltBeforeTheWriteIsAConflictWhenTheCaseMovedOn() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let other = try await t.makeUser("colette", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let service = CaseService(env: t.env)
            let opened = try await service.open(self.request(), by: coordinator)

            await #expect(throws: DomainError.caseNotFound, "N1: a case the user may not read is not found") {
                try await service.caseForCommand(opened.id, by: mediator)
            }
            let seen = try await service.caseForCommand(opened.id, by: coordinator)
            _ = try await service.execute(opened.id, .startAssessment, expectedVersion: 1, by: other)

            await #expect(throws: DomainError.staleWrite) { try await service.execute(.closeOther(.otherUnspecified), on: seen, by: coordinator) }
            #expect(try await service.read(opened.id, by: coordinator).value.stage == .assessment)

            let fresh = try await service.caseForCommand(opened.id, by: coordinator)
            #expect(try await service.execute(.closeOther(.otherUnspecified), on: fresh, by: coordinator).stage == .closed)
        }
    }

    /// A refused command changes nothing and writes no "changed" audit entry.
    @Test func aRefusedCommandLeavesNoTrace() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let service = CaseService(env: t.env)
            let opened = try await service.open(self.request(), by: coordinator)

            await #expect(throws: DomainError.notAllowedInStage(.requestReceived)) {
                try await service.execute(opened.id, .assignMediators([coordinator.id]), expectedVersion: 1, by: coordinator)
            }
            #expect(try await self.lastAudit(t)?.action == "case.opened")
        }
    }

    /// §4.9: reopening a closed case creates the linked episode in the same transaction.
    @Test func reopeningCreatesTheLinkedEpisode() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let service = CaseService(env: t.env)
            let opened = try await service.open(self.request("RO-2026-0007"), by: coordinator)
            _ = try await service.execute(
                opened.id,
                .recordWithdrawal(participant: self.victim.id, mayReturn: false),
                expectedVersion: 1,
                by: coordinator
            )
            let newID = Identifier<Case>(UUID(777))

            _ = try await service.execute(opened.id, .reopen(newEpisode: newID), expectedVersion: 2, by: coordinator)
            let episode = try await service.read(newID, by: coordinator).value

            #expect(episode.reference == "RO-2026-0007-E2")
            #expect(episode.episodeOf == opened.id)
            #expect(episode.stage == .assessment)
            #expect(try await service.list(.awaitingAssessment, by: coordinator).map(\.reference) == ["RO-2026-0007-E2"])
        }
    }

    /// §4.9: the new episode's mediator sees the earlier episode's history; another mediator still does not (N1).
    @Test func theNewEpisodesMediatorReadsTheEarlierHistory() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let other = try await t.makeUser("marie", role: .mediator)
            let service = CaseService(env: t.env)
            let opened = try await service.open(self.request("RO-2026-0008"), by: coordinator)
            _ = try await service.execute(
                opened.id,
                .recordWithdrawal(participant: self.victim.id, mayReturn: false),
                expectedVersion: nil,
                by: coordinator
            )
            let newID = Identifier<Case>(UUID(778))
            _ = try await service.execute(opened.id, .reopen(newEpisode: newID), expectedVersion: nil, by: coordinator)
            for command: CaseCommand in [
                .addParticipant(Participant(id: Identifier(UUID(779)), role: .offender, language: "en")),
                .linkOffenderRecord(fpsNumber: "000333C"), .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria),
                .reviewSafetySection,
                .assignMediators([mediator.id]),
            ] {
                _ = try await service.execute(newID, command, expectedVersion: nil, by: coordinator)
            }

            #expect(try await service.read(opened.id, by: mediator).value.reopenedAs == newID)
            await #expect(throws: DomainError.caseNotFound) { try await service.read(opened.id, by: other) }
            await #expect(throws: DomainError.caseNotFound) {
                try await service.execute(opened.id, .reopen(newEpisode: Identifier(UUID(780))), expectedVersion: nil, by: mediator)
            }
        }
    }

    @Test func mediatorsListOnlyTheirOwnCases() async throws {
        try await withTestEnvironment { t in
            let mediator = try await t.makeUser("martin", role: .mediator)
            let other = try await t.makeUser("marie", role: .mediator)

            #expect(try await CaseService(env: t.env).list(.assignedTo(mediator.id), by: mediator).isEmpty)
            await #expect(throws: DomainError.notPermitted) { try await CaseService(env: t.env).list(.assignedTo(other.id), by: mediator) }
            await #expect(throws: DomainError.notPermitted) { try await CaseService(env: t.env).list(.all, by: mediator) }
        }
    }

    /// R1, R3, issue 16 item 3: requests recorded at the same moment (on PostgreSQL, on separate connections, as
    /// several instances would) are never refused for their reference, and take the year's numbers in turn.
    @Test(arguments: Backend.available)
    func R3_concurrentRequestsAreNeverRefusedForTheirReference(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let count = 48  // more than `referenceAttempts`: a number is never fought over
            let references = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        try await CaseService(env: t.env).recordVictimRequest(
                            requesterType: .registeredVictim,
                            channel: .phone,
                            region: "pacific",
                            language: "fr",
                            by: claire
                        ).reference
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            let year = Calendar(identifier: .gregorian).component(.year, from: t.clock.now)
            #expect(Set(references) == Set((1...count).map { "RO-\(year)-" + String(format: "%04d", $0) }))
        }
    }

    /// N2 (issue 15, item 3): only an enabled mediator's account is assigned; any other id is refused, whatever the
    /// coordinator sends.
    @Test(arguments: Backend.available)
    func N2_onlyAnActiveMediatorIsAssigned(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let gone = try await t.makeUser("gaston", role: .mediator)
            _ = try await AccountService(env: t.env).setDisabled(gone.id, true, expectedVersion: gone.version, by: .system)
            let cases = CaseService(env: t.env)
            let value = try await t.assignedCase(coordinator: claire, mediator: martin)
            for wrong in [claire.id, gone.id, Identifier<User>(UUID())] {
                await #expect(throws: DomainError.mediatorNotActive) {
                    try await cases.execute(value.id, .reassignMediators([wrong]), expectedVersion: nil, by: claire)
                }
            }
            #expect(try await cases.read(value.id, by: claire).value.mediators == [martin.id], "nothing changed")
        }
    }
}
