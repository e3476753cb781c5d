import Foundation
import ROCore
import ROStore

/// Fictional cases for the demo database, in the stages this release can reach, so a newcomer sees the
/// queue, a case page and its timeline at once. Loaded once, into a database marked demo.
public enum DemoCases {
    /// Fictional sites (R30). The demo site liaison serves the first.
    static let sites = [
        Site(code: "FVI", nameEnglish: "Fictional Valley Institution", nameFrench: "Établissement de la Vallée-Fictive", region: "pacific", timeZone: "America/Vancouver"),
        Site(code: "LHI", nameEnglish: "Lakeshore Heights Institution (fictional)", nameFrench: "Établissement Lakeshore Heights (fictif)", region: "ontario", timeZone: "America/Toronto"),
        Site(code: "NRO", nameEnglish: "Northern Rivers Parole Office (fictional)", nameFrench: "Bureau de libération conditionnelle des Rivières-du-Nord (fictif)", region: "prairie", timeZone: "America/Winnipeg"),
    ]

    public static func load(into env: AppEnvironment) async throws {
        let accounts = AccountService(env: env)
        let siteService = SiteService(env: env)
        for site in self.sites { try await siteService.save(site, by: .system) }
        try await siteService.link(try await accounts.find("demo-siteLiaison", by: .system), to: self.sites[0].code, by: .system)
        let existing = try await env.store.transaction { tx in try await tx.cases.list(.all, limit: 1) }
        guard existing.isEmpty else { return }
        let coordinator = try await accounts.find("demo-coordinator", by: .system)
        let mediator = try await accounts.find("demo-mediator", by: .system)
        let cases = CaseService(env: env)

        _ = try await cases.recordVictimRequest(requesterType: .nonRegisteredVictim, channel: .phone, region: "quebec", language: "fr", by: coordinator)

        let inAssessment = try await cases.recordVictimRequest(requesterType: .registeredVictim, channel: .email, region: "ontario", language: "en", by: coordinator)
        try await self.run(cases, inAssessment, [.startAssessment], by: coordinator)

        let ineligible = try await cases.recordVictimRequest(requesterType: .communityMember, channel: .mail, region: "atlantic", language: "en", by: coordinator)
        try await self.run(cases, ineligible, [.startAssessment, .closeIneligible], by: coordinator)

        let assigned = try await cases.recordVictimRequest(requesterType: .registeredVictim, channel: .phone, region: "pacific", language: "en", by: coordinator)
        let offender = Participant(id: Identifier(env.newID()), role: .offender, language: "en")
        try await self.run(
            cases, assigned,
            [
                .addParticipant(offender), .startAssessment, .confirmEligibility(federalSentence: true, responsibilityAccepted: true),
                .reviewSafetySection, .assignMediators([mediator.id]),
            ],
            by: coordinator
        )
        try await self.letterWaitingOnReassessment(env, coordinator: coordinator, mediator: mediator)
        try await self.meetingAwaitingEntry(env, referrer: try await accounts.find("demo-referrer", by: .system), coordinator: coordinator, mediator: mediator)
    }

    /// A staff referral in dialogue: a meeting at the demo site, entry requested six weeks ahead and
    /// waiting for the site liaison's answer (R30–R32).
    static func meetingAwaitingEntry(_ env: AppEnvironment, referrer: User, coordinator: User, mediator: User) async throws {
        let cases = CaseService(env: env)
        let referral = Referral(fpsNumber: "000000D", staffUnit: "Fictional Valley Institution", interestExpressedOn: env.now().addingTimeInterval(-60 * 86_400), safetyConcernsNoted: false)
        let opened = try await cases.submitReferral(region: "pacific", language: "en", referral: referral, by: referrer)
        let offender = opened.participants[0].id
        let victim = Participant(id: Identifier(env.newID()), role: .victim, language: "fr")
        let meeting = Identifier<Meeting>(env.newID())
        try await self.run(
            cases, opened,
            [
                .startAssessment, .confirmEligibility(federalSentence: true, responsibilityAccepted: true), .addParticipant(victim),
                .assignMediators([mediator.id]),
            ],
            by: coordinator
        )
        let given = { (person: Identifier<Participant>, purpose: ConsentPurpose) in
            CaseCommand.recordConsent(participant: person, purpose: purpose, decision: .given, expiresAt: nil)
        }
        let request = EntryRequest(
            site: self.sites[0].code, scheduledFor: self.tenInTheMorning(42, daysAfter: env.now(), in: self.sites[0]), roomNeeds: "A quiet room for four, with a table",
            entrants: [Entrant(participant: victim.id, name: "Demo Entrant (fictional)", identityDetails: "Driver’s licence (fictional)")],
            offenderName: "Demo Offender (fictional)", fpsNumber: referral.fpsNumber, accessibilityAndEscortNeeds: "Step-free access", securityNotes: ""
        )
        try await self.run(
            cases, opened,
            [
                given(offender, .takePart), .beginPreparation, given(offender, .approachOtherParty), given(offender, .form(.meetingInPerson)),
                .recordAssessment(participant: offender, safetyConcerns: false, privacyConcerns: false, ready: true),
                .recordAssessment(participant: victim.id, safetyConcerns: false, privacyConcerns: false, ready: true),
                .approachOtherParty, given(victim.id, .takePart), given(victim.id, .form(.meetingInPerson)), .startDialogue(.meetingInPerson),
                .proposeMeeting(id: meeting, form: .meetingInPerson, site: self.sites[0].code, attendees: [victim.id, offender]),
                .recordAvailability(meeting, participant: victim.id), .recordAvailability(meeting, participant: offender),
                .recordSafetyPlan(meeting, SafetyPlan(arrival: "Victim side by the visitors’ entrance at 9:30", departure: "Victim side leaves first, escorted")),
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
        let opened = try await cases.recordVictimRequest(requesterType: .registeredVictim, channel: .mail, region: "prairie", language: "en", by: coordinator)
        let victim = opened.participants[0].id
        let offender = Participant(id: Identifier(env.newID()), role: .offender, language: "fr")
        let letter = Identifier<RelayedItem>(env.newID())
        try await self.run(
            cases, opened,
            [
                .addParticipant(offender), .startAssessment, .confirmEligibility(federalSentence: true, responsibilityAccepted: true),
                .reviewSafetySection, .assignMediators([mediator.id]),
            ],
            by: coordinator
        )
        let given = { (person: Identifier<Participant>, purpose: ConsentPurpose) in
            CaseCommand.recordConsent(participant: person, purpose: purpose, decision: .given, expiresAt: nil)
        }
        try await self.run(
            cases, opened,
            [
                given(victim, .takePart), given(victim, .approachOtherParty), given(victim, .form(.letter)), .beginPreparation,
                .recordAssessment(participant: victim, safetyConcerns: false, privacyConcerns: false, ready: true),
                .recordAssessment(participant: offender.id, safetyConcerns: false, privacyConcerns: false, ready: true),
                .approachOtherParty, given(offender.id, .takePart), given(offender.id, .form(.letter)), .startDialogue(.letter),
                .draftItem(id: letter, form: .letter, sender: victim, recipient: offender.id, content: "Demonstration letter: every word here is fictional."),
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

    private static func run(_ cases: CaseService, _ opened: Case, _ commands: [CaseCommand], by user: User) async throws {
        for command in commands {
            _ = try await cases.execute(opened.id, command, expectedVersion: nil, by: user)
        }
    }
}
