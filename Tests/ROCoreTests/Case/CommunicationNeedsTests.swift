import Foundation
import ROCore
import Testing

/// R50, R52: interpreters and accessibility needs, per participant.
@Suite struct CommunicationNeedsTests {
    @Test func R52_needsAreRecordedPerParticipantAndReplacedOnRevision() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(
            .recordCommunicationNeeds(participant: f.victim.id, CommunicationNeeds(interpreterLanguage: "Cree", needs: [.stepFreeAccess], notes: "")),
            by: f.mediator
        )
        try f.run(
            .recordCommunicationNeeds(
                participant: f.victim.id,
                CommunicationNeeds(interpreterLanguage: nil, needs: [.plainLanguage, .restBreaks], notes: "")
            ),
            by: f.mediator
        )

        #expect(f.state.communicationNeeds[f.victim.id]?.needs == [.plainLanguage, .restBreaks])
        #expect(f.state.communicationNeeds[f.victim.id]?.interpreterLanguage == nil)
        #expect(f.state.communicationNeeds[f.offender.id] == nil)
    }

    @Test func R52_otherNeedsWords() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(throws: DomainError.accessibilityNoteRequired) {
            try f.run(
                .recordCommunicationNeeds(participant: f.victim.id, CommunicationNeeds(interpreterLanguage: nil, needs: [.other], notes: "")),
                by: f.mediator
            )
        }
    }

    /// R52: only what concerns entry goes to a site.
    @Test func R52_onlyEntryNeedsConcernTheSite() {
        let entry = CommunicationNeeds.Need.allCases.filter(\.concernsEntry)
        #expect(entry == [.stepFreeAccess, .signLanguage, .hearingSupport, .serviceAnimal])
    }

    /// N2: only case workers record them, and not once the case is closed.
    @Test func onlyCaseWorkersRecordNeedsOnAnOpenCase() throws {
        var f = CaseFixture()
        try f.assigned()
        let needs = CommunicationNeeds(interpreterLanguage: nil, needs: [.stepFreeAccess], notes: "")
        #expect(throws: DomainError.roleNotAllowed(.mediator)) {
            try f.run(.recordCommunicationNeeds(participant: f.victim.id, needs), by: f.otherMediator)
        }
        try f.run(.recordWithdrawal(participant: f.victim.id, mayReturn: false), by: f.mediator)
        #expect(throws: DomainError.notAllowedInStage(.closed)) {
            try f.run(.recordCommunicationNeeds(participant: f.victim.id, needs), by: f.mediator)
        }
    }
}
