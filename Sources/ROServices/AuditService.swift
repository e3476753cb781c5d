import ROCore
import ROStore

/// Reading and checking the audit trail: auditors and operators only.
public struct AuditService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Walks the whole hash chain. Reads only: a check must not change what it checks.
    public func verify(by actor: Actor) async throws -> AuditVerification {
        try await self.env.require(.readAuditMetadata, actor)
        return try await self.env.store.transaction { tx in try await tx.audit.verify() }
    }

    /// The newest entries, metadata only (the log holds no content).
    public func recent(limit: Int, by actor: Actor) async throws -> [AuditEntry] {
        try await self.env.require(.readAuditMetadata, actor)
        return try await self.env.store.transaction { tx in try await tx.audit.recent(limit: limit) }
    }
}
