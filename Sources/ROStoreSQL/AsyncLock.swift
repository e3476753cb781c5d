import SQLiteKit

/// A first-come, first-served lock for async code: the one SQLite writer connection is used by one
/// transaction at a time (SQLite allows one writer; several writing connections make sqlite-nio spin).
actor AsyncLock {
    private var isLocked = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func withLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await self.lock()
        do {
            let value = try await body()
            self.unlock()
            return value
        } catch {
            self.unlock()
            throw error
        }
    }

    /// Whether a task waits for the lock (asked by its holder: another will hold it next).
    var hasWaiters: Bool { !self.waiters.isEmpty }

    private func lock() async {
        guard self.isLocked else {
            self.isLocked = true
            return
        }
        await withCheckedContinuation { self.waiters.append($0) }
    }

    private func unlock() {
        if self.waiters.isEmpty {
            self.isLocked = false
        } else {
            self.waiters.removeFirst().resume()  // the lock passes straight to the next waiter
        }
    }
}

/// SQLite's reading connections: each used by one transaction at a time, handed to whoever waited longest.
actor SQLiteReaders {
    private var idle: [SQLiteConnection]
    private var waiters: [CheckedContinuation<SQLiteConnection, Never>] = []

    init(_ connections: [SQLiteConnection]) {
        self.idle = connections
    }

    func withReader<T: Sendable>(_ body: @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        let connection = await self.take()
        do {
            let value = try await body(connection)
            self.give(connection)
            return value
        } catch {
            self.give(connection)
            throw error
        }
    }

    private func take() async -> SQLiteConnection {
        if let connection = self.idle.popLast() { return connection }
        return await withCheckedContinuation { self.waiters.append($0) }
    }

    private func give(_ connection: SQLiteConnection) {
        if self.waiters.isEmpty {
            self.idle.append(connection)
        } else {
            self.waiters.removeFirst().resume(returning: connection)  // straight to the next waiter
        }
    }
}
