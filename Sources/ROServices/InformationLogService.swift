import Foundation
import ROCore
import ROStore

/// R46: logs each time RO information is given, to a kind of person and never by name, even when no
/// case follows; each person sees what they logged lately.
public struct InformationLogService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    public func log(
        to recipient: InformationGivenEntry.Recipient,
        channel: InformationGivenEntry.Channel,
        language: String,
        materials: Set<InformationGivenEntry.Material>,
        victimServicesOffered: Bool,
        by user: User
    ) async throws -> InformationGivenEntry {
        try await self.env.require(.logInformationGiven, .user(user))
        let entry = InformationGivenEntry(
            id: Identifier(self.env.newID()),
            givenAt: self.env.now(),
            givenBy: user.id,
            recipient: recipient,
            channel: channel,
            language: language,
            materials: materials,
            victimServicesOffered: victimServicesOffered
        )
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.informationLog.insert(entry)
            try await tx.audit.append(env.auditRecord(.informationGivenLogged, by: .user(user), target: AuditRecord.target(entry.id)))
        }
        return entry
    }

    /// The last entries `user` logged, newest first.
    public func recent(by user: User, limit: Int = 10) async throws -> [InformationGivenEntry] {
        try await self.env.require(.logInformationGiven, .user(user))
        return try await self.env.store.transaction { tx in try await tx.informationLog.recent(by: user.id, limit: limit) }
    }
}
