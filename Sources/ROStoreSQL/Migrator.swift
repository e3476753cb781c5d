import Foundation
import SQLKit

/// Applies pending migrations, each recorded in `schema_migrations`, all in one transaction.
enum Migrator {
    /// An arbitrary constant: the key of the PostgreSQL advisory lock that makes two instances starting
    /// at once apply the migrations one after the other.
    static let advisoryLockKey = 7_243_785

    /// Runs inside an open transaction on `db`. Returns the ids applied now.
    static func migrate(_ db: any SQLDatabase, dialect: SQLDialectKind, masterKeys: MasterKeySource, migrations: [Migration]) async throws -> [String]
    {
        if dialect == .postgres {
            try await db.raw("SELECT pg_advisory_xact_lock(\(bind: advisoryLockKey))").run()
        }
        let time: SQLQueryString = dialect == .postgres ? "TIMESTAMPTZ" : "REAL"
        try await db.raw("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at \(time) NOT NULL)").run()
        let applied = try await appliedIDs(db)
        try refuseUnknown(applied, known: migrations)

        var appliedNow: [String] = []
        for migration in migrations where !applied.contains(migration.id) {
            try await migration.apply(db, ColumnTypes(dialect), masterKeys)
            try await db.raw("INSERT INTO schema_migrations (id, applied_at) VALUES (\(bind: migration.id), \(bind: Date()))").run()
            appliedNow.append(migration.id)
        }
        return appliedNow
    }

    /// The ids not yet applied; throws when the database is newer than this program.
    static func pending(_ db: any SQLDatabase, migrations: [Migration]) async throws -> [String] {
        let applied = try await appliedIDs(db)
        try refuseUnknown(applied, known: migrations)
        return migrations.map(\.id).filter { !applied.contains($0) }
    }

    private static func appliedIDs(_ db: any SQLDatabase) async throws -> Set<String> {
        let rows = try await db.raw("SELECT id FROM schema_migrations").all()
        return Set(try rows.map { try $0.decode(column: "id", as: String.self) })
    }

    private static func refuseUnknown(_ applied: Set<String>, known: [Migration]) throws {
        let unknown = applied.subtracting(known.map(\.id)).sorted()
        guard unknown.isEmpty else { throw StoreError.databaseNewerThanProgram(unknownMigrations: unknown) }
    }
}
