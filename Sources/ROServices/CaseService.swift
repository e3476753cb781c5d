import Foundation
import ROCore
import ROStore

/// A case as its reader sees it: the state and the events it came from (the timeline).
public struct CaseFile: Sendable {
    public let value: Case
    public let events: [CaseEvent]
    /// §4.9: the linked cases this reader may open; links to others are left out (N1).
    public let linkedCases: [LinkedCase]
    /// The program's settings in force (R57): what the file shows as current or due, and what to offer.
    public let settings: ProgramSettings
}

/// Who read or changed one case, from the audit log: ids, roles and actions, never content.
public struct CaseAccessReport: Sendable {
    public let reference: String
    /// Newest first.
    public let entries: [AuditEntry]
}

/// A linked case as a list shows it: where it is, never what is in it.
public struct LinkedCase: Sendable, Equatable {
    public let id: Identifier<Case>
    public let reference: String
    public let relation: CaseLink.Relation
    public let stage: CaseStage
    /// §4.9: its meetings still ahead, which a meeting of this case may be joined with: kind, place and
    /// state only (nothing of its attendees or entry request).
    public let plannedMeetings: [PlannedMeeting]

    public struct PlannedMeeting: Sendable, Equatable {
        public let id: Identifier<Meeting>
        public let form: DialogueForm
        public let site: String?
        public let state: Meeting.State
    }

    public init(id: Identifier<Case>, reference: String, relation: CaseLink.Relation, stage: CaseStage, plannedMeetings: [PlannedMeeting] = []) {
        self.id = id
        self.reference = reference
        self.relation = relation
        self.stage = stage
        self.plannedMeetings = plannedMeetings
    }
}

/// A reminder with the case it belongs to.
public struct CaseReminder: Sendable {
    public let caseID: Identifier<Case>
    public let reference: String
    public let reminder: Reminder
    /// What the reminder was worked out from; names the person it is about by their role.
    public let facts: ReminderFacts
}

/// The case use cases: open, act, read, list. Each is one transaction holding the change, its
/// projection and its audit entry. Out-of-scope cases answer "not found" and the attempt is audited (N1).
public struct CaseService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Records a victim's request or a staff referral (R1–R4): the first events of a new case.
    /// `following`: what is recorded with the opening, in the same transaction (who is asking, how to reach them).
    public func open(_ command: CaseCommand, following: [CaseCommand] = [], by user: User) async throws -> Case {
        try await self.open({ _ in command }, following: following, by: user)
    }

    /// Opens a case whose first command carries its reference: the next number of the year (`RO-2026-0042`),
    /// taken from the year's counter inside the opening's transaction, so openings at the same moment, on one
    /// instance or several, each get their own and are never refused for a reference. A number already used
    /// (by a case from before the counter) is skipped.
    func open(_ command: @Sendable (String) -> CaseCommand, following: [CaseCommand], by user: User) async throws -> Case {
        guard CaseAccess.canOpen(user.role) else {
            try await self.refuse(user, target: "")
            throw DomainError.notPermitted
        }
        let id = Identifier<Case>(self.env.newID())
        let actor = CaseActor(userID: user.id, role: user.role)
        let env = self.env
        let now = env.now()
        let prefix = "RO-\(Calendar(identifier: .gregorian).component(.year, from: now))-"
        let opened = try await self.env.store.transaction { tx in
            for _ in 0..<Self.referenceAttempts {
                let number = try await tx.cases.nextReferenceNumber(prefix: prefix)
                var value = Case.empty(id)
                var events: [CaseEvent] = []
                for step in [command(prefix + String(format: "%04d", number))] + following {
                    let decided = try value.decide(step, by: actor, at: now)
                    value = decided.reduce(value) { $0.evolve($1) }
                    events += decided
                }
                do {
                    let created = try await tx.cases.create(id, events: events)
                    try await tx.audit.append(env.auditRecord(.caseOpened, by: .user(user), target: AuditRecord.target(id)))
                    return created
                } catch DomainError.caseAlreadyExists {
                    continue  // a number already used (a case from before the counter): the next one
                }
            }
            throw DomainError.caseAlreadyExists
        }
        self.env.logger.info("case opened", metadata: ["case.id": "\(id)", "user.id": "\(user.id)"])
        return opened
    }

    /// How many numbers an opening tries before giving up, should some be taken already.
    static let referenceAttempts = 32

    /// Records a victim's request received by phone, mail or e-mail (R1, R3), with the next free reference
    /// of the year (`RO-2026-0042`).
    public func recordVictimRequest(
        requesterType: RequesterType,
        channel: IntakeChannel,
        region: String,
        language: String,
        person: PersonRecord? = nil,
        safeContact: SafeContact? = nil,
        by user: User
    ) async throws -> Case {
        let role: ParticipantRole = requesterType == .representative ? .representative : .victim
        let requester = Participant(id: Identifier(self.env.newID()), role: role, language: language)
        // §7.2, R24: who is asking and how to reach them safely, recorded with the request or not at all.
        let following =
            (person.map { [CaseCommand.recordPerson(participant: requester.id, $0)] } ?? [])
            + (safeContact.map { [CaseCommand.recordSafeContact(participant: requester.id, $0)] } ?? [])
        return try await self.open(
            { .recordVictimRequest(reference: $0, requesterType: requesterType, channel: channel, region: region, requester: requester) },
            following: following,
            by: user
        )
    }

    /// Refers an offender who expressed interest and accepted responsibility (R4); concerns travel with it (R8).
    /// `person`: the offender's name and site (§7.2), recorded with the referral.
    public func submitReferral(
        region: String,
        language: String,
        referral: Referral,
        person: PersonRecord? = nil,
        by user: User
    ) async throws -> Case {
        let offender = Participant(id: Identifier(self.env.newID()), role: .offender, language: language)
        return try await self.open(
            { .submitReferral(reference: $0, region: region, offender: offender, referral: referral) },
            following: person.map { [.recordPerson(participant: offender.id, $0)] } ?? [],
            by: user
        )
    }

    /// Decides `command` on the case and saves what happened, if the case is still at `expectedVersion`
    /// (nil: whatever it is now). A reopening also creates the new linked episode, in the same transaction.
    public func execute(_ id: Identifier<Case>, _ command: CaseCommand, expectedVersion: Int?, by user: User) async throws -> Case {
        let actor = CaseActor(userID: user.id, role: user.role)
        let result: Result<Case, DomainError> = try await self.env.store.transaction { tx in
            guard case .success(let current) = try await Self.readable(id, by: actor, tx) else { return .failure(.caseNotFound) }
            if let expectedVersion, expectedVersion != current.version { throw DomainError.staleWrite }
            return try await self.decideAndSave(command, on: current, by: user, tx)
        }
        return try await self.unwrap(result, user: user, id: id)
    }

    /// The case as it is now, for building a command from a form whose fields name its own participants and
    /// meetings, before the write begins. "Not found" when the user may not read it (N1). Nothing of it reaches
    /// the user: what they then see is a read, audited, and what they change, `execute(_:on:by:)`.
    public func caseForCommand(_ id: Identifier<Case>, by user: User) async throws -> Case {
        let actor = CaseActor(userID: user.id, role: user.role)
        let result = try await self.env.store.transaction { tx in try await Self.readable(id, by: actor, tx) }
        return try await self.unwrap(result, user: user, id: id)
    }

    /// The case, if it exists and `actor` may read it; "not found" either way (N1).
    private static func readable(_ id: Identifier<Case>, by actor: CaseActor, _ tx: any StoreTransaction) async throws -> Result<Case, DomainError> {
        let current: Case
        do {
            current = try await tx.cases.load(id)
        } catch DomainError.caseNotFound {
            return .failure(.caseNotFound)
        }
        return CaseAccess.canRead(current, actor) ? .success(current) : .failure(.caseNotFound)
    }

    /// Decides `command` on `current`, as `caseForCommand` gave it, and saves what happened, unless the case
    /// changed since (`staleWrite`): the case is replayed once for the whole request.
    public func execute(_ command: CaseCommand, on current: Case, by user: User) async throws -> Case {
        let actor = CaseActor(userID: user.id, role: user.role)
        let result: Result<Case, DomainError> = try await self.env.store.transaction { tx in
            guard CaseAccess.canRead(current, actor) else { return .failure(.caseNotFound) }
            return try await self.decideAndSave(command, on: current, by: user, tx)
        }
        return try await self.unwrap(result, user: user, id: current.id)
    }

    /// Inside the write: the decision, the other cases a link or a joint meeting involves, the events and the audit.
    private func decideAndSave(
        _ command: CaseCommand,
        on current: Case,
        by user: User,
        _ tx: any StoreTransaction
    ) async throws -> Result<Case, DomainError> {
        let actor = CaseActor(userID: user.id, role: user.role)
        let now = self.env.now()
        let env = self.env
        let policy = try await ProgramSettingsService.current(tx).policy
        let events = try current.decide(command, by: actor, at: now, policy: policy)
        // N2: an assignment names only enabled mediators' accounts.
        for named in command.assignedMediators ?? [] {
            guard let account = try? await tx.users.get(named), account.role == .mediator, account.isActive(at: now) else {
                return .failure(.mediatorNotActive)
            }
        }
        // §4.9: a link is recorded on both cases; the other must be one the actor may read (N1).
        var counterpart: (Case, [CaseEvent])?
        if let link = command.linkCounterpart(from: current.reference) {
            guard let otherID = try await tx.cases.find(reference: link.reference) else { return .failure(.linkedCaseNotFound) }
            let other = try await tx.cases.load(otherID)
            guard try await Self.mayRead(other, actor, tx) else { return .failure(.linkedCaseNotFound) }
            counterpart = (other, try other.decide(link.command, by: actor, at: now, policy: policy))
            // §4.9: joined meetings are one meeting, so the same form at the same site.
            if case .joinMeeting(let id, let joint) = command, let mine = current.meeting(id), let theirs = other.meeting(joint.meeting),
                mine.form != theirs.form || mine.site != theirs.site
            {
                return .failure(.jointMeetingInvalid)
            }
        }
        // §4.9: a joint meeting is confirmed or held only if every joined case passes its own gates.
        if let meeting = command.jointGatedMeeting {
            for joint in current.jointMeetings[meeting] ?? [] {
                guard let otherID = try await tx.cases.find(reference: joint.reference) else {
                    return .failure(.jointMeetingBlocked(reference: nil))
                }
                let other = try await tx.cases.load(otherID)
                if other.meeting(joint.meeting)?.state == .cancelled { continue }  // its people no longer come
                do throws(DomainError) {
                    try other.checkMeetingGates(joint.meeting, at: now, policy: policy)
                } catch {
                    return .failure(.jointMeetingBlocked(reference: try await Self.mayRead(other, actor, tx) ? joint.reference : nil))
                }
            }
        }
        let next = try await tx.cases.append(events, to: current)
        try await tx.audit.append(env.auditRecord(.caseChanged, by: .user(user), target: AuditRecord.target(current.id)))
        // §7.3: who declined when approached is minimised at once, in the closing transaction.
        if current.declinedWhenApproached.isEmpty { try await tx.cases.minimise(next.declinedWhenApproached, in: next.id) }
        if case let (other, otherEvents)? = counterpart {
            _ = try await tx.cases.append(otherEvents, to: other)
            try await tx.audit.append(env.auditRecord(.caseChanged, by: .user(user), target: AuditRecord.target(other.id)))
        }
        if case .reopen(let newID) = command {
            let opening = try Case.openEpisode(
                newID,
                reopening: next,
                reference: Case.nextEpisodeReference(after: current.reference),
                by: actor,
                at: now
            )
            _ = try await tx.cases.create(newID, events: opening)
            try await tx.audit.append(env.auditRecord(.caseOpened, by: .user(user), target: AuditRecord.target(newID)))
        }
        return .success(next)
    }

    /// The case file with its timeline. Every read is audited (§7.2).
    ///
    /// Issue 16, item 2: the file is read from a snapshot beside the writer (on SQLite a reading connection), so case
    /// pages run side by side and never wait behind a save; its audit entry is then saved in a transaction of its own,
    /// and the file is returned only once that has succeeded: a read whose entry cannot be saved shows nothing.
    public func read(_ id: Identifier<Case>, by user: User) async throws -> CaseFile {
        let actor = CaseActor(userID: user.id, role: user.role)
        let result: Result<CaseFile, DomainError> = try await self.env.store.read { tx in
            let events = try await tx.cases.events(of: id)
            guard !events.isEmpty else { return .failure(try await Self.missing(id, for: user, tx)) }
            let value = Case.replay(id, events)
            guard try await Self.mayRead(value, actor, tx) else { return .failure(.caseNotFound) }
            var linked: [LinkedCase] = []
            for link in value.links {
                guard let otherID = try await tx.cases.find(reference: link.reference) else { continue }
                let other = try await tx.cases.load(otherID)
                if try await Self.mayRead(other, actor, tx) {
                    linked.append(
                        LinkedCase(
                            id: otherID,
                            reference: link.reference,
                            relation: link.relation,
                            stage: other.stage,
                            plannedMeetings: other.meetings.filter(\.isPlanned).map {
                                .init(id: $0.id, form: $0.form, site: $0.site, state: $0.state)
                            }
                        )
                    )
                }
            }
            let settings = try await ProgramSettingsService.current(tx)
            return .success(CaseFile(value: value, events: events, linkedCases: linked, settings: settings))
        }
        let file = try await self.unwrap(result, user: user, id: id)
        try await self.audit(.caseRead, by: user, target: AuditRecord.target(id))
        return file
    }

    /// §2.2 note 10: who read or changed this case file, newest first, for a coordinator who may read
    /// it; the report's own reading is audited and listed. Other roles that may read the case are refused
    /// for their role; everyone else finds no case (N1).
    /// `before`: only the entries before this audit position (a later page), `limit` of them.
    public func accessReport(_ id: Identifier<Case>, by user: User, limit: Int = 500, before: Int64? = nil) async throws -> CaseAccessReport {
        let actor = CaseActor(userID: user.id, role: user.role)
        let env = self.env
        let result: Result<CaseAccessReport, DomainError> = try await self.env.store.transaction { tx in
            let events = try await tx.cases.events(of: id)
            guard !events.isEmpty else { return .failure(.caseNotFound) }
            let value = Case.replay(id, events)
            guard try await Self.mayRead(value, actor, tx) else { return .failure(.caseNotFound) }
            guard user.role == .coordinator else { return .failure(.roleNotAllowed(user.role)) }
            try await tx.audit.append(env.auditRecord(.caseAccessReportRead, by: .user(user), target: AuditRecord.target(id)))
            return .success(
                CaseAccessReport(
                    reference: value.reference,
                    entries: try await tx.audit.entries(about: AuditRecord.target(id), limit: limit, before: before)
                )
            )
        }
        return try await self.unwrap(result, user: user, id: id)
    }

    /// The lists each role may see: the coordinator's queue and all cases; a mediator's own cases.
    public func list(_ filter: CaseFilter, by user: User, limit: Int = 200, after: ListPosition? = nil) async throws -> [CaseSummary] {
        let allowed: Bool =
            switch (user.role, filter) {
            case (.coordinator, _): true
            case (.mediator, .assignedTo(let id)): id == user.id
            case (.referrer, .openedBy(let id)), (.victimServices, .openedBy(let id)): id == user.id  // N3: own submissions
            default: false
            }
        guard allowed else {
            try await self.refuse(user, target: "")
            throw DomainError.notPermitted
        }
        // As `read`: the list from a snapshot beside the writer, returned once its audit entry is saved.
        let listed = try await self.env.store.read { tx in try await tx.cases.list(filter, visibleTo: user.id, limit: limit, after: after) }
        try await self.audit(.casesListed, by: user)
        return listed
    }

    /// §7.2: the cases `text` finds (a reference, an FPS number, the start of a person's names), among those the user
    /// may see: every visible case for a coordinator, their own for a mediator. Audited without what was typed.
    /// `after`: the results that come after this one, latest change first (issue 16, item 4: a page at a time).
    public func search(_ text: String, by user: User, limit: Int = 50, after: ListPosition? = nil) async throws -> [CaseSummary] {
        let filter: CaseFilter
        switch user.role {
        case .coordinator: filter = .search(text, assignedTo: nil)
        case .mediator: filter = .search(text, assignedTo: user.id)
        default:
            try await self.refuse(user, target: "")
            throw DomainError.notPermitted
        }
        let found = try await self.env.store.read { tx in try await tx.cases.list(filter, visibleTo: user.id, limit: limit, after: after) }
        try await self.audit(.casesSearched, by: user)
        return found
    }

    /// Saves the audit entry of a read, in a transaction of its own.
    private func audit(_ action: AuditAction, by user: User, target: String = "") async throws {
        let env = self.env
        try await self.env.store.transaction { tx in
            try await tx.audit.append(env.auditRecord(action, by: .user(user), target: target))
        }
    }

    /// What referring staff (their own referral) or a VSO (their own submission) may do on a case they
    /// cannot read: say that a person wants to stop (C6) or raise a safety concern (R23). It grants no
    /// read; anything else answers "not found", audited.
    public func actAsSubmitter(_ id: Identifier<Case>, by user: User, _ makeCommand: @Sendable (Case) throws -> CaseCommand) async throws {
        let actor = CaseActor(userID: user.id, role: user.role)
        let now = self.env.now()
        let env = self.env
        let found: Bool = try await self.env.store.transaction { tx in
            let events = try await tx.cases.events(of: id)
            guard [.referrer, .victimServices].contains(user.role), events.first?.actor.userID == user.id else { return false }
            let current = Case.replay(id, events)
            let policy = try await ProgramSettingsService.current(tx).policy
            _ = try await tx.cases.append(try current.decide(try makeCommand(current), by: actor, at: now, policy: policy), to: current)
            try await tx.audit.append(env.auditRecord(.caseChanged, by: .user(user), target: AuditRecord.target(id)))
            return true
        }
        guard found else {
            try await self.refuse(user, target: AuditRecord.target(id))
            throw DomainError.caseNotFound
        }
    }

    /// Need-to-know for reading a file: `CaseAccess`, and §4.9: the mediator of a later episode sees the
    /// earlier ones' history (read only; changing a closed episode is reopening, a coordinator's step).
    static func mayRead(_ value: Case, _ actor: CaseActor, _ tx: any StoreTransaction) async throws -> Bool {
        if CaseAccess.canRead(value, actor) { return true }
        guard actor.role == .mediator else { return false }
        var later = value.reopenedAs
        while let id = later {
            let episode = try await tx.cases.load(id)
            if CaseAccess.canRead(episode, actor) { return true }
            later = episode.reopenedAs
        }
        return false
    }

    /// What is due in the listed cases the caller may read, soonest first: `listed` is what `list` just
    /// gave them (a mediator's assigned cases, every case for a coordinator), so nothing is listed twice.
    /// Issue 16, item 4: read from each case's reminder facts, kept with every change, never by replaying the
    /// listed cases. `listed` came from `list`, which already left out the cases the user may not see (N9).
    public func reminders(in listed: [CaseSummary]) async throws -> [CaseReminder] {
        let now = self.env.now()
        let open = listed.filter(\.stage.isOpen)
        let (policy, facts) = try await self.env.store.read { tx in
            (try await ProgramSettingsService.current(tx).policy, try await tx.cases.reminderFacts(of: open.map(\.id)))
        }
        return open.flatMap { summary in
            facts[summary.id].map { facts in
                facts.reminders(at: now, policy: policy).map {
                    CaseReminder(caseID: summary.id, reference: summary.reference, reminder: $0, facts: facts)
                }
            } ?? []
        }.sorted { $0.reminder.due < $1.reminder.due }
    }

    /// A refusal for need-to-know is audited in its own transaction, then thrown as "not found" (N1).
    func unwrap<T>(_ result: Result<T, DomainError>, user: User, id: Identifier<Case>) async throws -> T {
        try await self.unwrap(result, user: user, target: AuditRecord.target(id))
    }

    /// The same for a refusal about something else than a case (an investigation).
    func unwrap<T>(_ result: Result<T, DomainError>, user: User, target: String) async throws -> T {
        switch result {
        case .success(let value):
            return value
        case .failure(let error):
            try await self.refuse(user, target: target)
            throw error
        }
    }

    func refuse(_ user: User, target: String) async throws {
        let env = self.env
        _ = try await self.env.store.transaction { tx in
            try await tx.audit.append(env.auditRecord(.accessDenied, by: .user(user), target: target, outcome: .denied))
        }
    }
}
