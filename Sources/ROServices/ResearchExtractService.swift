import Foundation
import ROCore
import ROStore

/// A research extract with the names of the coordinators who proposed and approved it.
public struct ResearchExtractSummary: Sendable {
    public let extract: ResearchExtract
    public let proposedByName: String
    public let approvedByName: String?
}

/// R55, §7.2: studies linked to OMS get RO data only through an extract one coordinator proposes with its
/// purpose and a second approves; producing it is audited each time. Nothing is stored but the proposal.
public struct ResearchExtractService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    public func propose(purpose: String, by user: User) async throws -> ResearchExtract {
        try await self.env.require(.exportResearchExtracts, .user(user))
        let extract = try ResearchExtract.propose(Identifier(self.env.newID()), purpose: purpose, by: Self.actor(user), at: self.env.now())
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.researchExtracts.insert(extract)
            try await tx.audit.append(env.auditRecord(.researchExtractProposed, by: .user(user), target: AuditRecord.target(extract.id)))
        }
        return extract
    }

    /// §7.2's second approver.
    public func approve(_ id: Identifier<ResearchExtract>, by user: User) async throws -> ResearchExtract {
        try await self.env.require(.exportResearchExtracts, .user(user))
        let now = self.env.now()
        let env = self.env
        let result: Result<ResearchExtract, DomainError> = try await self.env.store.transaction { tx in
            guard let current = try await tx.researchExtracts.find(id) else { return .failure(.extractNotFound) }
            let next: ResearchExtract
            do throws(DomainError) { next = try current.approved(by: Self.actor(user), at: now) } catch { return .failure(error) }
            try await tx.researchExtracts.save(next, replacing: current)
            try await tx.audit.append(env.auditRecord(.researchExtractApproved, by: .user(user), target: AuditRecord.target(id)))
            return .success(next)
        }
        return try await CaseService(env: self.env).unwrap(result, user: user, target: AuditRecord.target(id))
    }

    /// The latest extracts, newest first.
    public func recent(by user: User, limit: Int = 200) async throws -> [ResearchExtractSummary] {
        try await self.env.require(.exportResearchExtracts, .user(user))
        let env = self.env
        return try await self.env.store.transaction { tx in
            try await tx.audit.append(env.auditRecord(.researchExtractsListed, by: .user(user)))
            let names = Dictionary(uniqueKeysWithValues: try await tx.users.all().map { ($0.id, $0.displayName) })
            return try await tx.researchExtracts.recent(limit: limit).map {
                ResearchExtractSummary(extract: $0, proposedByName: names[$0.proposedBy] ?? "", approvedByName: $0.approvedBy.flatMap { names[$0] })
            }
        }
    }

    /// The approved extract's rows, as of now: only cases whose offender's `researchUse` consent is current
    /// and whose FPS number is known, and only those the producing coordinator may read (N9: a restricted case
    /// they are not named on, or one they recused from, is left out). Within 30 days of the approval only.
    /// Disposed cases are gone from the store, so none can be re-linked (§7.4).
    public func produce(_ id: Identifier<ResearchExtract>, by user: User) async throws -> [ResearchExtractRow] {
        try await self.env.require(.exportResearchExtracts, .user(user))
        let now = self.env.now()
        let env = self.env
        let result: Result<[ResearchExtractRow], DomainError> = try await self.env.store.transaction { tx in
            guard let extract = try await tx.researchExtracts.find(id) else { return .failure(.extractNotFound) }
            do throws(DomainError) { try extract.requireProducible(at: now) } catch { return .failure(error) }
            let histories = try await tx.cases.histories(activeIn: Date.distantPast..<Date.distantFuture)
            try await tx.audit.append(env.auditRecord(.researchExtractProduced, by: .user(user), target: AuditRecord.target(id)))
            let readable = histories.filter { CaseAccess.canRead(Case.replay($0.id, $0.events), Self.actor(user)) }
            return .success(readable.compactMap { ResearchExtractRow($0.id, history: $0.events, at: now) }.sorted { $0.fpsNumber < $1.fpsNumber })
        }
        return try await CaseService(env: self.env).unwrap(result, user: user, target: AuditRecord.target(id))
    }

    private static func actor(_ user: User) -> CaseActor { CaseActor(userID: user.id, role: user.role) }
}
