import Foundation
import ROCore
import Testing

/// N9: restricted cases and recusals.
@Suite struct RestrictionTests {
    @Test func N9_aRestrictedCaseIsSeenOnlyByNamedCoordinatorsAndItsMediators() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.restrictAccess(to: [f.coordinator.userID]), by: f.coordinator)

        #expect(CaseAccess.canRead(f.state, f.coordinator))
        #expect(!CaseAccess.canRead(f.state, f.secondCoordinator))
        #expect(CaseAccess.canRead(f.state, f.mediator), "the assigned mediator keeps access")
        #expect(!CaseAccess.canRead(f.state, f.otherMediator))

        try f.run(.liftRestriction, by: f.coordinator)
        #expect(CaseAccess.canRead(f.state, f.secondCoordinator))
    }

    @Test func N9_aRestrictionIncludesWhoeverSetsIt() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(throws: DomainError.restrictionMustIncludeYou) { try f.run(.restrictAccess(to: [f.secondCoordinator.userID]), by: f.coordinator) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.restrictAccess(to: [f.mediator.userID]), by: f.mediator) }
        #expect(throws: DomainError.notRestricted) { try f.run(.liftRestriction, by: f.coordinator) }
    }

    @Test func N9_aCoordinatorWhoRecusesNoLongerSeesTheCase() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.takeOwnership, by: f.secondCoordinator)
        try f.run(.restrictAccess(to: [f.coordinator.userID, f.secondCoordinator.userID]), by: f.coordinator)
        try f.run(.recuse, by: f.secondCoordinator)

        #expect(!CaseAccess.canRead(f.state, f.secondCoordinator))
        #expect(f.state.restrictedTo == [f.coordinator.userID])
        #expect(f.state.owningCoordinator == nil, "R53: an owner who recuses leaves the case without one")
        #expect(throws: DomainError.lastRestrictedCoordinator) { try f.run(.recuse, by: f.coordinator) }
        // A recused coordinator stays out even once the restriction is lifted.
        try f.run(.liftRestriction, by: f.coordinator)
        #expect(!CaseAccess.canRead(f.state, f.secondCoordinator))
    }
}
