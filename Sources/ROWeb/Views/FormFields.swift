import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body. A missing field reads as empty, so
/// handlers validate with RO's own bilingual messages rather than a decoder's.
struct FormFields: Sendable {
    private let values: [String: String]

    init(_ body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? Self.decode(parts[1]) : "" }
        }
        self.values = values
    }

    /// Fields that arrived as a JSON object of strings (the API's form of the same steps).
    init(values: [String: String]) {
        self.values = values
    }

    subscript(_ name: String) -> String { self.values[name] ?? "" }

    /// Every field, by name: what a form asking to confirm the person's identity carries on unchanged.
    var all: [(name: String, value: String)] {
        self.values.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// The names of the fields that start with `prefix` (checkbox groups such as `staff-<id>`).
    func names(withPrefix prefix: String) -> [String] {
        self.values.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
