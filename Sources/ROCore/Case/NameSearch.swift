import Foundation

/// How a name is searched (§7.2 "search names through a keyed blind index"): accents and case aside, by the start of
/// any of its words. Pure: the store turns each of these into a keyed token, so no name is kept in clear to search it.
public enum NameSearch {
    /// The shortest start of a word a search matches ("tr" finds Tremblay; one letter finds too much).
    public static let shortestStart = 2
    /// Words are indexed up to this many letters; a longer one is found by its first ones.
    public static let longestIndexed = 30

    /// The words of a name or of what was typed: "Gaëtane Lachapelle-Fictive" → ["gaetane", "lachapelle", "fictive"].
    public static func words(of text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.count >= Self.shortestStart }
    }

    /// Every start of every word that a search may type, each once.
    public static func starts(of name: String) -> Set<String> {
        var starts: Set<String> = []
        for word in Self.words(of: name) {
            let letters = Array(word.prefix(Self.longestIndexed))
            for length in Self.shortestStart...letters.count { starts.insert(String(letters[..<length])) }
        }
        return starts
    }

    /// What a search looks for: each typed word, cut to the indexed length.
    public static func terms(of query: String) -> [String] {
        Array(Set(Self.words(of: query).map { String($0.prefix(Self.longestIndexed)) })).sorted()
    }
}
