import ArgumentParser
import Foundation
import ROCore
import ROServices
import ROWeb

struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage accounts.",
        subcommands: [Create.self, List.self, Disable.self, Enable.self, ResetPassword.self, ResetSecondFactor.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account. Without --password-stdin, prints a generated temporary password."
        )

        @OptionGroup var database: DatabaseFlags
        @Option(help: "Sign-in name: 3–64 of a-z 0-9 . _ -") var username: String
        @Option(help: "The person's name as shown to staff.") var name: String
        @Option(help: "One of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))") var role: Role
        @Flag(help: "Read the password from standard input, so it never appears in shell history.") var passwordStdin = false
        @Option(help: "The last day of access, YYYY-MM-DD (UTC; access ends when the day ends). Required for a mediator (N2).")
        var lastDay: String?

        func validate() throws {
            if let lastDay = self.lastDay, Self.endOfDay(lastDay) == nil {
                throw ValidationError("--last-day \(lastDay) is not a date: write it YYYY-MM-DD.")
            }
        }

        static func endOfDay(_ day: String) -> Date? {
            (try? Date(day + "T00:00:00Z", strategy: .iso8601)).map { $0.addingTimeInterval(86_400) }
        }

        func run() async throws {
            let password = try self.passwordStdin ? readPassword() : Secrets.random()
            try await runAccountCommand(self.database) { env in
                let user = try await AccountService(env: env).create(
                    username: self.username,
                    displayName: self.name,
                    role: self.role,
                    password: password,
                    accessEndsAt: self.lastDay.flatMap(Self.endOfDay),
                    by: .system
                )
                print("Created \(user.username) (\(user.role.rawValue)), id \(user.id).")
                if !self.passwordStdin { print("Temporary password (shown once): \(password)") }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var database: DatabaseFlags

        func run() async throws {
            try await runAccountCommand(self.database) { env in
                let users = try await AccountService(env: env).list(by: .system)
                if users.isEmpty { print("No accounts.") }
                for user in users {
                    let status =
                        user.isDisabled
                        ? "disabled" : user.isAwaitingApproval ? "awaiting-approval" : user.isActive(at: env.now()) ? "active" : "ended"
                    print(
                        [
                            user.username.padding(toLength: 24, withPad: " ", startingAt: 0),
                            user.role.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0), status, user.id.description,
                        ].joined(separator: " ")
                    )
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account; its sessions end at once.")
        @OptionGroup var database: DatabaseFlags
        @Argument(help: "User name or id.") var user: String

        func run() async throws {
            try await setDisabled(true, self.user, self.database)
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account.")
        @OptionGroup var database: DatabaseFlags
        @Argument(help: "User name or id.") var user: String

        func run() async throws {
            try await setDisabled(false, self.user, self.database)
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password; the account's sessions end. Without --password-stdin, prints a generated one."
        )
        @OptionGroup var database: DatabaseFlags
        @Argument(help: "User name or id.") var user: String
        @Flag(help: "Read the password from standard input.") var passwordStdin = false

        func run() async throws {
            let password = try self.passwordStdin ? readPassword() : Secrets.random()
            try await runAccountCommand(self.database) { env in
                let accounts = AccountService(env: env)
                let user = try await accounts.find(self.user, by: .system)
                try await accounts.resetPassword(of: user.id, to: password, by: .system)
                print("Password reset for \(user.username).")
                if !self.passwordStdin { print("Temporary password (shown once): \(password)") }
            }
        }
    }

    struct ResetSecondFactor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Remove an account's second factor (a lost phone, no recovery code left); its sessions end, and its next sign-in sets up a new one."
        )
        @OptionGroup var database: DatabaseFlags
        @Argument(help: "User name or id.") var user: String

        func run() async throws {
            try await runAccountCommand(self.database) { env in
                let accounts = AccountService(env: env)
                let user = try await accounts.find(self.user, by: .system)
                try await accounts.resetSecondFactorNow(of: user.id, by: .system)
                print("Second factor reset for \(user.username): the next sign-in sets up a new one.")
            }
        }
    }
}

private func setDisabled(_ disabled: Bool, _ reference: String, _ database: DatabaseFlags) async throws {
    try await runAccountCommand(database) { env in
        let accounts = AccountService(env: env)
        let user = try await accounts.find(reference, by: .system)
        _ = try await accounts.setDisabled(user.id, disabled, expectedVersion: user.version, by: .system)
        print("\(user.username) is now \(disabled ? "disabled" : "active").")
    }
}

/// Runs an account command, turning a refusal (a taken name, a weak password…) into a plain message.
func runAccountCommand(_ database: DatabaseFlags, _ body: @Sendable (AppEnvironment) async throws -> Void) async throws {
    try await withEnvironment(database, logLevel: .warning) { _, env, _ in
        do {
            try await body(env)
        } catch {
            guard let message = operatorMessage(for: error) else { throw error }
            throw CommandFailure.failure(message)
        }
    }
}

/// One line from standard input, without its line ending.
func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw CommandFailure.failure("--password-stdin: no password on standard input.")
    }
    return line
}

extension Role: ExpressibleByArgument {}
