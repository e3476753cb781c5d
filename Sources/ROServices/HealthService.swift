import ROStore

/// Whether this instance can serve: database reachable, schema current.
public struct HealthService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    public func readiness() async -> Readiness {
        await self.env.store.readiness()
    }
}
