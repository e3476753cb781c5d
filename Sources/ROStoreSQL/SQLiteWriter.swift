import SQLiteKit
import Synchronization

/// SQLite's one writing connection, used by one transaction at a time, with group commit (issue 16, item 3).
///
/// Each transaction runs inside a savepoint of a database transaction that stays open while others wait for the
/// writer: the next one continues it, and the last of the group (no one waiting, or `groupLimit` reached) commits
/// for all. A commit syncs the log to disk (`synchronous = FULL`), so one sync serves the group. Every caller
/// returns only after the commit that holds its work, and a transaction that fails is rolled back to its savepoint
/// alone: to each caller it is the same as a transaction of its own, saved in the order the writer ran them.
final class SQLiteWriter: Sendable {
    let connection: SQLiteConnection
    private let lock = AsyncLock()
    /// The group under way: read and changed only by the transaction holding `lock`.
    private let open = Mutex<CommitGroup?>(nil)
    /// At most this many transactions share a commit, so that a steady stream of writes still commits often.
    static let groupLimit = 64
    private let commitCount = Atomic<Int>(0)
    /// How many commits this writer has made (fewer than its transactions when they were grouped).
    var commits: Int { self.commitCount.load(ordering: .relaxed) }

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Runs `body` as one transaction. `wait`: how long to wait for another connection (another process) that
    /// holds SQLite's write lock, when this transaction begins a group.
    func transaction<T: Sendable>(waitingAtMost wait: Duration, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let (outcome, group): (Result<T, any Error>, CommitGroup) = try await self.lock.withLock {
            let db = self.connection.sql(queryLogLevel: nil)
            let group: CommitGroup
            if let current = self.open.withLock({ $0 }) {
                group = current
            } else {
                try await Self.beginImmediate(db, waitingAtMost: wait)
                group = CommitGroup()
                self.open.withLock { $0 = group }
            }
            let outcome: Result<T, any Error>
            do {
                try await db.raw("SAVEPOINT work").run()
                let value = try await body(db)
                try await db.raw("RELEASE work").run()
                outcome = .success(value)
            } catch {
                try? await db.raw("ROLLBACK TO work").run()
                try? await db.raw("RELEASE work").run()
                outcome = .failure(error)
            }
            let othersWaiting = await self.lock.hasWaiters
            let members = group.join()
            // A failure ends the group too: some SQLite errors (a full disk, an I/O error) roll back the whole
            // transaction, and the next savepoint would then begin a new one; committing now tells every member.
            let failed = if case .failure = outcome { true } else { false }
            if members >= Self.groupLimit || !othersWaiting || failed {
                self.open.withLock { $0 = nil }
                StoreMetrics.commitGroupSize.record(members)
                self.commitCount.add(1, ordering: .relaxed)
                do {
                    try await db.raw("COMMIT").run()
                    group.finish(nil)
                } catch {
                    try? await db.raw("ROLLBACK").run()
                    group.finish(error)
                }
            }
            return (outcome, group)
        }
        let value = try outcome.get()
        try await group.committed()
        return value
    }

    /// Takes SQLite's write lock, waiting for another connection to let go (a loaded machine can hold the writer
    /// for seconds). The connection's busy timeout stays 0 and the wait happens here:
    /// SQLite's own wait would block one of the few threads all connections of the process share, and two
    /// connections of one process (two stores opened at once) could then wait on each other for the
    /// whole timeout. Inside the transaction nothing waits: in WAL mode the writer holds the only lock it needs.
    private static func beginImmediate(_ db: any SQLDatabase, waitingAtMost wait: Duration) async throws {
        let deadline = ContinuousClock.now + wait
        while true {
            do {
                try await db.raw("BEGIN IMMEDIATE").run()
                return
            } catch let error as SQLiteError where error.reason == .busy && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(10))
            }
        }
    }
}

/// The transactions that share one commit, and what became of it.
final class CommitGroup: Sendable {
    private struct State {
        var members = 0
        /// nil while the commit is to come; then `.success` or the commit's error.
        var outcome: Result<Void, any Error>?
        var waiting: [CheckedContinuation<Void, any Error>] = []
    }

    private let state = Mutex(State())

    /// Counts one more transaction in; returns how many the group holds.
    func join() -> Int {
        self.state.withLock {
            $0.members += 1
            return $0.members
        }
    }

    func finish(_ error: (any Error)?) {
        let waiting = self.state.withLock { state in
            state.outcome = error.map { .failure($0) } ?? .success(())
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting {
            if let error { continuation.resume(throwing: error) } else { continuation.resume() }
        }
    }

    /// Returns once the group is committed; throws the commit's error.
    func committed() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let outcome: Result<Void, any Error>? = self.state.withLock { state in
                if state.outcome == nil { state.waiting.append(continuation) }
                return state.outcome
            }
            if let outcome { continuation.resume(with: outcome) }
        }
    }
}
