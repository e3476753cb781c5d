import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// Issue 15, item 1, on the pages: password → code (or setting up the app) → session.
@Suite struct SecondFactorPageTests {
    /// Between the password and the code, the browser holds no session: every route that needs one sends it to sign
    /// in (pages) or refuses it (API), whichever of the four roles the issue names it is.
    @Test(arguments: [Role.coordinator, .mediator, .auditor, .admin])
    func nothingIsReachableBetweenThePasswordAndTheCode(_ role: Role) async throws {
        try await withApp { t, client in
            let target = try await t.makeUser("target", role: .mediator)
            try await t.makeUser("person", role: role)
            var visitor = Visitor()
            _ = try await client.get("/sign-in", as: &visitor)
            let password = try await client.post("/sign-in", ["username": "person", "password": "person-password"], as: &visitor)
            #expect(password.headers[.location] == "/sign-in/code")
            #expect(visitor.cookies["ro_session"] == nil && visitor.cookies["ro_signin_step"] != nil)

            let routes = try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env))
            var checked = 0
            for route in routes {
                guard case .requires = route.access else { continue }
                let uri = route.path.replacingOccurrences(of: ":id", with: target.id.description)
                let headers = visitor.headers.merging(route.method == .get ? [:] : .form)
                let response = try await client.execute(uri: uri, method: route.method, headers: headers, body: formBody(["csrf": visitor.csrf]))
                if route.path.hasPrefix("/api/") {
                    #expect(response.status == .unauthorized, "\(route.method) \(route.path)")
                } else {
                    #expect(response.status == .seeOther && response.headers[.location] == "/sign-in", "\(route.method) \(route.path)")
                }
                checked += 1
            }
            #expect(checked >= 100)
        }
    }

    /// The first sign-in of a coordinator sets up the app: the key as text, an otpauth link and a QR code; a wrong
    /// code keeps what was typed and sets nothing up; the right one shows ten recovery codes once and signs in.
    @Test(arguments: ["en", "fr"])
    func theFirstSignInSetsUpTheAppAndShowsTheRecoveryCodesOnce(_ language: String) async throws {
        try await withApp { t, client in
            let user = try await AccountService(env: t.env).create(
                username: "claire",
                displayName: "Claire Test (fictional)",
                role: .coordinator,
                password: "claire-password",
                by: .system
            )
            var visitor = Visitor(language: language)
            _ = try await client.get("/sign-in", as: &visitor)
            let password = try await client.post("/sign-in", ["username": "claire", "password": "claire-password"], as: &visitor)
            #expect(password.headers[.location] == "/sign-in/set-up")

            let setUp = try await client.get("/sign-in/set-up", as: &visitor)
            #expect(setUp.status == .ok)
            #expect(setUp.text.contains("<svg") && setUp.text.contains("otpauth://totp/RO:claire?secret="))
            #expect(setUp.text.contains(language == "fr" ? "Configurer votre deuxième étape" : "Set up your second step"))
            let secret = try #require(try await t.store.transaction { tx in try await tx.secondFactors.get(of: user.id) }).secret
            let step = SecondFactorRules.step(at: t.clock.now)

            let wrong = try await client.post("/sign-in/set-up", ["code": "12345x"], as: &visitor)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains(#"value="12345x""#))
            #expect(try await t.store.transaction { tx in try await tx.secondFactors.get(of: user.id) }?.isEnrolled == false)

            let right = try await client.post("/sign-in/set-up", ["code": SecondFactorService.code(secret: secret, step: step)], as: &visitor)
            #expect(right.status == .ok)
            let codes = right.text.matches(of: /<code>([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/).map { String($0.output.1) }
            #expect(Set(codes).count == 10)
            #expect(visitor.cookies["ro_session"] != nil && visitor.cookies["ro_signin_step"] == nil)
            #expect(try await client.get("/home", as: &visitor).status == .ok)
            // Shown once: the form's page cannot be opened again.
            #expect(try await client.get("/sign-in/set-up", as: &visitor).headers[.location] == "/sign-in?expired=1")
        }
    }

    /// A wrong code is refused in the person's language and keeps what was typed; a refused code opens nothing.
    @Test(arguments: ["en", "fr"])
    func aWrongCodeIsRefusedAndKept(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("martin", role: .mediator)
            var visitor = Visitor(language: language)
            _ = try await client.get("/sign-in", as: &visitor)
            _ = try await client.post("/sign-in", ["username": "martin", "password": "martin-password"], as: &visitor)
            let page = try await client.get("/sign-in/code", as: &visitor)
            #expect(page.text.contains(#"autocomplete="one-time-code""#))
            #expect(!page.text.contains(language == "fr" ? "Base de démonstration" : "Demonstration database"))

            let refused = try await client.post("/sign-in/code", ["code": "000000"], as: &visitor)
            #expect(refused.status == .unauthorized)
            #expect(refused.text.contains(language == "fr" ? "Le code n’est pas exact" : "The code is not right"))
            #expect(refused.text.contains(#"value="000000""#))
            #expect(visitor.cookies["ro_session"] == nil)
        }
    }

    /// Only a demo database's code page shows the code the account's app would show, and that code signs in.
    @Test func theDemoShowsTheCurrentCode() async throws {
        try await withTestEnvironment { t in
            let client = try await RouterTestClient(env: t.env, settings: WebSettings(isDemo: true), clock: t.clock)
            try await t.makeUser("martin", role: .mediator)
            var visitor = Visitor()
            _ = try await client.get("/sign-in", as: &visitor)
            _ = try await client.post("/sign-in", ["username": "martin", "password": "martin-password"], as: &visitor)
            let page = try await client.get("/sign-in/code", as: &visitor)
            let shown = try #require(page.text.firstMatch(of: /<strong>(\d{6})<\/strong>/)).output.1
            #expect(try await client.post("/sign-in/code", ["code": String(shown)], as: &visitor).headers[.location] == "/home")
        }
    }

    /// The code's form, like the password's, needs the sign-in cookie's value (CSRF).
    @Test func theCodeFormWithoutItsTokenChangesNothing() async throws {
        try await withApp { t, client in
            try await t.makeUser("martin", role: .mediator)
            var visitor = Visitor()
            _ = try await client.get("/sign-in", as: &visitor)
            _ = try await client.post("/sign-in", ["username": "martin", "password": "martin-password"], as: &visitor)
            let code = try #require(try await client.currentCode(of: "martin"))
            let response = try await client.post("/sign-in/code", ["code": code], as: &visitor, csrf: "forged")
            #expect(response.status == .forbidden)
            #expect(visitor.cookies["ro_session"] == nil)
        }
    }
}
