import Foundation
import ROCore
import Testing

/// Each event's kind is stored beside it (`case_events.kind`) and names it in the timeline, so the names written
/// years ago must still be the names read today. The expected names are written out here, not derived.
@Suite struct EventKindTests {
    @Test func anEventsKindIsItsCaseNameWhateverItCarries() {
        let person = Identifier<Participant>(UUID())
        let cases: [(CaseChange, String)] = [
            (.assessmentStarted, "assessmentStarted"),
            (.restrictionLifted, "restrictionLifted"),
            (.closed(.ineligible), "closed"),
            (.offenderRecordLinked(fpsNumber: "123456F"), "offenderRecordLinked"),
            (.personRecorded(participant: person, PersonRecord(usedName: "Hana Okafor-Fictif (paren) test")), "personRecorded"),
            (.correctionRecorded(entry: 2, note: "Typed (by mistake) twice."), "correctionRecorded"),
            (.putOnHold(reviewAt: Date(timeIntervalSince1970: 0)), "putOnHold"),
            (.withdrawalNoticeCleared(person), "withdrawalNoticeCleared"),
        ]
        for (change, name) in cases { #expect(change.kind == name) }
    }
}
