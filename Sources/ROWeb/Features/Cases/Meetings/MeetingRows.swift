import Foundation
import ROCore
import ROServices

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
    /// §4.9: the meetings of linked cases this one is held together with, as this viewer may know them.
    let jointWith: String
    let isJoint: Bool
    let mayJoin: Bool
    /// Whether any step with a page of its own is open for this meeting now.
    let hasStepLinks: Bool
    let jointOptions: [Option]
    let attendeeOptions: [PersonChoice]
    let entrants: [PersonChoice]
    /// What was typed in this meeting's forms when a step was refused (empty otherwise).
    let typed: TypedMeetingFields

    init(_ meeting: Meeting, in value: Case, linked: [LinkedCase], sites: [Site], viewer: User, draft: FormFields?, language: Language) {
        let s = language.strings
        let coordinator = viewer.role == .coordinator
        let planned = meeting.isPlanned && value.stage == .dialogue
        let site = sites.first { $0.code == meeting.site }
        let zone = site.flatMap { TimeZone(identifier: $0.timeZone) } ?? CaseSteps.videoTimeZone
        let people = meeting.attendees.compactMap { value.participant($0) }
        self.id = meeting.id.description
        self.title = "\(meeting.form.name(in: language).capitalizedFirst): \(meeting.state.name(in: language))"
        self.place =
            meeting.form == .meetingVideo ? s.byVideoLabel : (site.map { $0.name(in: language) } ?? meeting.site ?? "")
        self.when = meeting.scheduledFor.map { MeetingTime.text($0, in: zone) } ?? s.notScheduledLabel
        self.attendees = people.map { $0.role.name(in: language) }.joined(separator: ", ")
        let gathered = people.filter { meeting.availabilityFrom.contains($0.id) }.map { $0.role.name(in: language) }
        self.availabilityFrom = gathered.isEmpty ? s.noneYet : gathered.joined(separator: ", ")
        self.entryStatus =
            meeting.entryRequest.map { request in
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
        self.mayRequestEntry =
            planned && self.inPerson && (meeting.state == .gatheringAvailability || meeting.state == .postponed || entryAnsweredOtherwise)
        self.mayBookVideo = planned && !self.inPerson && (meeting.state == .gatheringAvailability || meeting.state == .postponed)
        self.mayPlanSafety = planned && self.inPerson && meeting.state != .confirmed
        self.mayConfirm = planned && coordinator && meeting.state != .confirmed && meeting.state != .proposed
        self.mayPostpone = planned && coordinator && [.gatheringAvailability, .entryRequested, .confirmed].contains(meeting.state)
        self.mayCancel = planned
        self.mayRecordHeld = viewer.role == .mediator && meeting.state == .confirmed
        // N1: the other case is named only to those who may open it.
        let joints = value.jointMeetings[meeting.id] ?? []
        self.jointWith = joints.map { joint in
            guard let other = linked.first(where: { $0.reference == joint.reference }) else { return s.meetingOfAnotherCaseLabel }
            return other.reference
        }.joined(separator: ", ")
        self.isJoint = !joints.isEmpty
        self.jointOptions = linked.flatMap { other in
            other.plannedMeetings.filter {
                $0.state != .confirmed && $0.form == meeting.form && $0.site == meeting.site
                    && !joints.contains(JointMeeting(reference: other.reference, meeting: $0.id))
            }
            .map {
                Option(
                    value: "\(other.reference) \($0.id)",
                    label: "\(other.reference): \($0.form.name(in: language)), \($0.state.name(in: language))",
                    selected: false
                )
            }
        }
        self.mayJoin = planned && coordinator && meeting.state != .confirmed && !self.jointOptions.isEmpty
        self.hasStepLinks =
            self.mayGatherAvailability || self.mayPlanSafety || self.mayRequestEntry || self.mayBookVideo || self.mayJoin || self.mayRecordHeld
        self.attendeeOptions = people.map { PersonChoice($0, meeting: meeting.id, language: language) }
        // R31, §7.2: each entrant's name comes from their record (the legal name when there is one); the mediator checks it.
        self.entrants = people.filter { $0.side == .victim }.map {
            PersonChoice($0, meeting: meeting.id, draft: draft, recorded: value.people[$0.id]?.entryName, language: language)
        }
        // R52: the entry-relevant needs of the attendees are offered for the entry request; the mediator edits them.
        var entryNeeds: [String] = []
        for person in meeting.attendees {
            for need in value.communicationNeeds[person]?.entrySummary(in: language) ?? [] where !entryNeeds.contains(need) {
                entryNeeds.append(need)
            }
        }
        let offender = value.participants.first { $0.role == .offender }.flatMap { value.people[$0.id] }
        self.typed = TypedMeetingFields(
            draft ?? FormFields(""),
            fpsNumber: value.offenderFPSNumber ?? "",
            offenderName: offender?.entryName ?? "",
            entryNeeds: draft == nil ? entryNeeds.joined(separator: "; ") : ""
        )
    }
}

/// The text fields of a meeting's forms, as typed (R49 and issue 4: bad input loses nothing).
struct TypedMeetingFields: Sendable {
    let date: String
    let time: String
    let room: String
    let offenderName: String
    let fps: String
    let accessibility: String
    let security: String
    let arrival: String
    let departure: String
    let note: String

    init(_ form: FormFields, fpsNumber: String, offenderName: String, entryNeeds: String) {
        self.date = form["date"]
        self.time = form["time"]
        self.room = form["room"]
        self.offenderName = offenderName  // R31: from the records only
        self.fps = fpsNumber
        self.accessibility = form["accessibility"].isEmpty ? entryNeeds : form["accessibility"]
        self.security = form["security"]
        self.arrival = form["arrival"]
        self.departure = form["departure"]
        self.note = form["note"]
    }
}

/// A participant offered as a checkbox or a field of a meeting form; `key` keeps element ids unique.
struct PersonChoice: Sendable {
    let id: String
    let key: String
    let label: String
    /// For an entrant: the name on their record, and the identity details as typed.
    let typedName: String
    let typedIdentity: String

    init(_ participant: Participant, meeting: Identifier<Meeting>?, draft: FormFields? = nil, recorded name: String? = nil, language: Language) {
        self.id = participant.id.description
        self.key = meeting.map { "\($0)-\(participant.id)" } ?? participant.id.description
        self.label = participant.role.name(in: language)
        self.typedName = name ?? ""  // R31: from the record only
        self.typedIdentity = draft?["identity-\(participant.id)"] ?? ""
    }
}

extension String {
    /// "a meeting in person" → "A meeting in person".
    var capitalizedFirst: String { self.prefix(1).uppercased() + self.dropFirst() }
}
