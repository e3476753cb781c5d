import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLTokenStore: TokenStore {
    let db: any SQLDatabase

    private static let columns: SQLQueryString = "id, user_id, name, created_at, expires_at, revoked_at, scope, last_used_at"

    func insert(_ token: APIToken, secretHash: String) async throws {
        try await self.db.raw(
            """
            INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at, expires_at, revoked_at, scope)
            VALUES (\(bind: token.id.rawValue), \(bind: token.userID.rawValue), \(bind: token.name), \(bind: secretHash),
                    \(bind: token.createdAt), \(bind: token.expiresAt), \(bind: token.revokedAt), \(bind: token.scope.rawValue))
            """
        ).run()
    }

    func find(secretHash: String) async throws -> APIToken? {
        try await self.db.raw("SELECT \(Self.columns) FROM api_tokens WHERE secret_hash = \(bind: secretHash)").first().map(Self.decode)
    }

    func all() async throws -> [APIToken] {
        try await self.db.raw("SELECT \(Self.columns) FROM api_tokens ORDER BY created_at, id").all().map(Self.decode)
    }

    func countRefusal(from address: String, minute: Int64) async throws -> Int {
        let row = try await self.db.raw(
            """
            INSERT INTO token_refusals (address, minute, n) VALUES (\(bind: address), \(bind: minute), 1)
            ON CONFLICT (address, minute) DO UPDATE SET n = token_refusals.n + 1
            RETURNING n
            """
        ).first()
        let count = try row?.decode(column: "n", as: Int.self) ?? 1
        if count == 1 { try await self.db.raw("DELETE FROM token_refusals WHERE minute < \(bind: minute - 86_400)").run() }
        return count
    }

    func revoke(_ id: Identifier<APIToken>, at: Date) async throws -> APIToken {
        // COALESCE keeps the first revocation time when a token is revoked twice.
        let row = try await self.db.raw(
            """
            UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, \(bind: at)) WHERE id = \(bind: id.rawValue)
            RETURNING \(Self.columns)
            """
        ).first()
        guard let row else { throw DomainError.tokenNotFound }
        return try Self.decode(row)
    }

    func revokeAll(of userID: Identifier<User>, at: Date) async throws -> Int {
        try await self.db.raw(
            """
            UPDATE api_tokens SET revoked_at = \(bind: at) WHERE user_id = \(bind: userID.rawValue) AND revoked_at IS NULL RETURNING id
            """
        ).all().count
    }

    func recordUse(_ id: Identifier<APIToken>, at: Date) async throws {
        try await self.db.raw(
            """
            UPDATE api_tokens SET last_used_at = \(bind: at)
            WHERE id = \(bind: id.rawValue) AND (last_used_at IS NULL OR last_used_at < \(bind: at.addingTimeInterval(-60)))
            """
        ).run()
    }

    static func decode(_ row: any SQLRow) throws -> APIToken {
        APIToken(
            id: Identifier(try row.decode(column: "id", as: UUID.self)),
            userID: Identifier(try row.decode(column: "user_id", as: UUID.self)),
            name: try row.decode(column: "name", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            expiresAt: try row.decode(column: "expires_at", as: Date.self),
            revokedAt: try row.decode(column: "revoked_at", as: Date?.self),
            scope: TokenScope(rawValue: try row.decode(column: "scope", as: String.self)) ?? .read,
            lastUsedAt: try row.decode(column: "last_used_at", as: Date?.self)
        )
    }
}

extension Migration {
    /// Issue 15, item 7: refused bearer tokens counted per address and minute, so the audit log gets one entry a
    /// minute from a scanning address rather than one per try.
    static let m0022TokenRefusals = Migration(id: "0022_token_refusals") { db, _, _ in
        try await db.raw(
            "CREATE TABLE token_refusals (address TEXT NOT NULL, minute BIGINT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (address, minute))"
        )
        .run()
    }
}

extension Migration {
    /// Issue 15, item 6: a token's scope (tokens made before keep what they could do) and its last use.
    static let m0025TokenScopes = Migration(id: "0025_token_scopes") { db, type, _ in
        try await db.raw("ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'read-write'").run()
        try await db.raw("ALTER TABLE api_tokens ADD COLUMN last_used_at \(type.time)").run()
    }
}
