import Foundation
import ROCore
import ROStore
import ROTestSupport
import Testing

@testable import ROStoreSQL

/// Issue 16, item 3: transactions that wait for SQLite's writer share a commit, yet each is saved or refused alone,
/// and each caller returns only once its work is committed.
@Suite struct GroupCommitTests {
    struct Refused: Error {}

    func record(_ n: Int) -> AuditRecord {
        AuditRecord(
            actor: AuditActor(userID: nil, role: "system"),
            action: .signIn,
            target: "user:\(n)",
            outcome: .success,
            at: TestClock.start.addingTimeInterval(Double(n)),
            requestID: "req-\(n)"
        )
    }

    /// Sixty transactions at once, every sixth refused after it wrote: the fifty others are saved, the ten refused
    /// leave nothing, and the chain holds (F4). On PostgreSQL the same, with the database's own transactions.
    @Test(arguments: Backend.available)
    func transactionsAtOnceAreSavedOrRefusedEachAlone(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
                for n in 1...60 {
                    group.addTask {
                        do {
                            try await store.transaction { tx in
                                _ = try await tx.audit.append(self.record(n))
                                if n % 6 == 0 { throw Refused() }
                            }
                            return (n, true)
                        } catch {
                            return (n, false)
                        }
                    }
                }
                var saved: [Int: Bool] = [:]
                for await (n, ok) in group { saved[n] = ok }
                return saved
            }
            #expect(outcomes.filter(\.value).count == 50)
            #expect(outcomes.filter { !$0.value }.keys.sorted() == Array(stride(from: 6, through: 60, by: 6)))
            let (head, refusedFound, verification) = try await store.read { tx in
                let refused = try await tx.audit.entries(about: "user:6", limit: 10) + (try await tx.audit.entries(about: "user:60", limit: 10))
                return (try await tx.audit.head(), refused.count, try await tx.audit.verify())
            }
            #expect(head.position == 50)
            #expect(refusedFound == 0)
            #expect(verification == .intact(entries: 50))
        }
    }

    /// While one transaction holds the writer, ten more queue up behind it: they are saved by fewer commits than
    /// there are transactions, and each caller, once returned, finds its entry on a reading connection (committed).
    @Test func transactionsThatWaitedShareACommit() async throws {
        try await withMigratedStore(.sqlite) { store in
            guard case .sqlite(let writer, _) = store.engine else {
                Issue.record("not SQLite")
                return
            }
            let holding = AsyncStream<Void>.makeStream()
            let release = AsyncStream<Void>.makeStream()
            let first = Task {
                try await store.transaction { tx in
                    _ = try await tx.audit.append(self.record(0))
                    holding.continuation.yield()
                    for await _ in release.stream { break }
                }
            }
            for await _ in holding.stream { break }
            let commitsBefore = writer.commits
            let queued = (1...10).map { n in
                Task {
                    try await store.transaction { tx in _ = try await tx.audit.append(self.record(n)) }
                    return try await store.read { tx in try await tx.audit.entries(about: "user:\(n)", limit: 1).count }
                }
            }
            try await Task.sleep(for: .milliseconds(200))  // the ten reach the writer's queue
            release.continuation.yield()
            try await first.value
            var foundAfterReturn = 0
            for task in queued { foundAfterReturn += try await task.value }

            #expect(foundAfterReturn == 10, "each caller's entry is committed when its transaction returns")
            #expect(writer.commits - commitsBefore < 11, "eleven transactions, fewer commits")
            #expect(try await store.read { try await $0.audit.verify() } == .intact(entries: 11))
        }
    }
}
