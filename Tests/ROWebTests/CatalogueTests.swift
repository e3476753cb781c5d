import Foundation
import ROCore
import Testing

@testable import ROWeb

/// Issue 13, item 4: every text people read comes from the one catalogue, English and French side by side, each
/// entry rewordable (R57). These tests read the sources, as a reviewer would.
@Suite struct CatalogueTests {
    /// A Swift file of the web layer: its path under `Sources/ROWeb` and its text.
    static func swiftSources() throws -> [(path: String, text: String)] {
        let paths = FileManager.default.subpaths(atPath: SourceLayoutTests.webSources.path) ?? []
        return try paths.filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: SourceLayoutTests.webSources.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// The string literals of a Swift text, each marked with whether it is a catalogue entry's text (an argument
    /// of `Bilingual(…)`). Comments are left out; a literal inside another's interpolation counts on its own.
    static func literals(in source: String) -> [(text: String, inCatalogue: Bool)] {
        let characters = Array(source.unicodeScalars)
        var found: [(String, Bool)] = []
        var openBilingual: [Int] = []  // the parenthesis depth at which each open `Bilingual(` began
        var depth = 0
        var index = 0

        func starts(_ prefix: String, at position: Int) -> Bool {
            let scalars = Array(prefix.unicodeScalars)
            return position + scalars.count <= characters.count && Array(characters[position..<position + scalars.count]) == scalars
        }
        /// Reads the literal opening at `start` (`"` or `"""`); returns the index after it.
        func literal(from start: Int) -> Int {
            let delimiter = starts("\"\"\"", at: start) ? "\"\"\"" : "\""
            var position = start + delimiter.unicodeScalars.count
            var text = String.UnicodeScalarView()
            while position < characters.count, !starts(delimiter, at: position) {
                if characters[position] == "\\", position + 1 < characters.count, characters[position + 1] == "(" {
                    // An interpolation: skip to its closing parenthesis, reading any literal inside it on its own.
                    var nesting = 1
                    position += 2
                    text.append(contentsOf: "\\(".unicodeScalars)
                    while position < characters.count, nesting > 0 {
                        if characters[position] == "\"" {
                            position = literal(from: position)
                            continue
                        }
                        if characters[position] == "(" { nesting += 1 }
                        if characters[position] == ")" { nesting -= 1 }
                        text.append(characters[position])
                        position += 1
                    }
                    continue
                }
                if characters[position] == "\\", position + 1 < characters.count {
                    text.append(characters[position])
                    text.append(characters[position + 1])
                    position += 2
                    continue
                }
                text.append(characters[position])
                position += 1
            }
            found.append((String(text), !openBilingual.isEmpty))
            return min(position + delimiter.unicodeScalars.count, characters.count)
        }

        while index < characters.count {
            if starts("//", at: index) {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if starts("Bilingual(", at: index) {
                openBilingual.append(depth)
                depth += 1
                index += "Bilingual(".unicodeScalars.count
            } else if characters[index] == "\"" {
                index = literal(from: index)
            } else {
                if characters[index] == "(" { depth += 1 }
                if characters[index] == ")" {
                    depth -= 1
                    if openBilingual.last == depth { openBilingual.removeLast() }
                }
                index += 1
            }
        }
        return found
    }

    /// Words people read: two words of letters side by side, or a letter only French uses.
    static func readsAsText(_ literal: String) -> Bool {
        let words = literal.range(of: #"\p{L}{2,}[ ’']\p{L}{2,}"#, options: .regularExpression) != nil
        let french = literal.range(of: "[àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŒ]", options: .regularExpression) != nil
        return words || french
    }

    /// Literals with words in them that are not for people to read in RO's pages.
    static let notForPeople: Set<String> = [
        "RO meeting"  // the fixed purpose of the sites' entry-request API (R31), which their systems match on
    ]

    /// Lines whose literals go to operators and developers, not to people: logs, programming errors, a page
    /// template's fault found at start-up, an error whose message only reaches the log.
    static func isForOperators(_ line: Substring) -> Bool {
        ["logger.", "Logger(", "precondition", "fatalError(", "assert", "HTTPError(", "// for operators"].contains { line.contains($0) }
    }

    @Test func noTextForPeopleIsWrittenOutsideTheCatalogue() throws {
        var stray: [String] = []
        for file in try Self.swiftSources() {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            // A language picking between two literals is text outside the catalogue, however short ("KB" : "ko").
            for line in lines where line.range(of: #"== \.(en|fr) \? ""#, options: .regularExpression) != nil {
                stray.append("\(file.path): \(line.trimmingCharacters(in: .whitespaces))")
            }
            let kept = lines.filter { !Self.isForOperators($0) }
            for literal in Self.literals(in: kept.joined(separator: "\n"))
            where !literal.inCatalogue && Self.readsAsText(literal.text) && !Self.notForPeople.contains(literal.text) {
                stray.append("\(file.path): \"\(literal.text)\"")
            }
        }
        #expect(stray.isEmpty, "text outside the catalogue: put it in the feature's table\n\(stray.joined(separator: "\n"))")
    }

    /// Templates hold no words of their own: their text is `{{t.key}}` or the view model's, and the attributes people
    /// hear (`aria-label`, `title`, `alt`, `placeholder`) come from the catalogue too.
    @Test func templatesHoldNoWordsOfTheirOwn() throws {
        let paths = (FileManager.default.subpaths(atPath: SourceLayoutTests.webSources.path) ?? []).filter { $0.hasSuffix(".mustache") }
        var stray: [String] = []
        for path in paths {
            let template = try String(contentsOf: SourceLayoutTests.webSources.appendingPathComponent(path), encoding: .utf8)
            let spoken = template.matches(of: #/(aria-label|title|alt|placeholder)="[^"{]*\p{L}{2}[^"]*"/#).map { String($0.output.0) }
            let text = template.replacing(#/\{\{[^}]*\}\}/#, with: "").replacing(#/<[^>]*>/#, with: " ")
            let words = text.matches(of: #/\p{L}{2,}/#).map { String($0.output) }
            stray += (spoken + words).map { "\(path): \($0)" }
        }
        #expect(paths.count > 30, "the walk found the templates")
        #expect(stray.isEmpty, "\(stray)")
    }

    /// The scan itself finds a stray text, in either language, and leaves catalogue entries alone.
    @Test func theScanFindsAStrayText() {
        let source = #"""
            let a = Bilingual("Meeting held (R34)", "Rencontre tenue")
            let b = language == .en ? "Meeting held" : "Rencontre tenue"
            let c = "Réunion"
            let d = "\(count) items"  // a comment's words are not text
            let e = "\(ok ? "" : "Not held")"
            """#
        let stray = Self.literals(in: source).filter { !$0.inCatalogue && Self.readsAsText($0.text) }.map(\.text)
        #expect(stray == ["Meeting held", "Rencontre tenue", "Réunion", "Not held"])
    }

    /// Every key Swift code names (`language.text("…")`, `messageKey: "…"`, an error's `code: "…"`) has its entry,
    /// and a text's placeholders are the same in both languages.
    @Test func everyKeyNamedInSwiftHasItsEntry() throws {
        let named = try NSRegularExpression(pattern: #"(?:\.text\(|messageKey: )"([A-Za-z0-9.-]+)""#)
        let code = try NSRegularExpression(pattern: #"code: "([a-z-]+)""#)
        var missing: [String] = []
        var keys = 0
        for file in try Self.swiftSources() {
            let text = file.text as NSString
            let range = NSRange(location: 0, length: text.length)
            for match in named.matches(in: file.text, range: range) {
                keys += 1
                let key = text.substring(with: match.range(at: 1))
                if Catalogue.entries[key] == nil { missing.append(key) }
            }
            for match in code.matches(in: file.text, range: range) {
                let key = "error." + text.substring(with: match.range(at: 1))
                if Catalogue.entries[key] == nil { missing.append(key) }
            }
        }
        #expect(keys > 80, "the scan found the keys")
        #expect(missing.isEmpty, "\(missing)")
        for (key, text) in Catalogue.entries {
            #expect(LabelOverride.placeholders(in: text.english) == LabelOverride.placeholders(in: text.french), "\(key)")
        }
    }

    /// Every table together: no key defined twice, every named value named, and `Strings` complete in both languages.
    @Test func theTablesMakeOneCatalogue() {
        let keys = Catalogue.tables.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "no key is defined twice")
        #expect(Strings.decoded(from: Catalogue.builtIn(.en)) != nil && Strings.decoded(from: Catalogue.builtIn(.fr)) != nil)
        for role in ParticipantRole.allCases {
            #expect(Language.fr.catalog[role.labelKey] == role.name(in: .fr) && !role.name(in: .fr).isEmpty)
        }
    }
}
