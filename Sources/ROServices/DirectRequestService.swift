import ROCore
import ROStore

/// R5, R36: an offender's own request, or a request for a participation letter, opens no case. The
/// coordinator logs that it came and that the standard reply went out; nothing else is kept.
public struct DirectRequestService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Logs the request and returns the entry; the page shows the reply to send in `language`.
    public func log(
        _ kind: DirectRequestLogEntry.Kind = .offenderRequest,
        channel: DirectRequestLogEntry.Channel,
        language: String,
        by user: User
    ) async throws -> DirectRequestLogEntry {
        try await self.env.require(.recordRequests, .user(user))
        let entry = DirectRequestLogEntry(
            id: Identifier(self.env.newID()),
            kind: kind,
            receivedAt: self.env.now(),
            channel: channel,
            language: language,
            replySent: true,
            loggedBy: user.id
        )
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.directRequests.insert(entry)
            try await tx.audit.append(env.auditRecord(.directRequestLogged, by: .user(user), target: AuditRecord.target(entry.id)))
        }
        return entry
    }

    /// How many were logged: counted apart from RO referrals (R13).
    public func count(_ kind: DirectRequestLogEntry.Kind, by user: User) async throws -> Int {
        try await self.env.require(.recordRequests, .user(user))
        return try await self.env.store.transaction { tx in try await tx.directRequests.count(kind, receivedIn: nil) }
    }
}
