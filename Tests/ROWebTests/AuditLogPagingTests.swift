import Foundation
import ROCore
import ROTestSupport
import Testing

@testable import ROWeb

/// Issue 16, item 4: the auditor's home lists the audit log fifty entries a page, newest first, with a link to the
/// earlier ones; the pages together hold every entry once, and the address carries only a position in the chain.
@Suite struct AuditLogPagingTests {
    @Test(arguments: ["en", "fr"])
    func theAuditorReadsTheLogFiftyEntriesAPage(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("aude", role: .auditor)
            try await t.store.transaction { tx in
                for n in 1...120 {
                    let record = AuditRecord(
                        actor: AuditActor(userID: nil, role: "system"),
                        action: .signIn,
                        target: "user:\(n)",
                        outcome: .success,
                        at: t.clock.now,
                        requestID: "req-\(n)"
                    )
                    _ = try await tx.audit.append(record)
                }
            }
            var aude = try await client.signIn("aude", language: language)
            let head = try await t.store.read { try await $0.audit.head() }.position

            let first = try await client.get("/home", as: &aude)
            PageTests().checkPage(first, language: language, "auditor's home, latest entries")
            #expect(Self.positions(first.text) == Array(((head - 49)...head).reversed()), "the fifty latest, newest first")
            let earlier = try #require(first.text.firstMatch(of: /href="(\/home\?before=(\d+))"/))
            #expect(Int64(earlier.2) == head - 49)

            let second = try await client.get(String(earlier.1), as: &aude)
            PageTests().checkPage(second, language: language, "auditor's home, earlier entries")
            #expect(Self.positions(second.text) == Array(((head - 99)...(head - 50)).reversed()))
            #expect(second.text.contains(#"<a href="/home">"#), "back to the latest")
            let third = try #require(second.text.firstMatch(of: /href="(\/home\?before=\d+)"/)).1
            let last = try await client.get(String(third), as: &aude)
            #expect(Self.positions(last.text) == Array((1...(head - 100)).reversed()), "the rest, down to the first entry")
            #expect(!last.text.contains("/home?before="), "nothing earlier")
        }
    }

    /// The positions in the first column of the entries' table.
    static func positions(_ html: String) -> [Int64] {
        html.matches(of: /<tr><td data-label="[^"]+">(\d+)<\/td>/).compactMap { Int64($0.1) }
    }
}
