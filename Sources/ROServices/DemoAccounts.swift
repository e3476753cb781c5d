import ROCore

/// The demo database's accounts: one per role, and a second auditor to show N7's second approval; clearly
/// fictional, with passwords printed by `ro serve --demo`. Never used outside a database marked as a demo.
public enum DemoAccounts {
    public struct Account: Sendable {
        public let username: String
        public let displayName: String
        public let role: Role
        public let password: String
    }

    public static let all: [Account] =
        Role.allCases.map { role in
            Account(
                username: "demo-\(role.rawValue.lowercased())",
                displayName: "\(Self.fictionalNames[role] ?? "Demo Person") (fictional)",
                role: role,
                password: "demo-\(role.rawValue.lowercased())-password"
            )
        } + [Self.secondAuditor, Self.secondCoordinator]

    /// N7: investigations need an auditor who approves another's request.
    static let secondAuditor = Account(
        username: "demo-auditor-2",
        displayName: "Vera Semblant (fictional)",
        role: .auditor,
        password: "demo-auditor-2-password"
    )

    /// §7.3: a disposal needs a second coordinator's approval.
    static let secondCoordinator = Account(
        username: "demo-coordinator-2",
        displayName: "Colette Sample (fictional)",
        role: .coordinator,
        password: "demo-coordinator-2-password"
    )

    private static let fictionalNames: [Role: String] = [
        .coordinator: "Claire Demo", .mediator: "Martin Exemple", .referrer: "Rosa Sample", .victimServices: "Victor Placeholder",
        .siteLiaison: "Simone Testcase", .manager: "Marc Fictif", .auditor: "Aude Imaginaire", .admin: "Adam Pretend",
        .participant: "Pat Example",
    ]

    /// Creates the accounts that do not exist yet, and the demo cases on first use; marks the database as a demo. Idempotent.
    public static func load(into env: AppEnvironment) async throws {
        try await env.store.transaction { tx in try await tx.instance.markDemo() }
        let accounts = AccountService(env: env)
        for account in all where try await env.store.transaction({ tx in try await tx.users.credentials(username: account.username) }) == nil {
            _ = try await accounts.create(
                username: account.username,
                displayName: account.displayName,
                role: account.role,
                password: account.password,
                accessEndsAt: account.role == .mediator ? env.now().addingTimeInterval(365 * 86_400) : nil,  // N2: a year's contract
                by: .system
            )
        }
        // Issue 15, item 1: they come with a second factor set up; the demo's sign-in page shows their current code.
        let factors = SecondFactorService(env: env)
        let enrolled = try await env.store.transaction { tx in try await tx.secondFactors.enrolled() }
        for account in all {
            guard let user = try await env.store.transaction({ tx in try await tx.users.credentials(username: account.username) })?.user,
                !enrolled.contains(user.id)
            else { continue }
            try await factors.enrolWithoutConfirmation(user.id)
        }
        try await DemoCases.load(into: env)
    }
}
