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
        #expect(Set(templates) == Set(bundled), "a template is missing from the bundle: list it in Package.swift's webTemplates")
    }

    /// Issue 13: `CaseStep` is the one place a step is named in Swift, and the pages post to exactly its steps
    /// (the OpenAPI document is checked against it in `APITests`).
    @Test func stepNamesAreCaseStepsOwn() throws {
        let names = Set(CaseStep.allCases.map(\.rawValue))
        let stepPath = try NSRegularExpression(pattern: #"/steps/([a-z-]+)"#)
        let quotedName = try NSRegularExpression(pattern: #""([a-z]+(?:-[a-z]+)+)""#)
        var posted = Set<String>()
        for path in try Self.files(endingIn: ".mustache").keys {
            let text = try String(contentsOf: Self.webSources.appendingPathComponent(path), encoding: .utf8)
            for match in stepPath.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                posted.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        var spelled: [String] = []
        for path in try Self.files(endingIn: ".swift").keys where !path.hasSuffix("CaseStep.swift") {
            let text = try String(contentsOf: Self.webSources.appendingPathComponent(path), encoding: .utf8)
            for match in quotedName.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                if names.contains(name) { spelled.append("\(path): \(name)") }
            }
        }

        #expect(
            posted == names,
            "posted to but no step: \(posted.subtracting(names).sorted()); never posted to: \(names.subtracting(posted).sorted())"
        )
        #expect(spelled.isEmpty, "a step named outside CaseStep: \(spelled)")
    }

    @Test func noSwiftFileSitsAtTheTopOfROWeb() throws {
        let top = try Self.files(endingIn: ".swift").keys.filter { !$0.contains("/") }

        #expect(top.isEmpty, "\(top.sorted())")
    }

    @Test func swiftFilesStayUnder400LinesAndTemplatesUnder150() throws {
        let swift = try Self.files(endingIn: ".swift").filter { $0.value > 400 }
        let templates = try Self.files(endingIn: ".mustache").filter { $0.value > 150 }
        let over = Set(swift.keys).union(templates.keys)

        #expect(over.isEmpty, "over the limit: \(over.sorted())")
    }
}
