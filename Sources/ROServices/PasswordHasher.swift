import Dispatch
import Foundation
import HummingbirdBcrypt

/// bcrypt, run off the cooperative thread pool: one hash takes a quarter of a second at cost 12, and
/// blocking Swift's few concurrency threads for that long would stall every other request. At most half the
/// cores hash at once (issue 15, item 4): a burst of sign-ins waits its turn instead of taking every core.
public struct PasswordHasher: Sendable {
    public let cost: UInt8
    /// Checked against when the account does not exist, so a wrong name takes as long as a wrong password.
    private let decoyHash: String

    /// Cost 12 in production; tests use 4, the minimum, to stay fast.
    public init(cost: UInt8 = 12) {
        self.cost = cost
        self.decoyHash = Bcrypt.hash("decoy password never used", cost: cost)
    }

    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await Self.offload { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`; with no hash, spends the same time and answers false.
    public func verify(_ password: String, against hash: String?) async -> Bool {
        let decoy = self.decoyHash
        return await Self.offload {
            guard let hash else {
                _ = Bcrypt.verify(password, hash: decoy)
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
