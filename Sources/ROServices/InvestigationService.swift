import Crypto
import Foundation
import ROCore
import ROStore

/// What an auditor sees of a case without an investigation (N7): where it is, and what happened when, by
/// which role, to which pseudonymous participant. No names, no words anyone wrote.
public struct CaseMetadata: Sendable {
    public let caseID: Identifier<Case>
    public let reference: String
    public let stage: CaseStage
    public let region: String
    public let participants: [Person]
    public let entries: [Entry]
    /// Newest first.
    public let investigations: [InvestigationSummary]

    public struct Person: Sendable, Equatable {
        public let pseudonym: String
        public let role: ParticipantRole
        public let hasWithdrawn: Bool
    }

    public struct Entry: Sendable {
        /// 1, 2, 3…: the timeline's numbering, so a finding can name an entry.
        public let number: Int
        public let at: Date
        public let actorRole: Role
        /// The event; pages and the API show its kind and labels only (`CaseChange.kind`).
        public let change: CaseChange
        /// The participant it is about, as a pseudonym; empty when it is about the case.
        public let participant: String
    }
}

/// An investigation with what its list shows: the case's reference and who asked and approved.
public struct InvestigationSummary: Sendable {
    public let investigation: Investigation
    public let reference: String
    public let openedByName: String
    public let approvedByName: String?
}

/// N7: auditors read metadata with pseudonymous participants; content only through an investigation
/// that a second auditor approved, for the auditor who asked, for a limited time. Every step is audited.
public struct InvestigationService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// A participant's pseudonym: the same on every page and in the API, and not the id staff see, so an
    /// auditor can follow one person through a case without learning who they are.
    public static func pseudonym(_ id: Identifier<Participant>) -> String {
        let digest = SHA256.hash(data: Data("ro-participant:\(id)".utf8))
        return "P-" + digest.prefix(4).map { String(format: "%02X", $0) }.joined()
    }

    public func caseMetadata(_ id: Identifier<Case>, by user: User) async throws -> CaseMetadata {
        try await self.env.require(.investigateCases, .user(user))
        let env = self.env
        let result: Result<CaseMetadata, DomainError> = try await self.env.store.transaction { tx in
            let events = try await tx.cases.events(of: id)
            guard !events.isEmpty else { return .failure(.caseNotFound) }
            let value = Case.replay(id, events)
            try await tx.audit.append(env.auditRecord(.caseMetadataRead, by: .user(user), target: AuditRecord.target(id)))
            return .success(
                CaseMetadata(
                    caseID: id,
                    reference: value.reference,
                    stage: value.stage,
                    region: value.region,
                    participants: value.participants.map { .init(pseudonym: Self.pseudonym($0.id), role: $0.role, hasWithdrawn: $0.hasWithdrawn) },
                    entries: events.enumerated().map { index, event in
                        .init(
                            number: index + 1,
                            at: event.at,
                            actorRole: event.actor.role,
                            change: event.change,
                            participant: event.change.participantConcerned.map(Self.pseudonym) ?? ""
                        )
                    },
                    investigations: try await Self.summaries(try await tx.investigations.about(id), tx)
                )
            )
        }
        return try await CaseService(env: self.env).unwrap(result, user: user, target: AuditRecord.target(id))
    }

    /// Records why this auditor must read the case's content; nothing is granted until another approves.
    public func open(_ caseID: Identifier<Case>, grounds: String, by user: User) async throws -> Investigation {
        try await self.env.require(.investigateCases, .user(user))
        let now = self.env.now()
        let investigation = try Investigation.open(Identifier(self.env.newID()), of: caseID, grounds: grounds, by: Self.actor(user), at: now)
        let env = self.env
        let result: Result<Investigation, DomainError> = try await self.env.store.transaction { tx in
            guard try await !tx.cases.events(of: caseID).isEmpty else { return .failure(.caseNotFound) }
            let mine = try await tx.investigations.about(caseID).filter { $0.openedBy == user.id && $0.status(at: now) != .ended }
            guard mine.isEmpty else { return .failure(.investigationAlreadyOpen) }
            try await tx.investigations.insert(investigation)
            try await tx.audit.append(env.auditRecord(.investigationOpened, by: .user(user), target: AuditRecord.target(investigation.id)))
            return .success(investigation)
        }
        return try await CaseService(env: self.env).unwrap(result, user: user, target: AuditRecord.target(caseID))
    }

    /// N7's second approver.
    public func approve(_ id: Identifier<Investigation>, by user: User) async throws -> Investigation {
        try await self.change(id, by: user, action: .investigationApproved) { (current, now) throws(DomainError) in
            try current.approved(by: Self.actor(user), at: now)
        }
    }

    public func close(_ id: Identifier<Investigation>, by user: User) async throws -> Investigation {
        try await self.change(id, by: user, action: .investigationClosed) { (current, now) throws(DomainError) in
            try current.closed(by: Self.actor(user), at: now)
        }
    }

    /// The investigations opened in the last 90 days, newest first, for every auditor to see and approve.
    public func recent(by user: User, limit: Int = 200) async throws -> [InvestigationSummary] {
        try await self.env.require(.investigateCases, .user(user))
        let since = self.env.now().addingTimeInterval(-90 * 86_400)
        let env = self.env
        return try await self.env.store.transaction { tx in
            try await tx.audit.append(env.auditRecord(.investigationsListed, by: .user(user)))
            return try await Self.summaries(try await tx.investigations.opened(since: since, limit: limit), tx)
        }
    }

    /// Each investigation with its case's reference and the names of the auditors who asked and approved.
    private static func summaries(_ investigations: [Investigation], _ tx: any StoreTransaction) async throws -> [InvestigationSummary] {
        let names = Dictionary(uniqueKeysWithValues: try await tx.users.all().map { ($0.id, $0.displayName) })
        var summaries: [InvestigationSummary] = []
        for investigation in investigations {
            summaries.append(
                InvestigationSummary(
                    investigation: investigation,
                    reference: try await tx.cases.load(investigation.caseID).reference,
                    openedByName: names[investigation.openedBy] ?? "",
                    approvedByName: investigation.approvedBy.flatMap { names[$0] }
                )
            )
        }
        return summaries
    }

    /// The case file, read only, for the auditor whose investigation is approved and still running.
    /// The reading is audited against the case, so its access report shows it.
    public func readCase(_ id: Identifier<Investigation>, by user: User) async throws -> (Investigation, CaseFile) {
        try await self.underInvestigation(id, by: user) { investigation, value, events, tx in
            try await tx.audit.append(self.env.auditRecord(.caseReadUnderInvestigation, by: .user(user), target: AuditRecord.target(value.id)))
            return (investigation, CaseFile(value: value, events: events, linkedCases: [], settings: try await ProgramSettingsService.current(tx)))
        }
    }

    /// A file of the case under investigation, for the same auditor; audited as every file read is.
    public func readFile(_ mediaID: Identifier<MediaAttachment>, under id: Identifier<Investigation>, by user: User) async throws -> MediaDownload {
        try await self.underInvestigation(id, by: user) { _, value, _, tx in
            try await MediaService.open(mediaID, of: value, by: user, env: self.env, tx)
        }
    }

    /// Runs `read` on the case of an investigation that grants `user` its content now; anything else is
    /// refused (another auditor's: not found; waiting: needs the second auditor; over: ended), audited.
    private func underInvestigation<T: Sendable>(
        _ id: Identifier<Investigation>,
        by user: User,
        _ read: @escaping @Sendable (Investigation, Case, [CaseEvent], any StoreTransaction) async throws -> T
    ) async throws -> T {
        try await self.env.require(.investigateCases, .user(user))
        let now = self.env.now()
        let result: Result<T, DomainError> = try await self.env.store.transaction { tx in
            guard let investigation = try await tx.investigations.find(id), investigation.openedBy == user.id else {
                return .failure(.investigationNotFound)
            }
            switch investigation.status(at: now) {
            case .awaitingApproval: return .failure(.secondAuditorRequired)
            case .ended: return .failure(.investigationEnded)
            case .active: break
            }
            let events = try await tx.cases.events(of: investigation.caseID)
            return .success(try await read(investigation, Case.replay(investigation.caseID, events), events, tx))
        }
        return try await CaseService(env: self.env).unwrap(result, user: user, target: AuditRecord.target(id))
    }

    private func change(
        _ id: Identifier<Investigation>,
        by user: User,
        action: AuditAction,
        _ step: @Sendable (Investigation, Date) throws(DomainError) -> Investigation
    ) async throws -> Investigation {
        try await self.env.require(.investigateCases, .user(user))
        let now = self.env.now()
        let env = self.env
        let result: Result<Investigation, DomainError> = try await self.env.store.transaction { tx in
            guard let current = try await tx.investigations.find(id) else { return .failure(.investigationNotFound) }
            let next: Investigation
            do throws(DomainError) { next = try step(current, now) } catch { return .failure(error) }
            try await tx.investigations.save(next, replacing: current)
            try await tx.audit.append(env.auditRecord(action, by: .user(user), target: AuditRecord.target(id)))
            return .success(next)
        }
        return try await CaseService(env: self.env).unwrap(result, user: user, target: AuditRecord.target(id))
    }

    private static func actor(_ user: User) -> CaseActor { CaseActor(userID: user.id, role: user.role) }
}
