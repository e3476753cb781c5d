import Foundation
import ROCore
import ROStore
import SQLKit

extension SQLCaseStore {
    /// §7.2: a case whose reference is what was typed, whose offender has that FPS number, or one of whose people has
    /// a name with a word starting with each word typed (all of them, in that one person's names).
    ///
    /// Issue 16: one condition in two shapes, which SQLite plans differently. A rare name is found from the tokens of
    /// its least common word, and the few cases found are sorted; a common one by walking the cases newest first and
    /// keeping those that match, until the page is full. Which is which: whether the least common word's tokens are
    /// fewer than `rareWordRows` (counted, at most that far, first).
    func searchCondition(_ text: String) async throws -> SQLQueryString {
        let typed = text.trimmingCharacters(in: .whitespaces)
        // References are written in capitals (`RO-2026-0042`): what was typed is compared in capitals, by the index.
        let reference: SQLQueryString = "SELECT id FROM cases WHERE reference = \(bind: typed.uppercased())"
        var found: [SQLQueryString] = [reference]
        let terms = NameSearch.terms(of: typed)
        let fps = SearchIndex.normalisedFPS(typed)
        guard !terms.isEmpty || Referral.isValidFPSNumber(fps) else { return "c.id IN (\(reference))" }
        let key = try await SearchIndex(db: self.db, masterKeys: self.codec.masterKeys).key()
        if Referral.isValidFPSNumber(fps) {
            found.append("SELECT case_id FROM case_search_tokens WHERE token = \(bind: SearchIndex.token(fps, "fps", key))")
        }
        let tokens = Set(terms.map { SearchIndex.token($0, "name", key) }).sorted()
        guard !tokens.isEmpty else { return "c.id IN (\(found.joined(separator: " UNION ")))" }
        let counts = try await self.rowCounts(of: tokens, upTo: self.rareWordRows)
        let rarest = tokens.min { counts[$0, default: 0] < counts[$1, default: 0] } ?? tokens[0]
        // The same person holds every other word too.
        let others = tokens.filter { $0 != rarest }.enumerated().map { index, token -> SQLQueryString in
            """
            EXISTS (SELECT 1 FROM case_search_tokens o\(unsafeRaw: String(index)) WHERE o\(unsafeRaw: String(index)).case_id = d.case_id
                    AND o\(unsafeRaw: String(index)).participant_id = d.participant_id AND o\(unsafeRaw: String(index)).token = \(bind: token))
            """
        }
        let person = (["d.token = \(bind: rarest) AND d.participant_id IS NOT NULL"] + others).joined(separator: " AND ")
        guard counts[rarest, default: 0] >= self.rareWordRows else {
            found.append("SELECT d.case_id FROM case_search_tokens d WHERE \(person)")
            return "c.id IN (\(found.joined(separator: " UNION ")))"
        }
        return "(c.id IN (\(found.joined(separator: " UNION "))) OR EXISTS (SELECT 1 FROM case_search_tokens d WHERE d.case_id = c.id AND \(person)))"
    }

    /// How many rows each token has in the index, counting no further than `limit`.
    private func rowCounts(of tokens: [String], upTo limit: Int) async throws -> [String: Int] {
        let counts = tokens.enumerated().map { index, token -> SQLQueryString in
            """
            SELECT \(unsafeRaw: String(index)) AS term, COUNT(*) AS found
            FROM (SELECT 1 AS one FROM case_search_tokens WHERE token = \(bind: token) LIMIT \(bind: limit)) t\(unsafeRaw: String(index))
            """
        }
        let rows = try await self.db.raw("\(counts.joined(separator: " UNION ALL "))").all()
        return Dictionary(try rows.map { (tokens[try $0.decode(column: "term", as: Int.self)], try $0.decode(column: "found", as: Int.self)) }) { $1 }
    }
}
