import Testing

@testable import ROStoreSQL

/// Issue 15, item 10: a PostgreSQL server on another machine is reached over verified TLS unless the URL says
/// otherwise; one on this machine as before.
@Suite struct PostgresURLTests {
    @Test(arguments: [
        ("postgres://ro@db.example.org/ro", PostgresServer.SSLMode.verifyFull),
        ("postgres://ro@10.0.0.7:5433/ro", .verifyFull),
        ("postgresql://ro@[2001:db8::7]/ro", .verifyFull),
        ("postgres://ro@127.0.0.1/ro", .prefer),
        ("postgres://ro@localhost/ro", .prefer),
        ("postgres://ro@[::1]/ro", .prefer),
        ("postgres://ro@db.example.org/ro?sslmode=disable", .disable),
        ("postgres://ro@db.example.org/ro?sslmode=verify-ca", .verifyCA),
        ("postgres://ro@127.0.0.1/ro?sslmode=require", .require),
    ])
    func theTLSModeOfAURL(_ url: String, _ mode: PostgresServer.SSLMode) throws {
        #expect(try PostgresServer(url: url).sslMode == mode)
    }

    @Test func anUnknownModeIsRefused() {
        #expect(throws: StoreError.self) { try PostgresServer(url: "postgres://ro@db.example.org/ro?sslmode=allow") }
    }
}
