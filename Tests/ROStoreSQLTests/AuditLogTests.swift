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
}
