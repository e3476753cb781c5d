import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLInvestigationStore: InvestigationStore {
    let db: any SQLDatabase

    private static let columns: SQLQueryString = "id, case_id, grounds, opened_by, opened_at, approved_by, approved_at, closed_at"

    func insert(_ investigation: Investigation) async throws {
        try await self.db.raw(
            """
            INSERT INTO investigations (\(Self.columns))
            VALUES (\(bind: investigation.id.rawValue), \(bind: investigation.caseID.rawValue), \(bind: investigation.grounds),
                    \(bind: investigation.openedBy.rawValue), \(bind: investigation.openedAt), \(bind: investigation.approvedBy?.rawValue),
                    \(bind: investigation.approvedAt), \(bind: investigation.closedAt))
            """
        ).run()
    }

    func save(_ next: Investigation, replacing current: Investigation) async throws {
        // Approval and closing only ever fill an empty column: the row must still be as `current` left it.
        let row = try await self.db.raw(
            """
            UPDATE investigations
            SET approved_by = \(bind: next.approvedBy?.rawValue), approved_at = \(bind: next.approvedAt), closed_at = \(bind: next.closedAt)
            WHERE id = \(bind: current.id.rawValue)
              AND \(unsafeRaw: current.approvedBy == nil ? "approved_by IS NULL" : "approved_by IS NOT NULL")
              AND \(unsafeRaw: current.closedAt == nil ? "closed_at IS NULL" : "closed_at IS NOT NULL")
            RETURNING id
            """
        ).first()
        guard row != nil else { throw DomainError.staleWrite }
    }

    func find(_ id: Identifier<Investigation>) async throws -> Investigation? {
        try await self.db.raw("SELECT \(Self.columns) FROM investigations WHERE id = \(bind: id.rawValue)").first().map(Self.decode)
    }

    func about(_ caseID: Identifier<Case>) async throws -> [Investigation] {
        try await self.db.raw("SELECT \(Self.columns) FROM investigations WHERE case_id = \(bind: caseID.rawValue) ORDER BY opened_at DESC")
            .all().map(Self.decode)
    }

    func opened(since: Date, limit: Int) async throws -> [Investigation] {
        try await self.db.raw(
            "SELECT \(Self.columns) FROM investigations WHERE opened_at >= \(bind: since) ORDER BY opened_at DESC LIMIT \(bind: limit)"
        )
        .all().map(Self.decode)
    }

    private static func decode(_ row: any SQLRow) throws -> Investigation {
        Investigation(
            id: Identifier(try row.decode(column: "id", as: UUID.self)),
            caseID: Identifier(try row.decode(column: "case_id", as: UUID.self)),
            grounds: try row.decode(column: "grounds", as: String.self),
            openedBy: Identifier(try row.decode(column: "opened_by", as: UUID.self)),
            openedAt: try row.decode(column: "opened_at", as: Date.self),
            approvedBy: try row.decode(column: "approved_by", as: UUID?.self).map(Identifier.init),
            approvedAt: try row.decode(column: "approved_at", as: Date?.self),
            closedAt: try row.decode(column: "closed_at", as: Date?.self)
        )
    }
}
