import Foundation
import ROCore
import ROStore
import ROStoreSQL
import ROTestSupport
import Testing

@Suite struct AccountStoreTests {
    let t0 = TestClock.start

    func user(_ number: Int, _ username: String, role: Role = .coordinator) -> User {
        User(id: Identifier(UUID(number)), username: username, displayName: "Test \(number) (fictional)", role: role, createdAt: self.t0)
    }

    @Test(arguments: Backend.available)
    func usersRoundTrip(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let original = self.user(1, "claire")
            try await store.transaction { try await $0.users.insert(original, passwordHash: "hash-1") }

            let (loaded, credentials, count) = try await store.transaction { tx in
                (try await tx.users.get(original.id), try await tx.users.credentials(username: "claire"), try await tx.users.count())
            }

            #expect(loaded == original)
            #expect(credentials?.passwordHash == "hash-1")
            #expect(count == 1)
        }
    }

    @Test(arguments: Backend.available)
    func aTakenUsernameIsRefusedAndChangesNothing(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            try await store.transaction { try await $0.users.insert(self.user(1, "claire"), passwordHash: "h") }

            await #expect(throws: DomainError.usernameTaken) {
                try await store.transaction { try await $0.users.insert(self.user(2, "claire"), passwordHash: "h") }
            }
            #expect(try await store.transaction { try await $0.users.count() } == 1)
        }
    }

    /// Two administrators editing one account: the second save is refused, never a lost update.
    @Test(arguments: Backend.available)
    func aStaleSaveIsRefused(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let original = self.user(1, "claire")
            try await store.transaction { try await $0.users.insert(original, passwordHash: "h") }
            let promoted = {
                var copy = original
                copy.role = .admin
                return copy
            }()
            let saved = try await store.transaction { try await $0.users.save(promoted, replacing: original) }
            let disabled = {
                var copy = original
                copy.isDisabled = true
                return copy
            }()

            await #expect(throws: DomainError.staleWrite) {
                try await store.transaction { try await $0.users.save(disabled, replacing: original) }
            }
            #expect(saved.version == original.version + 1)
            #expect(try await store.transaction { try await $0.users.get(original.id) } == saved)
        }
    }

    /// A transaction is all or nothing: an error after a write leaves no trace of it.
    @Test(arguments: Backend.available)
    func aFailedTransactionLeavesNothingBehind(_ backend: Backend) async throws {
        struct Boom: Error {}
        try await withMigratedStore(backend) { store in
            await #expect(throws: Boom.self) {
                try await store.transaction { tx in
                    try await tx.users.insert(self.user(1, "claire"), passwordHash: "h")
                    try await tx.audit.append(
                        AuditRecord(actor: .system, action: .userCreated, target: "user:x", outcome: .success, at: self.t0, requestID: "")
                    )
                    throw Boom()
                }
            }
            let (users, audit) = try await store.transaction { tx in (try await tx.users.count(), try await tx.audit.recent(limit: 10)) }
            #expect(users == 0)
            #expect(audit.isEmpty)
            #expect(try await store.transaction { try await $0.audit.verify() } == .intact(entries: 0))
        }
    }

    @Test(arguments: Backend.available)
    func sessionsAreStoredTouchedAndEnded(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let owner = self.user(1, "claire")
            let session = Session(tokenHash: "hash-a", userID: owner.id, csrfToken: "csrf", createdAt: self.t0, lastSeenAt: self.t0)
            let other = Session(tokenHash: "hash-b", userID: owner.id, csrfToken: "csrf", createdAt: self.t0, lastSeenAt: self.t0)
            try await store.transaction { tx in
                try await tx.users.insert(owner, passwordHash: "h")
                try await tx.sessions.insert(session)
                try await tx.sessions.insert(other)
                try await tx.sessions.touch(tokenHash: "hash-a", at: self.t0.addingTimeInterval(90))
            }

            let touched = try await store.transaction { try await $0.sessions.get(tokenHash: "hash-a") }
            try await store.transaction { try await $0.sessions.deleteAll(of: owner.id) }
            let afterEnd = try await store.transaction { tx in
                (try await tx.sessions.get(tokenHash: "hash-a"), try await tx.sessions.get(tokenHash: "hash-b"))
            }

            #expect(touched?.lastSeenAt == self.t0.addingTimeInterval(90))
            #expect(touched?.csrfToken == "csrf")
            #expect(afterEnd.0 == nil && afterEnd.1 == nil)
        }
    }

    @Test(arguments: Backend.available)
    func tokensAreFoundByDigestAndRevokedOnce(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            let owner = self.user(1, "integration")
            let token = APIToken(
                id: Identifier(UUID(2)),
                userID: owner.id,
                name: "nightly",
                createdAt: self.t0,
                expiresAt: self.t0.addingTimeInterval(86_400),
                scope: .read
            )
            try await store.transaction { tx in
                try await tx.users.insert(owner, passwordHash: "h")
                try await tx.tokens.insert(token, secretHash: "digest")
            }

            let found = try await store.transaction { try await $0.tokens.find(secretHash: "digest") }
            let revoked = try await store.transaction { try await $0.tokens.revoke(token.id, at: self.t0.addingTimeInterval(10)) }
            let again = try await store.transaction { try await $0.tokens.revoke(token.id, at: self.t0.addingTimeInterval(20)) }

            #expect(found == token)
            #expect(revoked.revokedAt == self.t0.addingTimeInterval(10))
            #expect(again.revokedAt == self.t0.addingTimeInterval(10))
            await #expect(throws: DomainError.tokenNotFound) {
                try await store.transaction { try await $0.tokens.revoke(Identifier(UUID(99)), at: self.t0) }
            }
        }
    }

    @Test(arguments: Backend.available)
    func signInFailuresAreCountedPerKeyAndWindow(_ backend: Backend) async throws {
        try await withMigratedStore(backend) { store in
            try await store.transaction { tx in
                try await tx.signInFailures.record(keys: ["account:claire", "address:a"], at: self.t0, attempt: "one")
                try await tx.signInFailures.record(keys: ["account:claire"], at: self.t0.addingTimeInterval(600), attempt: "two")
            }

            let (recent, all, address) = try await store.transaction { tx in
                (
                    try await tx.signInFailures.count(key: "account:claire", since: self.t0.addingTimeInterval(1)),
                    try await tx.signInFailures.count(key: "account:claire", since: self.t0.addingTimeInterval(-1)),
                    try await tx.signInFailures.count(key: "address:a", since: self.t0.addingTimeInterval(-1))
                )
            }
            try await store.transaction { try await $0.signInFailures.clear(key: "account:claire") }
            let cleared = try await store.transaction {
                try await $0.signInFailures.count(key: "account:claire", since: self.t0.addingTimeInterval(-1))
            }

            #expect(recent == 1)
            #expect(all == 2)
            #expect(address == 1)
            #expect(cleared == 0)
        }
    }
}
