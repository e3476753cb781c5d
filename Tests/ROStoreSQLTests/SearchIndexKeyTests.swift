import Foundation
import ROTestSupport
import Testing

@testable import ROStoreSQL

/// §7.2: the search index's key is made on first use. Two first uses at once (two requests on PostgreSQL) agree on
/// one key: the second waits for the first's to commit and uses it, instead of failing on the duplicate.
@Suite struct SearchIndexKeyTests {
    @Test(arguments: Backend.available)
    func twoFirstUsesAtOnceAgreeOnOneKey(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let masterKeys = store.masterKeys
            // The first makes the key and holds its transaction open; the second starts meanwhile.
            async let first = store.withDatabase { db in
                let key = try await SearchIndex(db: db, masterKeys: masterKeys).key()
                try await Task.sleep(for: .milliseconds(600))
                return key.withUnsafeBytes { Data($0) }
            }
            try await Task.sleep(for: .milliseconds(200))
            let second = try await store.withDatabase { db in
                try await SearchIndex(db: db, masterKeys: masterKeys).key().withUnsafeBytes { Data($0) }
            }
            #expect(try await first == second)
            #expect(second.count == 32)
        }
    }
}
