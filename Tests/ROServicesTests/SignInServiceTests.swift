import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

@Suite struct SignInServiceTests {
    func auditActions(_ t: TestEnvironment) async throws -> [String] {
        try await t.store.transaction { try await $0.audit.recent(limit: 100) }.reversed().map { "\($0.action)/\($0.outcome)" }
    }

    @Test func theRightPasswordOpensASessionAndIsAudited() async throws {
        try await withTestEnvironment { t in
            let user = try await t.makeUser("claire", role: .coordinator)

            let signedIn = try await t.signIn(username: " Claire ", password: "claire-password", address: "10.1.1.1")
            let found = try await SignInService(env: t.env).session(token: signedIn.token)

            #expect(signedIn.user == user)
            #expect(found?.1 == user)
            #expect(signedIn.token != signedIn.session.tokenHash)  // only the digest is stored
            #expect(try await self.auditActions(t).suffix(1) == ["sign-in/success"])
        }
    }

    /// A wrong password, an unknown name and a disabled account all give the same answer.
    @Test func everyFailureLooksTheSame() async throws {
        try await withTestEnvironment { t in
            let user = try await t.makeUser("claire", role: .coordinator)
            let disabled = try await t.makeUser("martin", role: .mediator)
            _ = try await AccountService(env: t.env).setDisabled(disabled.id, true, expectedVersion: disabled.version, by: .system)

            await #expect(throws: DomainError.signInFailed) { try await t.signIn(username: "claire", password: "wrong password", address: "a") }
            await #expect(throws: DomainError.signInFailed) {
                try await t.signIn(username: "nobody", password: "claire-password", address: "a")
            }
            await #expect(throws: DomainError.signInFailed) {
                try await t.signIn(username: "martin", password: "martin-password", address: "a")
            }
            let failures = try await t.store.transaction { try await $0.audit.recent(limit: 3) }
            #expect(failures.allSatisfy { $0.action == "sign-in" && $0.outcome == "failed" && $0.actorRole == "anonymous" })
            #expect(failures.last?.target == "user:\(user.id)")
        }
    }

    @Test func fiveFailuresLockTheAccountNameForFifteenMinutes() async throws {
        try await withTestEnvironment { t in
            try await t.makeUser("claire", role: .coordinator)
            for _ in 1...5 {
                await #expect(throws: DomainError.signInFailed) {
                    try await t.signIn(username: "claire", password: "guess guess!", address: "a")
                }
            }

            await #expect(throws: DomainError.signInThrottled) {
                try await t.signIn(username: "claire", password: "claire-password", address: "b")
            }
            t.clock.advance(by: 15 * 60)
            _ = try await t.signIn(username: "claire", password: "claire-password", address: "b")
        }
    }

    /// Issue 15, item 4: fifty wrong passwords for one account at once, from fifty addresses: the account's limit of
    /// five still holds, because each attempt is counted in the transaction that checks it.
    @Test(arguments: Backend.available)
    func fiftyParallelGuessesStillStopAtTheLimit(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            try await t.makeUser("claire", role: .coordinator)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for n in 1...50 {
                    group.addTask {
                        do {
                            _ = try await t.signIn(username: "claire", password: "guess number \(n)", address: "10.1.0.\(n)")
                            return "signed in"
                        } catch let error as DomainError {
                            return error == .signInThrottled ? "throttled" : error == .signInFailed ? "failed" : "\(error)"
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                return await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect(outcomes == ["failed": 5, "throttled": 45])
            await #expect(throws: DomainError.signInThrottled) {
                try await t.signIn(username: "claire", password: "claire-password", address: "10.2.0.1")
            }
        }
    }

    /// A right password forgets its own attempt: it does not count towards the limit.
    @Test func aRightPasswordDoesNotCountAsAFailure() async throws {
        try await withTestEnvironment { t in
            try await t.makeUser("claire", role: .coordinator)
            for _ in 1...6 {
                _ = try await t.signIn(username: "claire", password: "claire-password", address: "a")
                t.clock.advance(by: 30)  // each sign-in takes a new code
            }
            for _ in 1...4 {
                await #expect(throws: DomainError.signInFailed) {
                    try await t.signIn(username: "claire", password: "guess guess!", address: "a")
                }
            }
            _ = try await t.signIn(username: "claire", password: "claire-password", address: "a")
        }
    }

    /// The limit applies to names that do not exist too, so it reveals nothing.
    @Test func unknownNamesAreThrottledLikeRealOnes() async throws {
        try await withTestEnvironment { t in
            for _ in 1...5 {
                await #expect(throws: DomainError.signInFailed) {
                    try await t.signIn(username: "nobody", password: "guess guess!", address: "a")
                }
            }
            await #expect(throws: DomainError.signInThrottled) { try await t.signIn(username: "nobody", password: "x", address: "c") }
        }
    }

    @Test func oneAddressTryingManyNamesIsThrottled() async throws {
        try await withTestEnvironment { t in
            try await t.makeUser("claire", role: .coordinator)
            for n in 1...20 {
                await #expect(throws: DomainError.signInFailed) {
                    try await t.signIn(username: "name\(n)", password: "guess guess!", address: "10.9.9.9")
                }
            }
            await #expect(throws: DomainError.signInThrottled) {
                try await t.signIn(username: "claire", password: "claire-password", address: "10.9.9.9")
            }
            _ = try await t.signIn(username: "claire", password: "claire-password", address: "10.0.0.2")
        }
    }

    @Test func sessionsEndAfterIdleAndAbsoluteTimeouts() async throws {
        try await withTestEnvironment { t in
            try await t.makeUser("claire", role: .coordinator)
            let service = SignInService(env: t.env)
            let idle = try await t.signIn(username: "claire", password: "claire-password", address: "a")

            t.clock.advance(by: 29 * 60)
            #expect(try await service.session(token: idle.token) != nil)  // and this use counts as activity
            t.clock.advance(by: 29 * 60)
            #expect(try await service.session(token: idle.token) != nil)
            t.clock.advance(by: 30 * 60)
            #expect(try await service.session(token: idle.token) == nil)

            let busy = try await t.signIn(username: "claire", password: "claire-password", address: "a")
            for _ in 1...24 {
                t.clock.advance(by: 29 * 60)
                _ = try await service.session(token: busy.token)
            }
            #expect(try await service.session(token: busy.token) != nil)  // active for 11.6 hours
            t.clock.advance(by: 29 * 60)
            #expect(try await service.session(token: busy.token) == nil)  // past 12 hours, however active
        }
    }

    /// Session rotation: signing in again replaces the browser's old session.
    @Test func signingInRotatesTheSession() async throws {
        try await withTestEnvironment { t in
            try await t.makeUser("claire", role: .coordinator)
            let service = SignInService(env: t.env)
            let first = try await t.signIn(username: "claire", password: "claire-password", address: "a")

            let second = try await t.signIn(username: "claire", password: "claire-password", address: "a", replacing: first.token)

            #expect(try await service.session(token: first.token) == nil)
            #expect(try await service.session(token: second.token) != nil)
            #expect(first.session.csrfToken != second.session.csrfToken)
        }
    }

    @Test func changingThePasswordEndsEveryOtherSession() async throws {
        try await withTestEnvironment { t in
            let user = try await t.makeUser("claire", role: .coordinator)
            let service = SignInService(env: t.env)
            let laptop = try await t.signIn(username: "claire", password: "claire-password", address: "a")
            let phone = try await t.signIn(username: "claire", password: "claire-password", address: "b")

            await #expect(throws: DomainError.currentPasswordWrong) {
                try await service.changePassword(user: user, current: "not the password", new: "a brand new passphrase")
            }
            let renewed = try await service.changePassword(user: user, current: "claire-password", new: "a brand new passphrase")

            #expect(try await service.session(token: laptop.token) == nil)
            #expect(try await service.session(token: phone.token) == nil)
            #expect(try await service.session(token: renewed.token) != nil)
            _ = try await t.signIn(username: "claire", password: "a brand new passphrase", address: "a")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await withTestEnvironment { t in
            let user = try await t.makeUser("claire", role: .coordinator)
            let service = SignInService(env: t.env)
            let signedIn = try await t.signIn(username: "claire", password: "claire-password", address: "a")

            try await service.signOut(token: signedIn.token, user: user)

            #expect(try await service.session(token: signedIn.token) == nil)
            #expect(try await self.auditActions(t).suffix(1) == ["sign-out/success"])
        }
    }
}
