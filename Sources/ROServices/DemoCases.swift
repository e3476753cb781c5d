import ROCore
import ROStore

/// Fictional cases for the demo database, in the stages this release can reach, so a newcomer sees the
/// queue, a case page and its timeline at once. Loaded once, into a database marked demo.
public enum DemoCases {
    public static func load(into env: AppEnvironment) async throws {
        let existing = try await env.store.transaction { tx in try await tx.cases.list(.all, limit: 1) }
        guard existing.isEmpty else { return }
        let accounts = AccountService(env: env)
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

    private static func run(_ cases: CaseService, _ opened: Case, _ commands: [CaseCommand], by user: User) async throws {
        for command in commands {
            _ = try await cases.execute(opened.id, command, expectedVersion: nil, by: user)
        }
    }
}
