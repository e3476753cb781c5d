import Foundation
import ROCore

/// The storage interface, in domain words. `ROStoreSQL` is its only implementation (SQLite and
/// PostgreSQL); services use nothing else.
public protocol Store: Sendable {
    /// Runs `work` as one unit: every write in it is saved, or none is. Audit entries written inside it
    /// are part of the same unit as the change they record.
    func transaction<T: Sendable>(_ work: @Sendable (any StoreTransaction) async throws -> T) async throws -> T

    /// Runs `work`, which only reads, on a consistent snapshot: on SQLite on one of the reading connections beside
    /// the writer, so it never waits behind a write nor holds one up (checking ten million audit entries takes
    /// minutes), and reads run side by side. A write inside it fails.
    func read<T: Sendable>(_ work: @Sendable (any StoreTransaction) async throws -> T) async throws -> T

    /// Whether the database answers and its schema is the one this program expects (for `/readyz`).
    func readiness() async -> Readiness
}

/// What one transaction can reach.
public protocol StoreTransaction: Sendable {
    var users: any UserStore { get }
    var sessions: any SessionStore { get }
    var tokens: any TokenStore { get }
    var signInFailures: any SignInFailureStore { get }
    var secondFactors: any SecondFactorStore { get }
    var pendingSignIns: any PendingSignInStore { get }
    var audit: any AuditLog { get }
    var instance: any InstanceStore { get }
    var cases: any CaseStore { get }
    var directRequests: any DirectRequestStore { get }
    var informationLog: any InformationLogStore { get }
    var sites: any SiteStore { get }
    var media: any MediaStore { get }
    var programSettings: any ProgramSettingsStore { get }
    var labels: any LabelStore { get }
    var investigations: any InvestigationStore { get }
    var researchExtracts: any ResearchExtractStore { get }
    var disposals: any DisposalStore { get }
}

/// §7.3, §7.4: legal holds, disposals and the anonymous residue they leave.
public protocol DisposalStore: Sendable {
    func place(_ hold: LegalHold) async throws
    /// Saves the lifting of `hold`; throws `legalHoldNotFound` when it is unknown or already lifted.
    func lift(_ hold: LegalHold) async throws
    /// Every hold of one case, newest first.
    func holds(on caseID: Identifier<Case>) async throws -> [LegalHold]
    func hold(_ id: Identifier<LegalHold>) async throws -> LegalHold?
    /// Holds not lifted, on every case.
    func activeHolds() async throws -> [LegalHold]
    /// Throws `disposalAlreadyProposed` when the case has a proposal already.
    func propose(_ disposal: Disposal) async throws
    func withdrawProposal(of caseID: Identifier<Case>) async throws
    func disposal(of caseID: Identifier<Case>) async throws -> Disposal?
    /// Proposals waiting for a second coordinator, oldest first.
    func proposals() async throws -> [Disposal]
    /// Cases disposed of, newest first, with their certificates.
    /// The cases disposed of before `date`, oldest first (§7.3: their audit entries' retention runs from then).
    func disposedCases(before date: Date) async throws -> [Identifier<Case>]
    func disposed(limit: Int) async throws -> [Disposal]
    /// Step 3 of §7.3, inside the caller's transaction: destroys the case's data key and deletes every row of
    /// its content (events, entry requests, files, search tokens, holds); the case's row stays as a tombstone in
    /// stage DISPOSED so its reference is never given again; records the approval and keeps the residue.
    /// Throws `staleWrite` when `approved` is no longer the proposal stored.
    func dispose(_ approved: Disposal, residue: CaseFacts?) async throws
    /// §7.4: the residue of the cases disposed of that were active in the period.
    func residues(activeIn period: Range<Date>) async throws -> [CaseFacts]
}

/// R55: research extracts, one row each; what changes is approval.
public protocol ResearchExtractStore: Sendable {
    func insert(_ extract: ResearchExtract) async throws
    /// Throws `staleWrite` when the row is no longer as `current` (approved meanwhile).
    func save(_ next: ResearchExtract, replacing current: ResearchExtract) async throws
    func find(_ id: Identifier<ResearchExtract>) async throws -> ResearchExtract?
    /// Newest first.
    func recent(limit: Int) async throws -> [ResearchExtract]
}

/// N7: auditors' investigations, one row each; what changes is approval and closing.
public protocol InvestigationStore: Sendable {
    func insert(_ investigation: Investigation) async throws
    /// Saves an approval or a closing. Throws `staleWrite` when someone else approved or closed it since
    /// `current` was read, so two approvers never both succeed.
    func save(_ next: Investigation, replacing current: Investigation) async throws
    func find(_ id: Identifier<Investigation>) async throws -> Investigation?
    /// The investigations about one case, newest first.
    func about(_ caseID: Identifier<Case>) async throws -> [Investigation]
    /// Every investigation opened since `since`, newest first: the auditors' list.
    func opened(since: Date, limit: Int) async throws -> [Investigation]
}

/// R57: the program's settings, one record.
public protocol ProgramSettingsStore: Sendable {
    /// What an administrator last saved; nil until then.
    func current() async throws -> ProgramSettings?
    /// `user` is nil for an operator at the command line.
    func save(_ settings: ProgramSettings, by user: Identifier<User>?, at: Date) async throws
}

/// R57: administrators' wording for the pages' labels, one row a label.
public protocol LabelStore: Sendable {
    /// Every override, by label key.
    func all() async throws -> [String: BilingualText]
    /// `user` is nil for an operator at the command line.
    func set(_ key: String, to text: BilingualText, by user: Identifier<User>?, at: Date) async throws
    /// Whether there was an override to remove.
    func remove(_ key: String) async throws -> Bool
}

/// The bytes of item files (§4.5), in numbered chunks. A file is begun, filled chunk by chunk in short
/// transactions (a slow upload never holds the database), and counts once a case event attaches it.
public protocol MediaStore: Sendable {
    func begin(_ id: Identifier<MediaAttachment>, of caseID: Identifier<Case>, by user: Identifier<User>, at: Date) async throws
    func appendChunk(_ bytes: [UInt8], sequence: Int, to id: Identifier<MediaAttachment>, of caseID: Identifier<Case>) async throws
    /// The case a stored file belongs to and how many chunks it has; nil for an unknown or unattached file.
    func attachedFile(_ id: Identifier<MediaAttachment>) async throws -> (caseID: Identifier<Case>, chunkCount: Int)?
    func chunk(_ sequence: Int, of id: Identifier<MediaAttachment>, in caseID: Identifier<Case>) async throws -> [UInt8]
    /// Removes a file no case event attached: a failed or abandoned upload.
    func discardUnattached(_ id: Identifier<MediaAttachment>) async throws
    /// Removes every unattached file begun before `before` (uploads cut off by a stop); returns how many.
    func discardUnattached(startedBefore before: Date) async throws -> Int
}

/// Sites where meetings take place (R30) and the site liaisons who serve them (R31).
public protocol SiteStore: Sendable {
    /// Adds the site, or updates its names, region and time zone.
    func save(_ site: Site) async throws
    func all() async throws -> [Site]
    func link(_ liaison: Identifier<User>, to code: String) async throws
    func codes(servedBy liaison: Identifier<User>) async throws -> [String]
}

/// The log of offenders' direct requests (R5): no names, no content.
public protocol DirectRequestStore: Sendable {
    func insert(_ entry: DirectRequestLogEntry) async throws
    /// How many were logged in `period`, or ever when it is nil.
    func count(_ kind: DirectRequestLogEntry.Kind, receivedIn period: Range<Date>?) async throws -> Int
    /// §7.3: entries received before `cutoff` become counts per fiscal quarter; returns how many entries went.
    func reduceToCounts(receivedBefore cutoff: Date) async throws -> Int
}

/// R46: the information-given log: no names, no content.
public protocol InformationLogStore: Sendable {
    func insert(_ entry: InformationGivenEntry) async throws
    /// How many entries were logged in `period`, by recipient kind (statistics, R55).
    func countsByRecipient(in period: Range<Date>) async throws -> [InformationGivenEntry.Recipient: Int]
    /// §7.3: entries given before `cutoff` become counts per fiscal quarter; returns how many entries went.
    func reduceToCounts(givenBefore cutoff: Date) async throws -> Int
    /// The latest entries `user` logged, newest first.
    func recent(by user: Identifier<User>, limit: Int) async throws -> [InformationGivenEntry]
}

public enum Readiness: Sendable, Equatable {
    case ready
    case databaseUnreachable
    case migrationsPending
}

/// A user with the password hash that only the sign-in service reads.
public struct UserCredentials: Sendable {
    public let user: User
    public let passwordHash: String

    public init(user: User, passwordHash: String) {
        self.user = user
        self.passwordHash = passwordHash
    }
}

public protocol UserStore: Sendable {
    /// Throws `usernameTaken` when the name is in use.
    func insert(_ user: User, passwordHash: String) async throws
    /// Throws `userNotFound`.
    func get(_ id: Identifier<User>) async throws -> User
    /// The account with this (normalised) sign-in name, if any.
    func credentials(username: String) async throws -> UserCredentials?
    func credentials(_ id: Identifier<User>) async throws -> UserCredentials
    /// Every account, by sign-in name.
    func all() async throws -> [User]
    /// Saves `next` only if the stored row is still `current`; otherwise throws `staleWrite`.
    /// Returns the saved user with its new version.
    func save(_ next: User, replacing current: User) async throws -> User
    func setPasswordHash(_ hash: String, for id: Identifier<User>) async throws
    func count() async throws -> Int
}

public protocol SessionStore: Sendable {
    func insert(_ session: Session) async throws
    func get(tokenHash: String) async throws -> Session?
    func touch(tokenHash: String, at: Date) async throws
    /// Records that the person gave their password and code again (issue 15, item 1).
    func markAuthenticated(tokenHash: String, at: Date) async throws
    func delete(tokenHash: String) async throws
    /// Ends every session of one user: on disable, role change and password change.
    func deleteAll(of userID: Identifier<User>) async throws
}

public protocol TokenStore: Sendable {
    func insert(_ token: APIToken, secretHash: String) async throws
    func find(secretHash: String) async throws -> APIToken?
    func all() async throws -> [APIToken]
    /// Throws `tokenNotFound`.
    func revoke(_ id: Identifier<APIToken>, at: Date) async throws -> APIToken
    /// Issue 15, item 6: revokes every token of an account whose role changed or that was disabled; returns how many.
    func revokeAll(of userID: Identifier<User>, at: Date) async throws -> Int
    /// Records that the token was accepted at `at`, at most once a minute (a read must not cost a write each).
    func recordUse(_ id: Identifier<APIToken>, at: Date) async throws
    /// Counts a refused bearer token from `address` in the minute starting at `minute` (seconds since 1970) and
    /// returns the minute's count so far, 1 for the first (issue 15, item 7: one audit entry a minute, not one each).
    func countRefusal(from address: String, minute: Int64) async throws -> Int
}

/// Second factors and their recovery codes (issue 15, item 1). The secret is sealed with the master key at rest.
public protocol SecondFactorStore: Sendable {
    func get(of userID: Identifier<User>) async throws -> SecondFactor?
    /// Inserts or replaces the person's factor (a new enrolment replaces one never confirmed).
    func save(_ factor: SecondFactor) async throws
    /// Records the step of an accepted code if it is later than the last one; false when this step or a later one
    /// was accepted first (a code used twice, or two requests racing with one code).
    func acceptStep(_ step: Int64, of userID: Identifier<User>) async throws -> Bool
    /// Removes the factor and its recovery codes.
    func delete(of userID: Identifier<User>) async throws
    /// The people who have confirmed a second factor.
    func enrolled() async throws -> Set<Identifier<User>>
    func replaceRecoveryCodes(_ hashes: [String], of userID: Identifier<User>) async throws
    /// Uses up a recovery code: true when it was there (it is gone now).
    func useRecoveryCode(hash: String, of userID: Identifier<User>) async throws -> Bool
    func recoveryCodesLeft(of userID: Identifier<User>) async throws -> Int
}

/// Browsers between the password and the second factor.
public protocol PendingSignInStore: Sendable {
    func insert(_ pending: PendingSignIn) async throws
    func get(tokenHash: String) async throws -> PendingSignIn?
    func delete(tokenHash: String) async throws
    /// Forgets those started before `before`.
    func prune(before: Date) async throws
}

/// Failed sign-ins, counted per key (`account:…`, `address:…`) so every instance sees the same counts.
public protocol SignInFailureStore: Sendable {
    /// Holds each key until the transaction ends, so that concurrent attempts on one key check and count one
    /// after the other (issue 15, item 4); keys are taken in sorted order, so two attempts never wait on each other.
    func lock(keys: [String]) async throws
    func count(key: String, since: Date) async throws -> Int
    /// Counts an attempt under each key; `attempt` names it, for `forget` once the password proves right.
    func record(keys: [String], at: Date, attempt: String) async throws
    func forget(attempt: String) async throws
    func clear(key: String) async throws
    /// Forgets failures older than `before`.
    func prune(before: Date) async throws
}

public protocol AuditLog: Sendable {
    /// Appends `record` at the end of the hash chain and returns the stored entry.
    @discardableResult
    func append(_ record: AuditRecord) async throws -> AuditEntry
    /// Appends the records in order, as one move of the chain's head (imports, benchmark seeding).
    @discardableResult
    func append(contentsOf records: [AuditRecord]) async throws -> [AuditEntry]
    /// The newest entries first; `before`: only those before this position (an earlier page).
    func recent(limit: Int, before: Int64?) async throws -> [AuditEntry]
    /// The newest entries about one target (`case:…`) first; `before`: only those before this position (the next
    /// page of an access report, issue 16 item 4).
    func entries(about target: String, limit: Int, before: Int64?) async throws -> [AuditEntry]
    /// Walks the chain from the first entry, or from `start` (a signed checkpoint, whose entry is trusted as far as
    /// its hash), and reports the first break. The entry at each checkpoint's position must have its hash, and the
    /// chain must reach every checkpoint (issue 15, item 7).
    func verify(from start: AuditCheckpoint?, against checkpoints: [AuditCheckpoint]) async throws -> AuditVerification
    /// The last entry's position and hash as the chain's head records them; position 0 when it is empty.
    func head() async throws -> (position: Int64, hash: String)
    /// §7.3: blanks the content of the entries about `target` (or about any target starting with `prefix`)
    /// written before `before`; the chain still verifies. Returns how many were blanked.
    func removeContent(about target: String, writtenBefore before: Date) async throws -> Int
    func removeContent(aboutTargetsStartingWith prefix: String, writtenBefore before: Date) async throws -> Int
}

extension AuditLog {
    /// The newest entries first.
    public func recent(limit: Int) async throws -> [AuditEntry] {
        try await self.recent(limit: limit, before: nil)
    }

    /// The newest entries about one target first.
    public func entries(about target: String, limit: Int) async throws -> [AuditEntry] {
        try await self.entries(about: target, limit: limit, before: nil)
    }

    /// Walks the whole chain from the first entry, with nothing outside the database to hold it to.
    public func verify() async throws -> AuditVerification { try await self.verify(from: nil, against: []) }
}

/// Facts about this database as a whole.
public protocol InstanceStore: Sendable {
    /// Whether the database was made by `ro serve --demo`.
    func isDemo() async throws -> Bool
    func markDemo() async throws
}

/// A line of a case list: what queues and lists show, kept up to date from events in the same transaction.
/// Holds no names or content (they stay in the case file).
public struct CaseSummary: Sendable, Equatable {
    public let id: Identifier<Case>
    public let reference: String
    public let stage: CaseStage
    public let region: String
    public let channel: IntakeChannel
    public let openedAt: Date
    public let updatedAt: Date
    public let mediators: [Identifier<User>]
    public let version: Int

    public init(
        id: Identifier<Case>,
        reference: String,
        stage: CaseStage,
        region: String,
        channel: IntakeChannel,
        openedAt: Date,
        updatedAt: Date,
        mediators: [Identifier<User>],
        version: Int
    ) {
        self.id = id
        self.reference = reference
        self.stage = stage
        self.region = region
        self.channel = channel
        self.openedAt = openedAt
        self.updatedAt = updatedAt
        self.mediators = mediators
        self.version = version
    }

    public init(_ value: Case) {
        self.id = value.id
        self.reference = value.reference
        self.stage = value.stage
        self.region = value.region
        self.channel = value.channel
        self.openedAt = value.openedAt
        self.updatedAt = value.updatedAt
        self.mediators = value.mediators
        self.version = value.version
    }
}

/// Which cases a list shows.
public enum CaseFilter: Sendable, Equatable {
    /// The coordinator's queue: received and in assessment, oldest first.
    case awaitingAssessment
    /// Every case, newest change first.
    case all
    /// §7.3: closed cases, oldest change first: those whose retention may have ended.
    case closed
    /// The cases assigned to one mediator.
    case assignedTo(Identifier<User>)
    /// The requests and referrals one person submitted (referring staff, Victim Services), newest first.
    case openedBy(Identifier<User>)
    /// §7.2: the cases whose reference or offender's FPS number is `text`, or where one person's names have a word
    /// starting with each word of it; only among a mediator's own cases when `assignedTo` names them.
    case search(String, assignedTo: Identifier<User>?)

    /// Issue 16, item 4: each list's order, so that a page starts after the last row of the one before (keyset
    /// pagination: page 500 costs what page 1 does). Ties on the time are broken by the reference, ascending.
    public var sortsByOpening: Bool {
        switch self {
        case .awaitingAssessment, .openedBy: true
        case .all, .closed, .assignedTo, .search: false
        }
    }

    public var sortsNewestFirst: Bool {
        switch self {
        case .all, .assignedTo, .openedBy, .search: true
        case .awaitingAssessment, .closed: false
        }
    }

    /// Where the page after `row` starts.
    public func position(after row: CaseSummary) -> ListPosition {
        ListPosition(time: self.sortsByOpening ? row.openedAt : row.updatedAt, reference: row.reference)
    }
}

/// Where a page of a case list starts: after the row with this sort time and reference. It holds no personal
/// data (a time and a case reference), so it may travel in an address.
public struct ListPosition: Sendable, Equatable {
    public let time: Date
    public let reference: String

    public init(time: Date, reference: String) {
        self.time = time
        self.reference = reference
    }

    /// As an address carries it: the time's seconds (every digit of them, so the row is found again exactly), "_",
    /// and the reference.
    public var token: String { "\(self.time.timeIntervalSince1970)_\(self.reference)" }

    public init?(token: String) {
        let parts = token.split(separator: "_", maxSplits: 1).map(String.init)
        guard parts.count == 2, let seconds = Double(parts[0]), seconds.isFinite, !parts[1].isEmpty, parts[1].count <= 40 else { return nil }
        self.init(time: Date(timeIntervalSince1970: seconds), reference: parts[1])
    }
}

/// Cases as streams of events. The events are the truth; `cases` rows are their projection.
public protocol CaseStore: Sendable {
    /// Stores the first events of a new case. Throws `caseAlreadyExists` for a used id or reference.
    func create(_ id: Identifier<Case>, events: [CaseEvent]) async throws -> Case
    /// Rebuilds the case from its events. Throws `caseNotFound`.
    func load(_ id: Identifier<Case>) async throws -> Case
    /// Appends `events` only if the case is still at `current.version`; otherwise throws `staleWrite`.
    func append(_ events: [CaseEvent], to current: Case) async throws -> Case
    func events(of id: Identifier<Case>) async throws -> [CaseEvent]
    /// The events of every case opened before the period ends and changed since it began (R56: the
    /// statistics read these and nothing else).
    func histories(activeIn period: Range<Date>) async throws -> [(id: Identifier<Case>, events: [CaseEvent])]
    /// The cases `filter` selects, leaving out those `viewer` may not see (N9: restricted to others, or
    /// recused); with no viewer, every case (for the program itself, never for a person).
    func list(_ filter: CaseFilter, visibleTo viewer: Identifier<User>?, limit: Int, after: ListPosition?) async throws -> [CaseSummary]
    /// The entry requests of these sites for meetings from `since` on (N4), soonest first.
    func entryRequests(at sites: [String], since: Date) async throws -> [EntryRequestSummary]
    func entryRequest(_ meeting: Identifier<Meeting>) async throws -> EntryRequestSummary?
    /// The next number for a reference starting with `prefix` (references are not personal data); each call gives
    /// a new one, also to transactions running at once.
    func nextReferenceNumber(prefix: String) async throws -> Int
    /// The case with this reference, if any (§4.9: links name cases by reference).
    func find(reference: String) async throws -> Identifier<Case>?
    /// §7.3: removes the personal content of `people` from the case's stored events (`CaseChange.minimised`) and
    /// their names from the search index; the events stay in place, with their kinds and dates.
    func minimise(_ people: Set<Identifier<Participant>>, in id: Identifier<Case>) async throws
    /// The reference of a case, read without opening any of its content.
    func reference(of id: Identifier<Case>) async throws -> String?
    /// Issue 16, item 4: what each case's reminders follow from, kept with every change; cases unknown are left out.
    func reminderFacts(of ids: [Identifier<Case>]) async throws -> [Identifier<Case>: ReminderFacts]
}

extension CaseStore {
    /// The first page of a list.
    public func list(_ filter: CaseFilter, visibleTo viewer: Identifier<User>?, limit: Int) async throws -> [CaseSummary] {
        try await self.list(filter, visibleTo: viewer, limit: limit, after: nil)
    }
}
