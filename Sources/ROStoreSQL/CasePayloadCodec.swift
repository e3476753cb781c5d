import Crypto
import Foundation
import ROCore
import SQLKit

/// Seals every piece of case content on its way to the database with the case's own data key (AES-256-GCM),
/// bound by associated data to its case and its place (`event.12`, `entry-request.<meeting>`, `chunk.<file>.3`)
/// so that a value copied to another row or case does not open; and opens it on the way back.
///
/// Each case's data key is stored in `case_keys`, wrapped by the master key, which never enters the database.
/// Destroying a case's key row makes all its content, and every backup of it, unreadable (§7.3).
struct CasePayloadCodec: Sendable {
    let db: any SQLDatabase
    let masterKeys: MasterKeySource

    /// What starts a sealed text value: the format's version.
    static let textPrefix = "s1."

    /// The case's data key, made on first use. One read per call: callers take it once for all the rows they handle.
    func key(of id: Identifier<Case>, creating: Bool = false) async throws -> CaseKey {
        guard self.masterKeys.key != nil else { throw StoreError.masterKeyMissing }
        if let row = try await self.db.raw(
            "SELECT wrapped_key, master_key_id FROM case_keys WHERE case_id = \(bind: id.rawValue)"
        ).first() {
            guard let masterKey = self.masterKeys.key(withID: try row.decode(column: "master_key_id", as: String.self)) else {
                throw StoreError.wrongMasterKey
            }
            return CaseKey(case: id, key: try Self.unwrap(try row.decode(column: "wrapped_key", as: String.self), of: id, with: masterKey))
        }
        guard creating else { throw StoreError.caseKeyMissing }
        let masterKey = try await self.masterKeyInUse()
        let key = SymmetricKey(size: .bits256)
        try await self.db.raw(
            """
            INSERT INTO case_keys (case_id, wrapped_key, master_key_id)
            VALUES (\(bind: id.rawValue), \(bind: try Self.wrap(key, of: id, with: masterKey)), \(bind: masterKey.id))
            """
        ).run()
        return CaseKey(case: id, key: key)
    }

    /// The master key the database's data keys are wrapped by now, as `instance_meta` names it; the first case names it.
    /// On PostgreSQL the row is share-locked, so a rotation (which updates it first) waits for this transaction, and
    /// then re-wraps the key made here too.
    private func masterKeyInUse() async throws -> MasterKey {
        let lock: SQLQueryString = self.db.dialect.name == "postgresql" ? " FOR SHARE" : ""
        let named = try await self.db.raw(
            "SELECT meta_value FROM instance_meta WHERE meta_key = 'master_key_id'\(lock)"
        ).first()?.decode(column: "meta_value", as: String.self)
        if let named {
            guard let key = self.masterKeys.key(withID: named) else { throw StoreError.wrongMasterKey }
            return key
        }
        guard let key = self.masterKeys.key else { throw StoreError.masterKeyMissing }
        try await Self.name(key, in: self.db)
        return key
    }

    /// Records which master key wraps the database's data keys.
    static func name(_ key: MasterKey, in db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO instance_meta (meta_key, meta_value) VALUES ('master_key_id', \(bind: key.id))
            ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value
            """
        ).run()
    }

    static func wrap(_ key: SymmetricKey, of id: Identifier<Case>, with masterKey: MasterKey) throws -> String {
        try masterKey.wrap(key, binding: Self.keyBinding(id))
    }

    static func unwrap(_ wrapped: String, of id: Identifier<Case>, with masterKey: MasterKey) throws -> SymmetricKey {
        try masterKey.unwrap(wrapped, binding: Self.keyBinding(id))
    }

    private static func keyBinding(_ id: Identifier<Case>) -> String { "ro.case-key.\(id.rawValue.uuidString.lowercased())" }
}

/// One case's data key, unwrapped for the rows at hand.
struct CaseKey: Sendable {
    let `case`: Identifier<Case>
    let key: SymmetricKey

    func encode<Content: Encodable>(_ content: Content, at place: String) throws -> String {
        CasePayloadCodec.textPrefix + (try self.seal(try JSONEncoder.sortedKeys.encode(content), at: place)).base64EncodedString()
    }

    /// Text stored in clear by an earlier version, sealed as `encode` would have.
    func sealText(_ clear: String, at place: String) throws -> String {
        CasePayloadCodec.textPrefix + (try self.seal(Data(clear.utf8), at: place)).base64EncodedString()
    }

    func decode<Content: Decodable>(_ type: Content.Type, from payload: String, at place: String) throws -> Content {
        guard payload.hasPrefix(CasePayloadCodec.textPrefix), let sealed = Data(base64Encoded: String(payload.dropFirst(3))) else {
            throw StoreError.contentNotSealed
        }
        return try JSONDecoder().decode(type, from: try self.open(sealed, at: place))
    }

    func seal(_ bytes: some DataProtocol, at place: String) throws -> Data {
        try AES.GCM.seal(bytes, using: self.key, authenticating: self.binding(place)).combined!
    }

    func open(_ sealed: Data, at place: String) throws -> Data {
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: self.key, authenticating: self.binding(place))
        } catch {
            throw StoreError.sealedContentDoesNotOpen
        }
    }

    /// Binds a value to its case and place: moved anywhere else, it fails to open.
    private func binding(_ place: String) -> Data { Data("ro.case.\(self.case.rawValue.uuidString.lowercased()).\(place)".utf8) }
}

extension JSONEncoder {
    static let sortedKeys: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
}
