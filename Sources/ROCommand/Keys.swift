import ArgumentParser
import Foundation
import ROStoreSQL

/// The master key that wraps every case's data key (§7.2).
struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make and check the master key that seals case content.",
        subcommands: [Init.self, Status.self, Rotate.self]
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
            // Issue 15, item 7: the key that signs the audit chain's checkpoints lives beside it.
            let auditKeyFile = self.keyFile + ".audit"
            do {
                let signing = try AuditSigningKey.readOrCreate(at: auditKeyFile)
                print("Audit signing key in \(auditKeyFile); its public key, to check checkpoints elsewhere: \(signing.publicKey.text)")
            } catch {
                throw CommandFailure.failure(error.description)
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say which master key the database's cases are sealed with.")

        @OptionGroup var database: DatabaseFlags

        func run() async throws {
            try await withEnvironment(self.database, logLevel: .warning, migrate: false, existing: true) { settings, _, store in
                let given = try? settings.masterKey()
                let counts = try await store.caseKeyCounts()
                print("Master key given: \(given.map { "\($0.id)" } ?? "none")")
                print("Cases sealed: \(counts.values.reduce(0, +))")
                if let file = settings.auditKeyFile, let signing = try? AuditSigningKey.read(from: file) {
                    print("Audit public key (for ro audit verify --public-key): \(signing.publicKey.text)")
                }
                for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
                    print("  under master key \(id): \(count)\(id == given?.id ? " (the key given)" : "")")
                }
                if let given, counts.keys.contains(where: { $0 != given.id }) {
                    throw CommandFailure.failure("Some cases are sealed under another master key than the one given.")
                }
            }
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the master key: every case's key is re-wrapped under a new one, with no content re-sealed.",
            discussion: """
                Runs while servers run. The new key replaces the one in --key-file; the old one is kept beside it as \
                <key file>.retired-<id>: it opens nothing in the database now, only backups made before. Servers given \
                the key file read it again on their own; a server given RO_MASTER_KEY needs the new key and a restart.
                """
        )

        @OptionGroup var database: DatabaseFlags

        func run() async throws {
            try await withEnvironment(self.database, logLevel: .warning, migrate: false, existing: true) { settings, _, store in
                guard let path = settings.keyFile, let old = try? MasterKey.read(from: path) else {
                    throw CommandFailure.failure("Give the key file in use with --key-file or RO_KEY_FILE: rotation replaces that file.")
                }
                let new = MasterKey.generate()
                let staged = path + ".new"
                let retired = path + ".retired-\(old.id)"
                do {
                    try new.write(to: staged)
                } catch {
                    throw CommandFailure.failure("\(error) Remove it if a rotation was cut short, then run this again.")
                }
                let count = try await store.rotateMasterKey(from: old, to: new)
                // The database now answers to the new key only: the key file follows at once.
                guard rename(path, retired) == 0, rename(staged, path) == 0 else {
                    throw CommandFailure.failure("The cases are under master key \(new.id), in \(staged): move it to \(path) now.")
                }
                print("Master key \(new.id) now seals every case (\(count) keys re-wrapped) and is in \(path).")
                print("The old key \(old.id) is in \(retired): it opens only backups made before now. Keep it with them, or destroy it.")
            }
        }
    }
}
