import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLUserStore: UserStore {
    let db: any SQLDatabase

    private static let columns: SQLQueryString =
        "id, username, display_name, role, password_hash, is_disabled, created_at, version, proposed_role, role_proposed_by, access_ends_at"

    func insert(_ user: User, passwordHash: String) async throws {
        // ON CONFLICT DO NOTHING instead of catching the error: on PostgreSQL an error would end the transaction.
        let row = try await self.db.raw(
            """
            INSERT INTO users (\(Self.columns))
            VALUES (\(bind: user.id.rawValue), \(bind: user.username), \(bind: user.displayName), \(bind: user.role.rawValue),
                    \(bind: passwordHash), \(bind: user.isDisabled), \(bind: user.createdAt), \(bind: user.version),
                    \(bind: user.pendingRole?.role.rawValue), \(bind: user.pendingRole?.proposedBy.rawValue), \(bind: user.accessEndsAt))
            ON CONFLICT (username) DO NOTHING
            RETURNING id
            """
        ).first()
        guard row != nil else { throw DomainError.usernameTaken }
    }

    func get(_ id: Identifier<User>) async throws -> User {
        try await self.credentials(id).user
    }

    func credentials(_ id: Identifier<User>) async throws -> UserCredentials {
        guard let row = try await self.db.raw("SELECT \(Self.columns) FROM users WHERE id = \(bind: id.rawValue)").first() else {
            throw DomainError.userNotFound
        }
        return try Self.decode(row)
    }

    func credentials(username: String) async throws -> UserCredentials? {
        try await self.db.raw("SELECT \(Self.columns) FROM users WHERE username = \(bind: username)").first().map(Self.decode)
    }

    func all() async throws -> [User] {
        try await self.db.raw("SELECT \(Self.columns) FROM users ORDER BY username").all().map { try Self.decode($0).user }
    }

    func save(_ next: User, replacing current: User) async throws -> User {
        let row = try await self.db.raw(
            """
            UPDATE users
            SET username = \(bind: next.username), display_name = \(bind: next.displayName), role = \(bind: next.role.rawValue),
                is_disabled = \(bind: next.isDisabled), proposed_role = \(bind: next.pendingRole?.role.rawValue),
                role_proposed_by = \(bind: next.pendingRole?.proposedBy.rawValue), access_ends_at = \(bind: next.accessEndsAt),
                version = version + 1
            WHERE id = \(bind: current.id.rawValue) AND version = \(bind: current.version)
            RETURNING version
            """
        ).first()
        guard let row else { throw DomainError.staleWrite }
        var saved = next
        saved.version = try row.decode(column: "version", as: Int.self)
        return saved
    }

    func setPasswordHash(_ hash: String, for id: Identifier<User>) async throws {
        let row = try await self.db.raw(
            """
            UPDATE users SET password_hash = \(bind: hash), version = version + 1 WHERE id = \(bind: id.rawValue) RETURNING id
            """
        ).first()
        guard row != nil else { throw DomainError.userNotFound }
    }

    func count() async throws -> Int {
        try await self.db.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    static func decode(_ row: any SQLRow) throws -> UserCredentials {
        guard let role = Role(rawValue: try row.decode(column: "role", as: String.self)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown role in users.role"))
        }
        let user = User(
            id: Identifier(try row.decode(column: "id", as: UUID.self)),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: role,
            isDisabled: try row.decode(column: "is_disabled", as: Bool.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            version: try row.decode(column: "version", as: Int.self),
            pendingRole: try Self.pendingRole(row),
            accessEndsAt: try row.decode(column: "access_ends_at", as: Date?.self)
        )
        return UserCredentials(user: user, passwordHash: try row.decode(column: "password_hash", as: String.self))
    }

    private static func pendingRole(_ row: any SQLRow) throws -> PendingRoleChange? {
        guard let proposed = try row.decode(column: "proposed_role", as: String?.self), let role = Role(rawValue: proposed),
            let proposer = try row.decode(column: "role_proposed_by", as: UUID?.self)
        else { return nil }
        return PendingRoleChange(role: role, proposedBy: Identifier(proposer))
    }
}

extension Migration {
    /// N2: a mediator's contract end; access ends at that moment.
    static let m0023AccessEnds = Migration(id: "0023_access_ends") { db, type, _ in
        try await db.raw("ALTER TABLE users ADD COLUMN access_ends_at \(type.time)").run()
    }
}
