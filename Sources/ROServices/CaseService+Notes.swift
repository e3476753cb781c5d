import Foundation
import ROCore
import ROStore

extension CaseService {
    /// §7.2: one restricted note, for its author or a coordinator among the case's workers; every view is
    /// audited against the case, so the case's access report lists who read it. Anyone else finds no note.
    /// Returns the case, the note and its author's display name.
    public func readRestrictedNote(
        _ noteID: Identifier<CaseNote>,
        in id: Identifier<Case>,
        by user: User
    ) async throws -> (Case, CaseNote, author: String) {
        let actor = CaseActor(userID: user.id, role: user.role)
        let env = self.env
        let result: Result<(Case, CaseNote, author: String), DomainError> = try await self.env.store.transaction { tx in
            let events = try await tx.cases.events(of: id)
            guard !events.isEmpty else { return .failure(.caseNotFound) }
            let value = Case.replay(id, events)
            let isCaseWorker = user.role == .coordinator || value.mediators.contains(user.id)
            guard isCaseWorker, try await Self.mayRead(value, actor, tx) else { return .failure(.caseNotFound) }
            guard let note = value.notes.first(where: { $0.id == noteID }), note.restricted, note.mayBeRead(by: user) else {
                return .failure(.caseNotFound)
            }
            try await tx.audit.append(env.auditRecord(.restrictedNoteRead, by: .user(user), target: AuditRecord.target(id)))
            let author = (try? await tx.users.get(note.by))?.displayName ?? ""
            return .success((value, note, author))
        }
        return try await self.unwrap(result, user: user, id: id)
    }
}
