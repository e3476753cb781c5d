import Crypto
import Foundation
import ROCore
import SQLKit

/// The keyed blind index by which staff find a case (§7.2): for each person's names, a token for every start of every
/// word, and for the offender's FPS number a token of it whole. A token is a keyed hash (HMAC-SHA256) under the
/// index's own key, which the master key wraps like a case's key: the database holds no name in clear to search.
struct SearchIndex: Sendable {
    let db: any SQLDatabase
    let masterKeys: MasterKeySource

    /// The index's key, made on first use. Stored in `instance_meta` wrapped by the master key in use.
    func key() async throws -> SymmetricKey {
        if let stored = try await self.db.raw("SELECT meta_value FROM instance_meta WHERE meta_key = 'search_index_key'").first()?
            .decode(column: "meta_value", as: String.self)
        {
            let parts = stored.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let masterKey = self.masterKeys.key(withID: parts[0]) else { throw StoreError.wrongMasterKey }
            return try Self.unwrap(parts[1], with: masterKey)
        }
        guard let masterKey = self.masterKeys.key else { throw StoreError.masterKeyMissing }
        let key = SymmetricKey(size: .bits256)
        let made = try await self.db.raw(
            """
            INSERT INTO instance_meta (meta_key, meta_value) VALUES ('search_index_key', \(bind: try Self.wrap(key, with: masterKey)))
            ON CONFLICT (meta_key) DO NOTHING RETURNING meta_key
            """
        ).first()
        // On PostgreSQL two first writes can race: the one that lost waited for the other's key to commit, and uses it.
        return made == nil ? try await self.key() : key
    }

    /// Stored as "<master key id>:<wrapped key>", so a rotation knows which master key to unwrap it with.
    static func wrap(_ key: SymmetricKey, with masterKey: MasterKey) throws -> String {
        "\(masterKey.id):\(try masterKey.wrap(key, binding: Self.binding))"
    }

    static func unwrap(_ wrapped: String, with masterKey: MasterKey) throws -> SymmetricKey {
        try masterKey.unwrap(wrapped, binding: Self.binding)
    }

    private static let binding = "ro.search-index-key"

    /// A keyed token for one searchable value: `name` (a start of a word) or `fps` (a whole number).
    static func token(_ value: String, _ kind: String, _ key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(kind):\(value)".utf8), using: key)
        return mac.prefix(16).hexEncoded
    }

    static func normalisedFPS(_ number: String) -> String { number.uppercased().filter { $0.isLetter || $0.isNumber } }

    /// Keeps the index in step with what `events` record, in their transaction: a person's names, an FPS number.
    func project(_ events: [CaseEvent], of caseID: Identifier<Case>) async throws {
        var tokens: [(participant: Identifier<Participant>?, tokens: [String])] = []
        var key: SymmetricKey?
        func indexKey() async throws -> SymmetricKey {
            if let key { return key }
            let made = try await self.key()
            key = made
            return made
        }
        for event in events {
            switch event.change {
            case .personRecorded(let participant, let record):
                let names = ([record.usedName, record.legalName] + record.formerNames).joined(separator: " ")
                let key = try await indexKey()
                tokens.append((participant, NameSearch.starts(of: names).sorted().map { Self.token($0, "name", key) }))
            case .offenderRecordLinked(let number):
                tokens.append((nil, [Self.token(Self.normalisedFPS(number), "fps", try await indexKey())]))
            case .referralSubmitted(_, _, _, let referral):
                tokens.append((nil, [Self.token(Self.normalisedFPS(referral.fpsNumber), "fps", try await indexKey())]))
            default:
                continue
            }
        }
        for entry in tokens {
            if let participant = entry.participant {
                // A new record replaces the person's earlier names in the index.
                try await self.db.raw(
                    "DELETE FROM case_search_tokens WHERE case_id = \(bind: caseID.rawValue) AND participant_id = \(bind: participant.rawValue)"
                ).run()
            }
            guard !entry.tokens.isEmpty else { continue }
            // One statement for a person's tokens (a token for every start of every word: a few dozen).
            let rows = entry.tokens.map { token -> SQLQueryString in
                "(\(bind: caseID.rawValue), \(bind: entry.participant?.rawValue), \(bind: token))"
            }
            try await self.db.raw("INSERT INTO case_search_tokens (case_id, participant_id, token) VALUES \(rows.joined(separator: ", "))").run()
        }
    }
}

extension Migration {
    /// Issue 16: a search finds a token's rows, then checks each found person for the other words' tokens, from
    /// indexes alone. These two replace the index by token (now its first column) and the one by case.
    static let m0030SearchByPerson = Migration(id: "0030_search_by_person") { db, _, _ in
        try await db.raw("CREATE INDEX case_search_tokens_by_token_and_person ON case_search_tokens (token, case_id, participant_id)").run()
        try await db.raw("CREATE INDEX case_search_tokens_by_person ON case_search_tokens (case_id, participant_id, token)").run()
        try await db.raw("DROP INDEX case_search_tokens_by_token").run()
        try await db.raw("DROP INDEX case_search_tokens_by_case").run()
    }
}
