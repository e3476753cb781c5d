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
        subcommands: [Serve.self, Migrate.self, Users.self, Sites.self, Tokens.self, Audit.self],
        defaultSubcommand: Serve.self
    )
}

/// Where the database is; shared by every subcommand.
struct DatabaseFlags: ParsableArguments {
    @Option(help: "Folder of the embedded SQLite database (env RO_DATA_DIR; default ./ro-data).")
    var dataDir: String?

    @Option(help: "PostgreSQL URL, for several instances on one database (env DATABASE_URL).")
    var databaseURL: String?
}

/// Runs `body` with a migrated store and an environment, after checking every setting.
func withEnvironment<T: Sendable>(
    _ database: DatabaseFlags,
    serve: ServeFlags? = nil,
    logLevel: Logger.Level? = nil,
    migrate: Bool = true,
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
    let passwords = PasswordHasher(cost: UInt8(settings.passwordHashCost))
    do {
        return try await SQLStore.withStore(settings.location, logger: logger) { store in
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
