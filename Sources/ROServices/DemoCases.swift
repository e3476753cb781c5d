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
    }

    private static func run(_ cases: CaseService, _ opened: Case, _ commands: [CaseCommand], by user: User) async throws {
        for command in commands {
            _ = try await cases.execute(opened.id, command, expectedVersion: nil, by: user)
        }
    }
}
