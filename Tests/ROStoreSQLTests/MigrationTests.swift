import Foundation
import ROCore
import ROStore
import ROTestSupport
import Testing

@testable import ROStoreSQL

@Suite struct MigrationTests {
    @Test(arguments: Backend.available)
    func migratesAnEmptyDatabaseOnce(_ backend: Backend) async throws {
        try await withEmptyDatabase(backend) { location in
            try await SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { store in
                #expect(await store.readiness() == .migrationsPending)

                let first = try await store.migrate()
                let second = try await store.migrate()

                #expect(first == Migration.all.map(\.id))
                #expect(second.isEmpty)
                #expect(try await store.pendingMigrations().isEmpty)
                #expect(await store.readiness() == .ready)
            }
        }
    }

    /// Two instances starting at once: the advisory lock (PostgreSQL) or the single writer (SQLite)
    /// makes one wait, and each migration runs exactly once.
    @Test(arguments: Backend.available)
    func twoInstancesMigratingAtOnceApplyEachMigrationOnce(_ backend: Backend) async throws {
        try await withEmptyDatabase(backend) { location in
            async let first = SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { try await $0.migrate() }
            async let second = SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { try await $0.migrate() }
            let applied = try await [first, second]

            #expect(applied.flatMap { $0 }.sorted() == Migration.all.map(\.id).sorted())
        }
    }

    @Test(arguments: Backend.available)
    func refusesADatabaseWrittenByANewerProgram(_ backend: Backend) async throws {
        try await withEmptyDatabase(backend) { location in
            try await SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { store in
                try await store.migrate()
                let newer = Migration.all + [Migration(id: "9999_from_the_future") { _, _, _ in }]
                try await store.migrate(newer)

                await #expect(throws: StoreError.databaseNewerThanProgram(unknownMigrations: ["9999_from_the_future"])) {
                    try await store.migrate()
                }
                #expect(await store.readiness() == .migrationsPending)
            }
        }
    }
}

/// `make test` sets RO_REQUIRE_POSTGRES: then the PostgreSQL half must really run, not be skipped.
@Suite struct RequiredBackendTests {
    @Test func theRequiredPostgreSQLServerAnswers() async throws {
        guard ProcessInfo.processInfo.environment["RO_REQUIRE_POSTGRES"] != nil else { return }

        #expect(Backend.available.contains(.postgres))
        try await withMigratedStore(.postgres) { store in
            #expect(store.dialect == .postgres)
            #expect(await store.readiness() == .ready)
        }
    }
}
