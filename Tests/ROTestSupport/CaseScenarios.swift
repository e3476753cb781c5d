import Foundation
import ROCore
import ROServices

/// Cases built through the services, as people would build them, for tests that need one at a given point.
extension TestEnvironment {
    /// A fictional site in Pacific time, served by `liaisons`.
    public func makeSite(_ code: String, liaisons: [User] = []) async throws {
        let sites = SiteService(env: self.env)
        try await sites.save(
            Site(code: code, nameEnglish: "\(code) (fictional)", nameFrench: "\(code) (fictif)", region: "pacific", timeZone: "America/Vancouver"),
            by: .system
        )
        for liaison in liaisons { try await sites.link(liaison, to: code, by: .system) }
    }

    /// A victim's request assigned to `mediator`, in ASSIGNED.
    public func assignedCase(coordinator: User, mediator: User) async throws -> Case {
        let cases = CaseService(env: self.env)
        let opened = try await cases.recordVictimRequest(
            requesterType: .registeredVictim,
            channel: .phone,
            region: "pacific",
            language: "fr",
            by: coordinator
        )
        let offender = Participant(id: Identifier(self.env.newID()), role: .offender, language: "en")
        var value = opened
        for command: CaseCommand in [
            .addParticipant(offender), .startAssessment, .linkOffenderRecord(fpsNumber: "000222B"),
            .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria),
            .reviewSafetySection,
            .assignMediators([mediator.id]),
            .recordSafeContact(participant: offender.id, SafeContact(channels: [.inPerson], mayLeaveMessage: false, safeTimes: "")),
        ] {
            value = try await cases.execute(opened.id, command, expectedVersion: nil, by: coordinator)
        }
        return value
    }

    /// An assigned case taken to dialogue in `form`: both parties consented and assessed (R15, R21).
    public func caseInDialogue(_ form: DialogueForm, coordinator: User, mediator: User) async throws -> Case {
        let cases = CaseService(env: self.env)
        let assigned = try await self.assignedCase(coordinator: coordinator, mediator: mediator)
        let victim = assigned.participants[0].id
        let offender = assigned.participants[1].id
        let given = { (person: Identifier<Participant>, purpose: ConsentPurpose) in
            CaseCommand.recordConsent(
                participant: person,
                purpose: purpose,
                decision: .given,
                expiresAt: nil,
                noticeVersion: purpose == .takePart ? ConfidentialityNotice.currentVersion : nil
            )
        }
        var value = assigned
        for command: CaseCommand in [
            given(victim, .takePart), .beginPreparation, given(victim, .approachOtherParty), given(victim, .form(form)),
            .recordAssessment(participant: victim, safetyConcern: nil, privacyConcerns: false, ready: true),
            .recordAssessment(participant: offender, safetyConcern: nil, privacyConcerns: false, ready: true),
            .approachOtherParty, given(offender, .takePart), given(offender, .form(form)), .startDialogue(form),
        ] {
            value = try await cases.execute(assigned.id, command, expectedVersion: nil, by: mediator)
        }
        return value
    }

    /// A case in dialogue with a draft item of `form` from the offender to the victim (§4.6).
    public func caseWithDraftItem(_ form: DialogueForm = .letter, coordinator: User, mediator: User) async throws -> (Case, Identifier<RelayedItem>) {
        let inDialogue = try await self.caseInDialogue(form, coordinator: coordinator, mediator: mediator)
        let item = Identifier<RelayedItem>(self.env.newID())
        let drafted = try await CaseService(env: self.env).execute(
            inDialogue.id,
            .draftItem(
                id: item,
                form: form,
                sender: inDialogue.participants[1].id,
                recipient: inDialogue.participants[0].id,
                content: "A fictional letter."
            ),
            expectedVersion: nil,
            by: mediator
        )
        return (drafted, item)
    }

    /// An assigned case taken to dialogue, with an in-person meeting at `site` whose entry is requested
    /// for `daysAhead` days from now (R30–R32).
    public func caseWithEntryRequest(
        site: String,
        daysAhead: Double = 30,
        coordinator: User,
        mediator: User
    ) async throws -> (Case, Identifier<Meeting>) {
        let inDialogue = try await self.caseInDialogue(.meetingInPerson, coordinator: coordinator, mediator: mediator)
        let victim = inDialogue.participants[0].id
        let offender = inDialogue.participants[1].id
        let meeting = Identifier<Meeting>(self.env.newID())
        let request = EntryRequest(
            site: site,
            scheduledFor: self.clock.now.addingTimeInterval(daysAhead * 86_400),
            roomNeeds: "Quiet room",
            entrants: [Entrant(participant: victim, name: "Test Entrant (fictional)", identityDetails: "")],
            offenderName: "Test Offender (fictional)",
            fpsNumber: "000000T",
            accessibilityAndEscortNeeds: "",
            securityNotes: ""
        )
        var value = inDialogue
        for command: CaseCommand in [
            .proposeMeeting(id: meeting, form: .meetingInPerson, site: site, attendees: [victim, offender]),
            .recordAvailability(meeting, participant: victim), .recordAvailability(meeting, participant: offender), .requestEntry(meeting, request),
        ] {
            value = try await CaseService(env: self.env).execute(inDialogue.id, command, expectedVersion: nil, by: mediator)
        }
        return (value, meeting)
    }

    /// A case in dialogue by video with a meeting booked ten days ahead.
    public func bookedVideoMeeting(coordinator: User, mediator: User) async throws -> (Case, Identifier<Meeting>) {
        let value = try await self.caseInDialogue(.meetingVideo, coordinator: coordinator, mediator: mediator)
        let meeting = Identifier<Meeting>(self.env.newID())
        let (victim, offender) = (value.participants[0].id, value.participants[1].id)
        var current = value
        for command: CaseCommand in [
            .proposeMeeting(id: meeting, form: .meetingVideo, site: nil, attendees: [victim, offender]),
            .recordAvailability(meeting, participant: victim),
            .recordAvailability(meeting, participant: offender), .bookVideo(meeting, scheduledFor: self.clock.now.addingTimeInterval(10 * 86_400)),
        ] {
            current = try await CaseService(env: self.env).execute(value.id, command, expectedVersion: nil, by: mediator)
        }
        return (current, meeting)
    }
}
