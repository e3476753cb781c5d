import Foundation
import ROCore
import ROStore

/// §7.3, §7.4: the cases whose retention has ended, legal holds, and disposal by destroying the case's key.
/// One coordinator proposes, a second approves; approval keeps only the anonymous residue, the reference as a
/// tombstone, and the certificate. Every step is audited, and so is every reading of the list.
public struct DisposalService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// A closed case whose retention has ended, with what stands in the way of its disposal.
    public struct DueCase: Sendable {
        public let id: Identifier<Case>
        public let reference: String
        public let retentionClass: RetentionClass
        public let retainedUntil: Date
        /// Active holds and investigations: while any is in force, the case is not disposed of.
        public let holds: [LegalHold]
        public let underInvestigation: Bool
        public let proposal: Disposal?
    }

    /// A closed case whose video and audio have passed their own retention (§7.3: 2 years after closure).
    public struct RecordingsDue: Sendable {
        public let id: Identifier<Case>
        public let reference: String
        public let retainedUntil: Date
        public let count: Int
        /// A hold or an unfinished investigation suspends this clock too.
        public let suspended: Bool
    }

    public struct Overview: Sendable {
        public let due: [DueCase]
        public let recordingsDue: [RecordingsDue]
        public let disposed: [Disposal]
        /// The holds in force, on any case, by reference (for the auditors' part of the page).
        public let holds: [(reference: String, hold: LegalHold)]
        /// The display names of the staff who proposed, approved or placed them.
        public let staffNames: [Identifier<User>: String]
    }

    /// Step 1 of §7.3, the scheduled review: for coordinators, the cases due (a hold shows as "suspended", never
    /// its reason); for auditors, the holds in force with their reasons; for both, the certificates. Audited.
    public func overview(by user: User, limit: Int = 100) async throws -> Overview {
        try await self.env.require(.readDisposalCertificates, .user(user))
        let env = self.env
        let now = env.now()
        return try await self.env.store.transaction { tx in
            var due: [DueCase] = []
            var recordingsDue: [RecordingsDue] = []
            if user.role == .coordinator {
                let policy = try await ProgramSettingsService.current(tx).policy
                for summary in try await tx.cases.list(.closed, visibleTo: user.id, limit: 10_000) {
                    let value = try await tx.cases.load(summary.id)
                    if let until = value.recordingsRetainedUntil(policy: policy), until <= now, !value.storedRecordings.isEmpty,
                        recordingsDue.count < limit
                    {
                        let suspended = try await Self.isSuspended(value.id, tx, at: now)
                        recordingsDue.append(
                            RecordingsDue(
                                id: value.id,
                                reference: value.reference,
                                retainedUntil: until,
                                count: value.storedRecordings.count,
                                suspended: suspended
                            )
                        )
                    }
                    guard due.count < limit, let until = value.retainedUntil(policy: policy), until <= now,
                        let retentionClass = value.retentionClass
                    else { continue }
                    due.append(
                        DueCase(
                            id: value.id,
                            reference: value.reference,
                            retentionClass: retentionClass,
                            retainedUntil: until,
                            holds: try await tx.disposals.holds(on: value.id).filter(\.isActive),
                            underInvestigation: try await Self.underInvestigation(value.id, tx, at: now),
                            proposal: try await tx.disposals.disposal(of: value.id)
                        )
                    )
                }
            }
            var holds: [(reference: String, hold: LegalHold)] = []
            for hold in user.role == .auditor ? try await tx.disposals.activeHolds() : [] {
                holds.append((try await tx.cases.reference(of: hold.caseID) ?? "", hold))
            }
            try await tx.audit.append(env.auditRecord(.disposalsListed, by: .user(user)))
            let names = Dictionary(try await tx.users.all().map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first })
            return Overview(
                due: due,
                recordingsDue: recordingsDue,
                disposed: try await tx.disposals.disposed(limit: limit),
                holds: holds,
                staffNames: names
            )
        }
    }

    /// §7.3: an auditor places a hold on the case with this reference, with the request or file behind it.
    public func placeHold(onReference reference: String, reason: String, by user: User) async throws -> LegalHold {
        try await self.env.require(.placeLegalHolds, .user(user))
        let words = try LegalHold.reason(reason, by: user.role)
        let env = self.env
        return try await self.env.store.transaction { tx in
            guard let id = try await tx.cases.find(reference: reference.trimmingCharacters(in: .whitespaces).uppercased()),
                try await tx.disposals.disposal(of: id)?.isDone != true
            else { throw DomainError.caseNotFound }
            let hold = LegalHold(id: Identifier(env.newID()), caseID: id, reason: words, placedBy: user.id, placedAt: env.now())
            try await tx.disposals.place(hold)
            try await tx.audit.append(env.auditRecord(.legalHoldPlaced, by: .user(user), target: AuditRecord.target(id)))
            return hold
        }
    }

    public func liftHold(_ id: Identifier<LegalHold>, reason: String, by user: User) async throws {
        try await self.env.require(.placeLegalHolds, .user(user))
        let words = try LegalHold.reason(reason, by: user.role)
        let env = self.env
        try await self.env.store.transaction { tx in
            guard var hold = try await tx.disposals.hold(id), hold.isActive else { throw DomainError.legalHoldNotFound }
            hold.liftedBy = user.id
            hold.liftedAt = env.now()
            hold.liftReason = words
            try await tx.disposals.lift(hold)
            try await tx.audit.append(env.auditRecord(.legalHoldLifted, by: .user(user), target: AuditRecord.target(hold.caseID)))
        }
    }

    /// Step 2: one coordinator proposes a case that is due and free of holds.
    public func propose(_ id: Identifier<Case>, by user: User) async throws {
        try await self.env.require(.disposeOfCases, .user(user))
        let env = self.env
        try await self.env.store.transaction { tx in
            let (value, suspended, policy) = try await Self.disposable(id, by: user, tx, at: env.now())
            let proposal = try Disposal.propose(
                value,
                suspended: suspended,
                by: CaseActor(userID: user.id, role: user.role),
                at: env.now(),
                policy: policy
            )
            try await tx.disposals.propose(proposal)
            try await tx.audit.append(env.auditRecord(.disposalProposed, by: .user(user), target: AuditRecord.target(id)))
        }
    }

    /// A proposal the case's coordinators no longer stand by (a reconsideration is in sight) is withdrawn.
    public func withdraw(_ id: Identifier<Case>, by user: User) async throws {
        try await self.env.require(.disposeOfCases, .user(user))
        let env = self.env
        try await self.env.store.transaction { tx in
            guard let proposal = try await tx.disposals.disposal(of: id), !proposal.isDone else { throw DomainError.disposalNotProposed }
            try await tx.disposals.withdrawProposal(of: id)
            try await tx.audit.append(env.auditRecord(.disposalWithdrawn, by: .user(user), target: AuditRecord.target(id)))
        }
    }

    /// Steps 2–5: a second coordinator approves; in the same transaction the case's key and content are destroyed,
    /// the residue kept and the certificate issued.
    @discardableResult
    public func approve(_ id: Identifier<Case>, by user: User) async throws -> DisposalCertificate {
        try await self.env.require(.disposeOfCases, .user(user))
        let env = self.env
        return try await self.env.store.transaction { tx in
            let (value, suspended, policy) = try await Self.disposable(id, by: user, tx, at: env.now())
            guard let proposal = try await tx.disposals.disposal(of: id) else { throw DomainError.disposalNotProposed }
            let certificateID = "DC-" + env.newID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).uppercased()
            let approved = try proposal.approved(
                value,
                suspended: suspended,
                by: CaseActor(userID: user.id, role: user.role),
                at: env.now(),
                policy: policy,
                certificateID: certificateID
            )
            let residue = CaseFacts(id, history: try await tx.cases.events(of: id))?.residue
            try await tx.disposals.dispose(approved, residue: residue)
            try await tx.audit.append(env.auditRecord(.caseDisposed, by: .user(user), target: AuditRecord.target(id)))
            return approved.certificate!  // `approved` always issues one
        }
    }

    /// §7.3: a coordinator erases the video and audio of a closed case whose recording retention has ended and
    /// that no hold or investigation suspends. The bytes go in the same transaction; the case keeps what each
    /// recording was (type, size, hash) and when and why it was erased. Returns how many were erased.
    @discardableResult
    public func eraseRecordings(of id: Identifier<Case>, by user: User) async throws -> Int {
        try await self.env.require(.disposeOfCases, .user(user))
        let env = self.env
        return try await self.env.store.transaction { tx in
            let (value, suspended, policy) = try await Self.disposable(id, by: user, tx, at: env.now())
            guard !suspended else { throw DomainError.legalHoldActive }
            let events = try value.decide(
                .eraseRecordingsPastRetention,
                by: CaseActor(userID: user.id, role: user.role),
                at: env.now(),
                policy: policy
            )
            _ = try await tx.cases.append(events, to: value)
            try await tx.audit.append(env.auditRecord(.recordingsErased, by: .user(user), target: AuditRecord.target(id)))
            return events.count
        }
    }

    /// The case, whether a hold or an unfinished investigation suspends its disposal, and the policy, for a
    /// coordinator who may read the case (N1, N9: otherwise not found).
    private static func disposable(
        _ id: Identifier<Case>,
        by user: User,
        _ tx: any StoreTransaction,
        at now: Date
    ) async throws -> (Case, Bool, CasePolicy) {
        if let done = try await tx.disposals.disposal(of: id), let day = done.certificate?.disposedOn { throw DomainError.caseDisposed(on: day) }
        let value = try await tx.cases.load(id)
        guard try await CaseService.mayRead(value, CaseActor(userID: user.id, role: user.role), tx) else { throw DomainError.caseNotFound }
        return (value, try await Self.isSuspended(id, tx, at: now), try await ProgramSettingsService.current(tx).policy)
    }

    /// §7.3: a legal hold or an unfinished investigation suspends every retention clock of the case.
    private static func isSuspended(_ id: Identifier<Case>, _ tx: any StoreTransaction, at now: Date) async throws -> Bool {
        if try await tx.disposals.holds(on: id).contains(where: \.isActive) { return true }
        return try await Self.underInvestigation(id, tx, at: now)
    }

    private static func underInvestigation(_ id: Identifier<Case>, _ tx: any StoreTransaction, at now: Date) async throws -> Bool {
        try await tx.investigations.about(id).contains { $0.status(at: now) != .ended }
    }
}

extension CaseService {
    /// Why a case has no events: disposed of (§7.3: its reference answers only that, and only to coordinators), or
    /// never there.
    static func missing(_ id: Identifier<Case>, for user: User, _ tx: any StoreTransaction) async throws -> DomainError {
        guard user.role == .coordinator, let day = try await tx.disposals.disposal(of: id)?.certificate?.disposedOn else { return .caseNotFound }
        return .caseDisposed(on: day)
    }
}
