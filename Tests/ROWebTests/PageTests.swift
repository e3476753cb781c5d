import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// Every page in both languages: the right `lang`, real text in every element (swift-mustache renders a
/// misspelt key as nothing, silently), and what each role should find.
@Suite struct PageTests {
    static let emptyElement = try! NSRegularExpression(pattern: #"<(h1|h2|p|dt|dd|td|th|li|label|button|a|title|caption|option)\b[^>]*>\s*</\1>"#)

    func checkPage(_ response: TestResponse, language: String, _ context: String, status: HTTPResponse.Status = .ok) {
        let html = response.text
        #expect(response.status == status, "\(context): \(response.status)")
        #expect(html.contains(#"<html lang="\#(language)">"#), "\(context)")
        let empty = Self.emptyElement.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range, in: html).map { String(html[$0]) }
        }
        #expect(empty.isEmpty, "\(context) has empty elements: \(empty)")
        #expect(!html.contains("{{"), "\(context)")
    }

    @Test(arguments: Role.allCases)
    func everyPageOfEveryRoleRendersInBothLanguages(_ role: Role) async throws {
        try await withApp { t, client in
            try await t.makeUser("someone", role: .mediator)
            try await t.makeUser("myself", role: role)
            var paths = ["/home", "/account"]
            if Policy.allows(role, .manageAccounts) { paths.append("/admin/users") }
            for language in ["en", "fr"] {
                var visitor = try await client.signIn("myself", language: language)
                for path in paths {
                    self.checkPage(try await client.get(path, as: &visitor), language: language, "\(role) \(language) \(path)")
                }
            }
        }
    }

    @Test func signedOutPagesRenderInBothLanguages() async throws {
        try await withApp { _, client in
            for language in ["en", "fr"] {
                var visitor = Visitor(language: language)
                self.checkPage(try await client.get("/sign-in", as: &visitor), language: language, "sign-in \(language)")
                self.checkPage(try await client.get("/sign-in?signed-out=1", as: &visitor), language: language, "signed out \(language)")
            }
        }
    }

    @Test func eachRoleFindsAnHonestHomePage() async throws {
        try await withApp { t, client in
            try await t.makeUser("martin", role: .mediator)
            try await t.makeUser("aude", role: .auditor)
            try await t.makeUser("adam", role: .admin)
            var mediator = try await client.signIn("martin")
            var auditor = try await client.signIn("aude")
            var admin = try await client.signIn("adam", language: "fr")

            let mediatorHome = try await client.get("/home", as: &mediator).text
            let auditorHome = try await client.get("/home", as: &auditor).text
            let adminHome = try await client.get("/home", as: &admin).text

            #expect(mediatorHome.contains(#"href="/cases""#))
            #expect(!mediatorHome.contains("/admin/users"))
            #expect(auditorHome.contains("Intact. Entries in the log:"))
            #expect(auditorHome.withoutCellLabels.contains("<td>Sign-in</td>"))
            #expect(adminHome.contains("Comptes : 3"))
            #expect(adminHome.contains(#"href="/admin/users""#))
        }
    }

    /// N6 (issue 15, item 2): one administrator's new account (a coordinator, an administrator, an auditor) awaits a
    /// second administrator and cannot sign in; the second approves it with one button; the first has none.
    @Test(arguments: ["coordinator", "admin", "auditor"])
    func N6_aNewAccountIsProposedByOneAdministratorAndApprovedByASecond(_ role: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("adam", role: .admin)
            try await t.makeUser("ada", role: .admin)
            var adam = try await client.signIn("adam")

            let created = try await client.post(
                "/admin/users",
                ["username": "rosa", "displayName": "Rosa Sample", "role": role, "password": "a long enough passphrase"],
                as: &adam
            )
            #expect(created.status == .seeOther)
            let list = try await client.get(created.headers[.location] ?? "", as: &adam)
            #expect(list.text.contains("Account proposed: it can be used once a second administrator approves it."))
            #expect(list.text.withoutCellLabels.contains("<td>Rosa Sample</td>"))
            #expect(list.text.contains("Awaiting a second administrator"))
            let rosa = try await AccountService(env: t.env).find("rosa", by: .system)
            #expect(!list.text.contains(#"action="/admin/users/\#(rosa.id)/approve""#), "the proposer gets no approve button")
            let own = try await client.post("/admin/users/\(rosa.id)/approve", ["version": String(rosa.version)], as: &adam)
            #expect(own.status == .conflict)
            var stranger = Visitor(language: nil)
            _ = try await client.get("/sign-in", as: &stranger)
            let refused = try await client.post("/sign-in", ["username": "rosa", "password": "a long enough passphrase"], as: &stranger)
            #expect(refused.status != .seeOther, "an account awaiting approval cannot sign in")

            var ada = try await client.signIn("ada")
            let theirs = try await client.get("/admin/users", as: &ada)
            #expect(theirs.text.contains(#"action="/admin/users/\#(rosa.id)/approve""#))
            let approved = try await client.post("/admin/users/\(rosa.id)/approve", ["version": String(rosa.version)], as: &ada)
            #expect(approved.headers[.location] == "/admin/users?notice=approved")
            #expect(try await AccountService(env: t.env).find("rosa", by: .system).isActive(at: t.clock.now))
            _ = try await client.signIn("rosa", password: "a long enough passphrase")
        }
    }

    /// N6: one administrator alone cannot enable a disabled account again.
    @Test func N6_reEnablingAnAccountTakesASecondAdministrator() async throws {
        try await withApp { t, client in
            try await t.makeUser("adam", role: .admin)
            try await t.makeUser("ada", role: .admin)
            let target = try await t.makeUser("martin", role: .mediator)
            var adam = try await client.signIn("adam")
            _ = try await client.post("/admin/users/\(target.id)/disable", ["version": "1"], as: &adam)
            let asked = try await client.post("/admin/users/\(target.id)/enable", ["version": "2"], as: &adam)
            #expect(asked.headers[.location] == "/admin/users?notice=enable-proposed")
            #expect(try await AccountService(env: t.env).find("martin", by: .system).isDisabled)
            let again = try await client.post("/admin/users/\(target.id)/enable", ["version": "3"], as: &adam)
            #expect(again.status == .conflict && again.text.contains("another administrator must approve it"))

            var ada = try await client.signIn("ada")
            let approved = try await client.post("/admin/users/\(target.id)/approve", ["version": "3"], as: &ada)
            #expect(approved.headers[.location] == "/admin/users?notice=approved")
            #expect(try await AccountService(env: t.env).find("martin", by: .system).isDisabled == false)
        }
    }

    /// Bad input re-shows the form with what was typed (never the password) and a bilingual message.
    @Test func aRefusedAccountKeepsWhatWasTyped() async throws {
        try await withApp { t, client in
            try await t.makeUser("adam", role: .admin)
            var admin = try await client.signIn("adam", language: "fr")

            let response = try await client.post(
                "/admin/users",
                ["username": "rosa", "displayName": "Rosa Sample", "role": "referrer", "password": "short"],
                as: &admin
            )

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Le mot de passe doit compter au moins 12 caractères."))
            #expect(response.text.contains(#"value="rosa""#))
            #expect(response.text.contains(#"value="Rosa Sample""#))
            #expect(response.text.contains(#"<option value="referrer" selected>"#))
            #expect(!response.text.contains("short"))
            #expect(try await t.store.transaction { try await $0.users.count() } == 1)
        }
    }

    /// A change made from a page that another administrator's change made stale is refused.
    @Test func aStaleAdminFormGetsAConflict() async throws {
        try await withApp { t, client in
            try await t.makeUser("adam", role: .admin)
            let target = try await t.makeUser("martin", role: .mediator)
            var admin = try await client.signIn("adam")

            let first = try await client.post("/admin/users/\(target.id)/role", ["role": "coordinator", "version": "1"], as: &admin)
            let stale = try await client.post("/admin/users/\(target.id)/disable", ["version": "1"], as: &admin)

            #expect(first.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Someone else changed this in the meantime."))
            #expect(try await AccountService(env: t.env).find("martin", by: .system).isDisabled == false)
        }
    }

    /// N6 on the accounts page: one administrator proposes, the other approves with one button.
    @Test(arguments: ["en", "fr"])
    func N6_aSecondAdministratorApprovesARoleChange(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("adam", role: .admin)
            try await t.makeUser("ada", role: .admin)
            let target = try await t.makeUser("martin", role: .mediator)
            var adam = try await client.signIn("adam", language: language)
            let proposed = try await client.post("/admin/users/\(target.id)/role", ["role": "coordinator", "version": "1"], as: &adam)
            #expect(proposed.headers[.location] == "/admin/users?notice=role-proposed")
            let mine = try await client.get("/admin/users?notice=role-proposed", as: &adam).text
            #expect(mine.contains(language == "en" ? "a second administrator must make the same change" : "doit effectuer le même changement"))
            let approveForm = #"action="/admin/users/\#(target.id)/approve""#
            #expect(!mine.contains(approveForm), "the proposer gets no approve button")

            var ada = try await client.signIn("ada", language: language)
            let theirs = try await client.get("/admin/users", as: &ada)
            PageTests().checkPage(theirs, language: language, "accounts with a proposal")
            #expect(theirs.text.contains(approveForm))
            let approved = try await client.post("/admin/users/\(target.id)/approve", ["version": "2"], as: &ada)
            #expect(approved.headers[.location] == "/admin/users?notice=approved")
            #expect(try await AccountService(env: t.env).find("martin", by: .system).role == .coordinator)
        }
    }

    @Test func changingYourPasswordKeepsYouSignedIn() async throws {
        try await withApp { t, client in
            try await t.makeUser("claire", role: .coordinator)
            var visitor = try await client.signIn("claire")

            let mismatch = try await client.post(
                "/account/password",
                ["current": "claire-password", "new": "one new phrase", "confirm": "another phrase"],
                as: &visitor
            )
            let changed = try await client.post(
                "/account/password",
                ["current": "claire-password", "new": "one new phrase", "confirm": "one new phrase"],
                as: &visitor
            )
            let after = try await client.get("/account?notice=password-changed", as: &visitor)

            #expect(mismatch.status == .unprocessableContent)
            #expect(mismatch.text.contains("The two new passwords are not the same."))
            #expect(changed.status == .seeOther)
            #expect(after.status == .ok)
            #expect(after.text.contains("Your password was changed."))
        }
    }
}
