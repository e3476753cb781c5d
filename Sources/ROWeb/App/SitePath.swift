import Foundation

/// A path on this site, safe to send a browser back to: every return-to parameter passes here, so none can send
/// a person to another site (an open redirect, ready for phishing).
struct SitePath: Sendable, Equatable {
    /// Percent-encoded where needed, ready for a `Location` header.
    let value: String

    static let home = SitePath(checked: "/")

    /// Refuses anything but an absolute path of this site: a scheme or a host (`//other`, `/\\other`), and any
    /// control character, which browsers drop before they read the address (`/<TAB>/other-host` is `//other-host`).
    init?(_ candidate: String) {
        guard candidate.hasPrefix("/"), !candidate.dropFirst().hasPrefix("/"), candidate.utf8.count <= 2_000,
            !candidate.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }),
            let encoded = candidate.addingPercentEncoding(withAllowedCharacters: Self.allowed)
        else { return nil }
        self.value = encoded
    }

    private init(checked: String) { self.value = checked }

    /// A path and its query as they may stand in an address; anything else (a space, a letter with an accent) is
    /// percent-encoded.
    private static let allowed = CharacterSet.urlPathAllowed.union(CharacterSet(charactersIn: "?&=%"))
}
