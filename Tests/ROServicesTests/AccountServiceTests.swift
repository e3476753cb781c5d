import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

@Suite struct AccountServiceTests {
    @Test func administratorsCreateAccountsAndEachCreationIsAudited() async throws {
        try await withTestEnvironment { t in
            let admin = try await t.makeUser("adam", role: .admin)

            let created = try await AccountService(env: t.env).create(
                username: "Rosa.Sample",
                displayName: " Rosa Sample ",
                role: .referrer,
                password: "a long enough passphrase",
                by: .user(admin)
            )
            let last = try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first

            #expect(created.username == "rosa.sample")
            #expect(created.displayName == "Rosa Sample")
            #expect(last?.action == "user.creation-proposed", "N6: one administrator proposes an account")
            #expect(last?.target == "user:\(created.id)")
            #expect(last?.actorUserID == admin.id.description)
        }
    }

    /// One administrator's new account "newcomer".
    func proposeNewcomer(_ role: Role, by administrator: User, _ t: TestEnvironment) async throws -> User {
        try await AccountService(env: t.env).create(
            username: "newcomer",
            displayName: "Newcomer Test (fictional)",
            role: role,
            password: "a long enough passphrase",
            by: .user(administrator)
        )
    }

    /// N6 (issue 15, item 2): an account one administrator creates cannot be used, whatever its role, until a second
    /// administrator approves it; its proposer cannot approve it.
    @Test(arguments: [Role.coordinator, .admin, .auditor, .referrer])
    func N6_aNewAccountNeedsASecondAdministrator(_ role: Role) async throws {
        try await withTestEnvironment { t in
            let adam = try await t.makeUser("adam", role: .admin)
            let ada = try await t.makeUser("ada", role: .admin)
            let accounts = AccountService(env: t.env)
            let proposed = try await self.proposeNewcomer(role, by: adam, t)
            #expect(proposed.isAwaitingApproval && !proposed.isActive(at: t.clock.now))
            await #expect(throws: DomainError.signInFailed) {
                try await t.signIn(username: "newcomer", password: "a long enough passphrase", address: "a")
            }
            await #expect(throws: DomainError.secondAdministratorRequired) {
                try await accounts.approve(proposed.id, expectedVersion: proposed.version, by: .user(adam))
            }
            // Nothing else changes it before approval: not its role, not "enabling" it.
            await #expect(throws: DomainError.accountAwaitingApproval) {
                try await accounts.changeRole(of: proposed.id, to: .manager, expectedVersion: proposed.version, by: .user(ada))
            }

            let approved = try await accounts.approve(proposed.id, expectedVersion: proposed.version, by: .user(ada))
            #expect(!approved.isAwaitingApproval && approved.role == role)
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "user.created")
            _ = try await t.signIn(username: "newcomer", password: "a long enough passphrase", address: "a")
        }
    }

    /// N6: a withdrawn new account stays disabled; re-enabling it (or any disabled account) takes two administrators.
    @Test func N6_reEnablingAnAccountNeedsASecondAdministrator() async throws {
        try await withTestEnvironment { t in
            let adam = try await t.makeUser("adam", role: .admin)
            let ada = try await t.makeUser("ada", role: .admin)
            let accounts = AccountService(env: t.env)
            let proposed = try await self.proposeNewcomer(.coordinator, by: adam, t)
            let withdrawn = try await accounts.withdrawProposal(proposed.id, expectedVersion: proposed.version, by: .user(ada))
            #expect(withdrawn.isDisabled && withdrawn.pendingChange == nil)

            let asked = try await accounts.setDisabled(proposed.id, false, expectedVersion: withdrawn.version, by: .user(adam))
            #expect(asked.isDisabled && asked.pendingChange == PendingAccountChange(proposal: .reenabling, proposedBy: adam.id))
            await #expect(throws: DomainError.secondAdministratorRequired) {
                try await accounts.setDisabled(proposed.id, false, expectedVersion: asked.version, by: .user(adam))
            }
            let enabled = try await accounts.setDisabled(proposed.id, false, expectedVersion: asked.version, by: .user(ada))
            #expect(!enabled.isDisabled && enabled.isActive(at: t.clock.now))
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "user.enabled")
        }
    }

    /// Deny by default: every role but administrator is refused, and the refusal is audited (N1).
    @Test(arguments: Role.allCases.filter { $0 != .admin })
    func otherRolesCannotManageAccounts(_ role: Role) async throws {
        try await withTestEnvironment { t in
            let someone = try await t.makeUser("someone", role: role)

            await #expect(throws: DomainError.notPermitted) {
                try await AccountService(env: t.env).create(
                    username: "new",
                    displayName: "New",
                    role: .admin,
                    password: "a long enough passphrase",
                    by: .user(someone)
                )
            }
            await #expect(throws: DomainError.notPermitted) { try await AccountService(env: t.env).list(by: .user(someone)) }
            let last = try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first
            #expect(last?.action == "access.denied" && last?.outcome == "denied")
            #expect(try await t.store.transaction { try await $0.users.count() } == 1)
        }
    }

    /// A refused change writes no audit entry claiming it happened: the audit is in the same transaction.
    @Test func aRefusedCreationLeavesNoAuditEntry() async throws {
        try await withTestEnvironment { t in
            try await t.makeUser("claire", role: .coordinator)
            let before = try await t.store.transaction { try await $0.audit.recent(limit: 100) }.count

            await #expect(throws: DomainError.usernameTaken) {
                try await AccountService(env: t.env).create(
                    username: "claire",
                    displayName: "Other",
                    role: .referrer,
                    password: "a long enough passphrase",
                    by: .system
                )
            }
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 100) }.count == before)
        }
    }

    @Test func disablingAnAccountEndsItsSessionsAtOnce() async throws {
        try await withTestEnvironment { t in
            let admin = try await t.makeUser("adam", role: .admin)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let session = try await t.signIn(username: "martin", password: "martin-password", address: "a")

            let disabled = try await AccountService(env: t.env).setDisabled(mediator.id, true, expectedVersion: mediator.version, by: .user(admin))

            #expect(disabled.isDisabled)
            #expect(try await SignInService(env: t.env).session(token: session.token) == nil)
        }
    }

    @Test func aRoleChangeFromAStalePageIsRefused() async throws {
        try await withTestEnvironment { t in
            let admin = try await t.makeUser("adam", role: .admin)
            let user = try await t.makeUser("martin", role: .mediator)
            let accounts = AccountService(env: t.env)
            _ = try await accounts.changeRole(of: user.id, to: .coordinator, expectedVersion: user.version, by: .user(admin))

            await #expect(throws: DomainError.staleWrite) {
                try await accounts.setDisabled(user.id, true, expectedVersion: user.version, by: .user(admin))
            }
            #expect(
                try await accounts.find("martin", by: .system).pendingChange
                    == PendingAccountChange(proposal: .role(.coordinator), proposedBy: admin.id)
            )
            #expect(try await accounts.find("martin", by: .system).isDisabled == false)
        }
    }

    /// N6: one administrator proposes, a second makes the same change; the proposer cannot approve it.
    @Test func N6_aRoleChangeNeedsASecondAdministrator() async throws {
        try await withTestEnvironment { t in
            let adam = try await t.makeUser("adam", role: .admin)
            let ada = try await t.makeUser("ada", role: .admin)
            let user = try await t.makeUser("martin", role: .mediator)
            let session = try await t.signIn(username: "martin", password: "martin-password", address: "a")
            let accounts = AccountService(env: t.env)

            let proposed = try await accounts.changeRole(of: user.id, to: .coordinator, expectedVersion: user.version, by: .user(adam))
            #expect(proposed.role == .mediator && proposed.pendingChange?.proposal == .role(.coordinator))
            #expect(try await SignInService(env: t.env).session(token: session.token) != nil, "a proposal changes nothing yet")
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "user.role-proposed")
            await #expect(throws: DomainError.secondAdministratorRequired) {
                try await accounts.changeRole(of: user.id, to: .coordinator, expectedVersion: proposed.version, by: .user(adam))
            }

            let changed = try await accounts.changeRole(of: user.id, to: .coordinator, expectedVersion: proposed.version, by: .user(ada))
            #expect(changed.role == .coordinator && changed.pendingChange == nil)
            #expect(try await SignInService(env: t.env).session(token: session.token) == nil, "the new role takes effect at once")
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "user.role-changed")

            // A different proposal replaces the first; choosing the current role withdraws it.
            let again = try await accounts.changeRole(of: user.id, to: .referrer, expectedVersion: changed.version, by: .user(ada))
            let withdrawn = try await accounts.changeRole(of: user.id, to: .coordinator, expectedVersion: again.version, by: .user(adam))
            #expect(withdrawn.role == .coordinator && withdrawn.pendingChange == nil)
            // An operator at the server's command line changes a role at once.
            #expect(try await accounts.changeRole(of: user.id, to: .mediator, expectedVersion: withdrawn.version, by: .system).role == .mediator)
        }
    }

    @Test func administratorsCannotLockThemselvesOut() async throws {
        try await withTestEnvironment { t in
            let admin = try await t.makeUser("adam", role: .admin)

            await #expect(throws: DomainError.cannotChangeOwnAccess) {
                try await AccountService(env: t.env).setDisabled(admin.id, true, expectedVersion: admin.version, by: .user(admin))
            }
            await #expect(throws: DomainError.cannotChangeOwnAccess) {
                try await AccountService(env: t.env).changeRole(of: admin.id, to: .coordinator, expectedVersion: admin.version, by: .user(admin))
            }
        }
    }

    @Test func aResetPasswordWorksAndEndsSessions() async throws {
        try await withTestEnvironment { t in
            let user = try await t.makeUser("claire", role: .coordinator)
            let old = try await t.signIn(username: "claire", password: "claire-password", address: "a")

            try await AccountService(env: t.env).resetPassword(of: user.id, to: "operator chosen phrase", by: .system)

            #expect(try await SignInService(env: t.env).session(token: old.token) == nil)
            _ = try await t.signIn(username: "claire", password: "operator chosen phrase", address: "a")
        }
    }
}

@Suite struct TokenServiceTests {
    @Test func aTokenAuthenticatesItsAccountUntilRevoked() async throws {
        try await withTestEnvironment { t in
            let owner = try await t.makeUser("integration", role: .coordinator)
            let tokens = TokenService(env: t.env)
            let issued = try await tokens.create(for: owner.id, name: "nightly import", lifetimeDays: 30, scope: .readWrite, by: .system)

            #expect(issued.secret.hasPrefix("ro_"))
            #expect(try await tokens.authenticate(secret: issued.secret, from: "192.0.2.1")?.0 == owner)
            _ = try await tokens.revoke(issued.token.id, by: .system)
            #expect(try await tokens.authenticate(secret: issued.secret, from: "192.0.2.1") == nil)
        }
    }

    /// Issue 15, item 7: a scanning address gets one audit entry a minute, not one per try; each address its own.
    @Test(arguments: Backend.available)
    func refusedTokensAreAuditedOnceAMinutePerAddress(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let tokens = TokenService(env: t.env)
            let refusals = { try await t.store.transaction { try await $0.audit.recent(limit: 200) }.filter { $0.action == "token.refused" }.count }
            t.clock.advance(by: 60 - t.clock.now.timeIntervalSince1970.truncatingRemainder(dividingBy: 60))  // the start of a minute
            for n in 1...30 { #expect(try await tokens.authenticate(secret: "ro_guess\(n)", from: "198.51.100.7") == nil) }
            #expect(try await refusals() == 1)
            _ = try await tokens.authenticate(secret: "ro_guess", from: "198.51.100.8")
            #expect(try await refusals() == 2, "another address has its own entry")
            t.clock.advance(by: 60)
            for n in 1...5 { _ = try await tokens.authenticate(secret: "ro_again\(n)", from: "198.51.100.7") }
            #expect(try await refusals() == 3, "the next minute has its own entry")
        }
    }

    @Test func anExpiredTokenIsRefused() async throws {
        try await withTestEnvironment { t in
            let owner = try await t.makeUser("integration", role: .coordinator)
            let issued = try await TokenService(env: t.env).create(for: owner.id, name: "short", lifetimeDays: 1, scope: .readWrite, by: .system)

            t.clock.advance(by: 86_400)

            #expect(try await TokenService(env: t.env).authenticate(secret: issued.secret, from: "192.0.2.1") == nil)
        }
    }

    /// Issue 15, item 6: at most 90 days; revoked when the account's role changes or it is disabled; last use kept
    /// to the minute.
    @Test func tokensLiveAtMost90DaysAndEndWithARoleChangeOrADisabledAccount() async throws {
        try await withTestEnvironment { t in
            let adam = try await t.makeUser("adam", role: .admin)
            let ada = try await t.makeUser("ada", role: .admin)
            let owner = try await t.makeUser("integration", role: .coordinator)
            let tokens = TokenService(env: t.env)
            await #expect(throws: DomainError.invalidTokenLifetime(maximumDays: 90)) {
                try await tokens.create(for: owner.id, name: "too long", lifetimeDays: 91, scope: .read, by: .system)
            }
            let first = try await tokens.create(for: owner.id, name: "nightly", lifetimeDays: 90, scope: .read, by: .system)
            let used = try await tokens.authenticate(secret: first.secret, from: "192.0.2.1")
            #expect(used?.1.scope == .read)
            t.clock.advance(by: 30)
            _ = try await tokens.authenticate(secret: first.secret, from: "192.0.2.1")
            let listed = try await tokens.list(by: .system).first { $0.id == first.token.id }
            #expect(listed?.lastUsedAt == t.clock.now.addingTimeInterval(-30), "one write a minute, not one a request")

            // A proposed role changes nothing yet; the approved one ends the token.
            let accounts = AccountService(env: t.env)
            let contracted = try await accounts.setAccessEnd(
                owner.id,
                t.clock.now.addingTimeInterval(200 * 86_400),
                expectedVersion: owner.version,
                by: .user(adam)
            )
            let proposed = try await accounts.changeRole(of: owner.id, to: .mediator, expectedVersion: contracted.version, by: .user(adam))
            #expect(try await tokens.authenticate(secret: first.secret, from: "192.0.2.1") != nil)
            let changed = try await accounts.changeRole(of: owner.id, to: .mediator, expectedVersion: proposed.version, by: .user(ada))
            #expect(try await tokens.authenticate(secret: first.secret, from: "192.0.2.1") == nil)

            let second = try await tokens.create(for: owner.id, name: "again", lifetimeDays: 30, scope: .readWrite, by: .system)
            _ = try await accounts.setDisabled(owner.id, true, expectedVersion: changed.version, by: .user(adam))
            _ = try await accounts.setDisabled(owner.id, false, expectedVersion: changed.version + 1, by: .system)
            #expect(try await tokens.authenticate(secret: second.secret, from: "192.0.2.1") == nil, "re-enabling does not revive it")
        }
    }

    @Test func aDisabledAccountsTokenIsRefused() async throws {
        try await withTestEnvironment { t in
            let owner = try await t.makeUser("integration", role: .coordinator)
            let issued = try await TokenService(env: t.env).create(for: owner.id, name: "nightly", lifetimeDays: 30, scope: .readWrite, by: .system)

            _ = try await AccountService(env: t.env).setDisabled(owner.id, true, expectedVersion: owner.version, by: .system)

            #expect(try await TokenService(env: t.env).authenticate(secret: issued.secret, from: "192.0.2.1") == nil)
        }
    }

    @Test func lifetimeAndNameAreChecked() async throws {
        try await withTestEnvironment { t in
            let owner = try await t.makeUser("integration", role: .coordinator)
            let tokens = TokenService(env: t.env)

            await #expect(throws: DomainError.invalidTokenLifetime(maximumDays: 90)) {
                try await tokens.create(for: owner.id, name: "too long", lifetimeDays: 400, scope: .readWrite, by: .system)
            }
            await #expect(throws: DomainError.invalidTokenName) {
                try await tokens.create(for: owner.id, name: "  ", lifetimeDays: 3, scope: .readWrite, by: .system)
            }
            #expect(try await tokens.list(by: .system).isEmpty)
        }
    }
}
