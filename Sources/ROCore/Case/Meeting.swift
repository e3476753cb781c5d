import Foundation

/// A face-to-face meeting, in person at a CSC site or by live video (§4.7).
public struct Meeting: Sendable, Equatable, Codable, Identifiable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case proposed = "PROPOSED"
        case gatheringAvailability = "GATHERING_AVAILABILITY"
        case entryRequested = "ENTRY_REQUESTED"
        case confirmed = "CONFIRMED"
        case held = "HELD"
        case postponed = "POSTPONED"
        case cancelled = "CANCELLED"
    }

    public let id: Identifier<Meeting>
    /// `meetingInPerson` or `meetingVideo`.
    public let form: DialogueForm
    /// The CSC site's code for an in-person meeting (R30); nil for video.
    public let site: String?
    /// Everyone who will attend: the parties and any support persons (R34).
    public let attendees: [Identifier<Participant>]
    public var state: State
    /// Whose availability the mediator has gathered, each party separately (F8).
    public var availabilityFrom: Set<Identifier<Participant>>
    public var scheduledFor: Date?
    public var entryRequest: EntryRequest?
    public var safetyPlan: SafetyPlan?
    public var videoBooked: Bool
    /// Who was there, once held.
    public var attended: [Identifier<Participant>]

    public init(id: Identifier<Meeting>, form: DialogueForm, site: String?, attendees: [Identifier<Participant>]) {
        self.id = id
        self.form = form
        self.site = site
        self.attendees = attendees
        self.state = .proposed
        self.availabilityFrom = []
        self.scheduledFor = nil
        self.entryRequest = nil
        self.safetyPlan = nil
        self.videoBooked = false
        self.attended = []
    }

    /// Still ahead: what a withdrawal or a closure cancels (§4.8).
    public var isPlanned: Bool {
        [.proposed, .gatheringAvailability, .entryRequested, .confirmed, .postponed].contains(self.state)
    }
}

/// What a site is told to facilitate entry (R31), and nothing more: no address, contact details,
/// offence, needs, assessment or content. Its purpose always reads "RO meeting".
public struct EntryRequest: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case requested, approved, declined, otherTimeProposed
    }

    /// Why a site declines entry (R32). Codes only: the coordinator then chooses another site, video or an indirect form.
    public enum DeclineReason: String, Sendable, Codable, CaseIterable {
        case siteOperations, security, noRoomAvailable, other
    }

    public let site: String
    public let scheduledFor: Date
    public let roomNeeds: String
    public let entrants: [Entrant]
    public let offenderName: String
    public let fpsNumber: String
    public let accessibilityAndEscortNeeds: String
    public let securityNotes: String
    public var status: Status
    public var declineReason: DeclineReason?
    public var proposedTime: Date?

    public init(
        site: String,
        scheduledFor: Date,
        roomNeeds: String,
        entrants: [Entrant],
        offenderName: String,
        fpsNumber: String,
        accessibilityAndEscortNeeds: String,
        securityNotes: String
    ) {
        self.site = site
        self.scheduledFor = scheduledFor
        self.roomNeeds = roomNeeds
        self.entrants = entrants
        self.offenderName = offenderName
        self.fpsNumber = fpsNumber
        self.accessibilityAndEscortNeeds = accessibilityAndEscortNeeds
        self.securityNotes = securityNotes
        self.status = .requested
        self.declineReason = nil
        self.proposedTime = nil
    }
}

/// A person entering the site: a case participant, with the identity details the site requires (R31).
public struct Entrant: Sendable, Equatable, Codable {
    public let participant: Identifier<Participant>
    public let name: String
    public let identityDetails: String

    public init(participant: Identifier<Participant>, name: String, identityDetails: String) {
        self.participant = participant
        self.name = name
        self.identityDetails = identityDetails
    }
}

/// R33: the parties arrive and leave separately; how is written here, in the sealed case file.
public struct SafetyPlan: Sendable, Equatable, Codable {
    public let arrival: String
    public let departure: String

    public init(arrival: String, departure: String) {
        self.arrival = arrival
        self.departure = departure
    }
}

/// Counting working days for service standards (R32: entry requests 15 working days ahead).
/// Weekends are skipped; statutory holidays are not modelled yet (docs/decisions.md).
public enum WorkingDays {
    public static func adding(_ days: Int, to start: Date) -> Date {
        let calendar = Calendar.utc
        var date = start
        var remaining = days
        while remaining > 0 {
            date = calendar.date(byAdding: .day, value: 1, to: date)!
            if !calendar.isDateInWeekend(date) { remaining -= 1 }
        }
        return date
    }
}
