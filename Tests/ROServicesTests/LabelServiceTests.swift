import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// R57 "program name and labels are configuration", through the service, on SQLite and PostgreSQL.
@Suite struct LabelServiceTests {
    static let builtIn = [
        "appName": BilingualText(english: "Restorative Opportunities", french: "Possibilités de justice réparatrice"),
        "signInTitle": BilingualText(english: "Sign in", french: "Connexion"),
        "timeline.mediatorsAssigned": BilingualText(english: "Mediators assigned: {count}", french: "Médiateurs désignés : {count}"),
    ]

    @Test(arguments: Backend.available)
    func R57_anAdministratorRewordsALabelAndResetsIt(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let admin = try await t.makeUser("ada", role: .admin)
            let claire = try await t.makeUser("claire", role: .coordinator)
            let service = LabelService(env: t.env, builtIn: Self.builtIn)
            let wording = BilingualText(english: " Healing Dialogues (fictional) ", french: "")

            await #expect(throws: DomainError.notPermitted) { try await service.set("appName", to: wording, by: .user(claire)) }
            await #expect(throws: DomainError.labelNotFound) { try await service.set("noSuchLabel", to: wording, by: .user(admin)) }
            await #expect(throws: DomainError.labelTextInvalid(maximum: 1_000)) {
                try await service.set("appName", to: BilingualText(english: "  ", french: ""), by: .user(admin))
            }
            await #expect(throws: DomainError.labelTextInvalid(maximum: 1_000)) {
                try await service.set("appName", to: BilingualText(english: "", french: String(repeating: "é", count: 1_001)), by: .user(admin))
            }
            #expect(try await service.overrides().isEmpty, "nothing refused was kept")

            #expect(
                try await service.set("appName", to: wording, by: .user(admin)) == BilingualText(english: "Healing Dialogues (fictional)", french: "")
            )
            let both = BilingualText(english: "Healing Dialogues (fictional)", french: "Dialogues réparateurs (fictif)")
            _ = try await service.set("appName", to: both, by: .user(admin))
            #expect(try await service.overrides() == ["appName": both], "a second change replaces the first")

            await #expect(throws: DomainError.notPermitted) { try await service.reset("appName", by: .user(claire)) }
            try await service.reset("appName", by: .user(admin))
            try await service.reset("appName", by: .user(admin))
            #expect(try await service.overrides().isEmpty)

            let entries = try await t.env.store.transaction { try await $0.audit.recent(limit: 50) }
            #expect(entries.filter { $0.action == AuditAction.labelChanged.rawValue && $0.target == "label:appName" }.count == 2)
            #expect(
                entries.filter { $0.action == AuditAction.labelReset.rawValue }.count == 1,
                "resetting a label with no wording of its own changes nothing"
            )
            #expect(entries.filter { $0.action == AuditAction.accessDenied.rawValue && $0.actorUserID == claire.id.description }.count == 2)
        }
    }

    /// R57: a rewording keeps the `{count}` the page fills in; R40: it may not bring forgiveness into the pages.
    @Test(arguments: Backend.available)
    func R57_R40_aRewordingKeepsItsPlaceholdersAndBringsInNoForgiveness(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let admin = try await t.makeUser("ada", role: .admin)
            let service = LabelService(env: t.env, builtIn: Self.builtIn)

            await #expect(throws: DomainError.labelPlaceholdersChanged(["count"])) {
                try await service.set("timeline.mediatorsAssigned", to: BilingualText(english: "Mediators assigned", french: ""), by: .user(admin))
            }
            await #expect(throws: DomainError.labelPlaceholdersChanged(["count"])) {
                try await service.set(
                    "timeline.mediatorsAssigned",
                    to: BilingualText(english: "", french: "Médiateurs : {nombre}"),
                    by: .user(admin)
                )
            }
            await #expect(throws: DomainError.labelPlaceholdersChanged([])) {
                try await service.set("signInTitle", to: BilingualText(english: "Sign in, {name}", french: ""), by: .user(admin))
            }
            await #expect(throws: DomainError.labelNamesForgiveness) {
                try await service.set("appName", to: BilingualText(english: "", french: "Programme du pardon (fictif)"), by: .user(admin))
            }
            await #expect(throws: DomainError.labelNamesForgiveness) {
                try await service.set("signInTitle", to: BilingualText(english: "Sign in to forgive", french: ""), by: .user(admin))
            }
            #expect(try await service.overrides().isEmpty, "nothing refused was kept")

            let kept = BilingualText(english: "{count} mediators now on the case", french: "")
            #expect(try await service.set("timeline.mediatorsAssigned", to: kept, by: .user(admin)) == kept)
        }
    }
}
