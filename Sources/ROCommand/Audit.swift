import ArgumentParser
import Foundation
import ROCore
import ROServices
import ROStoreSQL

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the hash chain; exit 1 at the first broken entry.",
            discussion: """
                With --checkpoints, the chain is also held to a copy of the checkpoint file the server signs (kept \
                somewhere the database's writers cannot reach): a cut tail or a chain rewritten with new hashes is \
                caught. The signatures are checked with the audit signing key, or with --public-key where it is not.
                """
        )
        @OptionGroup var database: DatabaseFlags

        @Option(help: "A copy of the server's checkpoint file.")
        var checkpoints: String?

        @Option(help: "The audit public key (base64, as `ro keys status` prints it), when the signing key is not on this machine.")
        var publicKey: String?

        func run() async throws {
            try await withEnvironment(self.database, logLevel: .warning, migrate: false, existing: true) { settings, env, _ in
                let anchors = try self.readCheckpoints(settings)
                switch try await AuditService(env: env).verify(against: anchors, by: .system) {
                case .intact(let entries):
                    print("Audit log intact: \(entries) entries verified.")
                    if let path = self.checkpoints {
                        print("It holds every one of the \(anchors.count) signed checkpoints in \(path).")
                    } else {
                        print("Give --checkpoints FILE (a copy of \(settings.checkpointFile) kept elsewhere) to also catch a cut tail.")
                    }
                case .broken(let position, let reason):
                    throw CommandFailure.failure(
                        "Audit log BROKEN at entry \(position) (\(reason.rawValue)). Entries from there on cannot be trusted."
                    )
                }
            }
        }

        private func readCheckpoints(_ settings: Settings) throws -> [AuditCheckpoint] {
            guard let path = self.checkpoints else { return [] }
            let key: AuditPublicKey
            if let text = self.publicKey {
                guard let given = AuditPublicKey(text: text) else { throw ValidationError("--public-key is not an audit public key.") }
                key = given
            } else {
                guard let file = settings.auditKeyFile, let signing = try? AuditSigningKey.read(from: file) else {
                    throw CommandFailure.failure("No audit signing key here to check the checkpoints with: give --public-key.")
                }
                key = signing.publicKey
            }
            do {
                return try AuditCheckpointFile.read(path, publicKey: key)
            } catch {
                throw CommandFailure.failure(error.description)
            }
        }
    }
}
