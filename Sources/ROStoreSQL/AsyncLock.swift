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
