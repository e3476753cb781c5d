import Foundation
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// Issue 16, item 4: the case list shows fifty cases a section, then a link to the next ones of that section; the
/// pages together list every case once, and the later page links back to the start.
@Suite struct CaseListPagingTests {
    @Test(arguments: ["en", "fr"])
    func theCaseListComesFiftyCasesAPage(_ language: String) async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let references = try await Self.openRequests(55, in: t, language: language, by: claire)
            var session = try await client.signIn("claire", language: language)
            let first = try await client.get("/cases", as: &session)
            PageTests().checkPage(first, language: language, "case list, first page")
            let links = Self.nextLinks(first.text)
            #expect(links.count == 2, "the queue and all cases each have more than fifty")
            let all = try #require(links.first { $0.contains("section=all") })
            let second = try await client.get(all, as: &session)
            PageTests().checkPage(second, language: language, "case list, next page")
            #expect(second.text.contains("href=\"/cases\""), "back to the start")
            #expect(Self.nextLinks(second.text).isEmpty)

            // All cases, latest change first: the first page's second section, then the next page's only one.
            let firstPageAll = Self.references(in: first.text.components(separatedBy: "<section>").last ?? "")
            let secondPage = Self.references(in: second.text)
            #expect(firstPageAll.count == 50 && secondPage.count == 5)
            #expect(firstPageAll + secondPage == references.reversed())
        }
    }

    /// §7.2: search results come fifty a page too. The next page is asked for with a button that posts the search
    /// again, so the name typed stays out of the address; the pages together list every case found once.
    @Test(arguments: ["en", "fr"])
    func searchResultsComeFiftyAPage(_ language: String) async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let references = try await Self.openRequests(
                53,
                in: t,
                language: language,
                person: PersonRecord(usedName: "Hana Okafor-Fictif"),
                by: claire
            )
            var session = try await client.signIn("claire", language: language)
            let first = try await client.post("/cases/search", ["q": "okafor"], as: &session)
            PageTests().checkPage(first, language: language, "search results, first page")
            #expect(first.text.contains(language == "en" ? "Cases found: 50 on this page" : "Dossiers trouvés : 50 sur cette page"))
            #expect(first.text.contains(language == "en" ? "Show the next cases found" : "Afficher les dossiers trouvés suivants"))
            let after = try #require(first.text.firstMatch(of: /name="after" value="([^"]+)"/)).1
            let second = try await client.post("/cases/search", ["q": "okafor", "after": String(after)], as: &session)
            PageTests().checkPage(second, language: language, "search results, next page")
            #expect(second.text.contains(language == "en" ? "Cases found: 3 on this page" : "Dossiers trouvés : 3 sur cette page"))
            #expect(!second.text.contains(#"name="after""#), "the last page offers no more")

            let firstPage = Self.references(in: first.text)
            let secondPage = Self.references(in: second.text)
            #expect(firstPage.count == 50 && secondPage.count == 3)
            #expect(firstPage + secondPage == references.reversed(), "latest change first, each case once")
        }
    }

    /// Opens `count` victims' requests a minute apart (the last one changed latest); returns their references.
    static func openRequests(
        _ count: Int,
        in t: TestEnvironment,
        language: String,
        person: PersonRecord? = nil,
        by user: User
    ) async throws
        -> [String]
    {
        var references: [String] = []
        for _ in 0..<count {
            t.clock.advance(by: 60)
            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .phone,
                region: "pacific",
                language: language,
                person: person,
                by: user
            )
            references.append(opened.reference)
        }
        return references
    }

    static func nextLinks(_ html: String) -> [String] {
        html.matches(of: /href="(\/cases\?section=[a-z]+&amp;after=[^"]+)"/).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
    }

    static func references(in html: String) -> [String] {
        html.matches(of: />(RO-\d{4}-\d{4})</).map { String($0.1) }
    }
}
