import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLCaseStore: CaseStore {
    let db: any SQLDatabase
    let codec: CasePayloadCodec
    /// Which shape a search takes (`searchCondition`). Bounded by a page (50), a full name whose every word had more
    /// rows (a given name, a family name, "123", which starts 111 numbers) walked all 100,000 cases of `make
    /// bench-scale` for three people: 285 ms. 2,000 rows of a word are looked up in milliseconds.
    var rareWordRows = SQLCaseStore.rareWordRows
    static let rareWordRows = 2_000

    func create(_ id: Identifier<Case>, events: [CaseEvent]) async throws -> Case {
        guard let opener = events.first?.actor.userID else { throw DomainError.caseNotFound }
        let value = Case.replay(id, events)
        let row = try await self.db.raw(
            """
            INSERT INTO cases (id, reference, stage, region, channel, opened_at, updated_at, version, opened_by, reminder_facts)
            VALUES (\(bind: id.rawValue), \(bind: value.reference), \(bind: value.stage.rawValue), \(bind: value.region),
                    \(bind: value.channel.rawValue), \(bind: value.openedAt), \(bind: value.updatedAt), \(bind: value.version),
                    \(bind: opener.rawValue), \(bind: try Self.encodedFacts(of: value)))
            ON CONFLICT DO NOTHING
            RETURNING id
            """
        ).first()
        guard row != nil else { throw DomainError.caseAlreadyExists }
        try await self.insert(events, of: id, after: 0)
        try await SearchIndex(db: self.db, masterKeys: self.codec.masterKeys).project(events, of: id)
        try await self.replaceMediators(of: value)
        try await self.projectEntryRequests(of: value, changedFrom: .empty(id))
        return value
    }

    func load(_ id: Identifier<Case>) async throws -> Case {
        let events = try await self.events(of: id)
        guard !events.isEmpty else { throw DomainError.caseNotFound }
        return Case.replay(id, events)
    }

    func append(_ events: [CaseEvent], to current: Case) async throws -> Case {
        let next = events.reduce(current) { $0.evolve($1) }
        let row = try await self.db.raw(
            """
            UPDATE cases SET stage = \(bind: next.stage.rawValue), region = \(bind: next.region), updated_at = \(bind: next.updatedAt),
                             version = \(bind: next.version), reminder_facts = \(bind: try Self.encodedFacts(of: next))
            WHERE id = \(bind: current.id.rawValue) AND version = \(bind: current.version)
            RETURNING id
            """
        ).first()
        guard row != nil else { throw DomainError.staleWrite }
        try await self.insert(events, of: current.id, after: current.version)
        try await SearchIndex(db: self.db, masterKeys: self.codec.masterKeys).project(events, of: current.id)
        if next.mediators != current.mediators { try await self.replaceMediators(of: next) }
        if next.restrictedTo != current.restrictedTo || next.recusedStaff != current.recusedStaff { try await self.replaceVisibility(of: next) }
        try await self.projectEntryRequests(of: next, changedFrom: current)
        try await SQLMediaStore.project(events, of: current.id, in: self.db)
        return next
    }

    func events(of id: Identifier<Case>) async throws -> [CaseEvent] {
        let rows = try await self.db.raw(
            """
            SELECT sequence, actor_user_id, actor_role, occurred_at, payload FROM case_events WHERE case_id = \(bind: id.rawValue)
            ORDER BY sequence
            """
        ).all()
        guard !rows.isEmpty else { return [] }
        let key = try await self.codec.key(of: id)
        return try rows.map { try self.event(from: $0, key) }
    }

    func histories(activeIn period: Range<Date>) async throws -> [(id: Identifier<Case>, events: [CaseEvent])] {
        let rows = try await self.db.raw(
            """
            SELECT e.case_id, e.sequence, e.actor_user_id, e.actor_role, e.occurred_at, e.payload
            FROM case_events e JOIN cases c ON c.id = e.case_id
            WHERE c.opened_at < \(bind: period.upperBound) AND c.updated_at >= \(bind: period.lowerBound)
            ORDER BY e.case_id, e.sequence
            """
        ).all()
        var histories: [(id: Identifier<Case>, events: [CaseEvent])] = []
        var lastKey: CaseKey?
        for row in rows {
            let id = Identifier<Case>(try row.decode(column: "case_id", as: UUID.self))
            // The rows come case by case: one key for each case's rows.
            let key = if let lastKey, lastKey.case == id { lastKey } else { try await self.codec.key(of: id) }
            lastKey = key
            let event = try self.event(from: row, key)
            if histories.last?.id == id { histories[histories.count - 1].events.append(event) } else { histories.append((id, [event])) }
        }
        return histories
    }

    private func event(from row: any SQLRow, _ key: CaseKey) throws -> CaseEvent {
        guard let role = Role(rawValue: try row.decode(column: "actor_role", as: String.self)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown role in case_events.actor_role"))
        }
        return CaseEvent(
            try key.decode(
                CaseChange.self,
                from: try row.decode(column: "payload", as: String.self),
                at: "event.\(try row.decode(column: "sequence", as: Int.self))"
            ),
            by: CaseActor(userID: Identifier(try row.decode(column: "actor_user_id", as: UUID.self)), role: role),
            at: try row.decode(column: "occurred_at", as: Date.self)
        )
    }

    func list(_ filter: CaseFilter, visibleTo viewer: Identifier<User>?, limit: Int, after: ListPosition?) async throws -> [CaseSummary] {
        let columns: SQLQueryString = "c.id, c.reference, c.stage, c.region, c.channel, c.opened_at, c.updated_at, c.version"
        let visible: SQLQueryString = "\(Self.visible(to: viewer)) AND \(Self.startingAfter(after, in: filter))"
        var found: SQLQueryString = "FALSE"
        if case .search(let text, _) = filter {
            found = try await self.searchCondition(text)
        }
        let query: SQLQueryString =
            switch filter {
            case .awaitingAssessment:
                """
                SELECT \(columns) FROM cases c WHERE c.stage IN ('REQUEST_RECEIVED', 'ASSESSMENT') AND \(visible)
                ORDER BY c.opened_at, c.reference LIMIT \(bind: limit)
                """
            case .all:
                """
                SELECT \(columns) FROM cases c WHERE c.stage <> 'DISPOSED' AND \(visible)
                ORDER BY c.updated_at DESC, c.reference LIMIT \(bind: limit)
                """
            case .closed:
                "SELECT \(columns) FROM cases c WHERE c.stage = 'CLOSED' AND \(visible) ORDER BY c.updated_at, c.reference LIMIT \(bind: limit)"
            case .openedBy(let user):
                """
                SELECT \(columns) FROM cases c WHERE c.opened_by = \(bind: user.rawValue) AND c.stage <> 'DISPOSED' AND \(visible)
                ORDER BY c.opened_at DESC, c.reference LIMIT \(bind: limit)
                """
            case .assignedTo(let user):
                """
                SELECT \(columns) FROM cases c JOIN case_mediators m ON m.case_id = c.id
                WHERE m.user_id = \(bind: user.rawValue) AND \(visible) ORDER BY c.updated_at DESC, c.reference LIMIT \(bind: limit)
                """
            case .search(_, assignedTo: nil):
                "SELECT \(columns) FROM cases c WHERE (\(found)) AND \(visible) ORDER BY c.updated_at DESC, c.reference LIMIT \(bind: limit)"
            case .search(_, assignedTo: let user?):
                """
                SELECT \(columns) FROM cases c JOIN case_mediators m ON m.case_id = c.id
                WHERE m.user_id = \(bind: user.rawValue) AND (\(found)) AND \(visible) ORDER BY c.updated_at DESC, c.reference LIMIT \(bind: limit)
                """
            }
        let rows = try await self.db.raw(query).all()
        let ids = try rows.map { Identifier<Case>(try $0.decode(column: "id", as: UUID.self)) }
        let mediators = try await self.mediators(of: ids)
        return try zip(rows, ids).map { row, id in
            CaseSummary(
                id: id,
                reference: try row.decode(column: "reference", as: String.self),
                stage: CaseStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .requestReceived,
                region: try row.decode(column: "region", as: String.self),
                channel: IntakeChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .phone,
                openedAt: try row.decode(column: "opened_at", as: Date.self),
                updatedAt: try row.decode(column: "updated_at", as: Date.self),
                mediators: mediators[id] ?? [],
                version: try row.decode(column: "version", as: Int.self)
            )
        }
    }

    /// The assigned mediators of every listed case in one query, not one per case.
    private func mediators(of ids: [Identifier<Case>]) async throws -> [Identifier<Case>: [Identifier<User>]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await self.db.raw(
            """
            SELECT case_id, user_id FROM case_mediators WHERE case_id IN (\(binds: ids.map(\.rawValue))) ORDER BY case_id, user_id
            """
        ).all()
        var mediators: [Identifier<Case>: [Identifier<User>]] = [:]
        for row in rows {
            mediators[Identifier(try row.decode(column: "case_id", as: UUID.self)), default: []].append(
                Identifier(try row.decode(column: "user_id", as: UUID.self))
            )
        }
        return mediators
    }

    func nextReferenceNumber(prefix: String) async throws -> Int {
        // One counter row per prefix, moved by the transaction that opens the case: on PostgreSQL a second opening
        // waits on that row and takes the next number, instead of counting the cases and colliding (issue 16, item 3).
        // The first of a prefix starts after the cases already there.
        let row = try await self.db.raw(
            """
            INSERT INTO reference_counters (prefix, last_number)
            VALUES (\(bind: prefix), (SELECT COUNT(*) FROM cases WHERE reference LIKE \(bind: prefix + "%")) + 1)
            ON CONFLICT (prefix) DO UPDATE SET last_number = reference_counters.last_number + 1
            RETURNING last_number
            """
        ).first()
        guard let row else { throw DomainError.caseAlreadyExists }
        return try row.decode(column: "last_number", as: Int.self)
    }

    func find(reference: String) async throws -> Identifier<Case>? {
        let row = try await self.db.raw("SELECT id FROM cases WHERE reference = \(bind: reference)").first()
        return try row.map { Identifier(try $0.decode(column: "id", as: UUID.self)) }
    }

    func minimise(_ people: Set<Identifier<Participant>>, in id: Identifier<Case>) async throws {
        guard !people.isEmpty else { return }
        let key = try await self.codec.key(of: id)
        for row in try await self.db.raw("SELECT sequence, payload FROM case_events WHERE case_id = \(bind: id.rawValue)").all() {
            let sequence = try row.decode(column: "sequence", as: Int.self)
            let place = "event.\(sequence)"
            let change = try key.decode(CaseChange.self, from: try row.decode(column: "payload", as: String.self), at: place)
            guard let minimised = change.minimised(for: people) else { continue }
            try await self.db.raw(
                """
                UPDATE case_events SET payload = \(bind: try key.encode(minimised, at: place))
                WHERE case_id = \(bind: id.rawValue) AND sequence = \(bind: sequence)
                """
            ).run()
        }
        let participants = people.map(\.rawValue)
        try await self.db.raw(
            "DELETE FROM case_search_tokens WHERE case_id = \(bind: id.rawValue) AND participant_id IN (\(binds: participants))"
        ).run()
    }

    func reference(of id: Identifier<Case>) async throws -> String? {
        try await self.db.raw("SELECT reference FROM cases WHERE id = \(bind: id.rawValue)").first()?.decode(column: "reference", as: String.self)
    }

    /// One statement for a command's events (usually one to a handful): each statement is a trip to SQLite's
    /// thread or PostgreSQL's socket.
    private func insert(_ events: [CaseEvent], of id: Identifier<Case>, after version: Int) async throws {
        guard !events.isEmpty else { return }
        let key = try await self.codec.key(of: id, creating: true)
        let rows = try events.enumerated().map { offset, event -> SQLQueryString in
            let sequence = version + offset + 1
            return """
                (\(bind: id.rawValue), \(bind: sequence), \(bind: event.change.kind), \(bind: event.actor.userID.rawValue),
                 \(bind: event.actor.role.rawValue), \(bind: event.at), \(bind: try key.encode(event.change, at: "event.\(sequence)")))
                """
        }
        try await self.db.raw(
            """
            INSERT INTO case_events (case_id, sequence, kind, actor_user_id, actor_role, occurred_at, payload)
            VALUES \(rows.joined(separator: ", "))
            """
        ).run()
    }

    func entryRequests(at sites: [String], since: Date) async throws -> [EntryRequestSummary] {
        guard !sites.isEmpty else { return [] }
        let rows = try await self.db.raw(
            """
            SELECT meeting_id, case_id, meeting_state, payload FROM entry_requests
            WHERE site_code IN (\(binds: sites)) AND scheduled_for >= \(bind: since)
            ORDER BY scheduled_for, meeting_id
            """
        ).all()
        var summaries: [EntryRequestSummary] = []
        for row in rows { summaries.append(try await self.entryRequestSummary(row)) }
        return summaries
    }

    func entryRequest(_ meeting: Identifier<Meeting>) async throws -> EntryRequestSummary? {
        let row = try await self.db.raw(
            """
            SELECT meeting_id, case_id, meeting_state, payload FROM entry_requests WHERE meeting_id = \(bind: meeting.rawValue)
            """
        ).first()
        guard let row else { return nil }
        return try await self.entryRequestSummary(row)
    }

    private func entryRequestSummary(_ row: any SQLRow) async throws -> EntryRequestSummary {
        let caseID = Identifier<Case>(try row.decode(column: "case_id", as: UUID.self))
        let meeting = Identifier<Meeting>(try row.decode(column: "meeting_id", as: UUID.self))
        return EntryRequestSummary(
            meeting: meeting,
            caseID: caseID,
            request: try await self.codec.key(of: caseID).decode(
                EntryRequest.self,
                from: try row.decode(column: "payload", as: String.self),
                at: "entry-request.\(meeting)"
            ),
            meetingState: Meeting.State(rawValue: try row.decode(column: "meeting_state", as: String.self)) ?? .cancelled
        )
    }

    /// Keeps the sites' view in step with the case: each meeting with an entry request whose request or state changed.
    private func projectEntryRequests(of value: Case, changedFrom previous: Case) async throws {
        let changed = value.meetings.filter { $0 != previous.meeting($0.id) && $0.entryRequest != nil }
        guard !changed.isEmpty else { return }
        let key = try await self.codec.key(of: value.id)
        for meeting in changed {
            guard let request = meeting.entryRequest else { continue }
            try await self.db.raw(
                """
                INSERT INTO entry_requests (meeting_id, case_id, site_code, scheduled_for, meeting_state, payload)
                VALUES (\(bind: meeting.id.rawValue), \(bind: value.id.rawValue), \(bind: request.site), \(bind: request.scheduledFor),
                        \(bind: meeting.state.rawValue), \(bind: try key.encode(request, at: "entry-request.\(meeting.id)")))
                ON CONFLICT (meeting_id) DO UPDATE SET site_code = excluded.site_code, scheduled_for = excluded.scheduled_for,
                    meeting_state = excluded.meeting_state, payload = excluded.payload
                """
            ).run()
        }
    }

    /// Issue 16, item 4: the rows after `position` in `filter`'s order (the ORDER BY clauses above), so a page is
    /// found by the index on its sort column rather than by skipping the pages before it.
    static func startingAfter(_ position: ListPosition?, in filter: CaseFilter) -> SQLQueryString {
        guard let position else { return "1 = 1" }
        let column: SQLQueryString = filter.sortsByOpening ? "c.opened_at" : "c.updated_at"
        let beyond: SQLQueryString = filter.sortsNewestFirst ? "<" : ">"
        return """
            (\(column) \(beyond) \(bind: position.time) OR (\(column) = \(bind: position.time) AND c.reference > \(bind: position.reference)))
            """
    }

    /// N9 in SQL, as `CaseAccess` says it: not recused, and either unrestricted, named, or assigned.
    static func visible(to viewer: Identifier<User>?) -> SQLQueryString {
        guard let viewer else { return "1 = 1" }
        return """
            NOT EXISTS (SELECT 1 FROM case_visibility v WHERE v.case_id = c.id AND v.user_id = \(bind: viewer.rawValue) AND v.rule = 'recused')
            AND (c.restricted = \(bind: false)
                 OR EXISTS (SELECT 1 FROM case_visibility v WHERE v.case_id = c.id AND v.user_id = \(bind: viewer.rawValue) AND v.rule = 'named')
                 OR EXISTS (SELECT 1 FROM case_mediators m WHERE m.case_id = c.id AND m.user_id = \(bind: viewer.rawValue)))
            """
    }

    /// The case's N9 rules: `cases.restricted`, and rows for the `named` coordinators and the `recused`.
    private func replaceVisibility(of value: Case) async throws {
        try await self.db.raw("UPDATE cases SET restricted = \(bind: value.restrictedTo != nil) WHERE id = \(bind: value.id.rawValue)").run()
        try await self.db.raw("DELETE FROM case_visibility WHERE case_id = \(bind: value.id.rawValue)").run()
        let rows = value.recusedStaff.map { ($0, "recused") } + (value.restrictedTo ?? []).map { ($0, "named") }
        for (user, rule) in rows {
            try await self.db.raw(
                """
                INSERT INTO case_visibility (case_id, user_id, rule) VALUES (\(bind: value.id.rawValue), \(bind: user.rawValue), \(bind: rule))
                """
            ).run()
        }
    }

    private func replaceMediators(of value: Case) async throws {
        try await self.db.raw("DELETE FROM case_mediators WHERE case_id = \(bind: value.id.rawValue)").run()
        for mediator in value.mediators {
            try await self.db.raw("INSERT INTO case_mediators (case_id, user_id) VALUES (\(bind: value.id.rawValue), \(bind: mediator.rawValue))")
                .run()
        }
    }
}
