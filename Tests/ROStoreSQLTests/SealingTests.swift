import Foundation
import ROCore
import ROStore
import ROTestSupport
import Testing

@testable import ROStoreSQL

/// §7.2: case content is sealed per case. Read as an attacker with a copy of the database would: the raw file
/// (SQLite, with its write-ahead log) or a dump (PostgreSQL) holds none of it; with the master key, all of it reads.
@Suite struct SealingTests {
    let coordinator = CaseActor(userID: Identifier(UUID(1)), role: .coordinator)
    let victim = Participant(id: Identifier(UUID(10)), role: .victim, language: "fr")
    /// Distinctive enough that finding it in the bytes can only mean it was stored in clear.
    static let safeTimes = "Quillfeather evenings after 19:00 (fictional)"
    static let correction = "Zephyrine Marchbank asked for this (fictional)"
    static let fileBytes = Array("%PDF-1.4 Obadiah Thistlewood letter (fictional)".utf8)
    static let name = "Peregrina Quaglietti"
    static let phone = "613-555-0163"

    /// Opens a case and stores free text in two events and one file chunk.
    func writeContent(_ store: SQLStore, _ id: Identifier<Case>) async throws -> Case {
        let at = TestClock.start
        var value = Case.empty(id)
        var events: [CaseEvent] = []
        for command: CaseCommand in [
            .recordVictimRequest(reference: "RO-S-1", requesterType: .registeredVictim, channel: .phone, region: "pacific", requester: self.victim),
            .recordSafeContact(participant: self.victim.id, SafeContact(channels: [.phone], mayLeaveMessage: false, safeTimes: Self.safeTimes)),
            .recordCorrection(entry: 1, note: Self.correction),
            .recordPerson(participant: self.victim.id, PersonRecord(usedName: Self.name, phones: [ContactPoint(Self.phone, safe: true)])),
        ] {
            let decided = try value.decide(command, by: self.coordinator, at: at)
            value = decided.reduce(value) { $0.evolve($1) }
            events += decided
        }
        let file = Identifier<MediaAttachment>(UUID(50))
        let all = events
        let uploader = User(id: self.coordinator.userID, username: "claire", displayName: "Claire (fictional)", role: .coordinator, createdAt: at)
        try await store.transaction { tx in
            try await tx.users.insert(uploader, passwordHash: "not-a-hash")
            _ = try await tx.cases.create(id, events: all)
            try await tx.media.begin(file, of: id, by: self.coordinator.userID, at: at)
            try await tx.media.appendChunk(Self.fileBytes, sequence: 0, to: file, of: id)
        }
        return value
    }

    static func contains(_ haystack: Data, _ needle: [UInt8]) -> Bool { haystack.range(of: Data(needle)) != nil }

    /// The name is searched through keyed tokens: neither it nor the start of it ("Peregr") is stored in clear.
    static var secrets: [[UInt8]] {
        [Self.safeTimes, Self.correction, Self.name, "peregr", "Peregr", "quagl", Self.phone].map { Array($0.utf8) } + [Self.fileBytes]
    }

    @Test func sealedContentIsNotInTheSQLiteFileNorItsLog() async throws {
        try await withEmptyDatabase(.sqlite) { location in
            guard case .sqlite(let path) = location else { return }
            let id = Identifier<Case>(UUID(100))
            try await SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { store in
                try await store.migrate()
                let written = try await self.writeContent(store, id)
                let files = try [path, path + "-wal"].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
                for secret in Self.secrets { #expect(!files.contains { Self.contains($0, secret) }, "the files hold content in clear") }
                // The reference is not content: stored in clear, it shows the scan reads what was written.
                #expect(files.contains { Self.contains($0, Array("RO-S-1".utf8)) })
                #expect(try await store.transaction { try await $0.cases.load(id) } == written, "with the key, all reads back")
                #expect(try await store.transaction { try await $0.media.chunk(0, of: Identifier(UUID(50)), in: id) } == Self.fileBytes)
            }
            let closed = try Data(contentsOf: URL(fileURLWithPath: path))
            for secret in Self.secrets { #expect(!Self.contains(closed, secret)) }
        }
    }

    @Test func sealedContentIsNotInAPostgreSQLDump() async throws {
        guard Backend.available.contains(.postgres) else { return }
        try await withEmptyDatabase(.postgres) { location in
            guard case .postgres(let url) = location else { return }
            try await SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { store in
                try await store.migrate()
                _ = try await self.writeContent(store, Identifier(UUID(100)))
            }
            let dump = Process()
            dump.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            dump.arguments = ["pg_dump", "--data-only", url]
            let output = Pipe()
            dump.standardOutput = output
            try dump.run()
            let bytes = output.fileHandleForReading.readDataToEndOfFile()
            dump.waitUntilExit()
            #expect(dump.terminationStatus == 0 && Self.contains(bytes, Array("RO-S-1".utf8)), "pg_dump ran, and shows what is in clear")
            for secret in Self.secrets { #expect(!Self.contains(bytes, secret), "the dump holds content in clear") }
        }
    }

    /// Without the master key, or with another one, nothing opens; a value moved to another place does not open.
    @Test(arguments: Backend.available)
    func contentOpensOnlyWithItsKeyAndInItsPlace(_ backend: Backend) async throws {
        try await withEmptyDatabase(backend) { location in
            let id = Identifier<Case>(UUID(100))
            try await SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { store in
                try await store.migrate()
                _ = try await self.writeContent(store, id)
                // An attacker who can write the database swaps two events' sealed payloads.
                try await store.withDatabase { db in
                    try await db.raw("UPDATE case_events SET payload = (SELECT payload FROM case_events WHERE sequence = 2) WHERE sequence = 3").run()
                }
                await #expect(throws: StoreError.sealedContentDoesNotOpen) { try await store.transaction { try await $0.cases.load(id) } }
            }
            try await SQLStore.withStore(location, masterKey: nil, logger: testLogger) { store in
                await #expect(throws: StoreError.masterKeyMissing) { try await store.transaction { try await $0.cases.load(id) } }
            }
            try await SQLStore.withStore(location, masterKey: MasterKey.generate(), logger: testLogger) { store in
                await #expect(throws: StoreError.wrongMasterKey) { try await store.transaction { try await $0.cases.load(id) } }
            }
        }
    }

    /// `ro migrate` seals what earlier versions stored in clear, in one transaction; without the key it changes nothing.
    @Test(arguments: Backend.available)
    func theMigrationSealsContentStoredInClear(_ backend: Backend) async throws {
        let earlier = Array(Migration.all.prefix { $0.id != "0016_sealed_case_content" })
        try await withEmptyDatabase(backend) { location in
            let id = Identifier<Case>(UUID(100))
            let events = try Case.empty(id).decide(
                .recordVictimRequest(
                    reference: "RO-S-1",
                    requesterType: .registeredVictim,
                    channel: .phone,
                    region: "pacific",
                    requester: self.victim
                ),
                by: self.coordinator,
                at: TestClock.start
            )
            try await SQLStore.withStore(location, masterKey: nil, logger: testLogger) { store in
                try await store.migrate(earlier)
                try await store.withDatabase { db in
                    let value = Case.replay(id, events)
                    try await db.raw(
                        """
                        INSERT INTO cases (id, reference, stage, region, channel, opened_at, updated_at, version, opened_by)
                        VALUES (\(bind: id.rawValue), 'RO-S-1', \(bind: value.stage.rawValue), 'pacific', 'phone', \(bind: value.openedAt),
                                \(bind: value.updatedAt), 1, \(bind: self.coordinator.userID.rawValue))
                        """
                    ).run()
                    let clear = String(decoding: try JSONEncoder.sortedKeys.encode(events[0].change), as: UTF8.self)
                    try await db.raw(
                        """
                        INSERT INTO case_events (case_id, sequence, kind, actor_user_id, actor_role, occurred_at, payload)
                        VALUES (\(bind: id.rawValue), 1, \(bind: events[0].change.kind), \(bind: self.coordinator.userID.rawValue), 'coordinator',
                                \(bind: events[0].at), \(bind: clear))
                        """
                    ).run()
                }
                await #expect(throws: StoreError.masterKeyMissing) { try await store.migrate() }
                #expect(
                    try await store.pendingMigrations() == [
                        "0016_sealed_case_content", "0017_search_index", "0018_disposal", "0019_log_counts", "0020_audit_content_hash",
                        "0021_sign_in_attempts", "0022_token_refusals", "0023_access_ends", "0024_pending_account_changes", "0025_token_scopes",
                        "0026_second_factors", "0027_session_authentication", "0028_reminder_facts",
                        "0029_reference_counters",
                        "0030_search_by_person",
                    ],
                    "nothing was changed"
                )
            }
            try await SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { store in
                #expect(
                    try await store.migrate() == [
                        "0016_sealed_case_content", "0017_search_index", "0018_disposal", "0019_log_counts", "0020_audit_content_hash",
                        "0021_sign_in_attempts", "0022_token_refusals", "0023_access_ends", "0024_pending_account_changes", "0025_token_scopes",
                        "0026_second_factors", "0027_session_authentication", "0028_reminder_facts",
                        "0029_reference_counters",
                        "0030_search_by_person",
                    ]
                )
                let payload = try await store.withDatabase { db in
                    try await db.raw("SELECT payload FROM case_events").first()!.decode(column: "payload", as: String.self)
                }
                #expect(payload.hasPrefix("s1.") && !payload.contains("RO-S-1"))
                #expect(try await store.transaction { try await $0.cases.load(id) } == Case.replay(id, events))
                // Issue 16: the reminder facts of a case from before them are worked out by the migration.
                #expect(try await store.transaction { try await $0.cases.reminderFacts(of: [id]) } == [id: Case.replay(id, events).reminderFacts])
            }
        }
    }

    /// `ro keys rotate` as the store sees it: every data key re-wrapped, no content touched; after it the old key opens
    /// nothing, and a store still holding the old key reads its key file again and goes on (a running server).
    @Test(arguments: Backend.available)
    func aRotationReWrapsEveryKeyAndARunningStoreFollowsItsKeyFile(_ backend: Backend) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ro-keys-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keyFile = folder + "/master.key"
        let old = MasterKey.generate()
        let new = MasterKey.generate()
        try old.write(to: keyFile)
        try await withEmptyDatabase(backend) { location in
            let first = Identifier<Case>(UUID(100))
            try await SQLStore.withStore(location, masterKey: old, keyFile: keyFile, logger: testLogger) { running in
                try await running.migrate()
                let written = try await self.writeContent(running, first)
                let payloadBefore = try await running.withDatabase { try await $0.raw("SELECT payload FROM case_events").all().count }

                #expect(try await running.rotateMasterKey(from: old, to: new) == 1)
                #expect(try await running.rotateMasterKey(from: old, to: new) == 0, "run again, it has nothing left to do")
                try FileManager.default.removeItem(atPath: keyFile)
                try new.write(to: keyFile)

                #expect(try await running.transaction { try await $0.cases.load(first) } == written, "the running store follows")
                let second = Identifier<Case>(UUID(200))
                let events = try Case.empty(second).decide(
                    .recordVictimRequest(
                        reference: "RO-S-2",
                        requesterType: .registeredVictim,
                        channel: .mail,
                        region: "pacific",
                        requester: self.victim
                    ),
                    by: self.coordinator,
                    at: TestClock.start
                )
                _ = try await running.transaction { try await $0.cases.create(second, events: events) }
                #expect(try await running.withDatabase { try await $0.raw("SELECT payload FROM case_events").all().count } == payloadBefore + 1)
            }
            try await SQLStore.withStore(location, masterKey: old, logger: testLogger) { store in
                await #expect(throws: StoreError.wrongMasterKey) { try await store.transaction { try await $0.cases.load(first) } }
            }
            let (second, counts) = try await SQLStore.withStore(location, masterKey: new, logger: testLogger) { store in
                (try await store.transaction { try await $0.cases.load(Identifier(UUID(200))) }, try await store.caseKeyCounts())
            }
            #expect(second.reference == "RO-S-2")
            #expect(counts == [new.id: 2], "the case made after the rotation is under the new key")
        }
    }
}
