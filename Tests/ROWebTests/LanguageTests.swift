import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROTestSupport
import Testing

@testable import ROWeb

@Suite struct LanguageTests {
    @Test func acceptLanguagePicksFrenchAndHtmlLangFollows() async throws {
        try await withApp { _, client in
            let french = try await client.execute(uri: "/sign-in", method: .get, headers: [.acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.5"])
            let english = try await client.execute(uri: "/sign-in", method: .get, headers: [.acceptLanguage: "de-DE"])

            #expect(french.text.contains(#"<html lang="fr">"#))
            #expect(french.text.contains("<h1>Connexion</h1>"))
            #expect(english.text.contains(#"<html lang="en">"#))
            #expect(english.text.contains("<h1>Sign in</h1>"))
        }
    }

    @Test(arguments: [
        ("fr-CA,fr;q=0.9,en;q=0.8", Language.fr), ("en-CA", .en), ("de, fr;q=0.3", .fr), ("fr;q=0.2, en;q=0.9", .en), ("*", nil),
    ])
    func acceptLanguageHonoursQualities(_ header: String, _ expected: Language?) {
        #expect(Language.preferred(byAcceptLanguage: header) == expected)
    }

    /// The toggle remembers the choice over Accept-Language and returns to the same page.
    @Test func theToggleStaysOnTheSamePageAndWins() async throws {
        try await withApp { _, client in
            var visitor = Visitor(language: "en")

            let toggle = try await client.get("/language?to=fr&back=%2Fsign-in", as: &visitor)
            let page = try await client.get("/sign-in", as: &visitor)

            #expect(toggle.status == .seeOther)
            #expect(toggle.headers[.location] == "/sign-in")
            #expect(page.text.contains(#"<html lang="fr">"#))
        }
    }

    @Test func theToggleNeverRedirectsOffSite() async throws {
        try await withApp { _, client in
            // A tab, a line break or a backslash is dropped or turned into "/" by browsers: "/<TAB>/evil" is "//evil".
            for back in ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example/", "/\n/evil.example", "/\r\n/evil"] {
                let encoded = back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let response = try await client.execute(uri: "/language?to=fr&back=\(encoded)", method: .get)
                #expect(response.headers[.location] == "/", "\(back)")
            }
            let asReported = try await client.execute(uri: "/language?to=fr&back=/%09/other-host/", method: .get)
            #expect(asReported.headers[.location] == "/", "issue 15's report")
            // Issue 15, item 5: however it is written, where a browser lands is this site. The answer comes from how a
            // browser resolves a Location against the page (RFC 3986), not from SitePath.
            let written = [
                "%2F%2Fevil.example", "%252F%252Fevil.example", "%2F%5Cevil.example", "/%2F/evil.example", "/%5C/evil.example",
                "%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%E2%81%84evil.example", "%2F%EF%BC%8Fevil.example",
                "%EF%BC%8F%EF%BC%8Fevil.example", "%2F%E2%88%95%E2%88%95evil.example", "%20%2F%2Fevil.example", "%2F%00%2Fevil.example",
                "http%3A%2F%2Fevil.example", "%2F.%2F%2Fevil.example",
            ]
            let page = try #require(URL(string: "http://ro.test/sign-in"))
            for back in written {
                let response = try await client.execute(uri: "/language?to=fr&back=\(back)", method: .get)
                let location = try #require(response.headers[.location], "\(back)")
                let landing = URL(string: location, relativeTo: page)?.absoluteURL
                #expect(landing?.host == "ro.test" && location.hasPrefix("/") && !location.hasPrefix("//"), "\(back) → \(location)")
            }
            let kept = try await client.execute(uri: "/language?to=fr&back=%2Fadmin%2Flabels%3Fq%3Dtimeline%20line", method: .get)
            #expect(kept.headers[.location] == "/admin/labels?q=timeline%20line", "a path of the site comes back, encoded")
        }
    }

    /// R49: both catalogs define every message, none of them empty.
    @Test func bothCatalogsHaveTheSameKeysAndNoEmptyMessage() {
        let english = Language.en.catalog
        let french = Language.fr.catalog

        #expect(Set(english.keys) == Set(french.keys))
        #expect(english.count > 50)
        #expect(english.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.isEmpty)
        #expect(french.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.isEmpty)
    }

    /// A template naming a message that does not exist stops start-up instead of rendering empty.
    @Test func aTemplateWithAnUnknownKeyIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ro-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "<h1>{{t.signInTitle}}</h1><p>{{t.noSuchMessage}}</p>".write(
            to: directory.appendingPathComponent("bad.mustache"),
            atomically: true,
            encoding: .utf8
        )

        #expect(throws: Views.LoadError.self) { try Views.check(directory: directory) }
    }

    @Test func theShippedTemplatesPassTheCheck() throws {
        try Views.check(directory: try Views.templatesDirectory())
    }
}
