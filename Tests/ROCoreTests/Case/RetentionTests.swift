import Foundation
import ROCore
import Testing

/// §7.3, R57: how long a closed case is kept depends on its class and on the program's periods.
@Suite struct RetentionTests {
    static func years(_ count: Int, after date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(byAdding: .year, value: count, to: date)!
    }

    @Test func R57_aCaseClosedBeforeAssignmentIsKeptTheNotAcceptedPeriod() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.startAssessment)
        #expect(f.state.retentionClass == nil && f.state.retainedUntil(policy: f.policy) == nil, "an open case has no end of retention")
        f.advance(days: 3)
        try f.run(.closeIneligible)

        #expect(f.state.retentionClass == .notAccepted)
        #expect(f.state.retainedUntil(policy: .standard) == Self.years(2, after: f.now))
        f.policy.notAcceptedRetentionYears = 5
        #expect(f.state.retainedUntil(policy: f.policy) == Self.years(5, after: f.now))
    }

    @Test func R57_aCaseClosedAfterAssignmentIsKeptTheClosedCasePeriod() throws {
        var f = CaseFixture()
        try f.assigned()
        f.advance(days: 40)
        try f.run(.screenOut(.screenedOutReadiness))

        #expect(f.state.retentionClass == .closedCase)
        #expect(f.state.retainedUntil(policy: .standard) == Self.years(10, after: f.now))
        f.policy.closedCaseRetentionYears = 20
        #expect(f.state.retainedUntil(policy: f.policy) == Self.years(20, after: f.now))
    }

    /// §4.9, §7.3: once a later episode reopens the case, its clock waits for that episode.
    @Test func aReopenedCasesClockWaitsForTheLaterEpisode() throws {
        var f = CaseFixture()
        try f.requestReceived()
        try f.run(.startAssessment)
        try f.run(.closeIneligible)
        try f.run(.reopen(newEpisode: Identifier(CaseFixture.uuid(99))))

        #expect(f.state.retentionClass == .notAccepted)
        #expect(f.state.retainedUntil(policy: .standard) == nil)
    }
}
