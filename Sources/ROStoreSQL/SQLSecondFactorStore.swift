import Crypto
import Foundation
import ROCore
import ROStore
import SQLKit

/// Second factors, their secrets wrapped by the master key like a case's data key: a copy of the database alone
/// cannot make anyone's codes.
struct SQLSecondFactorStore: SecondFactorStore {
    let db: any SQLDatabase
    let masterKeys: MasterKeySource

    static func binding(_ userID: Identifier<User>) -> String { "second-factor:\(userID.rawValue.uuidString.lowercased())" }

    static func seal(_ secret: String, of userID: Identifier<User>, with key: MasterKey) throws -> String {
        try key.wrap(SymmetricKey(data: Data(secret.utf8)), binding: Self.binding(userID))
    }

    static func open(_ sealed: String, of userID: Identifier<User>, with key: MasterKey) throws -> String {
        let bytes = try key.unwrap(sealed, binding: Self.binding(userID)).withUnsafeBytes { Data($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    func get(of userID: Identifier<User>) async throws -> SecondFactor? {
        guard
            let row = try await self.db.raw(
                """
                SELECT sealed_secret, master_key_id, enrolled_at, last_step FROM second_factors WHERE user_id = \(bind: userID.rawValue)
                """
            ).first()
        else { return nil }
        guard let key = self.masterKeys.key(withID: try row.decode(column: "master_key_id", as: String.self)) else {
            throw StoreError.wrongMasterKey
        }
        return SecondFactor(
            userID: userID,
            secret: try Self.open(try row.decode(column: "sealed_secret", as: String.self), of: userID, with: key),
            enrolledAt: try row.decode(column: "enrolled_at", as: Date?.self),
            lastAcceptedStep: try row.decode(column: "last_step", as: Int64.self)
        )
    }

    func save(_ factor: SecondFactor) async throws {
        guard let key = self.masterKeys.key else { throw StoreError.masterKeyMissing }
        // Replaces the factor only: its recovery codes are kept or replaced by their own call.
        try await self.db.raw("DELETE FROM second_factors WHERE user_id = \(bind: factor.userID.rawValue)").run()
        try await self.db.raw(
            """
            INSERT INTO second_factors (user_id, sealed_secret, master_key_id, enrolled_at, last_step)
            VALUES (\(bind: factor.userID.rawValue), \(bind: try Self.seal(factor.secret, of: factor.userID, with: key)), \(bind: key.id),
                    \(bind: factor.enrolledAt), \(bind: factor.lastAcceptedStep))
            """
        ).run()
    }

    func acceptStep(_ step: Int64, of userID: Identifier<User>) async throws -> Bool {
        // One statement decides: of two requests racing with one code, only one sees its row updated.
        try await self.db.raw(
            """
            UPDATE second_factors SET last_step = \(bind: step)
            WHERE user_id = \(bind: userID.rawValue) AND last_step < \(bind: step) RETURNING user_id
            """
        ).first() != nil
    }

    func delete(of userID: Identifier<User>) async throws {
        try await self.db.raw("DELETE FROM recovery_codes WHERE user_id = \(bind: userID.rawValue)").run()
        try await self.db.raw("DELETE FROM second_factors WHERE user_id = \(bind: userID.rawValue)").run()
    }

    func enrolled() async throws -> Set<Identifier<User>> {
        let rows = try await self.db.raw("SELECT user_id FROM second_factors WHERE enrolled_at IS NOT NULL").all()
        return Set(try rows.map { Identifier(try $0.decode(column: "user_id", as: UUID.self)) })
    }

    func replaceRecoveryCodes(_ hashes: [String], of userID: Identifier<User>) async throws {
        try await self.db.raw("DELETE FROM recovery_codes WHERE user_id = \(bind: userID.rawValue)").run()
        for hash in hashes {
            try await self.db.raw("INSERT INTO recovery_codes (user_id, code_hash) VALUES (\(bind: userID.rawValue), \(bind: hash))").run()
        }
    }

    func useRecoveryCode(hash: String, of userID: Identifier<User>) async throws -> Bool {
        try await self.db.raw(
            "DELETE FROM recovery_codes WHERE user_id = \(bind: userID.rawValue) AND code_hash = \(bind: hash) RETURNING code_hash"
        ).first() != nil
    }

    func recoveryCodesLeft(of userID: Identifier<User>) async throws -> Int {
        try await self.db.raw("SELECT COUNT(*) AS count FROM recovery_codes WHERE user_id = \(bind: userID.rawValue)").first()?
            .decode(column: "count", as: Int.self) ?? 0
    }

    /// Re-wraps every secret under `new` (part of `ro keys rotate`); returns how many.
    static func rotate(in db: any SQLDatabase, from old: MasterKey, to new: MasterKey) async throws -> Int {
        let rows = try await db.raw("SELECT user_id, sealed_secret, master_key_id FROM second_factors ORDER BY user_id").all()
        var rewrapped = 0
        for row in rows {
            let wrappedBy = try row.decode(column: "master_key_id", as: String.self)
            if wrappedBy == new.id { continue }
            guard wrappedBy == old.id else { throw StoreError.wrongMasterKey }
            let userID = Identifier<User>(try row.decode(column: "user_id", as: UUID.self))
            let secret = try Self.open(try row.decode(column: "sealed_secret", as: String.self), of: userID, with: old)
            try await db.raw(
                """
                UPDATE second_factors SET sealed_secret = \(bind: try Self.seal(secret, of: userID, with: new)), master_key_id = \(bind: new.id)
                WHERE user_id = \(bind: userID.rawValue)
                """
            ).run()
            rewrapped += 1
        }
        return rewrapped
    }
}

struct SQLPendingSignInStore: PendingSignInStore {
    let db: any SQLDatabase

    func insert(_ pending: PendingSignIn) async throws {
        try await self.db.raw(
            """
            INSERT INTO pending_sign_ins (token_hash, user_id, created_at)
            VALUES (\(bind: pending.tokenHash), \(bind: pending.userID.rawValue), \(bind: pending.createdAt))
            """
        ).run()
    }

    func get(tokenHash: String) async throws -> PendingSignIn? {
        try await self.db.raw("SELECT token_hash, user_id, created_at FROM pending_sign_ins WHERE token_hash = \(bind: tokenHash)").first()
            .map { row in
                PendingSignIn(
                    tokenHash: try row.decode(column: "token_hash", as: String.self),
                    userID: Identifier(try row.decode(column: "user_id", as: UUID.self)),
                    createdAt: try row.decode(column: "created_at", as: Date.self)
                )
            }
    }

    func delete(tokenHash: String) async throws {
        try await self.db.raw("DELETE FROM pending_sign_ins WHERE token_hash = \(bind: tokenHash)").run()
    }

    func prune(before: Date) async throws {
        try await self.db.raw("DELETE FROM pending_sign_ins WHERE created_at < \(bind: before)").run()
    }
}

extension Migration {
    static let m0026SecondFactors = Migration(id: "0026_second_factors") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE second_factors (
                user_id \(type.uuid) PRIMARY KEY REFERENCES users(id),
                sealed_secret TEXT NOT NULL,
                master_key_id TEXT NOT NULL,
                enrolled_at \(type.time),
                last_step BIGINT NOT NULL DEFAULT 0
            )
            """
        ).run()
        try await db.raw(
            """
            CREATE TABLE recovery_codes (
                user_id \(type.uuid) NOT NULL REFERENCES users(id),
                code_hash TEXT NOT NULL,
                PRIMARY KEY (user_id, code_hash)
            )
            """
        ).run()
        try await db.raw(
            """
            CREATE TABLE pending_sign_ins (
                token_hash TEXT PRIMARY KEY,
                user_id \(type.uuid) NOT NULL REFERENCES users(id),
                created_at \(type.time) NOT NULL
            )
            """
        ).run()
    }
}
