import Foundation
import ROCore
import ROStore

/// R57: the program's settings. Everyone's pages and the case rules read them; administrators (or an
/// operator at the command line) change them, audited.
public struct ProgramSettingsService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// The settings in force: what an administrator saved, or the program's defaults (§10).
    public func current() async throws -> ProgramSettings {
        try await self.env.store.transaction { tx in try await Self.current(tx) }
    }

    /// The same, inside a transaction that also decides a case step.
    static func current(_ tx: any StoreTransaction) async throws -> ProgramSettings {
        try await tx.programSettings.current() ?? .standard
    }

    /// Checks and saves `settings`; returns them as stored (texts trimmed).
    public func save(_ settings: ProgramSettings, by actor: Actor) async throws -> ProgramSettings {
        try await self.env.require(.manageProgramSettings, actor)
        let valid = try settings.validated()
        let env = self.env
        try await self.env.store.transaction { tx in
            let current = try await Self.current(tx)
            let codes = Set(valid.regionCodes)
            if let removed = current.regionCodes.first(where: { !codes.contains($0) }) {
                throw DomainError.regionRemoved(code: removed)
            }
            let needs = Set(valid.addedNeeds.map(\.code))
            if let removed = current.addedNeeds.first(where: { !needs.contains($0.code) }) {
                throw DomainError.needRemoved(code: removed.code)
            }
            try await tx.programSettings.save(valid, by: actor.userID, at: env.now())
            try await tx.audit.append(env.auditRecord(.programSettingsChanged, by: actor.audit, target: "program-settings"))
        }
        return valid
    }
}
