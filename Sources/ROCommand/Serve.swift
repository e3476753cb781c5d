import ArgumentParser
import Foundation
import Logging
import ROServices
import ROStoreSQL
import ROWeb

struct ServeFlags: ParsableArguments {
    @Option(help: "Address to listen on (env RO_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on, 0 for any free one (env RO_PORT; default 8080).")
    var port: Int?

    @Option(help: "The address people use, e.g. https://ro.example.org (env RO_PUBLIC_URL). https makes cookies Secure.")
    var publicURL: String?

    @Option(
        help:
            "A reverse proxy whose Forwarded / X-Forwarded-For headers name the client, by IP address; repeat for several (env RO_TRUSTED_PROXIES, comma-separated)."
    )
    var trustedProxy: [String] = []

    @Option(
        help:
            "Where to append the audit chain's signed checkpoints; copy it elsewhere to catch a rewritten chain (env RO_AUDIT_CHECKPOINTS; default: in the data folder)."
    )
    var auditCheckpoints: String?

    @Option(
        help:
            "Serve Prometheus metrics (requests and latency per route, store and audit times) at /metrics on this port, apart from the public listener (env RO_METRICS_PORT; default: none)."
    )
    var metricsPort: Int?

    @Option(help: "Address of the metrics listener (env RO_METRICS_HOST; default 127.0.0.1, this machine only).")
    var metricsHost: String?
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Migrate the database and serve RO.")

    @OptionGroup var database: DatabaseFlags
    @OptionGroup var serve: ServeFlags

    func run() async throws {
        // Metrics made before the backend is chosen would stay no-ops, so it is chosen before the store opens.
        let metricsPort = try? Settings(database: self.database, serve: self.serve, environment: ProcessInfo.processInfo.environment).metricsPort
        let registry = metricsPort.map { _ in MetricsListener.bootstrap() }
        try await withEnvironment(self.database, serve: self.serve) { settings, env, store in
            var env = env
            let checkpoints = try Self.checkpointWriter(settings, store: store, logger: env.logger)
            env.latestAuditCheckpoint = { await checkpoints.latest }
            if settings.demo { try await Self.prepareDemo(env) }
            let discarded = try await MediaService(env: env).discardAbandonedUploads()
            if discarded > 0 { env.logger.notice("removed unfinished uploads", metadata: ["count": "\(discarded)"]) }
            let web = WebSettings(
                host: settings.host,
                port: settings.port,
                publicURL: settings.publicURL,
                isDemo: settings.demo,
                trustedProxies: settings.trustedProxies,
                recordsMetrics: registry != nil
            )
            let app = try await buildApplication(env: env, settings: web) { port in
                Self.announce(host: settings.host, port: port, database: settings.location.summary, demo: settings.demo)
            }
            // §7.3: the logs' old entries become counts, and old audit content goes, at start and then daily. The
            // audit chain is anchored at start, every minute it moved, and at shutdown.
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { [env] in await RetentionService(env: env).keepApplying() }
                group.addTask { await checkpoints.keepWriting(every: .seconds(60)) }
                if let registry, let port = settings.metricsPort {
                    let metrics = MetricsListener.application(registry: registry, host: settings.metricsHost, port: port, logger: env.logger)
                    group.addTask { try await metrics.run() }
                }
                try await app.runService()
                group.cancelAll()
                await checkpoints.writeLogging(at: Date())  // at shutdown, outside the cancelled tasks
            }
        }
    }

    /// Issue 15, item 7: the signing key is read, or made beside the master key on first start.
    static func checkpointWriter(_ settings: Settings, store: SQLStore, logger: Logger) throws -> AuditCheckpointWriter {
        guard let keyFile = settings.auditKeyFile else {
            throw CommandFailure.failure(
                "The master key came from RO_MASTER_KEY: give the audit signing key's file with --audit-key-file or RO_AUDIT_KEY_FILE (made if missing)."
            )
        }
        do {
            let key = try AuditSigningKey.readOrCreate(at: keyFile)
            return AuditCheckpointWriter(store: store, key: key, file: settings.checkpointFile, logger: logger)
        } catch {
            throw CommandFailure.failure(error.description)
        }
    }

    /// Refuses a database that holds real accounts; otherwise makes sure every demo account exists.
    static func prepareDemo(_ env: AppEnvironment) async throws {
        let (isDemo, accounts) = try await env.store.transaction { tx in (try await tx.instance.isDemo(), try await tx.users.count()) }
        guard isDemo || accounts == 0 else {
            throw CommandFailure.failure("--demo refuses this database: it holds accounts and is not a demo database. Nothing was changed.")
        }
        try await DemoAccounts.load(into: env)
    }

    static func announce(host: String, port: Int, database: String, demo: Bool) {
        let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        var lines = ["RO is running at http://\(shownHost):\(port)/", "Data: \(database)"]
        if demo {
            lines.append("Demo sign-ins (fictional accounts; user name / password; the code page then shows the account's code):")
            for account in DemoAccounts.all {
                let padded = account.role.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)
                lines.append("  \(padded) \(account.username) / \(account.password)")
            }
        }
        print(lines.joined(separator: "\n"))
        fflush(nil)  // flush stdout now: a script waiting for the URL reads it through a pipe
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var database: DatabaseFlags

    func run() async throws {
        try await withEnvironment(self.database, logLevel: .warning, migrate: false) { _, _, store in
            let applied = try await store.migrate()
            print(applied.isEmpty ? "The database is up to date." : "Applied: \(applied.joined(separator: ", "))")
        }
    }
}
