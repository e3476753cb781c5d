import Foundation
import ROCore
import Testing

/// §4.9, Q9: one offender with several victims, or one victim with several offenders, gives separate
/// cases linked by reference, never one merged file.
@Suite struct CaseLinkTests {
    @Test func aCoordinatorLinksAnotherCaseByItsReference() throws {
        var f = CaseFixture()
        try f.assigned()
        let link = CaseLink(reference: "RO-TEST-2", relation: .sameOffender)

        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.linkCase(link), by: f.mediator) }
        try f.run(.linkCase(link))

        #expect(f.state.links == [link])
        #expect(f.state.participants.count == 2, "a link brings no one from the other case")
    }

    @Test func aCaseIsNeitherLinkedToItselfNorTwiceToTheSameCase() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(throws: DomainError.caseLinkInvalid) { try f.run(.linkCase(CaseLink(reference: "RO-TEST-1", relation: .sameOffender))) }
        try f.run(.linkCase(CaseLink(reference: "RO-TEST-2", relation: .sameVictimSide)))
        #expect(throws: DomainError.caseLinkInvalid) { try f.run(.linkCase(CaseLink(reference: "RO-TEST-2", relation: .sameOffender))) }
    }

    @Test func aLinkMadeByMistakeIsRemoved() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(throws: DomainError.linkedCaseNotFound) { try f.run(.unlinkCase(reference: "RO-TEST-2")) }
        try f.run(.linkCase(CaseLink(reference: "RO-TEST-2", relation: .sameOffender)))
        try f.run(.unlinkCase(reference: "RO-TEST-2"))
        #expect(f.state.links.isEmpty)
        #expect(f.events.map(\.change.kind).suffix(2) == ["caseLinked", "caseUnlinked"], "the timeline keeps both (R54)")
    }

    /// A new request about an offender whose earlier case closed is linked to it; the closed case stays closed.
    @Test func aClosedCaseIsLinkedWithoutReopening() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.closeOther(.otherUnspecified))
        try f.run(.linkCase(CaseLink(reference: "RO-TEST-2", relation: .sameOffender)))
        #expect(f.state.stage == .closed && f.state.links.count == 1)
    }

    @Test func theOtherCaseRecordsTheSameLinkTowardsThisOne() {
        let link = CaseCommand.linkCase(CaseLink(reference: "RO-TEST-2", relation: .sameVictimSide))
        let counterpart = link.linkCounterpart(from: "RO-TEST-1")
        #expect(counterpart?.reference == "RO-TEST-2")
        guard case .linkCase(let mirrored)? = counterpart?.command else {
            Issue.record("a link's counterpart is a link")
            return
        }
        #expect(mirrored == CaseLink(reference: "RO-TEST-1", relation: .sameVictimSide))
        #expect(CaseCommand.startAssessment.linkCounterpart(from: "RO-TEST-1") == nil)
    }
}
