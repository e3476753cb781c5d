import Foundation
import ROCore
import Testing

/// R54: the timeline is append-only; a correction is a new entry naming the one it corrects.
@Suite struct CorrectionTests {
    @Test func R54_aCorrectionIsANewEntryAndTheOriginalStays() throws {
        var f = CaseFixture()
        try f.assigned()
        let before = f.events
        try f.run(.recordCorrection(entry: 2, note: "The offender was added by mistake before eligibility."), by: f.mediator)

        #expect(Array(f.events.prefix(before.count)) == before, "earlier entries are untouched")
        #expect(f.events.last?.change == .correctionRecorded(entry: 2, note: "The offender was added by mistake before eligibility."))
        #expect(f.events.last?.actor == f.mediator, "attributed")
    }

    @Test func R54_aCorrectionNamesAnExistingEntryAndSaysWhy() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(throws: DomainError.entryNotFound) { try f.run(.recordCorrection(entry: 0, note: "x"), by: f.mediator) }
        #expect(throws: DomainError.entryNotFound) { try f.run(.recordCorrection(entry: f.state.version + 1, note: "x"), by: f.mediator) }
        #expect(throws: DomainError.correctionNoteRequired) { try f.run(.recordCorrection(entry: 1, note: ""), by: f.mediator) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.recordCorrection(entry: 1, note: "x"), by: f.otherMediator) }
    }
}

/// R53: one owning coordinator at a time.
@Suite struct OwnershipTests {
    @Test func R53_aCaseHasOneOwningCoordinatorAtATime() throws {
        var f = CaseFixture()
        try f.requestReceived()
        #expect(f.state.owningCoordinator == nil)
        try f.run(.takeOwnership, by: f.coordinator)
        #expect(f.state.owningCoordinator == f.coordinator.userID)
        #expect(throws: DomainError.alreadyOwner) { try f.run(.takeOwnership, by: f.coordinator) }
        try f.run(.takeOwnership, by: f.secondCoordinator)
        #expect(f.state.owningCoordinator == f.secondCoordinator.userID)
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.takeOwnership, by: f.mediator) }
    }
}
