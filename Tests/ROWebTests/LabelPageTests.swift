import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R57 "program name and labels are configuration" on the administrator's pages and the API.
@Suite struct LabelPageTests {
    @Test(arguments: ["en", "fr"])
    func R57_anAdministratorRenamesTheProgramFromTheirPages(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            var ada = try await client.signIn("ada", language: language)
            let empty = try await client.get("/admin/labels", as: &ada)
            PageTests().checkPage(empty, language: language, "labels, none changed")
            let found = try await client.get("/admin/labels?q=appName", as: &ada)
            #expect(found.text.contains(#"href="/admin/labels/appName""#))
            PageTests().checkPage(found, language: language, "labels found")
            let form = try await client.get("/admin/labels/appName", as: &ada)
            #expect(
                form.text.contains("Possibilités de justice réparatrice") && form.text.contains("Restorative Opportunities"),
                "both built-in wordings"
            )
            PageTests().checkPage(form, language: language, "label form")

            let tooLong = String(repeating: "x", count: 1_001)
            let refused = try await client.post("/admin/labels/appName", ["english": "Healing Dialogues (fictional)", "french": tooLong], as: &ada)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Healing Dialogues (fictional)") && refused.text.contains(tooLong), "what was typed stays")
            #expect(refused.text.contains(language == "en" ? "at most 1000 characters" : "au plus 1000 caractères"))
            PageTests().checkPage(refused, language: language, "label refused", status: .unprocessableContent)
            let unknown = try await client.get("/admin/labels/noSuchLabel", as: &ada)
            #expect(unknown.status == .notFound)

            let saved = try await client.post("/admin/labels/appName", ["english": "Healing Dialogues (fictional)", "french": ""], as: &ada)
            #expect(saved.status == .seeOther)
            // The page title is put together in code, the program's name in the template: both follow.
            _ = try await client.post("/admin/labels/labelEditTitle", ["english": "Wording of", "french": "Texte de"], as: &ada)
            let after = try await client.get("/admin/labels/appName?notice=saved", as: &ada)
            if language == "en" {
                #expect(after.text.contains("<title>Wording of appName – Healing Dialogues (fictional)</title>"))
            } else {
                #expect(
                    after.text.contains("<title>Texte de appName – Possibilités de justice réparatrice</title>"),
                    "an empty language keeps its built-in wording"
                )
            }
            let changed = try await client.get("/admin/labels", as: &ada)
            #expect(changed.text.contains(#"href="/admin/labels/appName""#))

            #expect(try await client.post("/admin/labels/appName/reset", [:], as: &ada).status == .seeOther)
            let reset = try await client.get("/home", as: &ada)
            #expect(
                !reset.text.contains("Healing Dialogues")
                    && reset.text.contains(language == "en" ? "Restorative Opportunities" : "Possibilités de justice réparatrice")
            )
        }
    }

    /// Catalogue values (roles, stages, requester types, closure reasons, needs, forms) are labels too.
    @Test func R57_aCatalogueValueIsRewordedWhereverItIsNamed() async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            var ada = try await client.signIn("ada")
            #expect(
                try await client.get("/admin/labels?q=closureReason.", as: &ada).text.contains(
                    #"href="/admin/labels/closureReason.completed.faceToFace""#
                )
            )
            #expect(try await client.get("/admin/labels?q=raconter+son+histoire", as: &ada).text.contains(#"href="/admin/labels/need.V01""#))
            #expect(
                !(try await client.get("/admin/labels?q=Pacifique", as: &ada).text.contains("region.pacific")),
                "regions are named in the settings"
            )
            let saved = try await client.post("/admin/labels/role.admin", ["english": "Program steward (fictional)", "french": ""], as: &ada)
            #expect(saved.status == .seeOther)
            let accounts = try await client.get("/admin/users", as: &ada)
            #expect(accounts.text.contains("Program steward (fictional)"), "the role's name in the accounts list")
            #expect(accounts.text.contains(#"<option value="admin""#), "what is stored and sent stays the code")
        }
    }

    /// A change made on another instance arrives when this one reads the overrides again.
    /// Timeline lines are labels too (issue 13): the page names their placeholders, refuses a wording that drops one
    /// with what was typed kept, and the timeline shows the new wording with the value filled in.
    @Test(arguments: ["en", "fr"])
    func R57_aTimelineLineIsRewordedAndKeepsItsPlaceholder(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            var ada = try await client.signIn("ada", language: language)
            let form = try await client.get("/admin/labels/timeline.mediatorsAssigned", as: &ada)
            #expect(form.text.contains("<code>{count}</code>"), "the placeholder is named")
            PageTests().checkPage(form, language: language, "timeline label form")

            let refused = try await client.post(
                "/admin/labels/timeline.mediatorsAssigned",
                ["english": "Mediators on the case (fictional)", "french": ""],
                as: &ada
            )
            #expect(refused.status == .unprocessableContent && refused.text.contains("Mediators on the case (fictional)"))
            #expect(refused.text.contains(language == "en" ? "Keep exactly the placeholders" : "Gardez exactement les espaces réservés"))
            PageTests().checkPage(refused, language: language, "timeline label refused", status: .unprocessableContent)

            let saved = try await client.post(
                "/admin/labels/timeline.mediatorsAssigned",
                ["english": "{count} mediators on the case (fictional)", "french": "{count} médiateurs au dossier (fictif)"],
                as: &ada
            )
            #expect(saved.status == .seeOther)
            let line = CaseChange.mediatorsAssigned([Identifier(UUID()), Identifier(UUID())])
            let wording = await WordingCache(env: t.env, freshness: .zero).current()
            let expected = language == "en" ? "2 mediators on the case (fictional)" : "2 médiateurs au dossier (fictif)"
            #expect(Wording.$inForce.withValue(wording) { line.timelineText(in: Language(rawValue: language)!) } == expected)
        }
    }

    @Test func R57_anotherInstancesChangeArrivesWithoutARestart() async throws {
        try await withTestEnvironment { t in
            let cache = WordingCache(env: t.env, freshness: .zero)
            #expect(await cache.current().english.catalog["appName"] == "Restorative Opportunities")
            _ = try await LabelService(env: t.env, builtIn: Catalogue.labels).set(
                "signInTitle",
                to: BilingualText(english: "", french: "Ouvrir une session (fictif)"),
                by: .system
            )
            let wording = await cache.current()
            #expect(
                wording.french.strings.signInTitle == "Ouvrir une session (fictif)"
                    && wording.french.catalog["signInTitle"] == "Ouvrir une session (fictif)"
            )
            #expect(wording.english.strings.signInTitle == Strings.en.signInTitle)
        }
    }

    @Test func R57_labelsThroughTheAPI() async throws {
        try await withApp { t, client in
            let admin = try await t.makeUser("ada", role: .admin)
            let issued = try await TokenService(env: t.env).create(for: admin.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
            let headers: HTTPFields = [.authorization: "Bearer \(issued.secret)", .contentType: "application/json", .acceptLanguage: "fr"]
            let list = try await client.execute(uri: "/api/labels", method: .get, headers: headers)
            #expect(
                list.status == .ok && list.text.contains(#""key":"appName""#) && list.text.contains(#""builtInEnglish":"Restorative Opportunities""#)
            )

            let body = ByteBuffer(string: #"{"english": "", "french": "Dialogues réparateurs (fictif)"}"#)
            let saved = try await client.execute(uri: "/api/labels/appName", method: .put, headers: headers, body: body)
            #expect(
                saved.status == .ok && saved.text.contains(#""french":"Dialogues réparateurs (fictif)""#) && saved.text.contains(#""changed":true"#)
            )
            let unknown = try await client.execute(uri: "/api/labels/noSuchLabel", method: .put, headers: headers, body: body)
            #expect(
                unknown.status == .notFound && unknown.headers[.contentType] == "application/problem+json" && unknown.text.contains("label-not-found")
            )
            let empty = try await client.execute(uri: "/api/labels/appName", method: .put, headers: headers, body: ByteBuffer(string: "{}"))
            #expect(empty.status == .unprocessableContent && empty.text.contains("label-text-invalid") && empty.text.contains("rétablissez"))

            let page = try await client.execute(uri: "/information-sheets", method: .get, headers: [.acceptLanguage: "fr"])
            #expect(page.text.contains("Dialogues réparateurs (fictif)"), "signed-out pages carry the wording too")

            #expect(try await client.execute(uri: "/api/labels/appName", method: .delete, headers: headers).status == .noContent)
            let after = try await client.execute(uri: "/information-sheets", method: .get, headers: [.acceptLanguage: "fr"])
            #expect(!after.text.contains("Dialogues réparateurs (fictif)"))
        }
    }
}
