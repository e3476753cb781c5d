import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLUserStore: UserStore {
    let db: any SQLDatabase

    private static let columns: SQLQueryString =
        "id, username, display_name, role, password_hash, is_disabled, created_at, version, pending_change, pending_change_by, access_ends_at"

    func insert(_ user: User, passwordHash: String) async throws {
        // ON CONFLICT DO NOTHING instead of catching the error: on PostgreSQL an error would end the transaction.
        let row = try await self.db.raw(
            """
            INSERT INTO users (\(Self.columns))
            VALUES (\(bind: user.id.rawValue), \(bind: user.username), \(bind: user.displayName), \(bind: user.role.rawValue),
                    \(bind: passwordHash), \(bind: user.isDisabled), \(bind: user.createdAt), \(bind: user.version),
                    \(bind: user.pendingChange?.storedText), \(bind: user.pendingChange?.proposedBy.rawValue), \(bind: user.accessEndsAt))
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
                is_disabled = \(bind: next.isDisabled), pending_change = \(bind: next.pendingChange?.storedText),
                pending_change_by = \(bind: next.pendingChange?.proposedBy.rawValue), access_ends_at = \(bind: next.accessEndsAt),
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
            pendingChange: try Self.pendingChange(row),
            accessEndsAt: try row.decode(column: "access_ends_at", as: Date?.self)
        )
        return UserCredentials(user: user, passwordHash: try row.decode(column: "password_hash", as: String.self))
    }

    private static func pendingChange(_ row: any SQLRow) throws -> PendingAccountChange? {
        guard let proposal = try row.decode(column: "pending_change", as: String?.self),
            let proposer = try row.decode(column: "pending_change_by", as: UUID?.self)
        else { return nil }
        return PendingAccountChange(storedText: proposal, proposedBy: Identifier(proposer))
    }
}

extension Migration {
    /// N2: a mediator's contract end; access ends at that moment.
    static let m0023AccessEnds = Migration(id: "0023_access_ends") { db, type, _ in
        try await db.raw("ALTER TABLE users ADD COLUMN access_ends_at \(type.time)").run()
    }
}

extension Migration {
    /// N6: every privileged account change waits for a second administrator, not only a role's: the proposal
    /// columns are renamed and hold `create`, `enable` or `role:<role>`.
    static let m0024PendingAccountChanges = Migration(id: "0024_pending_account_changes") { db, _, _ in
        try await db.raw("ALTER TABLE users RENAME COLUMN proposed_role TO pending_change").run()
        try await db.raw("ALTER TABLE users RENAME COLUMN role_proposed_by TO pending_change_by").run()
        try await db.raw("UPDATE users SET pending_change = 'role:' || pending_change WHERE pending_change IS NOT NULL").run()
    }
}
