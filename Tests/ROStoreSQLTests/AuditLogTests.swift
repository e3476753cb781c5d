import Foundation
import ROCore
import ROStore
import ROTestSupport
import SQLKit
import Testing

@testable import ROStoreSQL

/// F4: the audit log is hash-chained; editing, removing or inserting a row is caught at its position.
@Suite struct AuditLogTests {
    let t0 = TestClock.start

    func record(_ n: Int) -> AuditRecord {
        AuditRecord(
            actor: AuditActor(userID: Identifier(UUID(n)), role: "coordinator"),
            action: .signIn,
            target: "user:\(n)",
            outcome: .success,
            at: self.t0.addingTimeInterval(Double(n)),
            requestID: "req-\(n)"
        )
    }

    /// Five entries, then `tamper` with raw SQL, then verify.
    func verifyAfter(_ backend: Backend, _ tamper: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws -> AuditVerification {
        try await withMigratedStore(backend) { store in
            try await store.transaction { tx in
                for n in 1...5 { try await tx.audit.append(self.record(n)) }
            }
            try await store.withDatabase { db in try await tamper(db) }
            return try await store.transaction { try await $0.audit.verify() }
        }
    }

    /// The chain's hashes are SHA-256 written as 64 lower-case hex digits; the expected value is FIPS 180-2's
    /// example for "abc", so chains written before the hex writer changed still verify.
    @Test func entriesAreHashedWithSHA256InLowerCaseHex() {
        #expect(SQLAuditLog.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(arguments: Backend.available)
    func entriesChainToTheOneBefore(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let (first, second) = try await store.transaction { tx in
                (try await tx.audit.append(self.record(1)), try await tx.audit.append(self.record(2)))
            }
            let recent = try await store.transaction { try await $0.audit.recent(limit: 5) }

            #expect(first.position == 1 && second.position == 2)
            #expect(first.previousHash == AuditEntry.genesisHash)
            #expect(second.previousHash == first.hash)
            #expect(recent == [second, first])
            #expect(recent.last?.atMicroseconds == Int64(self.t0.timeIntervalSince1970 * 1_000_000) + 1_000_000)
        }
    }

    @Test(arguments: Backend.available)
    func anIntactLogVerifies(_ backend: Backend) async throws {
        #expect(try await self.verifyAfter(backend) { _ in } == .intact(entries: 5))
    }

    @Test(arguments: Backend.available)
    func anEditedEntryIsCaughtAtItsPosition(_ backend: Backend) async throws {
        let result = try await self.verifyAfter(backend) { db in
            try await db.raw("UPDATE audit_log SET outcome = 'denied' WHERE position = 3").run()
        }
        #expect(result == .broken(position: 3, reason: .contentChanged))
    }

    @Test(arguments: Backend.available)
    func aRemovedEntryIsCaughtAtItsPosition(_ backend: Backend) async throws {
        let result = try await self.verifyAfter(backend) { db in
            try await db.raw("DELETE FROM audit_log WHERE position = 2").run()
        }
        #expect(result == .broken(position: 2, reason: .positionGap))
    }

    @Test(arguments: Backend.available)
    func aRemovedLastEntryIsCaught(_ backend: Backend) async throws {
        let result = try await self.verifyAfter(backend) { db in
            try await db.raw("DELETE FROM audit_log WHERE position = 5").run()
        }
        #expect(result == .broken(position: 5, reason: .headMismatch))
    }

    /// An entry slipped in between 2 and 3 (the later ones renumbered to make room) breaks the chain there.
    @Test(arguments: Backend.available)
    func anInsertedEntryIsCaughtAtItsPosition(_ backend: Backend) async throws {
        let result = try await self.verifyAfter(backend) { db in
            for position in stride(from: 5, through: 3, by: -1) {
                try await db.raw("UPDATE audit_log SET position = position + 1 WHERE position = \(bind: position)").run()
            }
            try await db.raw(
                """
                INSERT INTO audit_log (position, actor_user_id, actor_role, action, target, outcome, at_us, request_id, previous_hash, hash)
                SELECT 3, actor_user_id, actor_role, action, target, outcome, at_us, request_id, hash, hash FROM audit_log WHERE position = 2
                """
            ).run()
        }
        #expect(result == .broken(position: 3, reason: .contentChanged))
    }

    /// Appending at the end without moving the head is caught too.
    @Test(arguments: Backend.available)
    func anEntryAppendedByHandIsCaught(_ backend: Backend) async throws {
        let result = try await self.verifyAfter(backend) { db in
            try await db.raw(
                """
                INSERT INTO audit_log (position, actor_user_id, actor_role, action, target, outcome, at_us, request_id, previous_hash, hash)
                SELECT 6, actor_user_id, actor_role, action, target, outcome, at_us, request_id, hash, 'forged' FROM audit_log WHERE position = 5
                """
            ).run()
        }
        #expect(result == .broken(position: 6, reason: .contentChanged))
    }

    /// Entries 1–5 a second apart, entries 2 and 4 about `case:a`, then one written three years later.
    func withOldEntriesAbout(_ backend: Backend, _ body: @escaping @Sendable (SQLStore) async throws -> Void) async throws {
        try await withMigratedStore(backend) { store in
            try await store.transaction { tx in
                for n in 1...5 {
                    let record = self.record(n)
                    try await tx.audit.append(
                        AuditRecord(
                            actor: record.actor,
                            action: n.isMultiple(of: 2) ? .caseRead : .signIn,
                            target: n.isMultiple(of: 2) ? "case:a" : record.target,
                            outcome: .success,
                            at: record.at,
                            requestID: record.requestID
                        )
                    )
                }
            }
            try await body(store)
        }
    }

    /// §7.3 "audit trail: longest related record + 2 years": an entry's content leaves, its place, time and hashes
    /// stay, and the chain still verifies.
    @Test(arguments: Backend.available)
    func section7_3_contentPastItsRetentionLeavesAndTheChainStillVerifies(_ backend: Backend) async throws {
        try await self.withOldEntriesAbout(backend) { store in
            let later = self.t0.addingTimeInterval(3 * 365 * 86_400)
            let emptied = try await store.transaction { tx in
                let emptied = try await tx.audit.removeContent(about: "case:a", writtenBefore: self.t0.addingTimeInterval(60))
                try await tx.audit.append(
                    AuditRecord(actor: .system, action: .auditContentRemoved, target: "audit", outcome: .success, at: later, requestID: "")
                )
                return emptied
            }
            #expect(emptied == 2)
            #expect(try await store.transaction { try await $0.audit.verify() } == .intact(entries: 6))
            #expect(try await store.transaction { try await $0.audit.entries(about: "case:a", limit: 10) }.isEmpty)
            let removed = try await store.transaction { try await $0.audit.recent(limit: 10) }.filter(\.contentRemoved)
            #expect(removed.map(\.position) == [4, 2])
            #expect(removed.allSatisfy { $0.actorUserID.isEmpty && $0.action.isEmpty && $0.target.isEmpty && $0.requestID.isEmpty })
        }
    }

    /// Blanking an entry to hide it is caught: no retention ends within two years of the chain's last entry.
    @Test(arguments: Backend.available)
    func section7_3_contentRemovedSoonerThanTwoYearsIsCaught(_ backend: Backend) async throws {
        try await self.withOldEntriesAbout(backend) { store in
            _ = try await store.transaction { try await $0.audit.removeContent(about: "case:a", writtenBefore: self.t0.addingTimeInterval(60)) }
            #expect(try await store.transaction { try await $0.audit.verify() } == .broken(position: 4, reason: .removedTooSoon))
        }
    }

    /// A removed entry still holds its time and its neighbours: moving the time, or marking an entry removed
    /// without blanking it, breaks the chain there.
    @Test(arguments: Backend.available)
    func section7_3_aRemovedEntryIsStillChained(_ backend: Backend) async throws {
        try await self.withOldEntriesAbout(backend) { store in
            _ = try await store.transaction { try await $0.audit.removeContent(about: "case:a", writtenBefore: self.t0.addingTimeInterval(60)) }
            try await store.withDatabase { db in
                try await db.raw("UPDATE audit_log SET at_us = at_us - 1000000 WHERE position = 2").run()
                try await db.raw("UPDATE audit_log SET content_removed = \(bind: true) WHERE position = 3").run()
            }
            #expect(try await store.transaction { try await $0.audit.verify() } == .broken(position: 2, reason: .contentChanged))
            try await store.withDatabase { db in try await db.raw("UPDATE audit_log SET at_us = at_us + 1000000 WHERE position = 2").run() }
            #expect(try await store.transaction { try await $0.audit.verify() } == .broken(position: 3, reason: .contentChanged))
        }
    }

    /// An entry written before migration 0020 hashes its content directly: it still verifies, the next entry
    /// chains onto it, and its content stays whole.
    @Test(arguments: Backend.available)
    func section7_3_anEntryFromBeforeContentHashesStaysWholeAndVerifies(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let old = self.record(1)
            let at = Int64((old.at.timeIntervalSince1970 * 1_000_000).rounded())
            let text = AuditEntry.canonicalText(
                position: 1,
                actorUserID: old.actor.userID?.description ?? "",
                actorRole: old.actor.role,
                action: old.action.rawValue,
                target: old.target,
                outcome: old.outcome.rawValue,
                atMicroseconds: at,
                requestID: old.requestID,
                previousHash: AuditEntry.genesisHash
            )
            let hash = SQLAuditLog.sha256(text)
            try await store.withDatabase { db in
                try await db.raw(
                    """
                    INSERT INTO audit_log (position, actor_user_id, actor_role, action, target, outcome, at_us, request_id, previous_hash, hash)
                    VALUES (1, \(bind: old.actor.userID?.description ?? ""), \(bind: old.actor.role), \(bind: old.action.rawValue),
                            \(bind: old.target), 'success', \(bind: at), \(bind: old.requestID), \(bind: AuditEntry.genesisHash), \(bind: hash))
                    """
                ).run()
                try await db.raw("UPDATE audit_head SET position = 1, hash = \(bind: hash) WHERE id = 1").run()
            }
            let emptied = try await store.transaction { tx in
                try await tx.audit.append(self.record(2))
                return try await tx.audit.removeContent(about: old.target, writtenBefore: .distantFuture)
            }
            #expect(emptied == 0)
            #expect(try await store.transaction { try await $0.audit.verify() } == .intact(entries: 2))
        }
    }
}
