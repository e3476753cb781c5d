import Crypto
import Foundation
import ROCore
import ROStore
import SQLKit

/// The hash-chained audit log. Each entry's hash covers its content and the previous entry's hash, so an
/// edited, removed or inserted row breaks the chain at that position (F4).
struct SQLAuditLog: AuditLog {
    let db: any SQLDatabase

    private static let columns: SQLQueryString =
        "position, actor_user_id, actor_role, action, target, outcome, at_us, request_id, previous_hash, hash"

    func append(_ record: AuditRecord) async throws -> AuditEntry {
        // Moving the head first takes its row lock: concurrent appenders on PostgreSQL queue here.
        guard
            let head = try await self.db.raw(
                """
                UPDATE audit_head SET position = position + 1 WHERE id = 1 RETURNING position, hash
                """
            ).first()
        else { throw AuditLogError.headMissing }
        let position = try head.decode(column: "position", as: Int64.self)
        let previousHash = try head.decode(column: "hash", as: String.self)
        let atMicroseconds = Int64((record.at.timeIntervalSince1970 * 1_000_000).rounded())
        let actorUserID = record.actor.userID?.description ?? ""
        let text = AuditEntry.canonicalText(
            position: position,
            actorUserID: actorUserID,
            actorRole: record.actor.role,
            action: record.action.rawValue,
            target: record.target,
            outcome: record.outcome.rawValue,
            atMicroseconds: atMicroseconds,
            requestID: record.requestID,
            previousHash: previousHash
        )
        let entry = AuditEntry(
            position: position,
            actorUserID: actorUserID,
            actorRole: record.actor.role,
            action: record.action.rawValue,
            target: record.target,
            outcome: record.outcome.rawValue,
            atMicroseconds: atMicroseconds,
            requestID: record.requestID,
            previousHash: previousHash,
            hash: Self.sha256(text)
        )
        try await self.db.raw(
            """
            INSERT INTO audit_log (\(Self.columns))
            VALUES (\(bind: entry.position), \(bind: entry.actorUserID), \(bind: entry.actorRole), \(bind: entry.action),
                    \(bind: entry.target), \(bind: entry.outcome), \(bind: entry.atMicroseconds), \(bind: entry.requestID),
                    \(bind: entry.previousHash), \(bind: entry.hash))
            """
        ).run()
        try await self.db.raw("UPDATE audit_head SET hash = \(bind: entry.hash) WHERE id = 1").run()
        return entry
    }

    func recent(limit: Int) async throws -> [AuditEntry] {
        try await self.db.raw("SELECT \(Self.columns) FROM audit_log ORDER BY position DESC LIMIT \(bind: limit)").all().map(Self.decode)
    }

    func entries(about target: String, limit: Int) async throws -> [AuditEntry] {
        try await self.db.raw(
            """
            SELECT \(Self.columns) FROM audit_log WHERE target = \(bind: target) ORDER BY position DESC LIMIT \(bind: limit)
            """
        ).all().map(Self.decode)
    }

    func verify() async throws -> AuditVerification {
        var expected: Int64 = 1
        var previousHash = AuditEntry.genesisHash
        let batchSize = 1_000
        while true {
            let batch = try await self.db.raw(
                """
                SELECT \(Self.columns) FROM audit_log WHERE position >= \(bind: expected) ORDER BY position LIMIT \(bind: batchSize)
                """
            ).all().map(Self.decode)
            for entry in batch {
                guard entry.position == expected else { return .broken(position: expected, reason: .positionGap) }
                guard entry.previousHash == previousHash else { return .broken(position: expected, reason: .linkBroken) }
                guard Self.sha256(entry.canonicalText) == entry.hash else { return .broken(position: expected, reason: .contentChanged) }
                previousHash = entry.hash
                expected += 1
            }
            if batch.count < batchSize { break }
        }
        // Rows before position 1 would never be read above; they can only have been inserted.
        if let stray = try await self.db.raw("SELECT MIN(position) AS p FROM audit_log").first()?.decode(column: "p", as: Int64?.self),
            stray < 1
        {
            return .broken(position: stray, reason: .positionGap)
        }
        guard let head = try await self.db.raw("SELECT position, hash FROM audit_head WHERE id = 1").first(),
            try head.decode(column: "position", as: Int64.self) == expected - 1,
            try head.decode(column: "hash", as: String.self) == previousHash
        else { return .broken(position: expected, reason: .headMismatch) }
        return .intact(entries: expected - 1)
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func decode(_ row: any SQLRow) throws -> AuditEntry {
        AuditEntry(
            position: try row.decode(column: "position", as: Int64.self),
            actorUserID: try row.decode(column: "actor_user_id", as: String.self),
            actorRole: try row.decode(column: "actor_role", as: String.self),
            action: try row.decode(column: "action", as: String.self),
            target: try row.decode(column: "target", as: String.self),
            outcome: try row.decode(column: "outcome", as: String.self),
            atMicroseconds: try row.decode(column: "at_us", as: Int64.self),
            requestID: try row.decode(column: "request_id", as: String.self),
            previousHash: try row.decode(column: "previous_hash", as: String.self),
            hash: try row.decode(column: "hash", as: String.self)
        )
    }
}

enum AuditLogError: Error {
    /// The one-row `audit_head` table lost its row: the database was altered by hand.
    case headMissing
}
