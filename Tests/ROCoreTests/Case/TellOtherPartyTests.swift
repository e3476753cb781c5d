import Foundation
import ROCore
import Testing

/// R18, §4.8 step 5: after a withdrawal, the mediator is tasked to tell the other party that the process
/// paused; the task shows as a reminder until recorded.
@Suite struct TellOtherPartyTests {
    @Test func R18_aWithdrawalAfterTheApproachTasksTheMediator() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.recordWithdrawal(participant: f.offender.id, mayReturn: true), by: f.mediator)

        #expect(f.state.otherPartyToTell == [f.offender.id])
        #expect(f.state.reminders(at: f.now).contains { $0.kind == .tellOtherParty(f.offender.id) })
        try f.run(.recordOtherPartyTold(about: f.offender.id), by: f.mediator)
        #expect(f.state.otherPartyToTell.isEmpty)
        #expect(!f.state.reminders(at: f.now).contains { $0.kind == .tellOtherParty(f.offender.id) })
        #expect(throws: DomainError.participantNotFound) { try f.run(.recordOtherPartyTold(about: f.offender.id), by: f.mediator) }
    }

    /// Before the approach the other party does not know of the request: there is nobody to tell.
    @Test func R18_beforeTheApproachThereIsNobodyToTell() throws {
        var f = CaseFixture()
        try f.inPreparation()
        try f.run(.recordWithdrawal(participant: f.victim.id, mayReturn: true), by: f.mediator)
        #expect(f.state.otherPartyToTell.isEmpty)
    }
}
