import Foundation
import ROCore

/// One meeting on the case page (§4.7), with the steps its state allows this viewer.
struct MeetingRow: Sendable {
    let id: String
    let title: String
    let place: String
    let when: String
    let attendees: String
    let availabilityFrom: String
    let entryStatus: String
    let hasEntryRequest: Bool
    let safetyPlan: String
    let inPerson: Bool
    let mayGatherAvailability: Bool
    let mayRequestEntry: Bool
    let mayBookVideo: Bool
    let mayPlanSafety: Bool
    let mayConfirm: Bool
    let mayPostpone: Bool
    let mayCancel: Bool
    let mayRecordHeld: Bool
    let attendeeOptions: [PersonChoice]
    let entrants: [PersonChoice]
    let fpsNumber: String

    init(_ meeting: Meeting, in value: Case, sites: [Site], viewer: User, language: Language) {
        let s = language.strings
        let coordinator = viewer.role == .coordinator
        let planned = meeting.isPlanned && value.stage == .dialogue
        let site = sites.first { $0.code == meeting.site }
        let zone = site.flatMap { TimeZone(identifier: $0.timeZone) } ?? CaseSteps.videoTimeZone
        let people = meeting.attendees.compactMap { value.participant($0) }
        self.id = meeting.id.description
        self.title = "\(meeting.form.name(in: language).capitalizedFirst): \(meeting.state.name(in: language))"
        self.place = meeting.form == .meetingVideo ? s.byVideoLabel : (site.map { language == .en ? $0.nameEnglish : $0.nameFrench } ?? meeting.site ?? "")
        self.when = meeting.scheduledFor.map { MeetingTime.text($0, in: zone) } ?? s.notScheduledLabel
        self.attendees = people.map { $0.role.name(in: language) }.joined(separator: ", ")
        let gathered = people.filter { meeting.availabilityFrom.contains($0.id) }.map { $0.role.name(in: language) }
        self.availabilityFrom = gathered.isEmpty ? s.noneYet : gathered.joined(separator: ", ")
        self.entryStatus = meeting.entryRequest.map { request in
            var status = request.status.name(in: language)
            if let reason = request.declineReason { status += " (\(reason.name(in: language)))" }
            if let time = request.proposedTime { status += ": \(MeetingTime.text(time, in: zone))" }
            return status
        } ?? ""
        self.hasEntryRequest = meeting.entryRequest != nil
        self.safetyPlan = meeting.safetyPlan == nil ? s.safetyPlanMissingLabel : s.safetyPlanRecordedLabel
        self.inPerson = meeting.form == .meetingInPerson
        let gathering = [.proposed, .gatheringAvailability, .postponed].contains(meeting.state)
        let entryAnsweredOtherwise = meeting.state == .entryRequested && [.declined, .otherTimeProposed].contains(meeting.entryRequest?.status)
        self.mayGatherAvailability = planned && gathering
        self.mayRequestEntry = planned && self.inPerson && (meeting.state == .gatheringAvailability || meeting.state == .postponed || entryAnsweredOtherwise)
        self.mayBookVideo = planned && !self.inPerson && (meeting.state == .gatheringAvailability || meeting.state == .postponed)
        self.mayPlanSafety = planned && self.inPerson && meeting.state != .confirmed
        self.mayConfirm = planned && coordinator && meeting.state != .confirmed && meeting.state != .proposed
        self.mayPostpone = planned && coordinator && [.gatheringAvailability, .entryRequested, .confirmed].contains(meeting.state)
        self.mayCancel = planned
        self.mayRecordHeld = viewer.role == .mediator && meeting.state == .confirmed
        self.attendeeOptions = people.map { PersonChoice($0, meeting: meeting.id, language: language) }
        self.entrants = people.filter { $0.side == .victim }.map { PersonChoice($0, meeting: meeting.id, language: language) }
        self.fpsNumber = value.referral?.fpsNumber ?? ""
    }
}

/// A participant offered as a checkbox or a field of a meeting form; `key` keeps element ids unique.
struct PersonChoice: Sendable {
    let id: String
    let key: String
    let label: String

    init(_ participant: Participant, meeting: Identifier<Meeting>?, language: Language) {
        self.id = participant.id.description
        self.key = meeting.map { "\($0)-\(participant.id)" } ?? participant.id.description
        self.label = participant.role.name(in: language)
    }
}

extension String {
    /// "a meeting in person" → "A meeting in person".
    var capitalizedFirst: String { self.prefix(1).uppercased() + self.dropFirst() }
}
