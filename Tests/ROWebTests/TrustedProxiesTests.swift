import HTTPTypes
import Testing

@testable import ROWeb

/// Issue 15, item 4: whose address the sign-in throttle counts. Expected answers follow RFC 7239 and the usual
/// reading of X-Forwarded-For (each proxy appends the address it heard from).
@Suite struct TrustedProxiesTests {
    static let proxies = TrustedProxies(["10.0.0.2", "10.0.0.3", "fd00::1"])

    static func headers(_ fields: [(String, String)]) -> HTTPFields {
        var headers = HTTPFields()
        for (name, value) in fields { headers.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return headers
    }

    @Test(arguments: [
        // From anyone but a trusted proxy, the headers say nothing.
        ("203.0.113.9", [("X-Forwarded-For", "198.51.100.1")], "203.0.113.9"),
        ("203.0.113.9", [("Forwarded", "for=198.51.100.1")], "203.0.113.9"),
        // From a trusted proxy, the last address it did not itself add that is not a trusted proxy.
        ("10.0.0.2", [("X-Forwarded-For", "198.51.100.1")], "198.51.100.1"),
        ("10.0.0.2", [("X-Forwarded-For", "6.6.6.6, 198.51.100.1, 10.0.0.3")], "198.51.100.1"),
        ("10.0.0.2", [("X-Forwarded-For", "6.6.6.6"), ("X-Forwarded-For", "198.51.100.1")], "198.51.100.1"),
        ("10.0.0.2", [("Forwarded", "for=198.51.100.1;proto=https, for=10.0.0.3")], "198.51.100.1"),
        ("10.0.0.2", [("Forwarded", #"for="[2001:db8::17]:4711""#)], "2001:db8::17"),
        ("10.0.0.2", [("Forwarded", "for=198.51.100.1:8443")], "198.51.100.1"),
        ("fd00::1", [("X-Forwarded-For", "2001:DB8::9")], "2001:db8::9"),
        // Forwarded wins over X-Forwarded-For; a value that is no address stops at the proxy that added it.
        ("10.0.0.2", [("Forwarded", "for=198.51.100.1"), ("X-Forwarded-For", "6.6.6.6")], "198.51.100.1"),
        ("10.0.0.2", [("Forwarded", "for=_hidden")], "10.0.0.2"),
        ("10.0.0.2", [("X-Forwarded-For", "not-an-address")], "10.0.0.2"),
        ("10.0.0.2", [], "10.0.0.2"),
    ])
    func theClientIsTheFirstUntrustedHopFromTheRight(peer: String, fields: [(String, String)], client: String) {
        #expect(Self.proxies.clientAddress(peer: peer, headers: Self.headers(fields)) == client)
    }

    @Test func onlyAddressesAreAcceptedAsProxies() {
        #expect(WebSettings.isAddress("10.0.0.2") && WebSettings.isAddress("fd00::1"))
        #expect(!WebSettings.isAddress("proxy.example.org") && !WebSettings.isAddress("10.0.0.256") && !WebSettings.isAddress(""))
    }
}
