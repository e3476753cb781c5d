import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLResearchExtractStore: ResearchExtractStore {
    let db: any SQLDatabase

    private static let columns: SQLQueryString = "id, purpose, proposed_by, proposed_at, approved_by, approved_at"

    func insert(_ extract: ResearchExtract) async throws {
        try await self.db.raw(
            """
            INSERT INTO research_extracts (\(Self.columns))
            VALUES (\(bind: extract.id.rawValue), \(bind: extract.purpose), \(bind: extract.proposedBy.rawValue), \(bind: extract.proposedAt),
                    \(bind: extract.approvedBy?.rawValue), \(bind: extract.approvedAt))
            """
        ).run()
    }

    func save(_ next: ResearchExtract, replacing current: ResearchExtract) async throws {
        // Approval only ever fills an empty column: the row must still be unapproved if `current` was.
        let row = try await self.db.raw(
            """
            UPDATE research_extracts SET approved_by = \(bind: next.approvedBy?.rawValue), approved_at = \(bind: next.approvedAt)
            WHERE id = \(bind: current.id.rawValue)
              AND \(unsafeRaw: current.approvedBy == nil ? "approved_by IS NULL" : "approved_by IS NOT NULL")
            RETURNING id
            """
        ).first()
        guard row != nil else { throw DomainError.staleWrite }
    }

    func find(_ id: Identifier<ResearchExtract>) async throws -> ResearchExtract? {
        try await self.db.raw("SELECT \(Self.columns) FROM research_extracts WHERE id = \(bind: id.rawValue)").first().map(Self.decode)
    }

    func recent(limit: Int) async throws -> [ResearchExtract] {
        try await self.db.raw("SELECT \(Self.columns) FROM research_extracts ORDER BY proposed_at DESC LIMIT \(bind: limit)").all().map(Self.decode)
    }

    private static func decode(_ row: any SQLRow) throws -> ResearchExtract {
        ResearchExtract(
            id: Identifier(try row.decode(column: "id", as: UUID.self)),
            purpose: try row.decode(column: "purpose", as: String.self),
            proposedBy: Identifier(try row.decode(column: "proposed_by", as: UUID.self)),
            proposedAt: try row.decode(column: "proposed_at", as: Date.self),
            approvedBy: try row.decode(column: "approved_by", as: UUID?.self).map(Identifier.init),
            approvedAt: try row.decode(column: "approved_at", as: Date?.self)
        )
    }
}
