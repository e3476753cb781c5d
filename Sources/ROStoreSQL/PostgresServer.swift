import Foundation
import Logging
import NIOSSL
import PostgresKit

/// Where a PostgreSQL database is, read from `postgres://user:password@host:port/database?sslmode=…`.
struct PostgresServer: Sendable {
    /// libpq's names. Stricter than libpq, `prefer` and `require` check the certificate fully when TLS is used,
    /// like `verify-full`; `verify-ca` checks it against the system's authorities but not the host it names.
    enum SSLMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    let host: String
    let port: Int
    let username: String
    let password: String?
    let database: String?
    let sslMode: SSLMode

    init(url: String) throws {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty, let username = components.user
        else { throw StoreError.invalidDatabaseURL("expected postgres://user[:password]@host[:port]/database") }
        // Issue 15, item 10: a database on another machine is reached over verified TLS unless the URL says otherwise.
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? Self.defaultSSLMode(host: host).rawValue
        guard let mode = SSLMode(rawValue: sslMode) else {
            throw StoreError.invalidDatabaseURL("sslmode must be disable, prefer, require, verify-ca or verify-full")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = username
        self.password = components.password
        self.database = components.path.split(separator: "/").first.map(String.init)
        self.sslMode = mode
    }

    /// `prefer` on this machine (a local server rarely has a certificate), `verify-full` anywhere else.
    static func defaultSSLMode(host: String) -> SSLMode {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let local = name == "localhost" || name == "::1" || name.hasPrefix("127.") || name.hasPrefix("/")
        return local ? .prefer : .verifyFull
    }

    /// The TLS settings for the mode: what is checked of the server's certificate.
    var tlsConfiguration: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = self.sslMode == .verifyCA ? .noHostnameVerification : .fullVerification
        return configuration
    }

    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS =
            switch self.sslMode {
            case .disable: .disable
            case .prefer: .prefer(self.tlsConfiguration)
            case .require, .verifyCA, .verifyFull: .require(self.tlsConfiguration)
            }
        return PostgresClient.Configuration(
            host: self.host,
            port: self.port,
            username: self.username,
            password: self.password,
            database: self.database,
            tls: tls
        )
    }

    /// Connects once, directly, and hangs up. The pool retries a refused connection for about a minute
    /// before it gives up with a message about circuit breakers; this names the real reason in seconds.
    func checkReachable(logger: Logger) async throws {
        var configuration: PostgresConnection.Configuration
        do {
            let tls: PostgresConnection.Configuration.TLS =
                switch self.sslMode {
                case .disable: .disable
                case .prefer: .prefer(try NIOSSLContext(configuration: self.tlsConfiguration))
                case .require, .verifyCA, .verifyFull: .require(try NIOSSLContext(configuration: self.tlsConfiguration))
                }
            configuration = PostgresConnection.Configuration(
                host: self.host,
                port: self.port,
                username: self.username,
                password: self.password,
                database: self.database,
                tls: tls
            )
        } catch {
            throw StoreError.cannotOpen("PostgreSQL: TLS could not be set up (\(error))")
        }
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try? await connection.close()
        } catch let error as PSQLError {
            throw StoreError.cannotOpen("PostgreSQL at \(self.host):\(self.port): \(Self.reason(error))")
        } catch {
            throw StoreError.cannotOpen("PostgreSQL at \(self.host):\(self.port): \(error)")
        }
    }

    /// `PSQLError`'s own description hides everything; the server's message (for example a refused
    /// password) or the network error underneath is what an operator needs.
    private static func reason(_ error: PSQLError) -> String {
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }
}
