import Foundation
import ROCore
import ROStore

/// Fictional cases for the demo database, in the stages this release can reach, so a newcomer sees the
/// queue, a case page and its timeline at once. Loaded once, into a database marked demo.
public enum DemoCases {
    /// Fictional sites (R30). The demo site liaison serves the first.
    static let sites = [
        Site(
            code: "FVI",
            nameEnglish: "Fictional Valley Institution",
            nameFrench: "Établissement de la Vallée-Fictive",
            region: "pacific",
            timeZone: "America/Vancouver"
        ),
        Site(
            code: "LHI",
            nameEnglish: "Lakeshore Heights Institution (fictional)",
            nameFrench: "Établissement Lakeshore Heights (fictif)",
            region: "ontario",
            timeZone: "America/Toronto"
        ),
        Site(
            code: "NRO",
            nameEnglish: "Northern Rivers Parole Office (fictional)",
            nameFrench: "Bureau de libération conditionnelle des Rivières-du-Nord (fictif)",
            region: "prairie",
            timeZone: "America/Winnipeg"
        ),
    ]

    public static func load(into env: AppEnvironment) async throws {
        let accounts = AccountService(env: env)
        let siteService = SiteService(env: env)
        for site in self.sites { try await siteService.save(site, by: .system) }
        try await siteService.link(try await accounts.find("demo-siteLiaison", by: .system), to: self.sites[0].code, by: .system)
        let existing = try await env.store.transaction { tx in try await tx.cases.list(.all, visibleTo: nil, limit: 1) }
        guard existing.isEmpty else { return }
        _ = try await ProgramSettingsService(env: env).save(self.settings, by: .system)
        let coordinator = try await accounts.find("demo-coordinator", by: .system)
        let mediator = try await accounts.find("demo-mediator", by: .system)
        let cases = CaseService(env: env)

        _ = try await cases.recordVictimRequest(
            requesterType: .nonRegisteredVictim,
            channel: .phone,
            region: "quebec",
            language: "fr",
            by: coordinator
        )

        let inAssessment = try await cases.recordVictimRequest(
            requesterType: .registeredVictim,
            channel: .email,
            region: "ontario",
            language: "en",
            by: coordinator
        )
        try await self.run(cases, inAssessment, [.startAssessment], by: coordinator)

        let ineligible = try await cases.recordVictimRequest(
            requesterType: .communityMember,
            channel: .mail,
            region: "atlantic",
            language: "en",
            by: coordinator
        )
        try await self.run(cases, ineligible, [.startAssessment, .closeIneligible], by: coordinator)

        let assigned = try await cases.recordVictimRequest(
            requesterType: .registeredVictim,
            channel: .phone,
            region: "pacific",
            language: "en",
            by: coordinator
        )
        let offender = Participant(id: Identifier(env.newID()), role: .offender, language: "en")
        try await self.run(
            cases,
            assigned,
            [
                .addParticipant(offender), .startAssessment, .linkOffenderRecord(fpsNumber: "900001D"),
                .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria),
                .reviewSafetySection, .assignMediators([mediator.id]), .recordAcknowledgement(channel: .phone),
            ],
            by: coordinator
        )
        // §4.9: the request in assessment is a second victim's, about the assigned case's offender.
        try await self.run(cases, inAssessment, [.linkCase(CaseLink(reference: assigned.reference, relation: .sameOffender))], by: coordinator)
        try await self.letterWaitingOnReassessment(env, coordinator: coordinator, mediator: mediator)
        try await self.meetingAwaitingEntry(
            env,
            referrer: try await accounts.find("demo-referrer", by: .system),
            coordinator: coordinator,
            mediator: mediator
        )
        let people = DemoPeople(coordinator: coordinator, mediator: mediator, siteLiaison: try await accounts.find("demo-siteLiaison", by: .system))
        try await self.inPreparation(env, people)
        try await self.onHoldAfterAWithdrawal(env, people)
        try await self.messagesAndAVideoMeetingInFollowUp(env, people)
        try await self.completedWithAMeetingAtTheSite(env, people)
        try await self.withdrawnMonthsAgo(env, people)
        let lettersAndVideo = try await self.scannedLetterAndAVideoMessage(env, people)
        try await self.investigations(env, approvedOn: lettersAndVideo, waitingOn: assigned.id)
        try await self.retentionAtWork(env, coordinator: coordinator)
        try await self.recordingPastItsRetention(env, people)
    }

    /// N7: the demo auditor may read one case under an investigation the second auditor approved, and
    /// finds the second auditor's request on another case waiting for their approval.
    static func investigations(_ env: AppEnvironment, approvedOn readable: Identifier<Case>, waitingOn waiting: Identifier<Case>) async throws {
        let accounts = AccountService(env: env)
        let auditor = try await accounts.find("demo-auditor", by: .system)
        let second = try await accounts.find(DemoAccounts.secondAuditor.username, by: .system)
        let investigations = InvestigationService(env: env)
        let asked = try await investigations.open(
            readable,
            grounds: "Fictional complaint 2026-03 (demo): a participant asks how their letter was handled.",
            by: auditor
        )
        _ = try await investigations.approve(asked.id, by: second)
        _ = try await investigations.open(
            waiting,
            grounds: "Fictional privacy breach report 2026-05 (demo): a letter may have been shown before review.",
            by: second
        )
    }

    /// §7.3: three requests closed before assignment years ago, past their two years: one disposed of by the two
    /// demo coordinators (its certificate listed, its reference a tombstone), one on an auditor's legal hold, one due.
    static func retentionAtWork(_ env: AppEnvironment, coordinator: User) async throws {
        let accounts = AccountService(env: env)
        let second = try await accounts.find(DemoAccounts.secondCoordinator.username, by: .system)
        let auditor = try await accounts.find("demo-auditor", by: .system)
        var closed: [Case] = []
        for (days, region) in [(1_200.0, "prairie"), (1_000.0, "quebec"), (950.0, "pacific")] {
            let opened = try await CaseService(env: self.daysAgo(days, env)).recordVictimRequest(
                requesterType: .communityMember,
                channel: .mail,
                region: region,
                language: region == "quebec" ? "fr" : "en",
                by: coordinator
            )
            try await self.run(CaseService(env: self.daysAgo(days - 20, env)), opened, [.startAssessment, .closeIneligible], by: coordinator)
            closed.append(opened)
        }
        let disposals = DisposalService(env: self.daysAgo(3, env))
        try await disposals.propose(closed[0].id, by: second)
        try await DisposalService(env: self.daysAgo(2, env)).approve(closed[0].id, by: coordinator)
        _ = try await DisposalService(env: self.daysAgo(30, env)).placeHold(
            onReference: closed[1].reference,
            reason: "Privacy Act request P-2026-0117 (fictional, demo)",
            by: auditor
        )
    }

    /// The program's defaults with fictional contacts (R47) and resources (R10); 555 numbers are fictional.
    static let settings: ProgramSettings = {
        var settings = ProgramSettings.standard
        settings.programContact = BilingualText(
            english: "Restorative Justice Division (fictional demo): 1-800-555-0147, weekdays 9 to 5 Eastern",
            french: "Division de la justice réparatrice (démo fictive) : 1-800-555-0147, en semaine de 9 h à 17 h (heure de l’Est)"
        )
        settings.victimServicesContact = BilingualText(
            english: "Victim Services (fictional demo): 1-800-555-0162",
            french: "Services aux victimes (démo fictive) : 1-800-555-0162"
        )
        settings.otherResources = BilingualText(
            english: "A fictional regional victim support line: 1-800-555-0188\nA fictional community restorative justice program (demo)",
            french:
                "Une ligne régionale fictive d’aide aux victimes : 1-800-555-0188\nUn programme communautaire fictif de justice réparatrice (démo)"
        )
        return settings
    }()

    /// DIALOGUE in letters and video messages: the victim's handwritten letter, scanned, in review; the
    /// offender's video message drafted, waiting for the mediator to add its recording.
    static func scannedLetterAndAVideoMessage(_ env: AppEnvironment, _ people: DemoPeople) async throws -> Identifier<Case> {
        let (opened, victim, offender) = try await self.inDialogue(self.daysAgo(20, env), people, region: "ontario", form: .letter)
        let letter = Identifier<RelayedItem>(env.newID())
        let video = Identifier<RelayedItem>(env.newID())
        let past = self.daysAgo(5, env)
        try await self.run(
            CaseService(env: past),
            opened,
            [
                .draftItem(
                    id: letter,
                    form: .letter,
                    sender: victim,
                    recipient: offender,
                    content: "Handwritten letter, scanned (fictional): see the file."
                )
            ],
            by: people.mediator
        )
        var upload = try await MediaService(env: past).beginUpload(to: opened.id, item: letter, by: people.mediator)
        try await upload.append(Self.scannedPage("Demonstration scan. Every word of this letter is fictional."))
        _ = try await upload.finish(expectedVersion: nil)
        try await self.run(
            CaseService(env: past),
            opened,
            [
                .submitItem(letter), given(victim, .form(.videoMessage)), given(offender, .form(.videoMessage)),
                .draftItem(
                    id: video,
                    form: .videoMessage,
                    sender: offender,
                    recipient: victim,
                    content: "Video message (fictional): he answers her letter."
                ),
            ],
            by: people.mediator
        )
        return opened.id
    }

    /// §7.3: video messages closed two and a half years ago: the victim's recording is past its retention and
    /// waits on the retention page for a coordinator to erase it.
    static func recordingPastItsRetention(_ env: AppEnvironment, _ people: DemoPeople) async throws {
        let (opened, victim, offender) = try await self.inDialogue(self.daysAgo(960, env), people, region: "prairie", form: .videoMessage)
        let video = Identifier<RelayedItem>(env.newID())
        let past = self.daysAgo(950, env)
        let message = "Video message (fictional): what she wants him to know."
        try await self.run(
            CaseService(env: past),
            opened,
            [.draftItem(id: video, form: .videoMessage, sender: victim, recipient: offender, content: message)],
            by: people.mediator
        )
        var upload = try await MediaService(env: past).beginUpload(to: opened.id, item: video, by: people.mediator)
        try await upload.append(Array("\u{0}\u{0}\u{0}\u{18}ftypisom".utf8) + Array(repeating: 0, count: 4_096))  // a stand-in, not a film
        _ = try await upload.finish(expectedVersion: nil)
        try await self.run(CaseService(env: past), opened, [.submitItem(video)], by: people.mediator)
        try await self.run(CaseService(env: self.daysAgo(940, env)), opened, [.closeOther(.otherUnspecified)], by: people.coordinator)
    }

    /// A one-page PDF holding `text`: a stand-in for a scanned letter.
    static func scannedPage(_ text: String) -> [UInt8] {
        let stream = "BT /F1 14 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Array(pdf.utf8)
    }

    /// R24: an offender is reached in person, by the mediator, at the institution.
    static let inPersonAtTheInstitution = SafeContact(channels: [.inPerson], mayLeaveMessage: false, safeTimes: "")

    struct DemoPeople {
        let coordinator: User
        let mediator: User
        let siteLiaison: User
    }

    /// The same environment with its clock `days` in the past: demo histories span months.
    static func daysAgo(_ days: Double, _ env: AppEnvironment) -> AppEnvironment {
        var past = env
        let now = env.now
        past.now = { now().addingTimeInterval(-days * 86_400) }
        return past
    }

    /// A consent given; agreeing to take part comes with the current confidentiality notice (R37). (Also what
    /// `ro-bench-seed` records.)
    public static func given(_ person: Identifier<Participant>, _ purpose: ConsentPurpose) -> CaseCommand {
        .recordConsent(
            participant: person,
            purpose: purpose,
            decision: .given,
            expiresAt: nil,
            noticeVersion: purpose == .takePart ? ConfidentialityNotice.currentVersion : nil
        )
    }

    /// An assessment that finds the person ready, with no concern.
    public static func assessed(_ person: Identifier<Participant>) -> CaseCommand {
        .recordAssessment(participant: person, safetyConcern: nil, privacyConcerns: false, ready: true)
    }

    /// A victim's request assigned `days` ago, its offender added: (case, victim, offender).
    static func assigned(
        _ env: AppEnvironment,
        _ people: DemoPeople,
        region: String,
        offenderLanguage: String = "en"
    ) async throws -> (Case, Identifier<Participant>, Identifier<Participant>) {
        let cases = CaseService(env: env)
        let opened = try await cases.recordVictimRequest(
            requesterType: .registeredVictim,
            channel: .phone,
            region: region,
            language: "fr",
            by: people.coordinator
        )
        let offender = Participant(id: Identifier(env.newID()), role: .offender, language: offenderLanguage)
        try await self.run(
            cases,
            opened,
            [
                .addParticipant(offender), .startAssessment, .linkOffenderRecord(fpsNumber: "900001D"),
                .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria), .reviewSafetySection,
                .assignMediators([people.mediator.id]), .recordSafeContact(participant: offender.id, self.inPersonAtTheInstitution),
                .recordAcknowledgement(channel: .mail),
            ],
            by: people.coordinator
        )
        return (opened, opened.participants[0].id, offender.id)
    }

    /// Both parties prepared and approached, in dialogue by `form`, `days` ago.
    static func inDialogue(
        _ env: AppEnvironment,
        _ people: DemoPeople,
        region: String,
        form: DialogueForm
    ) async throws -> (Case, Identifier<Participant>, Identifier<Participant>) {
        let (opened, victim, offender) = try await self.assigned(env, people, region: region)
        try await self.run(
            CaseService(env: env),
            opened,
            [
                given(victim, .takePart), .beginPreparation, given(victim, .approachOtherParty), given(victim, .form(form)), assessed(victim),
                assessed(offender),
                .approachOtherParty, given(offender, .takePart), given(offender, .form(form)), .startDialogue(form),
            ],
            by: people.mediator
        )
        return (opened, victim, offender)
    }

    /// PREPARATION: the victim's consent and assessment recorded, with the mediator's findings and notes (one of
    /// them restricted, §7.2); the offender not approached yet.
    static func inPreparation(_ env: AppEnvironment, _ people: DemoPeople) async throws {
        let (opened, victim, _) = try await self.assigned(self.daysAgo(12, env), people, region: "ontario")
        let findings = "Clear about what she wants to ask; would rather write first than meet. Her sister supports her."
        try await self.run(
            CaseService(env: self.daysAgo(10, env)),
            opened,
            [
                given(victim, .takePart), .beginPreparation,
                .recordAssessment(participant: victim, safetyConcern: nil, privacyConcerns: true, ready: true, notes: findings),
                .writeNote(
                    id: Identifier(env.newID()),
                    text: "First meeting at her home went well. She asked that we never call before 6 pm (fictional).",
                    restricted: false
                ),
                .writeNote(
                    id: Identifier(env.newID()),
                    text: "She described the offence in detail; kept here only for the coordinator (fictional).",
                    restricted: true
                ),
            ],
            by: people.mediator
        )
    }

    /// ON_HOLD: the victim asked for a pause while her letter was in review; the letter was cancelled (§4.8).
    static func onHoldAfterAWithdrawal(_ env: AppEnvironment, _ people: DemoPeople) async throws {
        let past = self.daysAgo(20, env)
        let (opened, victim, offender) = try await self.inDialogue(past, people, region: "quebec", form: .letter)
        let letter = Identifier<RelayedItem>(env.newID())
        try await self.run(
            CaseService(env: self.daysAgo(6, env)),
            opened,
            [
                .draftItem(
                    id: letter,
                    form: .letter,
                    sender: victim,
                    recipient: offender,
                    content: "Demonstration letter, never delivered: every word is fictional."
                ),
                .submitItem(letter), .recordWithdrawal(participant: victim, mayReturn: true),
            ],
            by: people.mediator
        )
    }

    /// FOLLOW_UP: messages carried by the mediator both ways, then a video meeting held.
    static func messagesAndAVideoMeetingInFollowUp(_ env: AppEnvironment, _ people: DemoPeople) async throws {
        let (opened, victim, offender) = try await self.inDialogue(self.daysAgo(40, env), people, region: "atlantic", form: .relayedMessage)
        let message = Identifier<RelayedItem>(env.newID())
        let answer = Identifier<RelayedItem>(env.newID())
        let meeting = Identifier<Meeting>(env.newID())
        let cases = CaseService(env: self.daysAgo(30, env))
        var steps: [CaseCommand] = []
        for (item, from, to, text) in [
            (message, victim, offender, "Mediator’s summary (fictional): she asks what he remembers of that night."),
            (answer, offender, victim, "Mediator’s summary (fictional): he answers her question and says he is sorry for the harm."),
        ] {
            steps += [
                .draftItem(id: item, form: .relayedMessage, sender: from, recipient: to, content: text), .submitItem(item), .approveItem(item),
                given(from, .shareItem(item)), .recordRecipientChoice(item, optIn: true), .releaseItem(item), .recordDelivery(item),
            ]
        }
        steps += [
            given(victim, .form(.meetingVideo)), given(offender, .form(.meetingVideo)), .startDialogue(.meetingVideo),
            .proposeMeeting(id: meeting, form: .meetingVideo, site: nil, attendees: [victim, offender]),
            .recordAvailability(meeting, participant: victim), .recordAvailability(meeting, participant: offender),
            .bookVideo(meeting, scheduledFor: env.now().addingTimeInterval(-16 * 86_400)),
        ]
        try await self.run(cases, opened, steps, by: people.mediator)
        try await self.run(CaseService(env: self.daysAgo(29, env)), opened, [.confirmMeeting(meeting)], by: people.coordinator)
        try await self.run(
            CaseService(env: self.daysAgo(16, env)),
            opened,
            [.recordMeetingHeld(meeting, attended: [victim, offender], note: "Fictional note: held by video."), .startFollowUp],
            by: people.mediator
        )
    }

    /// CLOSED, completed face to face: a meeting at the site two months ago, entry approved by the site.
    static func completedWithAMeetingAtTheSite(_ env: AppEnvironment, _ people: DemoPeople) async throws {
        let (opened, victim, offender) = try await self.inDialogue(self.daysAgo(100, env), people, region: "pacific", form: .meetingInPerson)
        let meeting = Identifier<Meeting>(env.newID())
        let site = self.sites[0]
        let request = EntryRequest(
            site: site.code,
            scheduledFor: self.tenInTheMorning(-60, daysAfter: env.now(), in: site),
            roomNeeds: "A quiet room",
            entrants: [Entrant(participant: victim, name: "Demo Entrant Two (fictional)", identityDetails: "")],
            offenderName: "Demo Offender Two (fictional)",
            fpsNumber: "000000E",
            accessibilityAndEscortNeeds: "",
            securityNotes: ""
        )
        try await self.run(
            CaseService(env: self.daysAgo(95, env)),
            opened,
            [
                .proposeMeeting(id: meeting, form: .meetingInPerson, site: site.code, attendees: [victim, offender]),
                .recordAvailability(meeting, participant: victim), .recordAvailability(meeting, participant: offender),
                .recordSafetyPlan(
                    meeting,
                    SafetyPlan(arrival: "Victim side first, by the visitors’ entrance", departure: "Offender escorted out first")
                ),
                .requestEntry(meeting, request),
            ],
            by: people.mediator
        )
        try await SiteService(env: self.daysAgo(90, env)).answer(meeting, by: people.siteLiaison) { _, _, _ in .approveEntry(meeting) }
        try await self.run(CaseService(env: self.daysAgo(70, env)), opened, [assessed(victim), assessed(offender)], by: people.mediator)
        try await self.run(CaseService(env: self.daysAgo(69, env)), opened, [.confirmMeeting(meeting)], by: people.coordinator)
        try await self.run(
            CaseService(env: self.daysAgo(60, env)),
            opened,
            [.recordMeetingHeld(meeting, attended: [victim, offender], note: "Fictional note."), .startFollowUp],
            by: people.mediator
        )
        try await self.run(CaseService(env: self.daysAgo(30, env)), opened, [.close(.completedFaceToFace)], by: people.coordinator)
    }

    /// CLOSED four months ago: the offender withdrew while a letter to him was approved; it was never
    /// delivered. Ready for the coordinator to reopen when someone asks again (R17, §4.9).
    static func withdrawnMonthsAgo(_ env: AppEnvironment, _ people: DemoPeople) async throws {
        let (opened, victim, offender) = try await self.inDialogue(self.daysAgo(150, env), people, region: "prairie", form: .letter)
        let letter = Identifier<RelayedItem>(env.newID())
        try await self.run(
            CaseService(env: self.daysAgo(120, env)),
            opened,
            [
                .draftItem(
                    id: letter,
                    form: .letter,
                    sender: victim,
                    recipient: offender,
                    content: "Demonstration letter, cancelled by the withdrawal: every word is fictional."
                ),
                .submitItem(letter), .approveItem(letter), .recordWithdrawal(participant: offender, mayReturn: false),
            ],
            by: people.mediator
        )
    }

    /// A staff referral in dialogue: a meeting at the demo site, entry requested six weeks ahead and
    /// waiting for the site liaison's answer (R30–R32).
    static func meetingAwaitingEntry(_ env: AppEnvironment, referrer: User, coordinator: User, mediator: User) async throws {
        let cases = CaseService(env: env)
        let referral = Referral(
            fpsNumber: "000000D",
            staffUnit: "Fictional Valley Institution",
            interestExpressedOn: env.now().addingTimeInterval(-60 * 86_400),
            safetyConcernsNoted: false
        )
        let opened = try await cases.submitReferral(region: "pacific", language: "en", referral: referral, by: referrer)
        let offender = opened.participants[0].id
        let victim = Participant(id: Identifier(env.newID()), role: .victim, language: "fr")
        let meeting = Identifier<Meeting>(env.newID())
        try await self.run(
            cases,
            opened,
            [
                .startAssessment, .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria), .addParticipant(victim),
                .assignMediators([mediator.id]),
                .recordSafeContact(
                    participant: victim.id,
                    SafeContact(channels: [.phone, .mail], mayLeaveMessage: false, safeTimes: "Weekdays after 6 pm (fictional)")
                ),
            ],
            by: coordinator
        )
        let request = EntryRequest(
            site: self.sites[0].code,
            scheduledFor: self.tenInTheMorning(42, daysAfter: env.now(), in: self.sites[0]),
            roomNeeds: "A quiet room for four, with a table",
            entrants: [Entrant(participant: victim.id, name: "Demo Entrant (fictional)", identityDetails: "Driver’s licence (fictional)")],
            offenderName: "Demo Offender (fictional)",
            fpsNumber: referral.fpsNumber,
            accessibilityAndEscortNeeds: "Step-free access",
            securityNotes: ""
        )
        try await self.run(
            cases,
            opened,
            [
                given(offender, .takePart), given(offender, .researchUse), .beginPreparation, given(offender, .approachOtherParty),
                given(offender, .form(.meetingInPerson)),
                .recordAssessment(participant: offender, safetyConcern: nil, privacyConcerns: false, ready: true),
                .recordAssessment(participant: victim.id, safetyConcern: nil, privacyConcerns: false, ready: true),
                .approachOtherParty, given(victim.id, .takePart), given(victim.id, .form(.meetingInPerson)), .startDialogue(.meetingInPerson),
                .proposeMeeting(id: meeting, form: .meetingInPerson, site: self.sites[0].code, attendees: [victim.id, offender]),
                .recordAvailability(meeting, participant: victim.id), .recordAvailability(meeting, participant: offender),
                .recordSafetyPlan(
                    meeting,
                    SafetyPlan(arrival: "Victim side by the visitors’ entrance at 9:30", departure: "Victim side leaves first, escorted")
                ),
                .requestEntry(meeting, request),
            ],
            by: mediator
        )
    }

    /// A letter approved and waiting for release, but the assessments were done 100 days ago: release is
    /// refused until both people are assessed again (R21). Shows the gate at work.
    static func letterWaitingOnReassessment(_ env: AppEnvironment, coordinator: User, mediator: User) async throws {
        var past = env
        let now = env.now
        past.now = { now().addingTimeInterval(-100 * 86_400) }
        let cases = CaseService(env: past)
        let opened = try await cases.recordVictimRequest(
            requesterType: .registeredVictim,
            channel: .mail,
            region: "prairie",
            language: "en",
            by: coordinator
        )
        let victim = opened.participants[0].id
        let offender = Participant(id: Identifier(env.newID()), role: .offender, language: "fr")
        let letter = Identifier<RelayedItem>(env.newID())
        try await self.run(
            cases,
            opened,
            [
                .addParticipant(offender), .startAssessment, .linkOffenderRecord(fpsNumber: "900001D"),
                .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria),
                .reviewSafetySection, .assignMediators([mediator.id]), .recordSafeContact(participant: offender.id, self.inPersonAtTheInstitution),
            ],
            by: coordinator
        )
        try await self.run(
            cases,
            opened,
            [
                given(victim, .takePart), given(victim, .approachOtherParty), given(victim, .form(.letter)), .beginPreparation,
                .recordAssessment(participant: victim, safetyConcern: nil, privacyConcerns: false, ready: true),
                .recordAssessment(participant: offender.id, safetyConcern: nil, privacyConcerns: false, ready: true),
                .approachOtherParty, given(offender.id, .takePart), given(offender.id, .form(.letter)), .startDialogue(.letter),
                .draftItem(
                    id: letter,
                    form: .letter,
                    sender: victim,
                    recipient: offender.id,
                    content: "Demonstration letter: every word here is fictional."
                ),
                .submitItem(letter), .approveItem(letter), given(victim, .shareItem(letter)), .recordRecipientChoice(letter, optIn: true),
            ],
            by: mediator
        )
    }

    /// 10:00 at the site, `days` days from `now`: a meeting time a person would choose.
    static func tenInTheMorning(_ days: Int, daysAfter now: Date, in site: Site) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: site.timeZone) ?? .gmt
        let day = calendar.date(byAdding: .day, value: days, to: now) ?? now
        return calendar.date(bySettingHour: 10, minute: 0, second: 0, of: day) ?? day
    }

    /// Runs the commands; each person in the case gets their identity (§7.2) as soon as someone allowed to record it acts.
    private static func run(_ cases: CaseService, _ opened: Case, _ commands: [CaseCommand], by user: User) async throws {
        try await self.recordIdentities(cases, opened.id, by: user)
        for command in commands {
            _ = try await cases.execute(opened.id, command, expectedVersion: nil, by: user)
            if case .addParticipant = command { try await self.recordIdentities(cases, opened.id, by: user) }
        }
    }

    private static func recordIdentities(_ cases: CaseService, _ id: Identifier<Case>, by user: User) async throws {
        guard [.coordinator, .mediator].contains(user.role), let current = try? await cases.caseForCommand(id, by: user), current.stage.isOpen
        else { return }
        for person in current.participants where current.people[person.id] == nil {
            _ = try await cases.execute(id, .recordPerson(participant: person.id, DemoIdentities.record(for: person)), expectedVersion: nil, by: user)
        }
    }
}
