import ArgumentParser
import Foundation
import ROCore
import ROServices

struct Tokens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage API bearer tokens for integrations. They work on /api only.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token for an account; the secret is shown once.")
        @OptionGroup var database: DatabaseFlags
        @Option(help: "The account the token acts as (user name or id).") var user: String
        @Option(help: "A label, e.g. \"nightly import\".") var name: String
        @Option(help: "Days until it expires (1–\(APIToken.maximumLifetimeDays)).") var days = 90
        @Option(help: "read (GET only) or read-write. No token approves a two-person step.") var scope = "read"

        func run() async throws {
            try await runAccountCommand(self.database) { env in
                let owner = try await AccountService(env: env).find(self.user, by: .system)
                guard let scope = TokenScope(rawValue: self.scope) else { throw ValidationError("--scope must be read or read-write.") }
                let issued = try await TokenService(env: env).create(
                    for: owner.id,
                    name: self.name,
                    lifetimeDays: self.days,
                    scope: scope,
                    by: .system
                )
                print(
                    "Token \(issued.token.id) for \(owner.username), \(scope.rawValue), expires \(issued.token.expiresAt.formatted(.iso8601))."
                )
                print("Secret (shown once; send it as 'Authorization: Bearer …'): \(issued.secret)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens (never their secrets).")
        @OptionGroup var database: DatabaseFlags

        func run() async throws {
            try await runAccountCommand(self.database) { env in
                let tokens = try await TokenService(env: env).list(by: .system)
                if tokens.isEmpty { print("No tokens.") }
                let now = env.now()
                for token in tokens {
                    let state = token.revokedAt != nil ? "revoked" : (token.isUsable(at: now) ? "active" : "expired")
                    let lastUse = token.lastUsedAt.map { "last used \($0.formatted(.iso8601))" } ?? "never used"
                    print(
                        [
                            token.id.description, state.padding(toLength: 8, withPad: " ", startingAt: 0),
                            token.scope.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0), "expires \(token.expiresAt.formatted(.iso8601))",
                            lastUse, token.name,
                        ].joined(separator: "  ")
                    )
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token at once.")
        @OptionGroup var database: DatabaseFlags
        @Argument(help: "The token id.") var id: String

        func run() async throws {
            guard let id = Identifier<APIToken>(uuidString: self.id) else { throw ValidationError("'\(self.id)' is not a token id.") }
            try await runAccountCommand(self.database) { env in
                let token = try await TokenService(env: env).revoke(id, by: .system)
                print("Token \(token.id) is revoked.")
            }
        }
    }
}
