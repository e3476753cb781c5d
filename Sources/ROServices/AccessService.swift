import ROCore

/// The permission check every route goes through (N1): deny by default, and audit each refusal.
public struct AccessService: Sendable {
    let env: AppEnvironment

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Returns when `actor` may do `permission`; otherwise records the refusal and throws `notPermitted`.
    public func require(_ permission: Permission, _ actor: Actor) async throws {
        try await self.env.require(permission, actor)
    }
}
