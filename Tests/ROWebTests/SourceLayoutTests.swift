import Foundation
import Testing

@testable import ROWeb

/// The web layer's layout: one folder a feature, templates beside their feature's code and named by
/// their file name, and files small enough to read in one sitting (issue 13).
@Suite struct SourceLayoutTests {
    static let webSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ROWeb")

    /// Files in `Sources/ROWeb` and their lines, by path under it.
    static func files(endingIn suffix: String) throws -> [String: Int] {
        let paths = FileManager.default.subpaths(atPath: Self.webSources.path) ?? []
        var lines: [String: Int] = [:]
        for path in paths where path.hasSuffix(suffix) {
            let text = try String(contentsOf: Self.webSources.appendingPathComponent(path), encoding: .utf8)
            lines[path] = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        }
        return lines
    }

    @Test func everyTemplateIsInTheBundleUnderItsOwnName() throws {
        let templates = try Self.files(endingIn: ".mustache").keys.map { ($0 as NSString).lastPathComponent }
        let bundled = try FileManager.default.contentsOfDirectory(atPath: try Views.templatesDirectory().path).filter { $0.hasSuffix(".mustache") }

        let named = Dictionary(grouping: templates, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(named.isEmpty, "two templates share a name, and the bundle keeps one: \(named)")
        #expect(templates.count > 30, "the walk found the templates")
        #expect(Set(templates) == Set(bundled), "a template is missing from the bundle: run `touch Package.swift` so SwiftPM reads the list again")
    }

    @Test func noSwiftFileSitsAtTheTopOfROWeb() throws {
        let top = try Self.files(endingIn: ".swift").keys.filter { !$0.contains("/") }

        #expect(top.isEmpty, "\(top.sorted())")
    }

    /// Files still over the limits, each waiting to be split; a file that gets under its limit must leave
    /// this list, so it only shrinks.
    static let stillTooLong: Set<String> = [
        "Text/Strings.swift", "Text/CaseLabels.swift", "API/APIRoutes.swift", "Features/Cases/CaseShowPage.swift",
    ]

    @Test func swiftFilesStayUnder400LinesAndTemplatesUnder150() throws {
        let swift = try Self.files(endingIn: ".swift").filter { $0.value > 400 }
        let templates = try Self.files(endingIn: ".mustache").filter { $0.value > 150 }
        let over = Set(swift.keys).union(templates.keys)

        #expect(over.subtracting(Self.stillTooLong).isEmpty, "over the limit: \(over.subtracting(Self.stillTooLong).sorted())")
        #expect(Self.stillTooLong.subtracting(over).isEmpty, "now under the limit, take it off the list: \(Self.stillTooLong.subtracting(over).sorted())")
    }
}
