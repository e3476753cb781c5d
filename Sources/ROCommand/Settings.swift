import Foundation
import ROCore
import ROServices
import ROStoreSQL
import ROWeb

/// Everything `ro` reads from its flags and environment, checked together before any data is touched.
/// Precedence: flags, then environment (`RO_…`, `DATABASE_URL`), then defaults.
struct Settings: Sendable, Equatable {
    var host = "127.0.0.1"
    var port = 8080
    var dataDirectory = "./ro-data"
    /// nil: the embedded SQLite database in `dataDirectory`.
    var databaseURL: String?
    /// The master key file (`--key-file`, `RO_KEY_FILE`); or the key itself in `RO_MASTER_KEY`.
    var keyFile: String?
    var masterKeyText: String?
    /// Issue 15, item 7: `--audit-key-file`, `RO_AUDIT_KEY_FILE`; else beside the master key file.
    var auditKeyFileGiven: String?
    /// Where the server appends the audit chain's signed checkpoints.
    var checkpointFileGiven: String?
    var publicURL: String?
    /// Issue 15, item 4: the proxies believed about the client's address.
    var trustedProxies: [String] = []
    /// Issue 16, item 8: the listener of `/metrics`, apart from the public one; nil: no metrics are kept.
    var metricsPort: Int?
    var metricsHost = "127.0.0.1"
    var demo = false
    /// bcrypt cost. 12 in production; the test suites lower it to keep sign-ins fast.
    var passwordHashCost = 12
    var logLevel = "info"
    /// The largest file an item may carry (`RO_MEDIA_MAX_MB`).
    var mediaByteLimit = AppEnvironment.defaultMediaByteLimit
    /// N5: statistics hide counts below this (`RO_STATS_MIN_CELL`, never below 3).
    var statisticsMinimumCell = StatisticsReport.defaultMinimumCell

    /// Pure: tests pass flags and a dictionary, not the process's environment.
    init(database: DatabaseFlags, serve: ServeFlags? = nil, environment: [String: String]) throws(SettingsError) {
        var problems: [String] = []
        self.dataDirectory = database.dataDir ?? environment["RO_DATA_DIR"] ?? self.dataDirectory
        self.demo = database.demo
        self.databaseURL = database.databaseURL ?? environment["RO_DATABASE_URL"] ?? environment["DATABASE_URL"]
        self.keyFile = database.keyFile ?? environment["RO_KEY_FILE"]
        self.masterKeyText = environment["RO_MASTER_KEY"]
        self.auditKeyFileGiven = database.auditKeyFile ?? environment["RO_AUDIT_KEY_FILE"]
        if let url = self.databaseURL, !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")) {
            problems.append("--database-url must be a postgres:// URL (leave it out to use the embedded SQLite database)")
        }
        if self.dataDirectory.isEmpty { problems.append("--data-dir must not be empty") }
        if let cost = environment["RO_PASSWORD_HASH_COST"] {
            if let value = Int(cost), (4...31).contains(value) {
                self.passwordHashCost = value
            } else {
                problems.append("RO_PASSWORD_HASH_COST must be a whole number from 4 to 31")
            }
        }
        if let megabytes = environment["RO_MEDIA_MAX_MB"] {
            if let value = Int(megabytes), (1...4096).contains(value) {
                self.mediaByteLimit = value * 1_048_576
            } else {
                problems.append("RO_MEDIA_MAX_MB must be a whole number of megabytes from 1 to 4096")
            }
        }
        if let cell = environment["RO_STATS_MIN_CELL"] {
            if let value = Int(cell), (StatisticsReport.lowestMinimumCell...100).contains(value) {
                self.statisticsMinimumCell = value
            } else {
                problems.append("RO_STATS_MIN_CELL must be a whole number from \(StatisticsReport.lowestMinimumCell) to 100")
            }
        }
        let level = environment["RO_LOG_LEVEL"] ?? self.logLevel
        if ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(level) {
            self.logLevel = level
        } else {
            problems.append("RO_LOG_LEVEL must be one of trace, debug, info, notice, warning, error, critical")
        }
        if let serve {
            self.host = serve.host ?? environment["RO_HOST"] ?? self.host
            let portText = serve.port.map(String.init) ?? environment["RO_PORT"]
            if let portText {
                if let port = Int(portText), (0...65_535).contains(port) {
                    self.port = port
                } else {
                    problems.append("--port must be a number from 0 to 65535")
                }
            }
            if let portText = serve.metricsPort.map(String.init) ?? environment["RO_METRICS_PORT"] {
                if let port = Int(portText), (1...65_535).contains(port), port != self.port {
                    self.metricsPort = port
                } else {
                    problems.append("--metrics-port must be a number from 1 to 65535, other than --port")
                }
            }
            self.metricsHost = serve.metricsHost ?? environment["RO_METRICS_HOST"] ?? self.metricsHost
            self.checkpointFileGiven = serve.auditCheckpoints ?? environment["RO_AUDIT_CHECKPOINTS"]
            self.publicURL = serve.publicURL ?? environment["RO_PUBLIC_URL"]
            if let url = self.publicURL, URL(string: url)?.host == nil || !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                problems.append("--public-url must be an http:// or https:// address")
            }
            let proxies =
                serve.trustedProxy.isEmpty ? (environment["RO_TRUSTED_PROXIES"] ?? "").split(separator: ",").map(String.init) : serve.trustedProxy
            self.trustedProxies = proxies.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for proxy in self.trustedProxies where !WebSettings.isAddress(proxy) {
                problems.append("--trusted-proxy must be an IP address (not \"\(proxy)\")")
            }
        }
        guard problems.isEmpty else { throw SettingsError(problems: problems) }
    }

    /// Where the data lives. A demo keeps its own SQLite file, so it never mixes with real data.
    var location: DatabaseLocation {
        if let url = self.databaseURL { return .postgres(url: url) }
        let file = self.demo ? "demo.sqlite" : "ro.sqlite"
        return .sqlite(path: (self.dataDirectory as NSString).appendingPathComponent(file))
    }
}

extension Settings {
    /// The demo's own key, beside its own database: fictional data needs no protection from its backups.
    var demoKeyFile: String { (self.dataDirectory as NSString).appendingPathComponent("demo.key") }

    /// The file the master key is read from, read again after a rotation; nil when it comes from the environment.
    var activeKeyFile: String? {
        if let path = self.keyFile { return path }
        return self.masterKeyText == nil && self.demo ? self.demoKeyFile : nil
    }

    /// The audit signing key's file: given, or the master key file's path + `.audit`; nil for a key in the environment.
    var auditKeyFile: String? { self.auditKeyFileGiven ?? self.activeKeyFile.map { $0 + ".audit" } }

    /// The checkpoint file: given, or in the data folder (the demo's apart).
    var checkpointFile: String {
        self.checkpointFileGiven
            ?? (self.dataDirectory as NSString).appendingPathComponent(self.demo ? "demo-audit-checkpoints" : "audit-checkpoints")
    }

    /// The master key given, if any; a demo makes its own on first use.
    func masterKey() throws(MasterKeyError) -> MasterKey? {
        if let path = self.keyFile { return try MasterKey.read(from: path) }
        if let text = self.masterKeyText { return try MasterKey(fileText: text) }
        guard self.demo else { return nil }
        if FileManager.default.fileExists(atPath: self.demoKeyFile) { return try MasterKey.read(from: self.demoKeyFile) }
        let key = MasterKey.generate()
        try key.write(to: self.demoKeyFile)
        return key
    }
}

extension DatabaseLocation {
    /// For people: where the data is, never with a password.
    var summary: String {
        switch self {
        case .sqlite(let path): "SQLite database \(path)"
        case .postgres(let url):
            URLComponents(string: url).map { "PostgreSQL database \($0.host ?? "?"):\($0.port ?? 5432)\($0.path)" } ?? "PostgreSQL database"
        }
    }
}

struct SettingsError: Error, Equatable, CustomStringConvertible {
    let problems: [String]
    var description: String { self.problems.joined(separator: "\n") }
}
