import Foundation

/// Who did something: a signed-in person, an API token's owner, or the `ro` command run by an operator.
public struct AuditActor: Sendable, Equatable {
    public let userID: Identifier<User>?
    /// The role at the time, or `"system"` for the command line and `"anonymous"` before sign-in.
    public let role: String

    public init(userID: Identifier<User>?, role: String) {
        self.userID = userID
        self.role = role
    }

    public static func user(_ user: User) -> AuditActor { AuditActor(userID: user.id, role: user.role.rawValue) }
    /// Someone not signed in: a sign-in attempt, say.
    public static let anonymous = AuditActor(userID: nil, role: "anonymous")
    /// An operator at the server's command line (`ro users …`).
    public static let system = AuditActor(userID: nil, role: "system")
}

/// What happened. Raw values are stored and hashed: never rename one.
public enum AuditAction: String, Sendable, CaseIterable {
    case signIn = "sign-in"
    case signOut = "sign-out"
    case passwordChanged = "password.changed"
    /// Issue 15, item 1: a second factor confirmed with a first code (its recovery codes made with it), a sign-in
    /// completed with a recovery code instead of a code (one fewer left).
    case secondFactorEnrolled = "second-factor.enrolled"
    case recoveryCodeUsed = "second-factor.recovery-code-used"
    /// The password and code given again before an approval (or refused).
    case identityConfirmed = "identity.confirmed"
    /// An account's second factor removed (two administrators, or the operator): it sets up a new one at sign-in.
    case secondFactorResetProposed = "second-factor.reset-proposed"
    case passwordResetProposed = "password.reset-proposed"
    case secondFactorReset = "second-factor.reset"
    case recoveryCodesReplaced = "second-factor.recovery-codes-replaced"
    case passwordReset = "password.reset"
    case userCreated = "user.created"
    case userRoleChanged = "user.role-changed"
    /// N6: one administrator proposed a role; a second must make the same change.
    case userRoleProposed = "user.role-proposed"
    case userRoleProposalWithdrawn = "user.role-proposal-withdrawn"
    /// N6: one administrator created an account, or asked to enable one again; a second must approve. A withdrawn
    /// proposal (of any kind but a role's) is `user.proposal-withdrawn`.
    case userCreationProposed = "user.creation-proposed"
    case userEnableProposed = "user.enable-proposed"
    case userProposalWithdrawn = "user.proposal-withdrawn"
    case userDisabled = "user.disabled"
    case userEnabled = "user.enabled"
    /// N2: the end of an account's access (a mediator's contract) set, moved or removed.
    case userAccessEndSet = "user.access-end-set"
    case usersListed = "users.listed"
    case tokenCreated = "token.created"
    case tokenRevoked = "token.revoked"
    case tokenRefused = "token.refused"
    case accessDenied = "access.denied"
    case auditVerified = "audit.verified"
    case caseOpened = "case.opened"
    case caseRead = "case.read"
    /// A coordinator read who looked at a case (its access report).
    case caseAccessReportRead = "case.access-report-read"
    case caseChanged = "case.changed"
    /// §7.3: a legal hold placed or lifted on a case (its target), a disposal proposed, withdrawn, or approved
    /// (the case disposed of), and the disposal list or certificates read.
    case legalHoldPlaced = "case.legal-hold-placed"
    case legalHoldLifted = "case.legal-hold-lifted"
    case disposalProposed = "case.disposal-proposed"
    case disposalWithdrawn = "case.disposal-withdrawn"
    case caseDisposed = "case.disposed"
    case disposalsListed = "disposals.listed"
    /// §7.3: a coordinator erased a closed case's video and audio once their retention ended.
    case recordingsErased = "case.recordings-erased"
    /// §7.3: the request and information logs' entries past their retention became counts (by the system).
    case logsReducedToCounts = "logs.reduced-to-counts"
    /// §7.3: the content of audit entries past their retention was removed (by the system); this entry, written
    /// after them, also gives `verify` the chain's own clock to hold the removal to.
    case auditContentRemoved = "audit.content-removed"
    /// §7.2: a restricted note was read; each view is its own entry, its case the target.
    case restrictedNoteRead = "case.restricted-note-read"
    case casesListed = "cases.listed"
    /// §7.2: a search, recorded without what was typed.
    case casesSearched = "cases.searched"
    case directRequestLogged = "direct-request.logged"
    case entryRequestsListed = "entry-requests.listed"
    case siteSaved = "site.saved"
    case programSettingsChanged = "program-settings.changed"
    case labelChanged = "label.changed"
    case labelReset = "label.reset"
    case siteLiaisonLinked = "site.liaison-linked"
    /// A file of an item was read (downloaded or played); its case is the target.
    case mediaRead = "media.read"
    /// A fiscal year's statistics were read (aggregates only; the target is the year).
    case statisticsRead = "statistics.read"
    case informationGivenLogged = "information-given.logged"
    /// N7: an auditor read a case's metadata (pseudonyms, no content).
    case caseMetadataRead = "case.metadata-read"
    case investigationOpened = "investigation.opened"
    case investigationApproved = "investigation.approved"
    case investigationClosed = "investigation.closed"
    case investigationsListed = "investigations.listed"
    /// N7: an auditor read a case's content under an approved investigation; its target is the case, so
    /// the case's access report shows it.
    case caseReadUnderInvestigation = "case.read-under-investigation"
    /// R55: a research extract was proposed, approved, produced (its target is the extract), or the list read.
    case researchExtractProposed = "research-extract.proposed"
    case researchExtractApproved = "research-extract.approved"
    case researchExtractProduced = "research-extract.produced"
    case researchExtractsListed = "research-extracts.listed"
}

public enum AuditOutcome: String, Sendable, CaseIterable {
    case success
    /// The rules refused it (permission, throttle, validation).
    case denied
    /// It was tried and did not work (a wrong password).
    case failed
}

/// One thing to append to the audit log. Holds ids and codes only, never names or free text: the audit
/// trail holds no content (ro-program.md §7.2).
public struct AuditRecord: Sendable, Equatable {
    public let actor: AuditActor
    public let action: AuditAction
    /// What it was done to, as `kind:id` (`user:…`, `token:…`), or empty.
    public let target: String
    public let outcome: AuditOutcome
    public let at: Date
    /// The HTTP request id (`hb.request.id`), or empty outside a request.
    public let requestID: String

    public init(actor: AuditActor, action: AuditAction, target: String, outcome: AuditOutcome, at: Date, requestID: String) {
        self.actor = actor
        self.action = action
        self.target = target
        self.outcome = outcome
        self.at = at
        self.requestID = requestID
    }

    /// The target text for a user.
    public static func target(_ id: Identifier<User>) -> String { "user:\(id)" }
    public static func target(_ id: Identifier<APIToken>) -> String { "token:\(id)" }
    public static func target(_ id: Identifier<Case>) -> String { "case:\(id)" }
    public static func target(_ id: Identifier<DirectRequestLogEntry>) -> String { "direct-request:\(id)" }
    public static func target(_ id: Identifier<InformationGivenEntry>) -> String { "information-given:\(id)" }
    public static func target(_ id: Identifier<Meeting>) -> String { "meeting:\(id)" }
    public static func target(_ id: Identifier<Investigation>) -> String { "investigation:\(id)" }
    public static func target(_ id: Identifier<ResearchExtract>) -> String { "research-extract:\(id)" }
}

/// A stored audit entry: the record, its place in the chain, and the hashes that chain it.
public struct AuditEntry: Sendable, Equatable {
    /// 1, 2, 3…: no gaps in an intact log.
    public let position: Int64
    public let actorUserID: String
    public let actorRole: String
    public let action: String
    public let target: String
    public let outcome: String
    /// Microseconds since 1970, stored as an integer so the hashed value survives every database exactly.
    public let atMicroseconds: Int64
    public let requestID: String
    public let previousHash: String
    public let hash: String
    /// The hash of the entry's content alone (who, what, about what, outcome, request), which the chain links
    /// in place of the content itself; nil for entries written before that (migration 0020), whose hash covers
    /// their content directly and which therefore stay whole.
    public let contentHash: String?
    /// §7.3: the content's retention ended ("longest related record + 2 years") and it was removed; the entry
    /// keeps its place, time and hashes, so the chain still verifies.
    public let contentRemoved: Bool

    public init(
        position: Int64,
        actorUserID: String,
        actorRole: String,
        action: String,
        target: String,
        outcome: String,
        atMicroseconds: Int64,
        requestID: String,
        previousHash: String,
        hash: String,
        contentHash: String? = nil,
        contentRemoved: Bool = false
    ) {
        self.position = position
        self.actorUserID = actorUserID
        self.actorRole = actorRole
        self.action = action
        self.target = target
        self.outcome = outcome
        self.atMicroseconds = atMicroseconds
        self.requestID = requestID
        self.previousHash = previousHash
        self.hash = hash
        self.contentHash = contentHash
        self.contentRemoved = contentRemoved
    }

    /// When it happened, from the stored microseconds.
    public var at: Date { Date(timeIntervalSince1970: Double(self.atMicroseconds) / 1_000_000) }

    /// The hash of the (empty) entry before the first one.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The exact bytes that are hashed: every field, each prefixed with its length so that no two
    /// different entries read the same.
    public static func canonicalText(
        position: Int64,
        actorUserID: String,
        actorRole: String,
        action: String,
        target: String,
        outcome: String,
        atMicroseconds: Int64,
        requestID: String,
        previousHash: String
    ) -> String {
        let fields = [
            String(position), actorUserID, actorRole, action, target, outcome, String(atMicroseconds), requestID, previousHash,
        ]
        return fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    /// The bytes of an entry's content, hashed apart so that the content can later be removed (§7.3) while the
    /// chain, which links this hash, still verifies.
    public static func contentText(
        actorUserID: String,
        actorRole: String,
        action: String,
        target: String,
        outcome: String,
        requestID: String
    ) -> String {
        Self.lengthPrefixed(["content-v2", actorUserID, actorRole, action, target, outcome, requestID])
    }

    /// The bytes that chain an entry: its place, its time, its content's hash and the previous entry's hash.
    public static func linkText(position: Int64, atMicroseconds: Int64, contentHash: String, previousHash: String) -> String {
        Self.lengthPrefixed(["link-v2", String(position), String(atMicroseconds), contentHash, previousHash])
    }

    private static func lengthPrefixed(_ fields: [String]) -> String {
        fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    /// `contentText` of this entry, as stored.
    public var contentText: String {
        Self.contentText(
            actorUserID: self.actorUserID,
            actorRole: self.actorRole,
            action: self.action,
            target: self.target,
            outcome: self.outcome,
            requestID: self.requestID
        )
    }

    /// §7.3: the audit trail outlives its record by 2 years, so no entry's content goes sooner than that after it
    /// was written; `verify` holds removals to it.
    public static let minimumAgeForRemoval: TimeInterval = 730 * 86_400

    /// `canonicalText` of this entry.
    public var canonicalText: String {
        Self.canonicalText(
            position: self.position,
            actorUserID: self.actorUserID,
            actorRole: self.actorRole,
            action: self.action,
            target: self.target,
            outcome: self.outcome,
            atMicroseconds: self.atMicroseconds,
            requestID: self.requestID,
            previousHash: self.previousHash
        )
    }
}

/// The result of walking the audit chain.
public enum AuditVerification: Sendable, Equatable {
    /// Every entry's hash matches its content and links to the one before.
    case intact(entries: Int64)
    /// The first position where the chain does not hold: an entry was edited, removed or inserted there.
    case broken(position: Int64, reason: AuditBreak)
}

public enum AuditBreak: String, Sendable {
    /// The entry's content no longer gives its stored hash: it was edited.
    case contentChanged = "content-changed"
    /// The entry does not link to the one before: one was removed or inserted.
    case linkBroken = "link-broken"
    /// Positions skip or repeat: an entry was removed or inserted.
    case positionGap = "position-gap"
    /// The chain head does not match the last entry: entries were removed from the end.
    case headMismatch = "head-mismatch"
    /// An entry's content was removed less than two years before the chain's last entry: no retention ends so
    /// soon (§7.3), so it was erased to hide it.
    case removedTooSoon = "removed-too-soon"
    /// The chain ends before a signed checkpoint's position: its tail was cut (and its head rewritten to hide it).
    case tailCut = "tail-cut"
    /// The entry at a signed checkpoint's position has another hash: the chain was rewritten up to there.
    case differsFromCheckpoint = "differs-from-checkpoint"
}

/// Issue 15, item 7: a statement, signed outside the database, that the audit chain's entry at `position` had
/// `hash`. Each hash covers every entry before it, so a chain that still has that hash there is unchanged up to
/// it, and a chain that ends before it lost its tail.
public struct AuditCheckpoint: Sendable, Equatable {
    public let position: Int64
    public let hash: String
    /// When it was signed, to the second.
    public let at: Date

    public init(position: Int64, hash: String, at: Date) {
        self.position = position
        self.hash = hash
        self.at = Date(timeIntervalSince1970: at.timeIntervalSince1970.rounded(.down))
    }

    /// The exact bytes signed.
    public var signedText: String {
        "ro-audit-checkpoint-v1|\(self.position)|\(self.hash)|\(Int64(self.at.timeIntervalSince1970))"
    }
}
