import Foundation
import HTTPTypes
import ROCore
import ROServices
import Testing

@testable import ROWeb

/// Issue 13: the HTML of every page of every role, in both languages, rendered from the demo data under the
/// test environment's fixed clock and counting ids, and compared with the reference files in
/// `__Snapshots__/Pages`, so that a change of layout or wording is a diff a reviewer reads.
/// `RO_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests` writes the references anew; a page without
/// one fails, and what it rendered is left in `test-output/snapshots/` beside any page that differs.
@Suite struct PageSnapshotTests {
    static let references = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__/Pages")
    static let rendered = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("test-output/snapshots")
    static let recording = ProcessInfo.processInfo.environment["RO_RECORD_SNAPSHOTS"] == "1"

    @Test(arguments: Role.allCases)
    func everyPageOfTheDemoMatchesItsReference(_ role: Role) async throws {
        try await withApp { t, client in
            try await DemoAccounts.load(into: t.env)
            let routes = try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env))
            var compared = 0
            for language in ["en", "fr"] {
                var visitor = try await client.signIn("demo-\(role.rawValue.lowercased())", language: language)
                var pages: [(name: String, path: String)] = routes.compactMap { route in
                    // The demo's accounts have a second step already: its set-up page only sends them back.
                    guard route.method == .get, !route.path.contains(":"), !route.path.hasPrefix("/api"), route.path != "/account/second-factor",
                        case .requires(let permission) = route.access,
                        Policy.allows(role, permission)
                    else { return nil }
                    return (route.path.dropFirst().replacingOccurrences(of: "/", with: "_"), route.path)
                }
                if role == .coordinator || role == .mediator {
                    pages += try await self.casePages(client, &visitor, withSteps: role == .mediator)
                }
                for page in pages {
                    let response = try await client.get(page.path, as: &visitor)
                    #expect(response.status == .ok, "\(page.path): \(response.status)")
                    try self.compare(Self.normalised(response.text), named: "\(role.rawValue)-\(page.name.isEmpty ? "root" : page.name)-\(language)")
                    compared += 1
                }
            }
            #expect(compared >= 4, "each role has pages to compare")
        }
    }

    /// The demo's case in dialogue: its summary, its parts, and (for its mediator) the pages of the steps
    /// each part offers, named by part and step rather than by id.
    func casePages(_ client: any TestClientProtocol, _ visitor: inout Visitor, withSteps: Bool) async throws -> [(name: String, path: String)] {
        let list = try await client.get("/cases", as: &visitor).text.withoutCellLabels
        let row = try #require(list.components(separatedBy: "<tr>").first { $0.contains("<td>Dialogue</td>") })
        let start = try #require(row.range(of: #"href="/cases/"#))
        let path = "/cases/" + row[start.upperBound...].prefix { $0 != "\"" }
        var pages: [(name: String, path: String)] = []
        for area in CaseArea.allCases {
            let areaPath = casePage(area, of: path)
            pages.append(("case-\(area.rawValue)", areaPath))
            guard withSteps else { continue }
            let html = try await client.get(areaPath, as: &visitor).text
            let links = try NSRegularExpression(pattern: #"href="(/cases/[^"?]+/steps/([a-z-]+)(\?[^"]*)?)""#)
            for match in links.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let step = String(html[Range(match.range(at: 2), in: html)!])
                let page = String(html[Range(match.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
                // A step about one meeting or person is named by the end of its id (counting ids: stable).
                let name = "case-step-\(step)" + (page.contains("?") ? "-\(page.suffix(4))" : "")
                if !pages.contains(where: { $0.path == page }) { pages.append((name, page)) }
            }
        }
        return pages
    }

    /// The page with what changes from one sign-in to the next (the form token) taken out.
    static func normalised(_ html: String) -> String {
        html.replacingOccurrences(of: #"name="csrf" value="[^"]*""#, with: #"name="csrf" value="…""#, options: .regularExpression)
    }

    func compare(_ html: String, named name: String) throws {
        let reference = Self.references.appendingPathComponent("\(name).html")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.references, withIntermediateDirectories: true)
            try html.write(to: reference, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: reference, encoding: .utf8) else {
            try self.keep(html, named: name)
            Issue.record("no reference for \(name): RO_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests writes it")
            return
        }
        if expected != html {
            try self.keep(html, named: name)
            let (old, new) = (
                expected.split(separator: "\n", omittingEmptySubsequences: false), html.split(separator: "\n", omittingEmptySubsequences: false)
            )
            let line = Array(zip(old, new)).firstIndex { $0.0 != $0.1 } ?? min(old.count, new.count)
            Issue.record("\(name) differs from its reference at line \(line + 1); the page as rendered is in test-output/snapshots/\(name).html")
        }
    }

    func keep(_ html: String, named name: String) throws {
        try FileManager.default.createDirectory(at: Self.rendered, withIntermediateDirectories: true)
        try html.write(to: Self.rendered.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
    }
}
