import Foundation
import ROCore
import ROStore

/// R57: "program name and labels are configuration". Administrators give any of the pages' labels their
/// own wording in English, French or both; resetting one brings back the built-in text.
///
/// `builtIn` is every label the pages define, with its built-in wording (the web layer knows them); anything else
/// is refused, and a rewording keeps the built-in text's placeholders.
public struct LabelService: Sendable {
    let env: AppEnvironment
    let builtIn: [String: BilingualText]

    public init(env: AppEnvironment, builtIn: [String: BilingualText]) {
        self.env = env
        self.builtIn = builtIn
    }

    /// Every override in force. Wording is not case data: every page reads it, unaudited.
    public func overrides() async throws -> [String: BilingualText] {
        try await self.env.store.transaction { tx in try await tx.labels.all() }
    }

    /// Saves `text` as the wording of `key`; returns it as stored (trimmed).
    public func set(_ key: String, to text: BilingualText, by actor: Actor) async throws -> BilingualText {
        try await self.env.require(.manageProgramSettings, actor)
        guard let builtIn = self.builtIn[key] else { throw DomainError.labelNotFound }
        let valid = try LabelOverride.validated(text, rewording: builtIn)
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.labels.set(key, to: valid, by: actor.userID, at: env.now())
            try await tx.audit.append(env.auditRecord(.labelChanged, by: actor.audit, target: "label:\(key)"))
        }
        return valid
    }

    /// Removes the override of `key`, if any: the built-in wording applies again.
    public func reset(_ key: String, by actor: Actor) async throws {
        try await self.env.require(.manageProgramSettings, actor)
        guard self.builtIn[key] != nil else { throw DomainError.labelNotFound }
        let env = self.env
        try await self.env.store.transaction { tx in
            guard try await tx.labels.remove(key) else { return }
            try await tx.audit.append(env.auditRecord(.labelReset, by: actor.audit, target: "label:\(key)"))
        }
    }
}
