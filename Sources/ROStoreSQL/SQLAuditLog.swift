import Crypto
import Foundation
import ROCore
import ROStore
import SQLKit

/// The hash-chained audit log. Each entry's hash covers its place, time, its content's hash and the previous
/// entry's hash, so an edited, removed or inserted row breaks the chain at that position (F4); an entry's content
/// may leave once its retention ends (§7.3) and the chain still verifies.
struct SQLAuditLog: AuditLog {
    let db: any SQLDatabase

    private static let columns: SQLQueryString =
        "position, actor_user_id, actor_role, action, target, outcome, at_us, request_id, previous_hash, hash, content_hash, content_removed"

    func append(_ record: AuditRecord) async throws -> AuditEntry {
        try await self.append(contentsOf: [record])[0]
    }

    func append(contentsOf records: [AuditRecord]) async throws -> [AuditEntry] {
        guard !records.isEmpty else { return [] }
        let started = DispatchTime.now().uptimeNanoseconds
        defer { StoreMetrics.record(StoreMetrics.auditAppend, since: started) }
        // Moving the head first takes its row lock: concurrent appenders on PostgreSQL queue here.
        guard
            let head = try await self.db.raw(
                """
                UPDATE audit_head SET position = position + \(bind: Int64(records.count)) WHERE id = 1 RETURNING position, hash
                """
            ).first()
        else { throw AuditLogError.headMissing }
        var position = try head.decode(column: "position", as: Int64.self) - Int64(records.count)
        var previousHash = try head.decode(column: "hash", as: String.self)
        var entries: [AuditEntry] = []
        entries.reserveCapacity(records.count)
        for record in records {
            position += 1
            let entry = Self.entry(for: record, at: position, after: previousHash)
            entries.append(entry)
            previousHash = entry.hash
        }
        // One statement per few hundred rows keeps well under either database's limit on bound values.
        for start in stride(from: 0, to: entries.count, by: Self.rowsPerInsert) {
            let rows = entries[start..<min(start + Self.rowsPerInsert, entries.count)].map { entry -> SQLQueryString in
                """
                (\(bind: entry.position), \(bind: entry.actorUserID), \(bind: entry.actorRole), \(bind: entry.action),
                 \(bind: entry.target), \(bind: entry.outcome), \(bind: entry.atMicroseconds), \(bind: entry.requestID),
                 \(bind: entry.previousHash), \(bind: entry.hash), \(bind: entry.contentHash), \(bind: false))
                """
            }
            try await self.db.raw("INSERT INTO audit_log (\(Self.columns)) VALUES \(rows.joined(separator: ", "))").run()
        }
        try await self.db.raw("UPDATE audit_head SET hash = \(bind: previousHash) WHERE id = 1").run()
        return entries
    }

    private static let rowsPerInsert = 2000

    /// The entry `record` becomes at `position`, linked to the entry before it by `previousHash`.
    static func entry(for record: AuditRecord, at position: Int64, after previousHash: String) -> AuditEntry {
        let atMicroseconds = Int64((record.at.timeIntervalSince1970 * 1_000_000).rounded())
        let actorUserID = record.actor.userID?.description ?? ""
        let contentHash = Self.contentDigest(
            actorUserID: actorUserID,
            actorRole: record.actor.role,
            action: record.action.rawValue,
            target: record.target,
            outcome: record.outcome.rawValue,
            requestID: record.requestID
        ).hexEncoded
        return AuditEntry(
            position: position,
            actorUserID: actorUserID,
            actorRole: record.actor.role,
            action: record.action.rawValue,
            target: record.target,
            outcome: record.outcome.rawValue,
            atMicroseconds: atMicroseconds,
            requestID: record.requestID,
            previousHash: previousHash,
            hash: Self.linkDigest(position: position, atMicroseconds: atMicroseconds, contentHash: contentHash, previousHash: previousHash)
                .hexEncoded,
            contentHash: contentHash
        )
    }

    /// §7.3: blanks the content of the entries about `target` written before `before`; their places, times and
    /// hashes stay, so the chain still verifies. Entries from before migration 0020 hash their content directly
    /// and stay whole. Returns how many were blanked.
    func removeContent(about target: String, writtenBefore before: Date) async throws -> Int {
        try await self.removeContent(where: "target = \(bind: target)", before: before)
    }

    func removeContent(aboutTargetsStartingWith prefix: String, writtenBefore before: Date) async throws -> Int {
        // On SQLite the prefix is also a range of the index by target, so a daily run reads the entries about
        // those targets, not all ten million (issue 16: `LIKE` alone read the whole log at every start, holding
        // the writer). PostgreSQL orders text by its collation, where a prefix need not be a range; its scan
        // holds no lock on the rows it leaves.
        guard self.db.dialect.name == "sqlite", let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else {
            return try await self.removeContent(where: "target LIKE \(bind: prefix + "%")", before: before)
        }
        let end = String(prefix.unicodeScalars.dropLast()) + String(next)
        return try await self.removeContent(
            where: "target >= \(bind: prefix) AND target < \(bind: end) AND target LIKE \(bind: prefix + "%")",
            before: before
        )
    }

    private func removeContent(where condition: SQLQueryString, before: Date) async throws -> Int {
        let beforeMicroseconds = Int64((before.timeIntervalSince1970 * 1_000_000).rounded())
        return try await self.db.raw(
            """
            UPDATE audit_log SET actor_user_id = '', actor_role = '', action = '', target = '', outcome = '', request_id = '',
                                 content_removed = \(bind: true)
            WHERE \(condition) AND at_us < \(bind: beforeMicroseconds) AND content_hash IS NOT NULL AND content_removed = \(bind: false)
            RETURNING position
            """
        ).all().count
    }

    func recent(limit: Int, before: Int64?) async throws -> [AuditEntry] {
        try await self.db.raw(
            "SELECT \(Self.columns) FROM audit_log WHERE position < \(bind: before ?? Int64.max) ORDER BY position DESC LIMIT \(bind: limit)"
        ).all().map(Self.decode)
    }

    func entries(about target: String, limit: Int, before: Int64?) async throws -> [AuditEntry] {
        try await self.db.raw(
            """
            SELECT \(Self.columns) FROM audit_log WHERE target = \(bind: target) AND position < \(bind: before ?? Int64.max)
            ORDER BY position DESC LIMIT \(bind: limit)
            """
        ).all().map(Self.decode)
    }

    func verify(from start: AuditCheckpoint?, against checkpoints: [AuditCheckpoint]) async throws -> AuditVerification {
        // Two checkpoints naming one position with different hashes cannot both hold: "" matches no entry.
        let anchors = Dictionary((checkpoints + (start.map { [$0] } ?? [])).map { ($0.position, $0.hash) }) { $0 == $1 ? $0 : "" }
        var expected: Int64 = start?.position ?? 1
        // From a checkpoint, its entry's link is vouched for by the checkpoint's hash, not by the entry before.
        var previousHash: String? = start == nil ? AuditEntry.genesisHash : nil
        var lastAt: Int64 = 0
        var latestRemoval: (position: Int64, at: Int64)?
        // The next batch is read while this one is checked (issue 16, item 5).
        var reading = Task { [self, expected] in try await self.batch(from: expected) }
        var broken: AuditVerification?
        walk: while true {
            let batch = try await reading.value
            let more = batch.count == Self.verifyBatchSize
            if more { reading = Task { [self, from = expected + Int64(batch.count)] in try await self.batch(from: from) } }
            let checked: [(entry: AuditEntry, holds: Bool)]
            do {
                checked = try await Self.checked(batch)
            } catch {
                _ = try? await reading.value  // the transaction ends after the read on its way
                throw error
            }
            for (entry, holds) in checked {
                broken =
                    if entry.position != expected {
                        .broken(position: expected, reason: .positionGap)
                    } else if let previousHash, entry.previousHash != previousHash {
                        .broken(position: expected, reason: .linkBroken)
                    } else if !holds {
                        .broken(position: expected, reason: .contentChanged)
                    } else if let anchored = anchors[entry.position], anchored != entry.hash {
                        .broken(position: expected, reason: .differsFromCheckpoint)
                    } else {
                        nil
                    }
                if broken != nil { break walk }
                if entry.contentRemoved { latestRemoval = (entry.position, entry.atMicroseconds) }
                lastAt = entry.atMicroseconds
                previousHash = entry.hash
                expected += 1
            }
            if !more { break }
        }
        if let broken {
            _ = try? await reading.value  // the transaction ends after the read on its way
            return broken
        }
        // A signed checkpoint beyond the last entry: entries were cut from the end, whatever the head now says.
        if let furthest = anchors.keys.max(), furthest >= expected { return .broken(position: expected, reason: .tailCut) }
        // §7.3: no content goes sooner than two years after it was written, measured on the chain's own clock.
        if let (position, at) = latestRemoval, Double(lastAt - at) / 1_000_000 < AuditEntry.minimumAgeForRemoval {
            return .broken(position: position, reason: .removedTooSoon)
        }
        // Rows before position 1 would never be read above; they can only have been inserted.
        if let stray = try await self.db.raw("SELECT MIN(position) AS p FROM audit_log").first()?.decode(column: "p", as: Int64?.self),
            stray < 1
        {
            return .broken(position: stray, reason: .positionGap)
        }
        let head = try await self.head()
        guard head.position == expected - 1, head.hash == (previousHash ?? AuditEntry.genesisHash) else {
            return .broken(position: expected, reason: .headMismatch)
        }
        return .intact(entries: expected - 1)
    }

    private static let verifyBatchSize = 10_000

    private func batch(from position: Int64) async throws -> [any SQLRow] {
        try await self.db.raw(
            "SELECT \(Self.columns) FROM audit_log WHERE position >= \(bind: position) ORDER BY position LIMIT \(bind: Self.verifyBatchSize)"
        ).all()
    }

    /// Each row decoded, and whether its hashes follow from what it holds: a slice per core, since no entry's check
    /// needs another's (the links between them are checked in order afterwards, which is cheap).
    static func checked(_ rows: [any SQLRow]) async throws -> [(entry: AuditEntry, holds: Bool)] {
        let slice = max(1_000, rows.count / ProcessInfo.processInfo.activeProcessorCount + 1)
        return try await withThrowingTaskGroup(of: (Int, [(entry: AuditEntry, holds: Bool)]).self) { group in
            for start in stride(from: 0, to: rows.count, by: slice) {
                let part = rows[start..<min(start + slice, rows.count)]
                group.addTask {
                    (
                        start,
                        try part.map { row in
                            let entry = try Self.decode(row)
                            return (entry, Self.holds(entry))
                        }
                    )
                }
            }
            var parts: [Int: [(entry: AuditEntry, holds: Bool)]] = [:]
            for try await (start, checked) in group { parts[start] = checked }
            return parts.sorted { $0.key < $1.key }.flatMap(\.value)
        }
    }

    func head() async throws -> (position: Int64, hash: String) {
        guard let row = try await self.db.raw("SELECT position, hash FROM audit_head WHERE id = 1").first() else { throw AuditLogError.headMissing }
        return (try row.decode(column: "position", as: Int64.self), try row.decode(column: "hash", as: String.self))
    }

    /// Whether the entry's stored hash follows from what it holds: its content directly (entries before migration
    /// 0020), or its content's hash and its link, the content itself unless it was removed (§7.3).
    static func holds(_ entry: AuditEntry) -> Bool {
        guard let contentHash = entry.contentHash else { return !entry.contentRemoved && Self.sha256(entry.canonicalText) == entry.hash }
        if entry.contentRemoved {
            guard [entry.actorUserID, entry.actorRole, entry.action, entry.target, entry.outcome, entry.requestID].allSatisfy(\.isEmpty)
            else { return false }
        } else {
            let content = Self.contentDigest(
                actorUserID: entry.actorUserID,
                actorRole: entry.actorRole,
                action: entry.action,
                target: entry.target,
                outcome: entry.outcome,
                requestID: entry.requestID
            )
            guard content.isWritten(as: contentHash) else { return false }
        }
        return Self.linkDigest(
            position: entry.position,
            atMicroseconds: entry.atMicroseconds,
            contentHash: contentHash,
            previousHash: entry.previousHash
        )
        .isWritten(as: entry.hash)
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexEncoded
    }

    /// SHA-256 of `AuditEntry.contentText` and of `AuditEntry.linkText`, fed to the hash field by field: verifying
    /// millions of entries builds no strings. (`AuditDigestTests` holds them to the texts.)
    static func contentDigest(
        actorUserID: String,
        actorRole: String,
        action: String,
        target: String,
        outcome: String,
        requestID: String
    )
        -> SHA256Digest
    {
        Self.lengthPrefixedDigest(["content-v2", actorUserID, actorRole, action, target, outcome, requestID])
    }

    static func linkDigest(position: Int64, atMicroseconds: Int64, contentHash: String, previousHash: String) -> SHA256Digest {
        Self.lengthPrefixedDigest(["link-v2", String(position), String(atMicroseconds), contentHash, previousHash])
    }

    /// The fields as `AuditEntry` spells them: each as "<UTF-8 length>:<field>", joined by "|".
    private static func lengthPrefixedDigest(_ fields: [String]) -> SHA256Digest {
        var hasher = SHA256()
        for (index, field) in fields.enumerated() {
            hasher.update(utf8: index == 0 ? "\(field.utf8.count):" : "|\(field.utf8.count):")
            hasher.update(utf8: field)
        }
        return hasher.finalize()
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
            hash: try row.decode(column: "hash", as: String.self),
            contentHash: try row.decode(column: "content_hash", as: String?.self),
            contentRemoved: try row.decode(column: "content_removed", as: Bool.self)
        )
    }
}

enum AuditLogError: Error {
    /// The one-row `audit_head` table lost its row: the database was altered by hand.
    case headMissing
}

extension Migration {
    /// §7.3: entries hash their content apart, so that content past its retention can leave the chain intact.
    static let m0020AuditContentHash = Migration(id: "0020_audit_content_hash") { db, type, _ in
        try await db.raw("ALTER TABLE audit_log ADD COLUMN content_hash TEXT").run()
        try await db.raw("ALTER TABLE audit_log ADD COLUMN content_removed \(type.bool) NOT NULL DEFAULT \(type.falseValue)").run()
    }
}

extension SHA256 {
    fileprivate mutating func update(utf8 text: String) {
        var text = text
        text.withUTF8 { self.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }
}

extension SHA256Digest {
    /// Whether `hex` is this digest in lower-case hexadecimal, compared without writing the digest out.
    fileprivate func isWritten(as hex: String) -> Bool {
        self.withUnsafeBytes { bytes in
            var digits = hex.utf8.makeIterator()
            for byte in bytes {
                guard digits.next() == hexDigit(byte >> 4), digits.next() == hexDigit(byte & 0x0f) else { return false }
            }
            return digits.next() == nil
        }
    }
}
