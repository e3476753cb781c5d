import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLSessionStore: SessionStore {
    let db: any SQLDatabase

    func insert(_ session: Session) async throws {
        try await self.db.raw(
            """
            INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, authenticated_at)
            VALUES (\(bind: session.tokenHash), \(bind: session.userID.rawValue), \(bind: session.csrfToken),
                    \(bind: session.createdAt), \(bind: session.lastSeenAt), \(bind: session.authenticatedAt))
            """
        ).run()
    }

    func get(tokenHash: String) async throws -> Session? {
        let row = try await self.db.raw(
            """
            SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, authenticated_at FROM sessions WHERE token_hash = \(bind: tokenHash)
            """
        ).first()
        return try row.map { row in
            Session(
                tokenHash: try row.decode(column: "token_hash", as: String.self),
                userID: Identifier(try row.decode(column: "user_id", as: UUID.self)),
                csrfToken: try row.decode(column: "csrf_token", as: String.self),
                createdAt: try row.decode(column: "created_at", as: Date.self),
                lastSeenAt: try row.decode(column: "last_seen_at", as: Date.self),
                authenticatedAt: try row.decode(column: "authenticated_at", as: Date?.self)
            )
        }
    }

    func touch(tokenHash: String, at: Date) async throws {
        try await self.db.raw("UPDATE sessions SET last_seen_at = \(bind: at) WHERE token_hash = \(bind: tokenHash)").run()
    }

    func markAuthenticated(tokenHash: String, at: Date) async throws {
        try await self.db.raw("UPDATE sessions SET authenticated_at = \(bind: at) WHERE token_hash = \(bind: tokenHash)").run()
    }

    func delete(tokenHash: String) async throws {
        try await self.db.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
    }

    func deleteAll(of userID: Identifier<User>) async throws {
        try await self.db.raw("DELETE FROM sessions WHERE user_id = \(bind: userID.rawValue)").run()
    }
}

extension Migration {
    /// Issue 15, item 1: when a session's person last gave their password and code (sessions from before: at sign-in).
    static let m0027SessionAuthentication = Migration(id: "0027_session_authentication") { db, type, _ in
        try await db.raw("ALTER TABLE sessions ADD COLUMN authenticated_at \(type.time)").run()
    }
}
