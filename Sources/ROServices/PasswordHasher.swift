import Dispatch
import HummingbirdBcrypt

/// bcrypt, run off the cooperative thread pool: one hash takes a quarter of a second at cost 12, and
/// blocking Swift's few concurrency threads for that long would stall every other request.
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

    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
