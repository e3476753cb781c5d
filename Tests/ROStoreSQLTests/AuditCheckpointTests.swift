import Foundation
import Logging
import ROCore
import ROStore
import ROTestSupport
import SQLKit
import Testing

@testable import ROStoreSQL

/// Issue 15, item 7: checkpoints signed outside the database anchor the audit chain, so that whoever can write the
/// database cannot cut its tail or rewrite it unnoticed.
@Suite struct AuditCheckpointTests {
    let t0 = TestClock.start

    func record(_ n: Int, outcome: AuditOutcome = .success) -> AuditRecord {
        AuditRecord(
            actor: AuditActor(userID: Identifier(UUID(n)), role: "coordinator"),
            action: .caseRead,
            target: "case:\(n)",
            outcome: outcome,
            at: self.t0.addingTimeInterval(Double(n)),
            requestID: "req-\(n)"
        )
    }

    /// Five entries and a checkpoint of the head (entry 5), then `tamper` with raw SQL.
    func afterCheckpoint<T: Sendable>(
        _ backend: Backend,
        tamper: @escaping @Sendable (any SQLDatabase) async throws -> Void,
        check: @escaping @Sendable (SQLStore, AuditCheckpoint) async throws -> T
    ) async throws -> T {
        try await withMigratedStore(backend) { store in
            try await store.transaction { tx in
                for n in 1...5 { try await tx.audit.append(self.record(n)) }
            }
            let head = try await store.transaction { try await $0.audit.head() }
            let checkpoint = AuditCheckpoint(position: head.position, hash: head.hash, at: self.t0)
            try await store.withDatabase { db in try await tamper(db) }
            return try await check(store, checkpoint)
        }
    }

    /// The attack the issue names: the last two entries deleted and the head rewritten to the new last entry. The
    /// database alone holds together; the checkpoint shows the cut.
    @Test(arguments: Backend.available)
    func aCutTailWithARewrittenHeadIsCaughtByTheCheckpoint(_ backend: Backend) async throws {
        let (alone, anchored) = try await self.afterCheckpoint(backend) { db in
            try await db.raw("DELETE FROM audit_log WHERE position > 3").run()
            try await db.raw("UPDATE audit_head SET position = 3, hash = (SELECT hash FROM audit_log WHERE position = 3) WHERE id = 1").run()
        } check: { store, checkpoint in
            try await store.transaction { tx in
                (try await tx.audit.verify(), try await tx.audit.verify(from: nil, against: [checkpoint]))
            }
        }
        #expect(alone == .intact(entries: 3))
        #expect(anchored == .broken(position: 4, reason: .tailCut))
    }

    /// Entries 2–5 rewritten with a different outcome and every hash computed anew, head included: a chain that
    /// verifies on its own, but not at the checkpoint's position.
    @Test(arguments: Backend.available)
    func aChainRewrittenWithNewHashesIsCaughtByTheCheckpoint(_ backend: Backend) async throws {
        let (alone, anchored) = try await self.afterCheckpoint(backend) { db in
            var previous = try await db.raw("SELECT hash FROM audit_log WHERE position = 1").first()!.decode(column: "hash", as: String.self)
            for position in 2...5 {
                let row = try await db.raw("SELECT at_us, actor_user_id, target, request_id FROM audit_log WHERE position = \(bind: position)")
                    .first()!
                let content = SQLAuditLog.sha256(
                    AuditEntry.contentText(
                        actorUserID: try row.decode(column: "actor_user_id", as: String.self),
                        actorRole: "coordinator",
                        action: "case.read",
                        target: try row.decode(column: "target", as: String.self),
                        outcome: "denied",
                        requestID: try row.decode(column: "request_id", as: String.self)
                    )
                )
                let at = try row.decode(column: "at_us", as: Int64.self)
                let hash = SQLAuditLog.sha256(
                    AuditEntry.linkText(position: Int64(position), atMicroseconds: at, contentHash: content, previousHash: previous)
                )
                try await db.raw(
                    """
                    UPDATE audit_log SET outcome = 'denied', content_hash = \(bind: content), previous_hash = \(bind: previous), hash = \(bind: hash)
                    WHERE position = \(bind: position)
                    """
                ).run()
                previous = hash
            }
            try await db.raw("UPDATE audit_head SET hash = \(bind: previous) WHERE id = 1").run()
        } check: { store, checkpoint in
            try await store.transaction { tx in
                (try await tx.audit.verify(), try await tx.audit.verify(from: nil, against: [checkpoint]))
            }
        }
        #expect(alone == .intact(entries: 5))
        #expect(anchored == .broken(position: 5, reason: .differsFromCheckpoint))
    }

    /// The auditor's page checks from the latest checkpoint: entries before it are not read again (an edit there is
    /// for the full check to find), entries after it are.
    @Test(arguments: Backend.available)
    func verifyingFromACheckpointReadsOnlyTheEntriesAfterIt(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let third = try await store.transaction { tx in
                for n in 1...2 { try await tx.audit.append(self.record(n)) }
                return try await tx.audit.append(self.record(3))
            }
            try await store.transaction { tx in
                for n in 4...5 { try await tx.audit.append(self.record(n)) }
            }
            let checkpoint = AuditCheckpoint(position: 3, hash: third.hash, at: self.t0)
            try await store.withDatabase { db in try await db.raw("UPDATE audit_log SET outcome = 'failed' WHERE position = 1").run() }
            let (fromCheckpoint, whole) = try await store.transaction { tx in
                (try await tx.audit.verify(from: checkpoint, against: []), try await tx.audit.verify())
            }
            #expect(fromCheckpoint == .intact(entries: 5))
            #expect(whole == .broken(position: 1, reason: .contentChanged))

            try await store.withDatabase { db in try await db.raw("UPDATE audit_log SET outcome = 'failed' WHERE position = 4").run() }
            let afterEdit = try await store.transaction { tx in try await tx.audit.verify(from: checkpoint, against: []) }
            #expect(afterEdit == .broken(position: 4, reason: .contentChanged))
        }
    }

    @Test func aCheckpointFileHoldsOnlyWithItsOwnKeyAndUnaltered() throws {
        let key = AuditSigningKey.generate()
        let checkpoints = [
            AuditCheckpoint(position: 12, hash: String(repeating: "a", count: 64), at: self.t0),
            AuditCheckpoint(position: 40, hash: String(repeating: "b", count: 64), at: self.t0.addingTimeInterval(60)),
        ]
        let text = try checkpoints.map { try AuditCheckpointFile.line(for: $0, signedBy: key) }.joined()

        #expect(try AuditCheckpointFile.checkpoints(in: text, publicKey: key.publicKey) == checkpoints)
        #expect(throws: AuditCheckpointFileError.signatureDoesNotHold(1)) {
            try AuditCheckpointFile.checkpoints(in: text, publicKey: AuditSigningKey.generate().publicKey)
        }
        // A later position moved back (to hide a cut) no longer matches its signature.
        let moved = text.replacingOccurrences(of: " 40 ", with: " 30 ")
        #expect(throws: AuditCheckpointFileError.signatureDoesNotHold(2)) {
            try AuditCheckpointFile.checkpoints(in: moved, publicKey: key.publicKey)
        }
        #expect(throws: AuditCheckpointFileError.malformedLine(1)) {
            try AuditCheckpointFile.checkpoints(in: "not a checkpoint\n", publicKey: key.publicKey)
        }
        #expect(AuditPublicKey(text: key.publicKey.text) == key.publicKey)
        #expect(try AuditSigningKey(fileText: key.fileText).publicKey == key.publicKey)
    }

    /// The writer appends a checkpoint when the head has moved, and only then; a new writer on the same file starts
    /// from its last line.
    @Test(arguments: Backend.available)
    func theWriterAppendsWhenTheHeadMovesAndResumesFromItsFile(_ backend: Backend) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ro-checkpoints-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/audit-checkpoints"
        let key = AuditSigningKey.generate()
        try await withMigratedStore(backend) { store in
            let writer = AuditCheckpointWriter(store: store, key: key, file: file, logger: Logger(label: "test"))
            #expect(try await writer.checkpoint(at: self.t0) == nil)  // an empty chain: nothing to anchor
            try await store.transaction { tx in
                for n in 1...3 { try await tx.audit.append(self.record(n)) }
            }
            let first = try await writer.checkpoint(at: self.t0)
            #expect(first?.position == 3)
            #expect(try await writer.checkpoint(at: self.t0.addingTimeInterval(60)) == nil)  // the head did not move
            try await store.transaction { tx in try await tx.audit.append(self.record(4)) }
            #expect(try await writer.checkpoint(at: self.t0.addingTimeInterval(120))?.position == 4)

            let lines = try AuditCheckpointFile.read(file, publicKey: key.publicKey)
            #expect(lines.map(\.position) == [3, 4])
            let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            #expect(permissions?.uint16Value == 0o600)
            let resumed = AuditCheckpointWriter(store: store, key: key, file: file, logger: Logger(label: "test"))
            #expect(await resumed.latest == lines.last)
        }
    }
}
