import Foundation
import Hummingbird
import ROCore

/// Turns a step form posted on the case page into a case command. The rules are not here: `decide`
/// refuses what the stage, the role, the consents or the assessments do not allow.
enum CaseSteps {
    /// The consent purposes offered on the case page, by form value. Forgiveness is no purpose (R40).
    static let purposes: [(value: String, purpose: ConsentPurpose)] = [
        ("takePart", .takePart), ("approachOtherParty", .approachOtherParty), ("form.letter", .form(.letter)),
        ("form.relayedMessage", .form(.relayedMessage)), ("form.meetingInPerson", .form(.meetingInPerson)),
        ("form.meetingVideo", .form(.meetingVideo)), ("recordMeeting", .recordMeeting),
        ("receiveItems", .receiveItems), ("notifySenderOfReceipt", .notifySenderOfReceipt), ("researchUse", .researchUse),
    ]

    /// The purposes offered for one case: the fixed ones, and agreeing to each named support person (R34).
    static func purposes(for value: Case) -> [(value: String, purpose: ConsentPurpose)] {
        Self.purposes + value.participants.filter { $0.role == .supportPerson }.map { ("supportPerson.\($0.id)", .supportPerson($0.id)) }
    }

    /// Every step a case page or an API client can name (the OpenAPI document lists the same).
    static let names = CaseStep.allCases.map(\.rawValue)

    /// The eligibility form's boxes are this and a criterion's code.
    static let criterionPrefix = "criterion-"

    /// Video meetings are booked in NHQ's time (Ottawa); in-person ones in their site's.
    static let videoTimeZone = TimeZone(identifier: "America/Toronto")!

    /// - Parameters:
    ///   - value: the case as the form was built from it (which participants, meetings and sites exist).
    ///   - newID: a fresh id, for what the step creates (a letter, a meeting, a new episode).
    static func command(_ step: CaseStep, _ form: FormFields, on value: Case, sites: [Site], newID: UUID) throws -> CaseCommand {
        func participant(_ field: String) throws -> Identifier<Participant> {
            guard let id = Identifier<Participant>(uuidString: form[field]) else { throw Self.invalid(field) }
            return id
        }
        func item() throws -> Identifier<RelayedItem> {
            guard let id = Identifier<RelayedItem>(uuidString: form["item"]) else { throw Self.invalid("item") }
            return id
        }
        func meeting() throws -> Identifier<Meeting> {
            guard let id = Identifier<Meeting>(uuidString: form["meeting"]) else { throw Self.invalid("meeting") }
            return id
        }
        /// Checked boxes named `<prefix><participant id>`.
        func checked(_ prefix: String, among ids: [Identifier<Participant>]) -> [Identifier<Participant>] {
            ids.filter { form["\(prefix)\($0)"] == "yes" }
        }
        func time(in zone: TimeZone) throws -> Date {
            guard let date = MeetingTime.parse(date: form["date"], time: form["time"], in: zone) else { throw Self.invalidDateTime }
            return date
        }
        switch step {
        case .startAssessment: return .startAssessment
        case .confirmEligibility:
            // R10, R11: boxes named `criterion-<code>`; `decide` checks that every criterion in force was ticked.
            let ticked = form.names(withPrefix: Self.criterionPrefix).filter { form[$0] == "yes" }
            return .confirmEligibility(criteria: ticked.map { String($0.dropFirst(Self.criterionPrefix.count)) })
        case .reviewSafety: return .reviewSafetySection
        case .closeIneligible: return .closeIneligible
        case .assign:
            guard let mediator = Identifier<User>(uuidString: form["mediator"]) else { throw Self.invalid("mediator") }
            return .assignMediators([mediator])
        case .addParticipant:
            guard let role = ParticipantRole(rawValue: form["role"]) else { throw Self.invalid("role") }
            guard Language(rawValue: form["language"]) != nil else { throw Self.invalid("language") }
            return .addParticipant(Participant(id: Identifier(newID), role: role, language: form["language"]))
        case .consent:
            guard let purpose = purposes(for: value).first(where: { $0.value == form["purpose"] })?.purpose else { throw Self.invalid("purpose") }
            guard let decision = ConsentDecision(rawValue: form["decision"]) else { throw Self.invalid("decision") }
            return .recordConsent(
                participant: try participant("participant"),
                purpose: purpose,
                decision: decision,
                expiresAt: nil,
                byAuthorisedPerson: form["byAuthorisedPerson"] == "yes",
                noticeVersion: form["noticeGiven"] == "yes" ? ConfidentialityNotice.currentVersion : nil
            )
        case .recordDisclosure:
            guard let category = Disclosure.Category(rawValue: form["category"]) else { throw Self.invalid("category") }
            // The start of the day in Ottawa, so that a disclosure made earlier today is not "in the future".
            guard let day = MeetingTime.parse(date: form["disclosedOn"], time: "00:00", in: CaseSteps.videoTimeZone) else {
                throw DomainError.disclosureIncomplete
            }
            let legalBasis = form["legalBasis"].trimmingCharacters(in: .whitespacesAndNewlines)
            let recipient = form["recipient"].trimmingCharacters(in: .whitespacesAndNewlines)
            guard legalBasis.count <= 300, recipient.count <= 200 else { throw DomainError.disclosureIncomplete }
            return .recordDisclosure(id: Identifier(newID), category: category, legalBasis: legalBasis, recipient: recipient, disclosedOn: day)
        case .linkCase:
            let reference = form["reference"].trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
            guard !reference.isEmpty, reference.count <= 40 else { throw Self.invalid("reference") }
            guard let relation = CaseLink.Relation(rawValue: form["relation"]) else { throw Self.invalid("relation") }
            return .linkCase(CaseLink(reference: reference, relation: relation))
        case .linkOffenderRecord: return .linkOffenderRecord(fpsNumber: form["fps"].trimmingCharacters(in: .whitespaces).uppercased())
        case .proposeClosure:
            guard let reason = ClosureReason(rawValue: form["reason"]) else { throw Self.invalid("reason") }
            return .proposeClosure(reason)
        case .recordAcknowledgement:
            guard let channel = IntakeChannel(rawValue: form["channel"]) else { throw Self.invalid("channel") }
            return .recordAcknowledgement(channel: channel)
        case .unlinkCase: return .unlinkCase(reference: form["reference"])
        case .joinMeeting:
            // `joint` is "<reference> <meeting id>" of the linked case's meeting, as the page's list offers it.
            let parts = form["joint"].split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, let other = Identifier<Meeting>(uuidString: parts[1]) else { throw Self.invalid("joint") }
            return .joinMeeting(try meeting(), with: JointMeeting(reference: parts[0], meeting: other))
        case .otherPartyTold: return .recordOtherPartyTold(about: try participant("participant"))
        case .authorisedConsent:
            return .requireAuthorisedConsent(try participant("participant"), required: form["required"] == "yes")
        case .assess:
            // R23: a safety concern names what it concerns, and opens an escalation with it.
            var concern: RaisedConcern?
            if form["safety"] == "yes" {
                guard EscalationCategory(rawValue: form["category"]) != nil else { throw Self.invalid("category") }
                concern = RaisedConcern(id: Identifier(newID), category: form["category"])
            }
            return .recordAssessment(
                participant: try participant("participant"),
                safetyConcern: concern,
                privacyConcerns: form["privacy"] == "yes",
                ready: form["ready"] == "yes",
                notes: form["notes"]
            )
        case .withdraw: return .recordWithdrawal(participant: try participant("participant"), mayReturn: form["mayReturn"] == "yes")
        case .beginPreparation: return .beginPreparation
        case .approach: return .approachOtherParty
        case .startDialogue:
            guard let dialogueForm = DialogueForm(rawValue: form["form"]) else { throw Self.invalid("form") }
            return .startDialogue(dialogueForm)
        case .followUp: return .startFollowUp
        case .backToDialogue: return .returnToDialogue
        case .resume: return .resume
        case .draftLetter:
            let text = form["content"].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw Self.invalid("content") }
            let itemForm = form["form"].isEmpty ? DialogueForm.letter : DialogueForm(rawValue: form["form"])
            guard let itemForm, itemForm.isRelayed else { throw Self.invalid("form") }
            return .draftItem(
                id: Identifier(newID),
                form: itemForm,
                sender: try participant("sender"),
                recipient: try participant("recipient"),
                content: text
            )
        case .submitItem: return .submitItem(try item())
        case .removeFile:
            guard let file = Identifier<MediaAttachment>(uuidString: form["file"]) else { throw Self.invalid("file") }
            return .detachMedia(try item(), file)
        case .eraseRecording:
            guard let file = Identifier<MediaAttachment>(uuidString: form["file"]) else { throw Self.invalid("file") }
            return .eraseRecordingAtSendersRequest(try item(), file)
        case .approveItem: return .approveItem(try item())
        case .returnItem: return .returnItem(try item())
        case .shareItem:
            return .recordConsent(participant: try participant("participant"), purpose: .shareItem(try item()), decision: .given, expiresAt: nil)
        case .optIn: return .recordRecipientChoice(try item(), optIn: true)
        case .release: return .releaseItem(try item())
        case .deliver: return .recordDelivery(try item())
        case .acknowledge: return .acknowledgeItem(try item())
        case .reopen: return .reopen(newEpisode: Identifier(newID))
        case .needs:
            let person = try participant("participant")
            guard let role = value.participant(person)?.role else { throw Self.invalid("participant") }
            // Boxes named `need-<code>`; `decide` refuses a code not offered to this person.
            let codes = form.names(withPrefix: "need-").filter { form[$0] == "yes" }.map { NeedCode(rawValue: String($0.dropFirst("need-".count))) }
            let words = form["ownWords"].trimmingCharacters(in: .whitespacesAndNewlines)
            return .recordNeeds(participant: person, codes: codes, ownWords: words.isEmpty ? nil : words)
        case .person: return .recordPerson(participant: try participant("participant"), PersonRow.record(from: form))
        case .writeNote: return .writeNote(id: Identifier(newID), text: form["note"], restricted: form["restricted"] == "yes")
        case .logContact:
            guard let channel = ContactChannel(rawValue: form["channel"]) else { throw Self.invalid("channel") }
            guard let outcome = ContactLogEntry.Outcome(rawValue: form["outcome"]) else { throw Self.invalid("outcome") }
            return .logContact(participant: try participant("participant"), channel: channel, outcome: outcome, note: form["note"])
        case .takeOwnership: return .takeOwnership
        case .restrict:
            let named = form.names(withPrefix: "staff-").filter { form[$0] == "yes" }.compactMap {
                Identifier<User>(uuidString: String($0.dropFirst("staff-".count)))
            }
            return .restrictAccess(to: Set(named))
        case .liftRestriction: return .liftRestriction
        case .recuse: return .recuse
        case .correctEntry:
            guard let entry = Int(form["entry"].trimmingCharacters(in: .whitespaces)) else { throw Self.invalid("entry") }
            let note = form["note"].trimmingCharacters(in: .whitespacesAndNewlines)
            guard note.count <= 1_000 else { throw Self.invalid("note") }
            return .recordCorrection(entry: entry, note: note)
        case .communicationNeeds:
            let interpreter = form["interpreter"].trimmingCharacters(in: .whitespaces)
            guard interpreter.count <= 60 else { throw Self.invalid("interpreter") }
            let needs = CommunicationNeeds.Need.allCases.filter { form["need-\($0.rawValue)"] == "yes" }
            let notes = form["notes"].trimmingCharacters(in: .whitespacesAndNewlines)
            return .recordCommunicationNeeds(
                participant: try participant("participant"),
                CommunicationNeeds(interpreterLanguage: interpreter.isEmpty ? nil : interpreter, needs: needs, notes: notes)
            )
        case .safeContact:
            let channels = ContactChannel.allCases.filter { form["channel-\($0.rawValue)"] == "yes" }
            let preferences = SafeContact(
                channels: channels,
                mayLeaveMessage: form["mayLeaveMessage"] == "yes",
                safeTimes: form["times"].trimmingCharacters(in: .whitespaces)
            )
            return .recordSafeContact(participant: try participant("participant"), preferences)
        case .confirmContinuing: return .confirmContinuing(try participant("participant"))
        case .supportPrepared: return .recordSupportPersonPrepared(try participant("participant"))
        case .proposeMeeting:
            guard let meetingForm = DialogueForm(rawValue: form["form"]), !meetingForm.isRelayed else { throw Self.invalid("form") }
            let attendees = checked("attend-", among: value.participants.map(\.id))
            return .proposeMeeting(
                id: Identifier(newID),
                form: meetingForm,
                site: meetingForm == .meetingInPerson ? form["site"] : nil,
                attendees: attendees
            )
        case .availability: return .recordAvailability(try meeting(), participant: try participant("participant"))
        case .safetyPlan: return .recordSafetyPlan(try meeting(), SafetyPlan(arrival: form["arrival"], departure: form["departure"]))
        case .requestEntry:
            let id = try meeting()
            guard let planned = value.meeting(id), let code = planned.site, let site = sites.first(where: { $0.code == code }) else {
                throw DomainError.meetingNotFound
            }
            // R31, §7.2: the names and the FPS number come from the records, never typed again here.
            let offender = value.participants.first { $0.role == .offender }.flatMap { value.people[$0.id] }
            guard let offenderName = offender?.entryName, !offenderName.isEmpty, let fps = value.offenderFPSNumber else {
                throw Self.offenderIdentityMissing
            }
            let entrants = try planned.attendees.filter { value.participant($0)?.side == .victim }.map { id in
                guard let name = value.people[id]?.entryName, !name.isEmpty else { throw Self.entrantIdentityMissing }
                return Entrant(participant: id, name: name, identityDetails: form["identity-\(id)"])
            }
            let request = EntryRequest(
                site: code,
                scheduledFor: try time(in: TimeZone(identifier: site.timeZone) ?? Self.videoTimeZone),
                roomNeeds: form["room"],
                entrants: entrants,
                offenderName: offenderName,
                fpsNumber: fps,
                accessibilityAndEscortNeeds: form["accessibility"],
                securityNotes: form["security"]
            )
            return .requestEntry(id, request)
        case .bookVideo: return .bookVideo(try meeting(), scheduledFor: try time(in: Self.videoTimeZone))
        case .confirmMeeting: return .confirmMeeting(try meeting())
        case .postponeMeeting: return .postponeMeeting(try meeting())
        case .cancelMeeting: return .cancelMeeting(try meeting())
        case .meetingHeld:
            let id = try meeting()
            let attended = checked("attended-", among: value.meeting(id)?.attendees ?? [])
            return .recordMeetingHeld(id, attended: attended, note: form["note"])
        case .confirmRepresentative, .reassign, .invalidateAssessments, .raiseEscalation, .resolveEscalation, .recordOrder, .orderAmended,
            .approveDespiteOrder, .hold, .redactItem, .withdrawItem, .translateItem, .close:
            return try Self.safetyOrAdministrationCommand(step, form, newID: newID)
        }
    }

    /// A field the step needs is missing or not one of its values (only an API client or a hand-made request sends that).
    static func invalid(_ field: String) -> PublicError {
        PublicError(status: .unprocessableContent, code: "invalid-field", values: ["field": field])
    }

    static let invalidDateTime = PublicError(status: .unprocessableContent, code: "invalid-date-time")

    static let offenderIdentityMissing = PublicError(status: .unprocessableContent, code: "offender-identity-missing")

    static let entrantIdentityMissing = PublicError(status: .unprocessableContent, code: "entrant-identity-missing")
}

/// Meeting times are entered and shown in the site's own time zone, to the minute.
enum MeetingTime {
    static func parse(date: String, time: String, in zone: TimeZone) -> Date? {
        let day = date.trimmingCharacters(in: .whitespaces).split(separator: "-").compactMap { Int($0) }
        let clock = time.trimmingCharacters(in: .whitespaces).split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, clock.count == 2, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: day[0], month: day[1], day: day[2], hour: clock[0], minute: clock[1])
        guard parts.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: parts)
    }

    /// `2026-12-21 10:00 (America/Vancouver)`.
    static func text(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0) + " (\(zone.identifier))"
    }
}
