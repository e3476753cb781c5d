import Foundation
import Logging
import NIOSSL
import PostgresKit
import ROCore
import ROStore
import SQLKit
import SQLiteKit

/// The one `Store`: the same SQL on SQLite (embedded default) and PostgreSQL (several instances).
///
/// Open it with `SQLStore.withStore`, which closes what it opened when the body returns.
public final class SQLStore: Store {
    enum Engine: Sendable {
        /// SQLite's single writer (one transaction at a time, committed in groups); and readers beside it for work
        /// that only reads, which in WAL mode see the last commit and neither wait for the writer nor block it.
        case sqlite(SQLiteWriter, readers: SQLiteReaders)
        case postgres(PostgresClient)
    }

    let engine: Engine
    public let dialect: SQLDialectKind
    let logger: Logger
    /// Wraps each case's data key; without one, no case content can be read or written.
    let masterKeys: MasterKeySource

    private init(engine: Engine, dialect: SQLDialectKind, masterKeys: MasterKeySource, logger: Logger) {
        self.engine = engine
        self.dialect = dialect
        self.masterKeys = masterKeys
        self.logger = logger
    }

    /// Opens the database at `location`, runs `body`, and closes the database again, also on error.
    /// Nothing is migrated here: call `migrate()` (what `ro migrate` and `ro serve` do).
    /// `keyFile`: where `masterKey` came from, read again after a rotation. `pageCacheKibibytes`: SQLite's page cache
    /// per connection (a bulk load, such as `ro-bench-seed`'s, gives it more).
    public static func withStore<T: Sendable>(
        _ location: DatabaseLocation,
        masterKey: MasterKey?,
        keyFile: String? = nil,
        pageCacheKibibytes: Int = SQLStore.pageCacheKibibytes,
        logger: Logger,
        _ body: @Sendable (SQLStore) async throws -> T
    ) async throws -> T {
        let masterKeys = MasterKeySource(masterKey, file: keyFile)
        switch location {
        case .sqlite(let path):
            let connection = try await openSQLite(path: path, pageCacheKibibytes: pageCacheKibibytes, logger: logger)
            var readers: [SQLiteConnection] = []
            do {
                for _ in 0..<Self.readerCount {
                    readers.append(try await openSQLite(path: path, pageCacheKibibytes: pageCacheKibibytes, logger: logger, readOnly: true))
                }
            } catch {
                for reader in readers { try? await reader.close() }
                try? await connection.close()
                throw error
            }
            let store = SQLStore(
                engine: .sqlite(SQLiteWriter(connection), readers: SQLiteReaders(readers)),
                dialect: .sqlite,
                masterKeys: masterKeys,
                logger: logger
            )
            do {
                let value = try await body(store)
                for reader in readers { try await reader.close() }
                try await connection.close()
                return value
            } catch {
                for reader in readers { try? await reader.close() }
                try? await connection.close()
                throw error
            }
        case .postgres(let url):
            let server = try PostgresServer(url: url)
            try await server.checkReachable(logger: logger)
            let client = PostgresClient(configuration: server.clientConfiguration, backgroundLogger: logger)
            let store = SQLStore(engine: .postgres(client), dialect: .postgres, masterKeys: masterKeys, logger: logger)
            // The client leases no connection until `run()` is running; cancelling it closes the pool. The body waits
            // until the run has begun: a query asked for before it would wait all the same, but the client warns.
            let running = AsyncStream<Void>.makeStream()
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    running.continuation.yield()
                    await client.run()
                }
                defer { group.cancelAll() }
                for await _ in running.stream { break }
                return try await body(store)
            }
        }
    }

    /// The SQLite page cache of each connection, in KiB: 32 MiB.
    public static let pageCacheKibibytes = 32 * 1024

    /// Reading connections beside SQLite's writer: one a core, at least two, so that pages that only read (a case
    /// file, a list) run side by side while the writer saves (issue 16, item 2).
    static let readerCount = max(2, ProcessInfo.processInfo.activeProcessorCount)

    private static func openSQLite(path: String, pageCacheKibibytes: Int, logger: Logger, readOnly: Bool = false) async throws -> SQLiteConnection {
        // Issue 15, item 10: a folder RO makes is its owner's alone (0700), and so are the database and its WAL
        // files (0600; SQLite gives the WAL files the database file's mode). A folder given that exists is left as is.
        if let folder = FileFolders.parent(of: path), !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        // O_EXCL: of two instances starting at once, one creates the file and the other opens it.
        let created = createOwnerOnlyFile(path, "")
        guard created == 0 || created == EEXIST else { throw StoreError.cannotOpen("SQLite: cannot create \(path) (error \(created))") }
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        do {
            let db = connection.sql(queryLogLevel: nil)
            // Two instances opening a new file at once: one waiting on a busy timeout to switch to WAL holds a
            // shared lock that the other's first commit (still in rollback mode) waits on, and both wait it
            // out. So the switch does not wait: it lets go, and tries again every 50 ms for up to 10 seconds.
            try await db.raw("PRAGMA busy_timeout = 0").run()  // every wait happens in Swift, on no shared thread (`beginImmediate`)
            for attempt in 1... {
                do {
                    let mode = try await db.raw("PRAGMA journal_mode = WAL").first()?.decode(column: "journal_mode", as: String.self)
                    if mode?.lowercased() == "wal" { break }
                    guard attempt < 200 else { throw StoreError.cannotOpen("SQLite: the database stays in \(mode ?? "an unknown") journal mode") }
                } catch let error as SQLiteError where error.reason == .busy && attempt < 200 {}
                try await Task.sleep(for: .milliseconds(50))
            }
            // A commit is on disk before it returns (the log is synced at each commit); group commit
            // (`SQLiteWriter`) lets one sync serve the transactions that queued up meanwhile.
            try await db.raw("PRAGMA synchronous = FULL").run()
            try await db.raw("PRAGMA foreign_keys = ON").run()
            // SQLite's default page cache is 2 MB: at national scale (10 million audit entries) the audit log's
            // index by target no longer fits, and each append re-reads and spills pages (issue 16, `make bench-scale`).
            try await db.raw("PRAGMA cache_size = -\(unsafeRaw: String(pageCacheKibibytes))").run()
            // A statement that writes many rows keeps its undo journal in memory rather than in a temporary file.
            try await db.raw("PRAGMA temp_store = MEMORY").run()
            if readOnly { try await db.raw("PRAGMA query_only = ON").run() }
            return connection
        } catch {
            try? await connection.close()
            throw StoreError.cannotOpen("SQLite: \(error)")
        }
    }

    public func transaction<T: Sendable>(_ work: @Sendable (any StoreTransaction) async throws -> T) async throws -> T {
        let masterKeys = self.masterKeys
        return try await self.withDatabase { db in try await work(SQLTransaction(db: db, masterKeys: masterKeys)) }
    }

    public func read<T: Sendable>(_ work: @Sendable (any StoreTransaction) async throws -> T) async throws -> T {
        let masterKeys = self.masterKeys
        return try await self.withDatabase(readOnly: true) { db in try await work(SQLTransaction(db: db, masterKeys: masterKeys)) }
    }

    /// Runs `body` on one connection inside a transaction: committed when it returns, rolled back when it throws.
    /// `readOnly`: on SQLite's reading connection (see `read`). `writerWait`: how long SQLite waits for another
    /// connection's write transaction to end.
    func withDatabase<T: Sendable>(
        readOnly: Bool = false,
        writerWait: Duration = .seconds(30),
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { StoreMetrics.record(StoreMetrics.transaction, since: started) }
        switch self.engine {
        case .sqlite(_, let readers) where readOnly:
            // A deferred transaction that only reads takes no write lock: its snapshot is the last commit.
            return try await readers.withReader { reader in try await Self.reading(on: reader, body) }
        case .sqlite(let writer, _):
            return try await writer.transaction(waitingAtMost: writerWait, body)
        case .postgres(let client):
            return try await Self.inTransaction(on: client, readOnly: readOnly, logger: self.logger, body)
        }
    }

    /// A transaction that only reads, on a reading connection the caller holds alone.
    private static func reading<T: Sendable>(on connection: SQLiteConnection, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    {
        let db = connection.sql(queryLogLevel: nil)
        try await db.raw("BEGIN").run()
        do {
            let value = try await body(db)
            try await db.raw("COMMIT").run()
            return value
        } catch {
            try? await db.raw("ROLLBACK").run()
            throw error
        }
    }

    private static func inTransaction<T: Sendable>(
        on client: PostgresClient,
        readOnly: Bool,
        logger: Logger,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                let db = connection.sql(queryLogLevel: nil)
                if readOnly { try await db.raw("SET TRANSACTION READ ONLY").run() }
                return try await body(db)
            }
        } catch let error as PostgresTransactionError {
            // Callers expect the error their work threw (a refusal, a conflict), not the wrapper.
            if let closureError = error.closureError, error.rollbackError == nil { throw closureError }
            throw error
        }
    }

    /// Applies every pending migration; safe when several instances start at once. Returns the ids applied.
    @discardableResult
    public func migrate(_ migrations: [Migration] = Migration.all) async throws -> [String] {
        let dialect = self.dialect
        let masterKeys = self.masterKeys
        // An instance starting while another migrates waits for it as long as that takes: on a loaded machine
        // (a test run, a slow disk) the other's migrations can hold the writer for longer than a request would wait.
        return try await self.withDatabase(writerWait: .seconds(600)) { db in
            try await Migrator.migrate(db, dialect: dialect, masterKeys: masterKeys, migrations: migrations)
        }
    }

    /// Re-wraps every case's data key under `new`, in one transaction, without touching any content: after it, `old`
    /// opens nothing. Keys already under `new` are left as they are, so a rotation cut short can be run again.
    /// Second factors' secrets are re-wrapped in the same transaction. Returns how many keys were re-wrapped.
    public func rotateMasterKey(from old: MasterKey, to new: MasterKey) async throws -> Int {
        try await self.withDatabase { db in
            // First the row that names the key in use: on PostgreSQL a case key being made holds it shared, so this waits
            // for that case, and the key it made is among those re-wrapped below; none is made under `old` after.
            try await CasePayloadCodec.name(new, in: db)
            if let stored = try await db.raw("SELECT meta_value FROM instance_meta WHERE meta_key = 'search_index_key'").first()?
                .decode(column: "meta_value", as: String.self), stored.hasPrefix("\(old.id):")
            {
                let key = try SearchIndex.unwrap(String(stored.dropFirst(old.id.count + 1)), with: old)
                try await db.raw(
                    "UPDATE instance_meta SET meta_value = \(bind: try SearchIndex.wrap(key, with: new)) WHERE meta_key = 'search_index_key'"
                ).run()
            }
            let rows = try await db.raw("SELECT case_id, wrapped_key, master_key_id FROM case_keys ORDER BY case_id").all()
            var rewrapped = 0
            for row in rows {
                let wrappedBy = try row.decode(column: "master_key_id", as: String.self)
                if wrappedBy == new.id { continue }
                guard wrappedBy == old.id else { throw StoreError.wrongMasterKey }
                let id = Identifier<Case>(try row.decode(column: "case_id", as: UUID.self))
                let key = try CasePayloadCodec.unwrap(try row.decode(column: "wrapped_key", as: String.self), of: id, with: old)
                try await db.raw(
                    """
                    UPDATE case_keys SET wrapped_key = \(bind: try CasePayloadCodec.wrap(key, of: id, with: new)), master_key_id = \(bind: new.id)
                    WHERE case_id = \(bind: id.rawValue)
                    """
                ).run()
                rewrapped += 1
            }
            return rewrapped + (try await SQLSecondFactorStore.rotate(in: db, from: old, to: new))
        }
    }

    /// How many cases' data keys each master key wraps, by master key id (for `ro keys status`).
    public func caseKeyCounts() async throws -> [String: Int] {
        try await self.withDatabase { db in
            guard try await Self.tableExists("case_keys", in: db, dialect: self.dialect) else { return [:] }
            let rows = try await db.raw("SELECT master_key_id, COUNT(*) AS count FROM case_keys GROUP BY master_key_id").all()
            return Dictionary(
                uniqueKeysWithValues: try rows.map {
                    (try $0.decode(column: "master_key_id", as: String.self), try $0.decode(column: "count", as: Int.self))
                }
            )
        }
    }

    /// The migrations not yet applied. Throws `databaseNewerThanProgram` for a newer database.
    public func pendingMigrations(_ migrations: [Migration] = Migration.all) async throws -> [String] {
        let dialect = self.dialect
        return try await self.withDatabase { db in
            let exists = try await Self.tableExists("schema_migrations", in: db, dialect: dialect)
            return exists ? try await Migrator.pending(db, migrations: migrations) : migrations.map(\.id)
        }
    }

    public func readiness() async -> Readiness {
        do {
            return try await self.pendingMigrations().isEmpty ? .ready : .migrationsPending
        } catch StoreError.databaseNewerThanProgram {
            return .migrationsPending
        } catch {
            return .databaseUnreachable
        }
    }

    static func tableExists(_ name: String, in db: any SQLDatabase, dialect: SQLDialectKind) async throws -> Bool {
        let query: SQLQueryString =
            switch dialect {
            case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = \(bind: name)"
            case .postgres: "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename = \(bind: name)"
            }
        return try await db.raw(query).first() != nil
    }
}

/// One open transaction: every sub-store works on the same connection.
struct SQLTransaction: StoreTransaction {
    let db: any SQLDatabase
    let masterKeys: MasterKeySource
    var codec: CasePayloadCodec { CasePayloadCodec(db: self.db, masterKeys: self.masterKeys) }

    var users: any UserStore { SQLUserStore(db: self.db) }
    var sessions: any SessionStore { SQLSessionStore(db: self.db) }
    var tokens: any TokenStore { SQLTokenStore(db: self.db) }
    var signInFailures: any SignInFailureStore { SQLSignInFailureStore(db: self.db) }
    var secondFactors: any SecondFactorStore { SQLSecondFactorStore(db: self.db, masterKeys: self.masterKeys) }
    var pendingSignIns: any PendingSignInStore { SQLPendingSignInStore(db: self.db) }
    var audit: any AuditLog { SQLAuditLog(db: self.db) }
    var instance: any InstanceStore { SQLInstanceStore(db: self.db) }
    var cases: any CaseStore { SQLCaseStore(db: self.db, codec: self.codec) }
    var directRequests: any DirectRequestStore { SQLDirectRequestStore(db: self.db) }
    var informationLog: any InformationLogStore { SQLInformationLogStore(db: self.db) }
    var programSettings: any ProgramSettingsStore { SQLProgramSettingsStore(db: self.db) }
    var labels: any LabelStore { SQLLabelStore(db: self.db) }
    var investigations: any InvestigationStore { SQLInvestigationStore(db: self.db) }
    var researchExtracts: any ResearchExtractStore { SQLResearchExtractStore(db: self.db) }
    var sites: any SiteStore { SQLSiteStore(db: self.db) }
    var media: any MediaStore { SQLMediaStore(db: self.db, codec: self.codec) }
    var disposals: any DisposalStore { SQLDisposalStore(db: self.db) }
}
