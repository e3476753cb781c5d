import ArgumentParser
import Foundation
import ROStoreSQL

/// The master key that wraps every case's data key (§7.2).
struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make and check the master key that seals case content.",
        subcommands: [Init.self, Status.self]
    )

    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new master key file, readable by its owner only. Keep it apart from the database and its backups."
        )

        @Option(help: "Where to write it; an existing file is never replaced.")
        var keyFile: String

        func run() async throws {
            let key = MasterKey.generate()
            do {
                try key.write(to: self.keyFile)
            } catch {
                throw CommandFailure.failure(error.description)
            }
            print("Master key \(key.id) written to \(self.keyFile) (readable by its owner only).")
            print("Give it to ro with --key-file \(self.keyFile) or RO_KEY_FILE. Without it no case can be read.")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say which master key the database's cases are sealed with.")

        @OptionGroup var database: DatabaseFlags

        func run() async throws {
            try await withEnvironment(self.database, logLevel: .warning, migrate: false) { settings, _, store in
                let given = try? settings.masterKey()
                let counts = try await store.caseKeyCounts()
                print("Master key given: \(given.map { "\($0.id)" } ?? "none")")
                print("Cases sealed: \(counts.values.reduce(0, +))")
                for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
                    print("  under master key \(id): \(count)\(id == given?.id ? " (the key given)" : "")")
                }
                if let given, counts.keys.contains(where: { $0 != given.id }) {
                    throw CommandFailure.failure("Some cases are sealed under another master key than the one given.")
                }
            }
        }
    }
}
