import Dispatch
import Foundation
import HummingbirdBcrypt
import Synchronization

/// bcrypt, run off the cooperative thread pool: one hash takes a quarter of a second at cost 12, and
/// blocking Swift's few concurrency threads for that long would stall every other request. At most half the
/// cores hash at once (issue 15, item 4): a burst of sign-ins waits its turn instead of taking every core.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    /// Cost 12 in production; tests use 4, the minimum, to stay fast.
    public init(cost: UInt8 = 12) {
        self.cost = cost
        // Made beside the start rather than in it: at cost 12 it was a quarter of a second of every start of every
        // `ro` command. A sign-in that comes first waits for it, so even the first one takes the usual time.
        Task.detached(priority: .background) { _ = Self.decoyHash(cost: cost) }
    }

    /// Checked against when the account does not exist, so a wrong name takes as long as a wrong password.
    private static func decoyHash(cost: UInt8) -> String {
        Self.decoys.withLock { decoys in
            if let made = decoys[cost] { return made }
            let made = Bcrypt.hash("decoy password never used", cost: cost)
            decoys[cost] = made
            return made
        }
    }

    private static let decoys = Mutex<[UInt8: String]>([:])

    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await Self.offload { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`; with no hash, spends the same time and answers false.
    public func verify(_ password: String, against hash: String?) async -> Bool {
        let cost = self.cost
        return await Self.offload {
            guard let hash else {
                _ = Bcrypt.verify(password, hash: Self.decoyHash(cost: cost))
                return false
            }
            return Bcrypt.verify(password, hash: hash)
        }
    }

    /// Shared by every hasher of the process: the limit is the machine's.
    static let gate = ConcurrencyGate(limit: max(1, ProcessInfo.processInfo.activeProcessorCount / 2))

    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await Self.gate.run {
            await withCheckedContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
            }
        }
    }
}

/// Lets at most `limit` bodies run at once; the others wait in arrival order.
actor ConcurrencyGate {
    let limit: Int
    private(set) var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = limit
    }

    func run<T: Sendable>(_ body: @Sendable () async -> T) async -> T {
        if self.running < self.limit {
            self.running += 1
        } else {
            await withCheckedContinuation { self.waiters.append($0) }  // `running` is handed over, not released
        }
        let value = await body()
        if self.waiters.isEmpty {
            self.running -= 1
        } else {
            self.waiters.removeFirst().resume()
        }
        return value
    }
}
