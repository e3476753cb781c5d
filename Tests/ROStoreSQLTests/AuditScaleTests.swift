import Foundation
import ROCore
import ROStore
import ROTestSupport
import SQLKit
import Testing

@testable import ROStoreSQL

/// Issue 16, items 3 and 5: the audit chain written many entries at a time and checked many at a time, with the
/// same hashes and the same findings as one at a time (F4).
@Suite struct AuditScaleTests {
    func record(_ n: Int) -> AuditRecord {
        AuditRecord(
            actor: AuditActor(userID: Identifier(UUID(n)), role: n % 2 == 0 ? "mediator" : "coordinator"),
            action: n % 25 == 0 ? .signIn : .caseRead,
            target: "case:\(UUID(n % 97))",
            outcome: .success,
            at: TestClock.start.addingTimeInterval(Double(n)),
            requestID: "req-\(n)"
        )
    }

    /// The texts `AuditEntry` spells out, hashed by Python's hashlib when this test was written: the digests fed
    /// field by field must be these, or chains written before would no longer verify.
    @Test func theHashedBytesAreTheTextsAuditEntrySpellsOut() {
        let content = SQLAuditLog.contentDigest(
            actorUserID: "u",
            actorRole: "coordinator",
            action: "signIn",
            target: "user:1",
            outcome: "success",
            requestID: "req-1"
        )
        #expect(content.hexEncoded == "de98a222f863454a0d6ad7d92ab152184db75f72eff6830b219c82770c612375")
        let link = SQLAuditLog.linkDigest(
            position: 7,
            atMicroseconds: 1_700_000_000_000_000,
            contentHash: content.hexEncoded,
            previousHash: AuditEntry.genesisHash
        )
        #expect(link.hexEncoded == "5f65059161b515f6586ab0a0901a9629fada77fab260ba0c33c0702526e20cd5")
        // Lengths count UTF-8 bytes, and a separator inside a field is just a byte of it.
        let accented = SQLAuditLog.contentDigest(
            actorUserID: "",
            actorRole: "mediator",
            action: "caseRead",
            target: "case:Zoë|a",
            outcome: "success",
            requestID: "req-é:1|2"
        )
        #expect(accented.hexEncoded == "6cedea6aefeff2d738e3d25ba5dd08e624b7f31b2ab10163be06480675fb51f8")
    }

    @Test(arguments: Backend.available)
    func entriesAppendedTogetherChainExactlyAsOneByOne(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let single = try await store.transaction { tx in
                [try await tx.audit.append(self.record(1)), try await tx.audit.append(self.record(2))]
            }
            let batch = try await store.transaction { tx in try await tx.audit.append(contentsOf: (3...7).map(self.record)) }
            let empty = try await store.transaction { tx in try await tx.audit.append(contentsOf: []) }
            let stored = try await store.read { tx in try await tx.audit.recent(limit: 10) }
            let head = try await store.read { tx in try await tx.audit.head() }

            #expect(empty.isEmpty)
            #expect((single + batch).map(\.position) == [1, 2, 3, 4, 5, 6, 7])
            #expect(batch[0].previousHash == single[1].hash)
            for (before, after) in zip(batch, batch.dropFirst()) { #expect(after.previousHash == before.hash) }
            #expect(stored == (single + batch).reversed())
            #expect(head.position == 7 && head.hash == batch[4].hash)
            #expect(try await store.read { try await $0.audit.verify() } == .intact(entries: 7))
        }
    }

    /// The check reads ten thousand entries at a time: a change just past the first read, and a gap at its edge,
    /// are found where they are.
    @Test(arguments: Backend.available)
    func aChainLongerThanOneReadIsCheckedAcrossTheEdge(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            for first in stride(from: 1, through: 10_005, by: 2_001) {
                let records = (first..<min(first + 2_001, 10_006)).map(self.record)
                try await store.transaction { tx in _ = try await tx.audit.append(contentsOf: records) }
            }
            #expect(try await store.read { try await $0.audit.verify() } == .intact(entries: 10_005))

            try await store.withDatabase { db in try await db.raw("UPDATE audit_log SET outcome = 'denied' WHERE position = 10001").run() }
            #expect(try await store.read { try await $0.audit.verify() } == .broken(position: 10_001, reason: .contentChanged))

            try await store.withDatabase { db in try await db.raw("DELETE FROM audit_log WHERE position = 10000").run() }
            #expect(try await store.read { try await $0.audit.verify() } == .broken(position: 10_000, reason: .positionGap))
        }
    }
}

/// §7.3 at scale: content past its retention goes by the target's prefix, read from the index by target on SQLite.
@Suite struct AuditRetentionByPrefixTests {
    @Test(arguments: Backend.available)
    func section7_3_onlyTargetsWithThePrefixWrittenBeforeTheCutLoseTheirContent(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let targets = [
                "direct-request:1", "direct-request;1", "direct-requests:1", "case:direct-request:1", "direct-request:2", "information-given:1",
                "direct-request:3",
            ]
            let records = targets.enumerated().map { n, target in
                AuditRecord(
                    actor: AuditActor(userID: nil, role: "system"),
                    action: .caseRead,
                    target: target,
                    outcome: .success,
                    at: TestClock.start.addingTimeInterval(n == targets.count - 1 ? 1_000 : Double(n)),
                    requestID: "req-\(n)"
                )
            }
            try await store.transaction { tx in _ = try await tx.audit.append(contentsOf: records) }
            let cut = TestClock.start.addingTimeInterval(100)
            let removed = try await store.transaction { tx in
                try await tx.audit.removeContent(aboutTargetsStartingWith: "direct-request:", writtenBefore: cut)
            }
            let left = try await store.read { tx in try await tx.audit.recent(limit: 10) }.reversed().map(\.target)

            #expect(removed == 2)
            #expect(left == ["", "direct-request;1", "direct-requests:1", "case:direct-request:1", "", "information-given:1", "direct-request:3"])
        }
    }
}

/// Issue 16, item 2: work that only reads runs beside the writer.
@Suite struct StoreReadTests {
    static let signIn = AuditRecord(
        actor: AuditActor(userID: nil, role: "system"),
        action: .signIn,
        target: "user:1",
        outcome: .success,
        at: TestClock.start,
        requestID: "req-1"
    )

    @Test(arguments: Backend.available)
    func aReadCannotWrite(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            await #expect(throws: (any Error).self) { try await store.read { tx in try await tx.audit.append(Self.signIn) } }
            let head = try await store.read { try await $0.audit.head() }
            #expect(head.position == 0, "nothing half-written stays")
        }
    }

    /// On SQLite a read sees the last commit while a write is under way, and does not wait for it to end.
    @Test func aReadDoesNotWaitForTheWriter() async throws {
        try await withMigratedStore(.sqlite) { store in
            let writing = AsyncStream<Void>.makeStream()
            let release = AsyncStream<Void>.makeStream()
            let writer = Task {
                try await store.transaction { tx in
                    try await tx.audit.append(Self.signIn)
                    writing.continuation.yield()
                    for await _ in release.stream { break }  // holds the writer until the read is done
                }
            }
            for await _ in writing.stream { break }
            let during = try await store.read { try await $0.audit.head() }
            release.continuation.yield()
            try await writer.value
            let after = try await store.read { try await $0.audit.head() }

            #expect(during.position == 0, "the uncommitted entry is not seen")
            #expect(after.position == 1)
        }
    }

    /// Issue 16, item 2: reads run side by side. A read held open does not hold up another (with one reading
    /// connection the second would wait for the first, which waits for the second: the test would not end).
    @Test(arguments: Backend.available)
    func readsDoNotWaitForEachOther(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            try await store.transaction { tx in try await tx.audit.append(Self.signIn) }
            let reading = AsyncStream<Void>.makeStream()
            let release = AsyncStream<Void>.makeStream()
            let first = Task {
                try await store.read { tx in
                    let head = try await tx.audit.head()
                    reading.continuation.yield()
                    for await _ in release.stream { break }  // held open until the second read has ended
                    return head
                }
            }
            for await _ in reading.stream { break }
            let second = try await store.read { try await $0.audit.head() }
            release.continuation.yield()
            let firstHead = try await first.value

            #expect(second.position == 1)
            #expect(firstHead.position == 1)
        }
    }
}
