import ROCore
import ROStore

/// Reading and checking the audit trail: auditors and operators only.
public struct AuditService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Walks the whole hash chain, held to `checkpoints` (signed outside the database). Reads only: a check must
    /// not change what it checks.
    public func verify(against checkpoints: [AuditCheckpoint] = [], by actor: Actor) async throws -> AuditVerification {
        try await self.env.require(.readAuditMetadata, actor)
        return try await self.env.store.read { tx in try await tx.audit.verify(from: nil, against: checkpoints) }
    }

    /// What a page shows: the chain checked from this server's latest signed checkpoint to its head, so that a
    /// view costs the entries since then, not the whole chain; the checkpoint is nil while none was written.
    public func verifySinceLatestCheckpoint(by actor: Actor) async throws -> (AuditVerification, AuditCheckpoint?) {
        try await self.env.require(.readAuditMetadata, actor)
        let checkpoint = await self.env.latestAuditCheckpoint()
        let verification = try await self.env.store.read { tx in
            try await tx.audit.verify(from: checkpoint, against: [])
        }
        return (verification, checkpoint)
    }

    /// The newest entries, metadata only (the log holds no content); `before`: the entries before this position.
    public func recent(limit: Int, before: Int64? = nil, by actor: Actor) async throws -> [AuditEntry] {
        try await self.env.require(.readAuditMetadata, actor)
        return try await self.env.store.read { tx in try await tx.audit.recent(limit: limit, before: before) }
    }
}
