import ArgumentParser
import Foundation
import Logging
import ROCore
import ROStore
import ROStoreSQL

/// Issue 16: fills a database with what years of use leave behind, faster than requests could: cases decided by the
/// domain core and written through the store, and audit entries appended through it (so the chain is the real one),
/// for `make bench` and `make bench-scale`.
@main struct BenchSeed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ro-bench-seed", abstract: "Seed a benchmark database (fictional data).")

    @Option(help: "Folder of the SQLite database.") var dataDir = "./ro-data"
    @Option(help: "PostgreSQL URL, instead of the SQLite database.") var databaseURL: String?
    @Option(help: "The master key file.") var keyFile: String
    @Option(help: "Audit entries to append.") var auditEntries = 0
    @Option(help: "Cases in the plan (they open evenly over ten years).") var cases = 0
    @Option(help: "The plan's first case to write (the ones before it are in the database already).") var from = 0
    @Option(help: "A file to append the ids of a sample of the written cases to, a line each.") var idsFile: String?
    @Option(help: "The coordinator who records the cases (a username).") var coordinator = "bench-coordinator"
    @Option(help: "The mediator assigned to them (a username).") var mediator = "bench-mediator"

    func run() async throws {
        let location: DatabaseLocation =
            if let url = self.databaseURL { .postgres(url: url) } else {
                .sqlite(path: (self.dataDir as NSString).appendingPathComponent("ro.sqlite"))
            }
        let logger = Logger(label: "ro-bench-seed")
        let started = ContinuousClock.now
        // A page cache of 1 GiB: at 100,000 cases the indexes of search tokens and audit targets outgrow the server's
        // 32 MiB, and each insert would read its pages again.
        try await SQLStore.withStore(location, masterKey: try MasterKey.read(from: self.keyFile), pageCacheKibibytes: 1024 * 1024, logger: logger) {
            store in
            try await store.migrate()
            if self.cases > self.from {
                let seeded = SeededCases(
                    coordinator: try await Self.actor(self.coordinator, in: store),
                    mediator: try await Self.actor(self.mediator, in: store)
                )
                let (events, sample) = try await seeded.write(self.from..<self.cases, of: self.cases, to: store) { written in
                    if written % 10_000 == 0 { print("\(written) cases written", ContinuousClock.now - started) }
                }
                if let idsFile = self.idsFile {
                    let lines = sample.map { "\($0)\n" }.joined()
                    if let handle = FileHandle(forWritingAtPath: idsFile) {
                        handle.seekToEndOfFile()
                        handle.write(Data(lines.utf8))
                        handle.closeFile()
                    } else {
                        try lines.write(toFile: idsFile, atomically: true, encoding: .utf8)
                    }
                }
                print("wrote \(self.cases - self.from) cases (\(events) events) in \(ContinuousClock.now - started)")
            }
            let audited = ContinuousClock.now
            try await Self.appendAudit(self.auditEntries, to: store)
            print("appended \(self.auditEntries) audit entries in \(ContinuousClock.now - audited)")
        }
    }

    static func actor(_ username: String, in store: SQLStore) async throws -> CaseActor {
        guard let found = try await store.transaction({ tx in try await tx.users.credentials(username: username) }) else {
            throw ValidationError("No user named \(username): create it with `ro users create` first.")
        }
        return CaseActor(userID: found.user.id, role: found.user.role)
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
                let records = (first..<(first + batch)).map { n in
                    let signIn = n % 25 == 0
                    return AuditRecord(
                        actor: AuditActor(userID: staff[n % staff.count], role: n % 3 == 0 ? "coordinator" : "mediator"),
                        action: signIn ? .signIn : .caseRead,
                        target: signIn ? AuditRecord.target(staff[n % staff.count]) : "case:\(cases[(n * 7919) % cases.count])",
                        outcome: .success,
                        at: start.addingTimeInterval(Double(n) * step),
                        requestID: "seed-\(n)"
                    )
                }
                try await tx.audit.append(contentsOf: records)
            }
            written += batch
        }
    }
}
