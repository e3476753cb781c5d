import Foundation

/// The program's indicators (R55), each a published, versioned definition over workflow events (R56,
/// F12). Change what an indicator counts only by adding a new version of the definitions.
public enum Indicator: String, Sendable, CaseIterable {
    /// Times RO information was given in the year, by kind of person, case or not (R46).
    case informationGiven
    /// New requests and referrals received in the year, by who asked (R13: not yet RO referrals).
    case requestsBySource
    case requestsByChannel
    case requestsByRegion
    /// Closed episodes reopened in the year because a former party asked again (§4.9).
    case reopenings
    /// Cases assessed at NHQ and assigned in the year, by region: the "RO referrals" (R13).
    case roReferralsByRegion
    /// Of those, assigned to two mediators.
    case coMediation
    /// Offenders' own requests and participation-letter requests (R5, R36), answered with no case (R13).
    case standardReplies
    /// Cases closed in the year at assessment or screening, by reason (R10, R12).
    case screeningOutcomes
    /// Cases that first used each dialogue form in the year (§4.5).
    case formsUsed
    /// Face-to-face meetings held in the year, in person or by video.
    case meetingsHeld
    /// Cases closed in the year, by reason (§4.4).
    case closureReasons
    /// Median whole days, for the cases concerned in the year.
    case durations

    /// The version of every definition above, published with each report.
    public static let definitionsVersion = "RO-IND-1 (2026-11-25)"
}

/// One number of a report, or the fact that it is hidden (N5).
public enum StatisticCell: Sendable, Equatable {
    case count(Int)
    /// A small number, or one from which a small number could be worked out.
    case suppressed
}

public struct StatisticRow: Sendable, Equatable {
    /// A code: requester type, channel, region, form, closure reason, or duration name.
    public let key: String
    public let value: StatisticCell
}

public struct StatisticTable: Sendable, Equatable {
    public let indicator: Indicator
    public let rows: [StatisticRow]
    /// Nil where a total would mean nothing (durations).
    public let total: StatisticCell?
}

/// The statistics of one fiscal year, derived from events only and with small cells suppressed (N5, R56).
public struct StatisticsReport: Sendable, Equatable {
    public let fiscalYear: FiscalYear
    public let definitionsVersion: String
    /// Counts from 1 to one less than this are never shown.
    public let minimumCell: Int
    public let tables: [StatisticTable]

    /// N5: the smallest cell may be configured, never below 3; 5 by default.
    public static let defaultMinimumCell = 5
    public static let lowestMinimumCell = 3

    public init(
        fiscalYear: FiscalYear,
        cases: [CaseFacts],
        standardReplies: [DirectRequestLogEntry.Kind: Int],
        regions: [String],
        informationGiven: [InformationGivenEntry.Recipient: Int] = [:],
        minimumCell: Int = Self.defaultMinimumCell
    ) {
        let year = fiscalYear
        let k = max(minimumCell, Self.lowestMinimumCell)
        let received = cases.filter { !$0.isReopening && year.contains($0.openedAt) }
        let assigned = cases.filter { $0.assignedAt.map(year.contains) ?? false }
        let closed = cases.filter { $0.closedAt.map(year.contains) ?? false }
        let sources = RequesterType.allCases.map(\.rawValue) + [IntakeChannel.staffReferral.rawValue]
        let screening: [ClosureReason] = [
            .ineligible, .screenedOutOtherPartyUnwilling, .screenedOutOtherPartyUnreachable, .screenedOutReadiness, .screenedOutSafety,
        ]
        let faceToFace: [DialogueForm] = [.meetingInPerson, .meetingVideo]

        func table(_ indicator: Indicator, _ keys: [String], _ counts: [String: Int]) -> StatisticTable {
            Self.suppressed(indicator, keys: keys + counts.keys.filter { !keys.contains($0) }.sorted(), counts: counts, minimumCell: k)
        }
        func tally(_ keys: some Sequence<String>) -> [String: Int] { keys.reduce(into: [:]) { $0[$1, default: 0] += 1 } }

        self.fiscalYear = fiscalYear
        self.definitionsVersion = Indicator.definitionsVersion
        self.minimumCell = k
        self.tables = [
            table(
                .informationGiven,
                InformationGivenEntry.Recipient.allCases.map(\.rawValue),
                informationGiven.reduce(into: [:]) { $0[$1.key.rawValue] = $1.value }
            ),
            table(.requestsBySource, sources, tally(received.map(\.source))),
            table(.requestsByChannel, IntakeChannel.allCases.map(\.rawValue), tally(received.map(\.channel.rawValue))),
            table(.requestsByRegion, regions, tally(received.map(\.region))),
            table(.reopenings, ["reopened"], ["reopened": cases.count(where: { $0.isReopening && year.contains($0.openedAt) })]),
            table(.roReferralsByRegion, regions, tally(assigned.map(\.region))),
            table(.coMediation, ["coMediated", "oneMediator"], tally(assigned.map { $0.coMediated ? "coMediated" : "oneMediator" })),
            table(
                .standardReplies,
                DirectRequestLogEntry.Kind.allCases.map(\.rawValue),
                standardReplies.reduce(into: [:]) { $0[$1.key.rawValue] = $1.value }
            ),
            table(
                .screeningOutcomes,
                screening.map(\.rawValue),
                tally(closed.compactMap(\.closureReason).filter(screening.contains).map(\.rawValue))
            ),
            table(
                .formsUsed,
                DialogueForm.allCases.map(\.rawValue),
                tally(cases.flatMap { $0.formsFirstUsed.filter { year.contains($0.value) }.keys.map(\.rawValue) })
            ),
            table(
                .meetingsHeld,
                faceToFace.map(\.rawValue),
                tally(cases.flatMap(\.meetingsHeld).filter { year.contains($0.at) }.map(\.form.rawValue))
            ),
            table(.closureReasons, ClosureReason.allCases.map(\.rawValue), tally(closed.compactMap(\.closureReason?.rawValue))),
            Self.durations(
                toAssignment: assigned.compactMap(\.daysToAssignment),
                toClosure: closed.compactMap(\.daysToClosure),
                minimumCell: k
            ),
        ]
    }

    /// A table whose counts from 1 to `minimumCell - 1` are hidden, with enough others that the total
    /// cannot give them away: once anything is hidden, so is every zero (an "x" may be 0, so a hidden
    /// count is never known to be at least 1), and the next smallest counts are hidden until the hidden
    /// ones add up to `minimumCell` at least. With too few left, the total is hidden (secondary suppression).
    static func suppressed(_ indicator: Indicator, keys: [String], counts: [String: Int], minimumCell: Int) -> StatisticTable {
        let count = { (key: String) in counts[key, default: 0] }
        let total = keys.reduce(0) { $0 + count($1) }
        var hidden = Set(keys.filter { count($0) > 0 && count($0) < minimumCell })
        var totalHidden = total > 0 && total < minimumCell
        if !hidden.isEmpty {
            hidden.formUnion(keys.filter { count($0) == 0 })
            var shown = keys.filter { !hidden.contains($0) }.sorted { count($0) < count($1) }
            while hidden.reduce(0, { $0 + count($1) }) < minimumCell {
                guard !shown.isEmpty else {
                    totalHidden = true
                    break
                }
                hidden.insert(shown.removeFirst())
            }
        }
        return StatisticTable(
            indicator: indicator,
            rows: keys.map { StatisticRow(key: $0, value: hidden.contains($0) ? .suppressed : .count(count($0))) },
            total: totalHidden ? .suppressed : .count(total)
        )
    }

    /// Medians are shown only when enough cases stand behind them; so is the number of cases.
    static func durations(toAssignment: [Int], toClosure: [Int], minimumCell: Int) -> StatisticTable {
        func rows(_ name: String, _ days: [Int]) -> [StatisticRow] {
            let enough = days.count >= minimumCell
            return [
                StatisticRow(key: "\(name).medianDays", value: enough ? .count(Self.median(days)) : .suppressed),
                StatisticRow(key: "\(name).cases", value: enough || days.isEmpty ? .count(days.count) : .suppressed),
            ]
        }
        return StatisticTable(
            indicator: .durations,
            rows: rows("requestToAssignment", toAssignment) + rows("requestToClosure", toClosure),
            total: nil
        )
    }

    /// The lower median: a number of days some case actually took.
    static func median(_ values: [Int]) -> Int {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2]
    }

    static func days(from start: Date, to end: Date) -> Int { max(0, Int(end.timeIntervalSince(start) / 86_400)) }
}
