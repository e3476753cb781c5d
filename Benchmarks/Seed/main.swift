import ArgumentParser
import Foundation
import Logging
import ROCore
import ROStore
import ROStoreSQL

/// Issue 16: fills a database with what years of use leave behind, faster than requests could: audit entries
/// appended through the store itself (so the chain is the real one), for `make bench` and `make bench-scale`.
@main struct BenchSeed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ro-bench-seed", abstract: "Seed a benchmark database (fictional data).")

    @Option(help: "Folder of the SQLite database.") var dataDir = "./ro-data"
    @Option(help: "PostgreSQL URL, instead of the SQLite database.") var databaseURL: String?
    @Option(help: "The master key file.") var keyFile: String
    @Option(help: "Audit entries to append.") var auditEntries = 0

    func run() async throws {
        let location: DatabaseLocation =
            if let url = self.databaseURL { .postgres(url: url) } else {
                .sqlite(path: (self.dataDir as NSString).appendingPathComponent("ro.sqlite"))
            }
        let logger = Logger(label: "ro-bench-seed")
        let started = ContinuousClock.now
        try await SQLStore.withStore(location, masterKey: try MasterKey.read(from: self.keyFile), logger: logger) { store in
            try await store.migrate()
            try await Self.appendAudit(self.auditEntries, to: store)
        }
        print("appended \(self.auditEntries) audit entries in \(ContinuousClock.now - started)")
    }

    /// Case reads by a few dozen staff over about three years, with sign-ins among them: the log's usual shape.
    static func appendAudit(_ count: Int, to store: SQLStore) async throws {
        let staff = (0..<40).map { _ in Identifier<User>(UUID()) }
        let cases = (0..<5_000).map { _ in UUID() }
        let start = Date().addingTimeInterval(-3 * 365 * 86_400)
        let step = 3 * 365 * 86_400 / Double(max(count, 1))
        var written = 0
        while written < count {
            let batch = min(10_000, count - written)
            let first = written
            try await store.transaction { tx in
                for n in first..<(first + batch) {
                    let signIn = n % 25 == 0
                    let record = AuditRecord(
                        actor: AuditActor(userID: staff[n % staff.count], role: n % 3 == 0 ? "coordinator" : "mediator"),
                        action: signIn ? .signIn : .caseRead,
                        target: signIn ? AuditRecord.target(staff[n % staff.count]) : "case:\(cases[(n * 7919) % cases.count])",
                        outcome: .success,
                        at: start.addingTimeInterval(Double(n) * step),
                        requestID: "seed-\(n)"
                    )
                    _ = try await tx.audit.append(record)
                }
            }
            written += batch
        }
    }
}
