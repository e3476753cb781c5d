import Foundation

extension Case {
    /// Meetings (§4.7): planned by the mediator, entry approved by the site (R30–R32), confirmed by the
    /// coordinator once every gate passes, held and recorded by the mediator.
    func meetingChanges(_ command: CaseCommand, by actor: CaseActor, at: Date, policy: CasePolicy) throws(DomainError) -> [CaseChange] {
        switch command {
        case .proposeMeeting(let id, let form, let site, let attendees):
            try self.require(actor, .caseWorkers)
            try self.requireStage(.dialogue)
            guard self.meeting(id) == nil else { throw .meetingAlreadyExists }
            guard !form.isRelayed else { throw .formNotMeeting(form) }
            let siteCode = site?.trimmingCharacters(in: .whitespaces) ?? ""
            if form == .meetingInPerson, siteCode.isEmpty { throw .siteRequired }
            let people = try self.requireAttendees(attendees)
            // both parties chose this form
            for person in people where person.role != .supportPerson { try self.requireConsent(person.id, .form(form), at: at) }
            return [.meetingProposed(Meeting(id: id, form: form, site: form == .meetingInPerson ? siteCode : nil, attendees: attendees))]

        case .recordAvailability(let id, let participant):
            try self.require(actor, .caseWorkers)
            let meeting = try self.requireMeeting(id, in: .proposed, .gatheringAvailability, .postponed)
            guard meeting.attendees.contains(participant) else { throw .participantNotFound }
            return [.availabilityRecorded(id, participant: participant)]

        case .recordSafetyPlan(let id, let plan):
            try self.require(actor, .caseWorkers)
            _ = try self.requireMeeting(id, in: .proposed, .gatheringAvailability, .entryRequested, .postponed)
            guard !plan.arrival.isBlank, !plan.departure.isBlank else { throw .safetyPlanMissing }  // R33
            return [.safetyPlanRecorded(id, plan)]

        case .recordSupportPersonPrepared(let id):
            try self.require(actor, .caseWorkers)
            guard try self.requireParticipant(id).role == .supportPerson else { throw .participantNotFound }
            return [.supportPersonPrepared(id)]

        case .requestEntry(let id, let request):
            try self.require(actor, .caseWorkers)  // the coordinator, or the mediator on their behalf
            // Q16: NHQ sends it for a restricted case
            guard self.restrictedTo == nil || actor.role == .coordinator else { throw .nhqApprovalRequired }
            try self.requireStage(.dialogue)
            let meeting = try self.requireMeeting(id, in: .gatheringAvailability, .postponed, .entryRequested)
            guard meeting.form == .meetingInPerson, let site = meeting.site, request.site == site else { throw .formNotMeeting(meeting.form) }
            if meeting.state == .entryRequested, meeting.entryRequest?.status == .requested || meeting.entryRequest?.status == .approved {
                throw .meetingNotInState(meeting.state)  // the site has not answered, or already approved
            }
            try self.requireAvailability(of: meeting)
            try self.requireNoWithdrawalNotice(meeting.attendees)  // C6
            let earliest = WorkingDays.adding(policy.entryNoticeWorkingDays, to: at)
            let siteProposedThisTime = meeting.entryRequest?.proposedTime == request.scheduledFor
            guard request.scheduledFor >= earliest || (siteProposedThisTime && request.scheduledFor > at) else {
                throw .entryNoticeTooShort(earliest: earliest)
            }  // R32
            for attendee in meeting.attendees where self.participant(attendee)?.side == .victim {
                guard request.entrants.contains(where: { $0.participant == attendee && !$0.name.isBlank }) else {
                    throw .entrantMissing(participant: attendee)
                }  // R31, R34
            }
            try self.requireGate(for: self.participants(meeting.attendees), at: at, policy: policy)  // R21: sending an entry request
            return [.entryRequested(id, request)]

        case .approveEntry(let id), .declineEntry(let id, _), .proposeOtherTime(let id, _):
            try self.require(actor, [.siteLiaison])  // R30; the service checks that the site is theirs (R31, N4)
            let meeting = try self.requireMeeting(id, in: .entryRequested)
            guard meeting.entryRequest?.status == .requested else { throw .meetingNotInState(meeting.state) }
            switch command {
            case .declineEntry(_, let reason): return [.entryDeclined(id, reason: reason)]
            case .proposeOtherTime(_, let time):
                guard time > at else { throw .dateInPast }
                return [.otherTimeProposed(id, time)]
            default: return [.entryApproved(id)]
            }

        case .bookVideo(let id, let scheduledFor):
            try self.require(actor, .caseWorkers)
            let meeting = try self.requireMeeting(id, in: .gatheringAvailability, .postponed)
            guard meeting.form == .meetingVideo else { throw .formNotMeeting(meeting.form) }
            guard scheduledFor > at else { throw .dateInPast }
            try self.requireAvailability(of: meeting)
            return [.videoBooked(id, scheduledFor: scheduledFor)]

        case .confirmMeeting(let id):
            try self.require(actor, .coordinator)  // §2.2: the mediator plans, the coordinator confirms
            try self.requireStage(.dialogue)
            let meeting = try self.requireMeeting(id, in: .gatheringAvailability, .entryRequested, .postponed)
            guard !self.participants(meeting.attendees).contains(where: \.hasWithdrawn) else { throw .participantWithdrew }
            if meeting.form == .meetingInPerson {
                guard meeting.state == .entryRequested, meeting.entryRequest?.status == .approved else { throw .entryNotApproved }  // R30
                guard meeting.safetyPlan != nil else { throw .safetyPlanMissing }  // R33
            } else {
                guard meeting.videoBooked else { throw .videoNotBooked }
            }
            try self.checkMeetingGates(id, at: at, policy: policy)
            return [.meetingConfirmed(id)]

        case .joinMeeting(let id, let other):
            try self.require(actor, .coordinator)  // the role that may read both cases (N1)
            try self.requireStage(.dialogue)
            _ = try self.requireMeeting(id, in: .proposed, .gatheringAvailability, .entryRequested, .postponed)
            guard self.links.contains(where: { $0.reference == other.reference }) else { throw .linkedCaseNotFound }
            guard !(self.jointMeetings[id] ?? []).contains(other) else { throw .jointMeetingInvalid }
            return [.meetingJoined(id, with: other)]

        case .recordMeetingHeld(let id, let attended, let note):
            try self.require(actor, .mediatorOnly)
            let meeting = try self.requireMeeting(id, in: .confirmed)
            guard !attended.isEmpty, Set(attended).isSubset(of: meeting.attendees) else { throw .attendeesIncomplete }
            guard !self.participants(attended).contains(where: \.hasWithdrawn) else { throw .participantWithdrew }
            try self.requireNoWithdrawalNotice(attended)  // C6
            try self.requireGate(for: self.participants(attended), at: at, policy: policy)  // R21: holding a meeting
            return [.meetingHeld(id, attended: attended, note: note)]

        case .postponeMeeting(let id):
            try self.require(actor, .coordinator)
            _ = try self.requireMeeting(id, in: .gatheringAvailability, .entryRequested, .confirmed)
            return [.meetingPostponed(id)]

        case .cancelMeeting(let id):
            try self.require(actor, .caseWorkers)
            _ = try self.requireMeeting(id, in: .proposed, .gatheringAvailability, .entryRequested, .confirmed, .postponed)
            return [.meetingCancelled(id)]  // the site learns "cancelled", never why (§4.7)

        default:
            preconditionFailure("Case.changes(for:) decides \(command) elsewhere")
        }
    }

    /// What every attendee of a planned meeting must have for it to be confirmed: consent to take part and
    /// to the form, support persons cleared (R34), no withdrawal notice (C6), current assessments and no
    /// open escalation (R21, R23), no blocking order (R28, R29). §4.9: a joint meeting is confirmed or
    /// held only when this passes in every joined case.
    public func checkMeetingGates(_ id: Identifier<Meeting>, at: Date, policy: CasePolicy) throws(DomainError) {
        guard let meeting = self.meeting(id) else { throw .meetingNotFound }
        guard meeting.isPlanned || meeting.state == .held else { throw .meetingNotInState(meeting.state) }
        let attendees = self.participants(meeting.attendees)
        guard attendees.count == meeting.attendees.count, !attendees.contains(where: \.hasWithdrawn) else { throw .participantWithdrew }
        for person in attendees {
            try self.requireConsent(person.id, .takePart, at: at)
            try self.requireConsent(person.id, .form(meeting.form), at: at)  // §5: no confirmation without the form's consent
        }
        for person in attendees where person.role == .supportPerson { try self.requireCleared(person, for: meeting, at: at) }
        try self.requireNoWithdrawalNotice(meeting.attendees)
        try self.requireGate(for: attendees, at: at, policy: policy)
        try self.requireNoBlockingOrder()
    }

    func requireMeeting(_ id: Identifier<Meeting>, in states: Meeting.State...) throws(DomainError) -> Meeting {
        guard let meeting = self.meeting(id) else { throw .meetingNotFound }
        guard states.contains(meeting.state) else { throw .meetingNotInState(meeting.state) }
        return meeting
    }

    /// Attendees: known participants still taking part, no one twice, someone from each side.
    private func requireAttendees(_ ids: [Identifier<Participant>]) throws(DomainError) -> [Participant] {
        let people = self.participants(ids)
        guard people.count == ids.count, Set(ids).count == ids.count else { throw .participantNotFound }
        guard !people.contains(where: \.hasWithdrawn) else { throw .participantWithdrew }
        let sides = Set(people.filter { $0.role != .supportPerson }.map(\.side))
        guard sides == [.victim, .offender] else { throw .attendeesIncomplete }
        return people
    }

    /// Availability is gathered from every party attending, separately (§4.7, F8).
    private func requireAvailability(of meeting: Meeting) throws(DomainError) {
        for attendee in meeting.attendees where !meeting.availabilityFrom.contains(attendee) {
            throw .availabilityMissing(participant: attendee)
        }
    }

    /// R34: named (a participant of the case), consented to by a party on their side, prepared, and on the entry list.
    private func requireCleared(_ supporter: Participant, for meeting: Meeting, at: Date) throws(DomainError) {
        let consented = self.primaries(on: supporter.side).contains { self.hasConsent($0.id, .supportPerson(supporter.id), at: at) }
        let listed = meeting.form != .meetingInPerson || meeting.entryRequest?.entrants.contains { $0.participant == supporter.id } == true
        guard consented, self.preparedSupportPersons.contains(supporter.id), listed else { throw .supportPersonNotCleared(participant: supporter.id) }
    }

    func participants(_ ids: [Identifier<Participant>]) -> [Participant] {
        ids.compactMap { self.participant($0) }
    }
}

extension String {
    /// Empty, or only spaces and line breaks.
    public var isBlank: Bool { self.allSatisfy(\.isWhitespace) }
}
