import Foundation
import Logging
import PostgresKit
import ROStoreSQL

/// The databases a store test runs on. `make test` sets `RO_REQUIRE_POSTGRES=1`, so there a missing
/// `DATABASE_URL` fails the PostgreSQL half instead of skipping it.
public enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    public static var available: [Backend] {
        let env = ProcessInfo.processInfo.environment
        return env["DATABASE_URL"] != nil || env["RO_REQUIRE_POSTGRES"] != nil ? allCases : [.sqlite]
    }

    public var description: String { self.rawValue }
}

public enum TestSupportError: Error, CustomStringConvertible {
    case postgresRequired

    public var description: String {
        "DATABASE_URL is not set: the PostgreSQL tests need a server (make test starts one)"
    }
}

/// A quiet logger for tests: warnings and errors only.
public let testLogger: Logger = {
    var logger = Logger(label: "ro-test")
    logger.logLevel = .warning
    return logger
}()

/// The tests' master key: made at random for each run, so every test reads and writes sealed case content.
public let testMasterKey = MasterKey.generate()

/// Runs `body` with a freshly migrated store of its own, then closes and deletes the database.
public func withMigratedStore<T: Sendable>(_ backend: Backend, _ body: @Sendable (SQLStore) async throws -> T) async throws -> T {
    try await withMigratedStore(backend) { store, _ in try await body(store) }
}

/// The same, with where the database is.
public func withMigratedStore<T: Sendable>(
    _ backend: Backend,
    _ body: @Sendable (SQLStore, DatabaseLocation) async throws -> T
) async throws -> T {
    try await withEmptyDatabase(backend) { location in
        try await SQLStore.withStore(location, masterKey: testMasterKey, logger: testLogger) { store in
            try await store.migrate()
            return try await body(store, location)
        }
    }
}

/// Runs `body` with the location of a new, empty database of its own, dropped afterwards.
public func withEmptyDatabase<T: Sendable>(_ backend: Backend, _ body: @Sendable (DatabaseLocation) async throws -> T) async throws -> T {
    switch backend {
    case .sqlite:
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ro-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(.sqlite(path: directory.appendingPathComponent("ro.sqlite").path))
    case .postgres:
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"] else { throw TestSupportError.postgresRequired }
        let name = "ro_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await administer(url, "CREATE DATABASE \(name)")
        do {
            let value = try await body(.postgres(url: replacingDatabase(in: url, with: name)))
            try await administer(url, "DROP DATABASE \(name) WITH (FORCE)")
            return value
        } catch {
            try? await administer(url, "DROP DATABASE \(name) WITH (FORCE)")
            throw error
        }
    }
}

/// Runs one statement outside any transaction (CREATE DATABASE cannot run inside one).
private func administer(_ url: String, _ statement: String) async throws {
    let configuration = try SQLPostgresConfiguration(url: url)
    let connection = try await PostgresConnection.connect(configuration: configuration.coreConfiguration, id: 1, logger: testLogger)
    do {
        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: testLogger)
        try await connection.close()
    } catch {
        try? await connection.close()
        throw error
    }
}

func replacingDatabase(in url: String, with name: String) -> String {
    var components = URLComponents(string: url)!
    components.path = "/" + name
    return components.string!
}
