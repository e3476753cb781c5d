import Foundation

/// What statistics may know of one case episode, read from its workflow events and nothing else (R56):
/// kinds, codes, regions and dates, never a name, a note or any free text. This is also the shape of
/// the anonymous residue kept after disposal (§7.4).
public struct CaseFacts: Sendable, Equatable, Codable {
    public let openedAt: Date
    /// A reconsideration (§4.9) rather than a new request or referral.
    public let isReopening: Bool
    /// Who asked: the requester type on the victim side, `staffReferral` for an offender referred by staff.
    public let source: String
    public let channel: IntakeChannel
    public let region: String
    /// When NHQ first assigned mediators: the case became an "RO referral" (R13).
    public let assignedAt: Date?
    public let coMediated: Bool
    /// When each dialogue form was first used in the case.
    public let formsFirstUsed: [DialogueForm: Date]
    /// Each face-to-face meeting held (in person or by video), with its form.
    public let meetingsHeld: [HeldMeeting]
    public let closedAt: Date?
    public let closureReason: ClosureReason?
    /// Whole days from the request to the first assignment, and to closure: kept exactly when the dates are not.
    public let daysToAssignment: Int?
    public let daysToClosure: Int?

    /// The facts of one episode, found by replaying its events and noting when the state changed; nil
    /// for a history that never opened a case.
    public init?(_ id: Identifier<Case>, history: [CaseEvent]) {
        var state = Case.empty(id)
        var assignedAt: Date?
        var coMediated = false
        var formsFirstUsed: [DialogueForm: Date] = [:]
        var meetingsHeld: [HeldMeeting] = []
        var closedAt: Date?
        for event in history {
            let next = state.evolve(event)
            if assignedAt == nil, !next.mediators.isEmpty { assignedAt = event.at }
            coMediated = coMediated || next.mediators.count > 1
            for form in next.formsUsed.subtracting(state.formsUsed) { formsFirstUsed[form] = event.at }
            for meeting in next.meetings where meeting.state == .held && state.meeting(meeting.id)?.state != .held {
                meetingsHeld.append(HeldMeeting(form: meeting.form, at: event.at))
            }
            if closedAt == nil, next.closureReason != nil { closedAt = event.at }
            state = next
        }
        guard state.version > 0 else { return nil }
        self.openedAt = state.openedAt
        self.isReopening = state.episodeOf != nil
        self.source = state.channel == .staffReferral ? IntakeChannel.staffReferral.rawValue : state.requesterType?.rawValue ?? "unknown"
        self.channel = state.channel
        self.region = state.region
        self.assignedAt = assignedAt
        self.coMediated = coMediated
        self.formsFirstUsed = formsFirstUsed
        self.meetingsHeld = meetingsHeld
        self.closedAt = closedAt
        self.closureReason = state.closureReason
        self.daysToAssignment = assignedAt.map { StatisticsReport.days(from: state.openedAt, to: $0) }
        self.daysToClosure = closedAt.map { StatisticsReport.days(from: state.openedAt, to: $0) }
    }

    /// §7.4: the anonymous residue kept after disposal: every date moved to the start of its fiscal quarter,
    /// the durations kept in days. Each indicator counts the case in the same fiscal year as before.
    public var residue: CaseFacts {
        func quarter(_ date: Date) -> Date { FiscalQuarter(containing: date).start }
        return CaseFacts(
            openedAt: quarter(self.openedAt),
            isReopening: self.isReopening,
            source: self.source,
            channel: self.channel,
            region: self.region,
            assignedAt: self.assignedAt.map(quarter),
            coMediated: self.coMediated,
            formsFirstUsed: self.formsFirstUsed.mapValues(quarter),
            meetingsHeld: self.meetingsHeld.map { HeldMeeting(form: $0.form, at: quarter($0.at)) },
            closedAt: self.closedAt.map(quarter),
            closureReason: self.closureReason,
            daysToAssignment: self.daysToAssignment,
            daysToClosure: self.daysToClosure
        )
    }

    private init(
        openedAt: Date,
        isReopening: Bool,
        source: String,
        channel: IntakeChannel,
        region: String,
        assignedAt: Date?,
        coMediated: Bool,
        formsFirstUsed: [DialogueForm: Date],
        meetingsHeld: [HeldMeeting],
        closedAt: Date?,
        closureReason: ClosureReason?,
        daysToAssignment: Int?,
        daysToClosure: Int?
    ) {
        self.openedAt = openedAt
        self.isReopening = isReopening
        self.source = source
        self.channel = channel
        self.region = region
        self.assignedAt = assignedAt
        self.coMediated = coMediated
        self.formsFirstUsed = formsFirstUsed
        self.meetingsHeld = meetingsHeld
        self.closedAt = closedAt
        self.closureReason = closureReason
        self.daysToAssignment = daysToAssignment
        self.daysToClosure = daysToClosure
    }
}

/// A face-to-face meeting that took place.
public struct HeldMeeting: Sendable, Equatable, Codable {
    public let form: DialogueForm
    public let at: Date
}
