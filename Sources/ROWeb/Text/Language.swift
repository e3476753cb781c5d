import Foundation

/// The two official languages. Every page, message and error exists in both (R49).
public enum Language: String, CaseIterable, Sendable {
    case en
    case fr

    /// Canadian English or French, for numbers and dates.
    var locale: Locale { Locale(identifier: "\(self.rawValue)_CA") }

    /// The other one, for the language toggle.
    var other: Language { self == .en ? .fr : .en }

    /// The language asked for by `Accept-Language` (`fr-CA,fr;q=0.9,en;q=0.8`), honouring q-values;
    /// nil when neither English nor French is acceptable.
    static func preferred(byAcceptLanguage header: String) -> Language? {
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        return best?.language
    }
}
