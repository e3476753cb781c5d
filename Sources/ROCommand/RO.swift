import ArgumentParser
import Foundation
import Logging
import ROCore
import ROServices
import ROStoreSQL

@main
struct RO: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "ro",
        abstract: "Restorative Opportunities: the case system for victim–offender mediation.",
        version: version,
        subcommands: [Serve.self, Migrate.self, Users.self, Sites.self, Tokens.self, Audit.self, Keys.self],
        defaultSubcommand: Serve.self
    )
}

/// Where the database is; shared by every subcommand.
struct DatabaseFlags: ParsableArguments {
    @Option(help: "Folder of the embedded SQLite database (env RO_DATA_DIR; default ./ro-data).")
    var dataDir: String?

    @Option(help: "PostgreSQL URL, for several instances on one database (env DATABASE_URL).")
    var databaseURL: String?

    @Option(help: "The master key file that `ro keys init` made; keep it apart from the database and its backups (env RO_KEY_FILE).")
    var keyFile: String?

    @Option(
        help:
            "The key that signs the audit chain's checkpoints; made if missing (env RO_AUDIT_KEY_FILE; default: the master key file's path + .audit)."
    )
    var auditKeyFile: String?

    /// Issue 15, item 7: every command that opens a database can open the demo's, beside the real one.
    @Flag(help: "Use the demonstration database and key that `ro serve --demo` keeps in the data folder.")
    var demo = false
}

/// Runs `body` with a migrated store and an environment, after checking every setting. `existing`: the command
/// only reads or changes a database that must be there already; a folder without one is refused, and nothing
/// is created in it.
func withEnvironment<T: Sendable>(
    _ database: DatabaseFlags,
    serve: ServeFlags? = nil,
    logLevel: Logger.Level? = nil,
    migrate: Bool = true,
    existing: Bool = false,
    _ body: @Sendable (Settings, AppEnvironment, SQLStore) async throws -> T
) async throws -> T {
    let settings: Settings
    do {
        settings = try Settings(database: database, serve: serve, environment: ProcessInfo.processInfo.environment)
    } catch {
        throw ValidationError(error.description)
    }
    let logger = {
        var logger = Logger(label: "ro")
        logger.logLevel = logLevel ?? Logger.Level(rawValue: settings.logLevel) ?? .info
        return logger
    }()
    if existing, case .sqlite(let path) = settings.location, !FileManager.default.fileExists(atPath: path) {
        throw CommandFailure.failure("There is no RO database at \(path); nothing was created. (ro serve or ro migrate makes one.)")
    }
    let passwords = PasswordHasher(cost: UInt8(settings.passwordHashCost))
    let masterKey: MasterKey?
    do {
        masterKey = try settings.masterKey()
    } catch {
        throw CommandFailure.failure(error.description)
    }
    if serve != nil, masterKey == nil {
        throw CommandFailure.failure(
            """
            RO seals every case's content with its own key, and those keys with a master key that is not kept in the \
            database. Make one with `ro keys init --key-file PATH`, keep it apart from the database and its backups, and \
            give it with --key-file PATH or RO_KEY_FILE. (ro serve --demo makes its own.)
            """
        )
    }
    do {
        return try await SQLStore.withStore(settings.location, masterKey: masterKey, keyFile: settings.activeKeyFile, logger: logger) { store in
            if migrate { try await store.migrate() }
            let env = AppEnvironment(
                store: store,
                passwords: passwords,
                logger: logger,
                mediaByteLimit: settings.mediaByteLimit,
                statisticsMinimumCell: settings.statisticsMinimumCell
            )
            return try await body(settings, env, store)
        }
    } catch let error as StoreError {
        throw CommandFailure.failure(error.explanation)
    }
}

extension StoreError {
    var explanation: String {
        switch self {
        case .databaseNewerThanProgram(let unknown):
            "This database was written by a newer version of ro (it has migrations \(unknown.joined(separator: ", "))). Upgrade ro; nothing was changed."
        case .invalidDatabaseURL(let reason): "The database URL is not valid: \(reason)."
        case .cannotOpen(let reason): "The database could not be opened: \(reason)."
        case .masterKeyMissing:
            "This database holds case content, sealed or to be sealed, and no master key was given: give it with --key-file or RO_KEY_FILE (a database from before sealing: make one with `ro keys init --key-file PATH`, then run `ro migrate` with it). Nothing was changed."
        case .wrongMasterKey: "The master key given is not the one that sealed this database's cases. Nothing was changed."
        case .caseKeyMissing: "A case's key is missing: the case was disposed of, or the database was altered."
        case .contentNotSealed, .sealedContentDoesNotOpen: "Some case content does not open with its key: the database was altered."
        }
    }
}

/// Ends the command with a message on standard error and a non-zero status.
enum CommandFailure: Error, CustomStringConvertible {
    case failure(String)
    var description: String {
        switch self {
        case .failure(let message): message
        }
    }
}
