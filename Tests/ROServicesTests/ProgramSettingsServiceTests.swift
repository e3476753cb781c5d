import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// R57 through the service, on SQLite and PostgreSQL: administrators change the settings, audited, and
/// the case rules apply them at once.
@Suite struct ProgramSettingsServiceTests {
    @Test(arguments: Backend.available)
    func R57_anAdministratorChangesTheSettingsAndTheCaseRulesFollow(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let admin = try await t.makeUser("ada", role: .admin)
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let service = ProgramSettingsService(env: t.env)
            #expect(try await service.current() == .standard)
            await #expect(throws: DomainError.notPermitted) { try await service.save(.standard, by: .user(claire)) }

            let (value, item) = try await t.caseWithDraftItem(coordinator: claire, mediator: martin)
            t.clock.advance(by: 40 * 86_400)
            var shorter = ProgramSettings.standard
            shorter.assessmentValidityDays = 30
            shorter.programContact = BilingualText(english: " RJ Division (fictional) ", french: "Division JR (fictive)")
            let saved = try await service.save(shorter, by: .user(admin))

            #expect(saved.programContact.english == "RJ Division (fictional)")
            #expect(try await service.current() == saved)
            let cases = CaseService(env: t.env)
            _ = try await cases.execute(value.id, .submitItem(item), expectedVersion: nil, by: martin)
            _ = try await cases.execute(value.id, .approveItem(item), expectedVersion: nil, by: martin)
            let sender = try await cases.read(value.id, by: claire).value.item(item)!.sender
            _ = try await cases.execute(
                value.id,
                .recordConsent(participant: sender, purpose: .shareItem(item), decision: .given, expiresAt: nil),
                expectedVersion: nil,
                by: martin
            )
            _ = try await cases.execute(value.id, .recordRecipientChoice(item, optIn: true), expectedVersion: nil, by: martin)
            // R21: 40-day-old assessments were current under 90 days; under 30 the release is refused.
            await #expect(throws: DomainError.assessmentMissing(participant: sender)) {
                try await cases.execute(value.id, .releaseItem(item), expectedVersion: nil, by: martin)
            }
            #expect(try await cases.read(value.id, by: claire).settings.assessmentValidityDays == 30)

            let entries = try await t.env.store.transaction { try await $0.audit.recent(limit: 50) }
            #expect(entries.contains { $0.action == AuditAction.programSettingsChanged.rawValue && $0.actorUserID == admin.id.description })
            #expect(entries.contains { $0.action == AuditAction.accessDenied.rawValue && $0.actorUserID == claire.id.description })
        }
    }
}
