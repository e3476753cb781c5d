import Foundation
import HTTPTypes

/// Issue 15, item 4: the address the sign-in throttle counts. `Forwarded` and `X-Forwarded-For` are believed only
/// when the peer is a proxy the operator named (`--trusted-proxy`); read from the right, the first address that
/// is not itself a trusted proxy is the client. From anyone else the headers are ignored, so no one can spread
/// their guesses over invented addresses.
struct TrustedProxies: Sendable, Equatable {
    let addresses: Set<String>

    init(_ addresses: some Sequence<String>) {
        self.addresses = Set(addresses.map { $0.lowercased() })
    }

    static let none = TrustedProxies([])

    func clientAddress(peer: String, headers: HTTPFields) -> String {
        guard self.addresses.contains(peer.lowercased()) else { return peer }
        // A value that is no address (an obfuscated name, garbage) stops the walk: its proxy is counted instead.
        var client = peer
        for hop in Self.forwardedChain(headers).reversed() {
            guard let address = Self.address(hop) else { return client }
            client = address
            if !self.addresses.contains(address) { return address }
        }
        return client
    }

    /// The `for` addresses, client first: from `Forwarded` (RFC 7239) when present, else `X-Forwarded-For`.
    static func forwardedChain(_ headers: HTTPFields) -> [String] {
        let forwarded = headers[values: .forwarded]
        if !forwarded.isEmpty {
            return forwarded.flatMap { $0.split(separator: ",") }.compactMap { element in
                element.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
                    .first { $0.lowercased().hasPrefix("for=") }
                    .map { String($0.dropFirst(4)) }
            }
        }
        return headers[values: .xForwardedFor].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// An IPv4 or IPv6 address from a hop, without quotes, brackets or port; nil for anything else.
    static func address(_ hop: String) -> String? {
        var text = hop.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            text = String(text[text.index(after: text.startIndex)..<close])
        } else if text.filter({ $0 == ":" }).count == 1 {
            text = String(text.prefix { $0 != ":" })  // IPv4 with a port
        }
        let lowered = text.lowercased()
        let isIPv4 =
            lowered.split(separator: ".", omittingEmptySubsequences: false).count == 4
            && lowered.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { UInt8($0) != nil }
        let isIPv6 = lowered.contains(":") && lowered.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        return isIPv4 || isIPv6 ? lowered : nil
    }
}

extension HTTPField.Name {
    static let forwarded = HTTPField.Name("Forwarded")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
