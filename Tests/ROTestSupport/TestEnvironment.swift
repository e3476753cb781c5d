import Foundation
import ROCore
import ROServices
import ROStoreSQL
import Synchronization

/// A clock tests move by hand. Starts at a fixed instant, truncated to whole microseconds because
/// that is what the databases keep.
public final class TestClock: Sendable {
    public static let start = Date(timeIntervalSince1970: 1_790_000_000)
    private let current = Mutex(TestClock.start)

    public init() {}

    public var now: Date { self.current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        self.current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// Ids and secrets that count up, so that test output is the same on every run.
public final class Counter: Sendable {
    private let value = Mutex(0)

    public init() {}

    public func next() -> Int {
        self.value.withLock {
            $0 += 1
            return $0
        }
    }
}

extension UUID {
    /// A readable fixed id: `UUID(7)` is 00000000-0000-0000-0000-000000000007.
    public init(_ number: Int) {
        self.init(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }
}

/// An environment on its own migrated database with a hand-moved clock, counting ids and secrets, and
/// the cheapest bcrypt cost.
public struct TestEnvironment: Sendable {
    public let env: AppEnvironment
    public let clock: TestClock
    public let store: SQLStore
}

public func withTestEnvironment<T: Sendable>(_ backend: Backend = .sqlite, _ body: @Sendable (TestEnvironment) async throws -> T) async throws -> T {
    try await withTestEnvironment(backend) { t, _ in try await body(t) }
}

/// The same, with where its database is, for a test that reads the database's own bytes.
public func withTestEnvironment<T: Sendable>(
    _ backend: Backend,
    _ body: @Sendable (TestEnvironment, DatabaseLocation) async throws -> T
) async throws -> T {
    try await withMigratedStore(backend) { store, location in
        let clock = TestClock()
        let ids = Counter()
        let secrets = Counter()
        let env = AppEnvironment(
            store: store,
            now: { clock.now },
            newID: { UUID(ids.next()) },
            newSecret: { String(format: "test-secret-%04d", secrets.next()) },
            passwords: PasswordHasher(cost: 4),
            logger: testLogger,
            requestID: "test-request"
        )
        return try await body(TestEnvironment(env: env, clock: clock, store: store), location)
    }
}

extension TestEnvironment {
    /// Creates an account with `role` and a known password (`"\(username)-password"`); the roles that need a second
    /// factor get one set up (issue 15, item 1).
    @discardableResult
    public func makeUser(_ username: String, role: Role) async throws -> User {
        let user = try await AccountService(env: self.env).create(
            username: username,
            displayName: "Test \(role.rawValue) (fictional)",
            role: role,
            password: "\(username)-password",
            // N2: a mediator's contract, long enough for tests that move the clock across retention periods.
            accessEndsAt: role == .mediator ? self.clock.now.addingTimeInterval(20 * 365 * 86_400) : nil,
            by: .system
        )
        if SecondFactorRules.isRequired(for: role) { try await SecondFactorService(env: self.env).enrolWithoutConfirmation(user.id) }
        return user
    }

    /// Signs in through every step, as the pages do: the password, then the code the account's app shows now (setting
    /// the app up first if the account has none). When this step's code and the next were used, the clock moves on
    /// to a new one, as a person signing in again and again would wait for it.
    public func signIn(username: String, password: String, address: String, replacing: String? = nil) async throws -> SignedIn {
        let factors = SecondFactorService(env: self.env)
        switch try await SignInService(env: self.env).signIn(username: username, password: password, address: address, replacing: replacing) {
        case .signedIn(let signedIn):
            return signedIn
        case .secondFactor(let token, let enrolled):
            let name = username.trimmingCharacters(in: .whitespaces).lowercased()
            let user = try await self.env.store.transaction { tx in try await tx.users.credentials(username: name) }!.user
            guard enrolled else {
                _ = try await factors.startEnrolment(token: token)
                let secret = try await self.env.store.transaction { tx in try await tx.secondFactors.get(of: user.id) }!.secret
                let code = SecondFactorService.code(secret: secret, step: SecondFactorRules.step(at: self.clock.now))
                return try await factors.confirmEnrolment(token: token, code: code, address: address, replacing: replacing).signedIn
            }
            if try await factors.currentCode(of: user.id) == nil { self.clock.advance(by: Double(SecondFactorRules.stepSeconds)) }
            let code = try await factors.currentCode(of: user.id) ?? ""
            return try await factors.verify(token: token, code: code, address: address, replacing: replacing)
        }
    }
}
