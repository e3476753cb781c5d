import Foundation
import ROCore
import Testing

/// R13, R55, R56, N5: statistics read from workflow events, per fiscal year, with small cells hidden.
@Suite struct StatisticsTests {
    static let year = FiscalYear(containing: CaseFixture.t0)

    /// The facts of a victim's request assigned to two mediators `daysToAssignment` days later, in letters.
    static func assignedLetterCase(daysToAssignment: Double = 12, channel: IntakeChannel = .phone) throws -> CaseFacts {
        var f = CaseFixture()
        try f.run(
            .recordVictimRequest(reference: "RO-TEST-1", requesterType: .nonRegisteredVictim, channel: channel, region: "quebec", requester: f.victim)
        )
        f.advance(days: daysToAssignment)
        for command: CaseCommand in [
            .addParticipant(f.offender), .startAssessment, .linkOffenderRecord(fpsNumber: "000555E"),
            .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria),
            .reviewSafetySection,
            .assignMediators([f.mediator.userID, f.otherMediator.userID]),
            .recordSafeContact(participant: f.offender.id, CaseFixture.reachableInPerson),
        ] {
            try f.run(command)
        }
        try f.consent(f.victim, .takePart)
        try f.run(.beginPreparation, by: f.mediator)
        try f.consent(f.victim, .approachOtherParty, .form(.letter))
        try f.assess(f.victim, f.offender)
        try f.run(.approachOtherParty, by: f.mediator)
        try f.consent(f.offender, .takePart, .form(.letter))
        try f.run(.startDialogue(.letter), by: f.mediator)
        return try #require(CaseFacts(f.caseID, history: f.events))
    }

    /// A request that was found ineligible at assessment, never assigned.
    static func ineligibleRequest(channel: IntakeChannel = .phone) throws -> CaseFacts {
        var f = CaseFixture()
        try f.run(
            .recordVictimRequest(reference: "RO-TEST-2", requesterType: .registeredVictim, channel: channel, region: "quebec", requester: f.victim)
        )
        try f.run(.startAssessment)
        try f.run(.closeIneligible)
        return try #require(CaseFacts(f.caseID, history: f.events))
    }

    static func count(_ report: StatisticsReport, _ indicator: Indicator, _ key: String) -> StatisticCell? {
        report.tables.first { $0.indicator == indicator }?.rows.first { $0.key == key }?.value
    }

    static func total(_ report: StatisticsReport, _ indicator: Indicator) -> StatisticCell? {
        report.tables.first { $0.indicator == indicator }?.total
    }

    @Test func R55_theFiscalYearRunsFromAprilToMarchInOttawa() throws {
        // 23:30 on March 31, 2027 in Ottawa (EDT, UTC-4) is already April 1 in UTC, and still the year ending.
        let lateOnMarch31 = try #require(ISO8601DateFormatter().date(from: "2027-04-01T03:30:00Z"))
        #expect(FiscalYear(containing: lateOnMarch31).startYear == 2026)
        #expect(FiscalYear(containing: lateOnMarch31.addingTimeInterval(3_600)).startYear == 2027)
        #expect(FiscalYear(startYear: 2026)?.label == "2026-2027")
        #expect(FiscalYear(startYear: 1800) == nil)
    }

    @Test func R56_aCasesFactsAreReadFromItsEvents() throws {
        let facts = try Self.assignedLetterCase(daysToAssignment: 12)
        #expect(facts.source == "nonRegisteredVictim")
        #expect(facts.region == "quebec")
        #expect(facts.assignedAt?.timeIntervalSince(facts.openedAt) == 12 * CaseFixture.day)
        #expect(facts.coMediated)
        #expect(Set(facts.formsFirstUsed.keys) == [.letter])
        #expect(facts.closureReason == nil && facts.closedAt == nil)
        #expect(try Self.ineligibleRequest().closureReason == .ineligible)
    }

    @Test func R13_onlyAssessedAndAssignedCasesCountAsROReferrals() throws {
        let assigned = try Array(repeating: Self.assignedLetterCase(), count: 5)
        let ineligible = try Array(repeating: Self.ineligibleRequest(), count: 4)
        let report = StatisticsReport(
            fiscalYear: Self.year,
            cases: assigned + ineligible,
            standardReplies: [.offenderRequest: 6, .participationLetter: 0],
            regions: Region.csc.map(\.code),
            minimumCell: 3
        )
        #expect(Self.total(report, .requestsBySource) == .count(9))
        #expect(Self.total(report, .roReferralsByRegion) == .count(5))
        #expect(Self.count(report, .roReferralsByRegion, "quebec") == .count(5))
        #expect(Self.count(report, .screeningOutcomes, "ineligible") == .count(4))
        #expect(Self.count(report, .standardReplies, "offenderRequest") == .count(6))
        #expect(Self.count(report, .coMediation, "coMediated") == .count(5))
        #expect(Self.count(report, .formsUsed, "letter") == .count(5))
        #expect(report.definitionsVersion == Indicator.definitionsVersion)
    }

    @Test func R55_aCaseCountsInTheYearEachThingHappened() throws {
        let facts = try Self.assignedLetterCase()
        let nextYear = try #require(FiscalYear(startYear: Self.year.startYear + 1))
        let report = StatisticsReport(
            fiscalYear: nextYear,
            cases: Array(repeating: facts, count: 6),
            standardReplies: [:],
            regions: Region.csc.map(\.code)
        )
        #expect(Self.total(report, .requestsBySource) == .count(0))
        #expect(Self.total(report, .roReferralsByRegion) == .count(0))
    }

    @Test func N5_smallCellsAreHiddenAndCannotBeWorkedOutFromTheTotal() throws {
        let byPhone = try Array(repeating: Self.assignedLetterCase(channel: .phone), count: 7)
        let byEmail = try Array(repeating: Self.assignedLetterCase(channel: .email), count: 2)
        let report = StatisticsReport(fiscalYear: Self.year, cases: byPhone + byEmail, standardReplies: [:], regions: Region.csc.map(\.code))
        #expect(Self.count(report, .requestsByChannel, "email") == .suppressed)
        // With the total shown, 7 by phone would give the 2 by email away: the phone count is hidden too,
        // and so are the zeros, or two hidden cells summing to 9 - 0 would still be worked out.
        #expect(Self.count(report, .requestsByChannel, "phone") == .suppressed)
        #expect(Self.count(report, .requestsByChannel, "mail") == .suppressed)
        #expect(Self.total(report, .requestsByChannel) == .count(9))

        // Three cells of 1 beside a 9: hiding only the three would still show them to be 1 each (12 - 9,
        // none of them zero). The hidden cells must add up to 5 at least, so the 9 is hidden with them.
        let sources = try [
            Self.assignedLetterCase(channel: .mail), Self.assignedLetterCase(channel: .email), Self.ineligibleRequest(channel: .victimServices),
        ]
        let mixed = StatisticsReport(
            fiscalYear: Self.year,
            cases: byPhone + byPhone.prefix(2) + sources,
            standardReplies: [:],
            regions: Region.csc.map(\.code)
        )
        #expect(mixed.tables.first { $0.indicator == .requestsByChannel }?.rows.allSatisfy { $0.value == .suppressed } == true)
        #expect(Self.total(mixed, .requestsByChannel) == .count(12))

        let plenty = StatisticsReport(fiscalYear: Self.year, cases: byPhone + byPhone, standardReplies: [:], regions: Region.csc.map(\.code))
        #expect(Self.count(plenty, .requestsByChannel, "phone") == .count(14))
        #expect(Self.count(plenty, .requestsByChannel, "mail") == .count(0))  // nothing hidden: zeros are shown

        let one = StatisticsReport(
            fiscalYear: Self.year,
            cases: [try Self.ineligibleRequest()],
            standardReplies: [:],
            regions: Region.csc.map(\.code)
        )
        #expect(Self.count(one, .screeningOutcomes, "ineligible") == .suppressed)
        #expect(Self.total(one, .screeningOutcomes) == .suppressed)
        #expect(Self.total(one, .closureReasons) == .suppressed)
    }

    @Test func N5_theSmallestCellShownIsNeverBelowThree() throws {
        let report = StatisticsReport(
            fiscalYear: Self.year,
            cases: [try Self.ineligibleRequest()],
            standardReplies: [:],
            regions: Region.csc.map(\.code),
            minimumCell: 1
        )
        #expect(report.minimumCell == StatisticsReport.lowestMinimumCell)
        #expect(Self.total(report, .requestsBySource) == .suppressed)
    }

    @Test func N5_aMedianIsShownOnlyWithEnoughCasesBehindIt() throws {
        let cases = try [3.0, 12, 12, 20, 40].map { try Self.assignedLetterCase(daysToAssignment: $0) }
        let enough = StatisticsReport(fiscalYear: Self.year, cases: cases, standardReplies: [:], regions: Region.csc.map(\.code))
        #expect(Self.count(enough, .durations, "requestToAssignment.medianDays") == .count(12))
        #expect(Self.count(enough, .durations, "requestToAssignment.cases") == .count(5))
        let few = StatisticsReport(fiscalYear: Self.year, cases: Array(cases.prefix(4)), standardReplies: [:], regions: Region.csc.map(\.code))
        #expect(Self.count(few, .durations, "requestToAssignment.medianDays") == .suppressed)
        #expect(Self.count(few, .durations, "requestToAssignment.cases") == .suppressed)
        #expect(Self.count(few, .durations, "requestToClosure.cases") == .count(0))
    }
}
