import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLTokenStore: TokenStore {
    let db: any SQLDatabase

    private static let columns: SQLQueryString = "id, user_id, name, created_at, expires_at, revoked_at"

    func insert(_ token: APIToken, secretHash: String) async throws {
        try await self.db.raw(
            """
            INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at, expires_at, revoked_at)
            VALUES (\(bind: token.id.rawValue), \(bind: token.userID.rawValue), \(bind: token.name), \(bind: secretHash),
                    \(bind: token.createdAt), \(bind: token.expiresAt), \(bind: token.revokedAt))
            """
        ).run()
    }

    func find(secretHash: String) async throws -> APIToken? {
        try await self.db.raw("SELECT \(Self.columns) FROM api_tokens WHERE secret_hash = \(bind: secretHash)").first().map(Self.decode)
    }

    func all() async throws -> [APIToken] {
        try await self.db.raw("SELECT \(Self.columns) FROM api_tokens ORDER BY created_at, id").all().map(Self.decode)
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

    static func decode(_ row: any SQLRow) throws -> APIToken {
        APIToken(
            id: Identifier(try row.decode(column: "id", as: UUID.self)),
            userID: Identifier(try row.decode(column: "user_id", as: UUID.self)),
            name: try row.decode(column: "name", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            expiresAt: try row.decode(column: "expires_at", as: Date.self),
            revokedAt: try row.decode(column: "revoked_at", as: Date?.self)
        )
    }
}
