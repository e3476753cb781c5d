import Foundation

/// A CSC institution or district office where RO meetings take place (R30). Sites are configuration,
/// not code (R57): administrators add them, and site liaisons are linked to the sites they serve (R31).
public struct Site: Sendable, Equatable, Codable, Identifiable {
    /// A short stable code, e.g. `FVI`.
    public let code: String
    public let nameEnglish: String
    public let nameFrench: String
    public let region: String
    /// Meeting times at the site are entered and shown in its own time zone (an IANA name).
    public let timeZone: String

    public var id: String { self.code }

    public init(code: String, nameEnglish: String, nameFrench: String, region: String, timeZone: String) {
        self.code = code
        self.nameEnglish = nameEnglish
        self.nameFrench = nameFrench
        self.region = region
        self.timeZone = timeZone
    }
}

/// One of the program's regions (R57: configuration, `ProgramSettings.regions`). Cases, sites and
/// statistics keep its code; its name is what the pages show.
public struct Region: CodedName {
    public let code: String
    public let name: BilingualText

    public init(code: String, name: BilingualText) {
        self.code = code
        self.name = name
    }

    /// CSC's five regions, the program's default.
    public static let csc = [
        Region(code: "atlantic", name: BilingualText(english: "Atlantic", french: "Atlantique")),
        Region(code: "quebec", name: BilingualText(english: "Quebec", french: "Québec")),
        Region(code: "ontario", name: BilingualText(english: "Ontario", french: "Ontario")),
        Region(code: "prairie", name: BilingualText(english: "Prairie", french: "Prairies")),
        Region(code: "pacific", name: BilingualText(english: "Pacific", french: "Pacifique")),
    ]
}

/// An entry request as its site sees it (R31, N4): the request and the meeting's state, nothing more of the case.
public struct EntryRequestSummary: Sendable, Equatable {
    public let meeting: Identifier<Meeting>
    public let caseID: Identifier<Case>
    public let request: EntryRequest
    /// A cancellation reaches the site as "cancelled", never with its reason (§4.7).
    public let meetingState: Meeting.State

    public init(meeting: Identifier<Meeting>, caseID: Identifier<Case>, request: EntryRequest, meetingState: Meeting.State) {
        self.meeting = meeting
        self.caseID = caseID
        self.request = request
        self.meetingState = meetingState
    }
}
