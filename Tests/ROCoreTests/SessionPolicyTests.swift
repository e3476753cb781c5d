import Foundation
import ROCore
import Testing

@Suite struct SessionPolicyTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    let policy = SessionPolicy(idleTimeout: 30 * 60, absoluteTimeout: 12 * 3600, touchInterval: 60)

    func session(createdAt: Date, lastSeenAt: Date) -> Session {
        Session(tokenHash: "h", userID: Identifier(UUID()), csrfToken: "c", createdAt: createdAt, lastSeenAt: lastSeenAt)
    }

    @Test func endsAfterThirtyIdleMinutes() {
        let session = self.session(createdAt: self.t0, lastSeenAt: self.t0)

        #expect(self.policy.isAlive(session, at: self.t0.addingTimeInterval(29 * 60)))
        #expect(!self.policy.isAlive(session, at: self.t0.addingTimeInterval(30 * 60)))
    }

    @Test func endsTwelveHoursAfterSignInHoweverActive() {
        let session = self.session(createdAt: self.t0, lastSeenAt: self.t0.addingTimeInterval(12 * 3600 - 1))

        #expect(!self.policy.isAlive(session, at: self.t0.addingTimeInterval(12 * 3600)))
    }

    @Test func activityIsWrittenAtMostOncePerMinute() {
        let session = self.session(createdAt: self.t0, lastSeenAt: self.t0)

        #expect(!self.policy.needsTouch(session, at: self.t0.addingTimeInterval(59)))
        #expect(self.policy.needsTouch(session, at: self.t0.addingTimeInterval(60)))
    }
}

@Suite struct SignInThrottleTests {
    @Test func blocksAtFiveFailuresForOneAccount() {
        let throttle = SignInThrottle.standard

        #expect(!throttle.isBlocked(accountFailures: 4, addressFailures: 4))
        #expect(throttle.isBlocked(accountFailures: 5, addressFailures: 5))
    }

    @Test func blocksOneAddressTryingManyAccounts() {
        #expect(SignInThrottle.standard.isBlocked(accountFailures: 0, addressFailures: 20))
    }

    @Test func accountKeysIgnoreCase() {
        #expect(SignInThrottle.keys(username: "Claire", address: "10.0.0.1").account == SignInThrottle.keys(username: "claire", address: "x").account)
    }
}

@Suite struct PolicyTests {
    /// N6: accounts are managed by administrators only; administrators hold no other role.
    @Test(arguments: Role.allCases)
    func onlyAdministratorsManageAccounts(_ role: Role) {
        #expect(Policy.allows(role, .manageAccounts) == (role == .admin))
    }

    @Test(arguments: Role.allCases)
    func onlyAuditorsReadAuditMetadata(_ role: Role) {
        #expect(Policy.allows(role, .readAuditMetadata) == (role == .auditor))
    }

    @Test(arguments: Role.allCases)
    func everyoneUsesTheirOwnAccount(_ role: Role) {
        #expect(Policy.allows(role, .useOwnAccount))
    }

    /// N8: there is no role for Parole Board members or sentence-management staff.
    @Test func noRoleExistsForExcludedDecisionMakers() {
        #expect(
            Set(Role.allCases.map(\.rawValue)) == [
                "coordinator", "mediator", "referrer", "victimServices", "siteLiaison", "manager", "auditor", "admin", "participant",
            ]
        )
    }
}

@Suite struct AuditEntryTests {
    @Test func canonicalTextSeparatesFieldsUnambiguously() {
        let a = AuditEntry.canonicalText(
            position: 1,
            actorUserID: "",
            actorRole: "a|b",
            action: "x",
            target: "",
            outcome: "success",
            atMicroseconds: 1,
            requestID: "",
            previousHash: AuditEntry.genesisHash
        )
        let b = AuditEntry.canonicalText(
            position: 1,
            actorUserID: "",
            actorRole: "a",
            action: "b|x",
            target: "",
            outcome: "success",
            atMicroseconds: 1,
            requestID: "",
            previousHash: AuditEntry.genesisHash
        )
        #expect(a != b)
    }

    @Test func genesisHashIsSixtyFourZeros() {
        #expect(AuditEntry.genesisHash == String(repeating: "0", count: 64))
    }
}
