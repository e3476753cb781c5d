import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLDisposalStore: DisposalStore {
    let db: any SQLDatabase

    private static let holdColumns: SQLQueryString = "id, case_id, reason, placed_by, placed_at, lifted_by, lifted_at, lift_reason"
    private static let disposalColumns: SQLQueryString = "case_id, reference, proposed_by, proposed_at, approved_by, disposed_at, certificate"

    func place(_ hold: LegalHold) async throws {
        try await self.db.raw(
            """
            INSERT INTO legal_holds (id, case_id, reason, placed_by, placed_at)
            VALUES (\(bind: hold.id.rawValue), \(bind: hold.caseID.rawValue), \(bind: hold.reason), \(bind: hold.placedBy.rawValue),
                    \(bind: hold.placedAt))
            """
        ).run()
    }

    func lift(_ hold: LegalHold) async throws {
        let row = try await self.db.raw(
            """
            UPDATE legal_holds SET lifted_by = \(bind: hold.liftedBy?.rawValue), lifted_at = \(bind: hold.liftedAt),
                   lift_reason = \(bind: hold.liftReason)
            WHERE id = \(bind: hold.id.rawValue) AND lifted_at IS NULL RETURNING id
            """
        ).first()
        guard row != nil else { throw DomainError.legalHoldNotFound }
    }

    func holds(on caseID: Identifier<Case>) async throws -> [LegalHold] {
        try await self.db.raw(
            "SELECT \(Self.holdColumns) FROM legal_holds WHERE case_id = \(bind: caseID.rawValue) ORDER BY placed_at DESC"
        ).all().map(Self.hold)
    }

    func hold(_ id: Identifier<LegalHold>) async throws -> LegalHold? {
        try await self.db.raw("SELECT \(Self.holdColumns) FROM legal_holds WHERE id = \(bind: id.rawValue)").first().map(Self.hold)
    }

    func activeHolds() async throws -> [LegalHold] {
        try await self.db.raw("SELECT \(Self.holdColumns) FROM legal_holds WHERE lifted_at IS NULL ORDER BY placed_at").all().map(Self.hold)
    }

    func propose(_ disposal: Disposal) async throws {
        let row = try await self.db.raw(
            """
            INSERT INTO disposals (case_id, reference, proposed_by, proposed_at)
            VALUES (\(bind: disposal.caseID.rawValue), \(bind: disposal.reference), \(bind: disposal.proposedBy.rawValue),
                    \(bind: disposal.proposedAt))
            ON CONFLICT (case_id) DO NOTHING RETURNING case_id
            """
        ).first()
        guard row != nil else { throw DomainError.disposalAlreadyProposed }
    }

    func withdrawProposal(of caseID: Identifier<Case>) async throws {
        try await self.db.raw("DELETE FROM disposals WHERE case_id = \(bind: caseID.rawValue) AND disposed_at IS NULL").run()
    }

    func disposal(of caseID: Identifier<Case>) async throws -> Disposal? {
        try await self.db.raw("SELECT \(Self.disposalColumns) FROM disposals WHERE case_id = \(bind: caseID.rawValue)").first().map(Self.disposal)
    }

    func proposals() async throws -> [Disposal] {
        try await self.db.raw("SELECT \(Self.disposalColumns) FROM disposals WHERE disposed_at IS NULL ORDER BY proposed_at").all()
            .map(Self.disposal)
    }

    func disposedCases(before date: Date) async throws -> [Identifier<Case>] {
        try await self.db.raw("SELECT case_id FROM disposals WHERE disposed_at < \(bind: date) ORDER BY disposed_at").all().map {
            Identifier(try $0.decode(column: "case_id", as: UUID.self))
        }
    }

    func disposed(limit: Int) async throws -> [Disposal] {
        try await self.db.raw(
            "SELECT \(Self.disposalColumns) FROM disposals WHERE disposed_at IS NOT NULL ORDER BY disposed_at DESC LIMIT \(bind: limit)"
        ).all().map(Self.disposal)
    }

    func dispose(_ approved: Disposal, residue: CaseFacts?) async throws {
        guard let disposedAt = approved.disposedAt, let approver = approved.approvedBy, let certificate = approved.certificate else {
            throw DomainError.disposalNotProposed
        }
        let recorded = try await self.db.raw(
            """
            UPDATE disposals SET approved_by = \(bind: approver.rawValue), disposed_at = \(bind: disposedAt),
                   certificate = \(bind: String(decoding: try JSONEncoder.sortedKeys.encode(certificate), as: UTF8.self))
            WHERE case_id = \(bind: approved.caseID.rawValue) AND proposed_by = \(bind: approved.proposedBy.rawValue) AND disposed_at IS NULL
            RETURNING case_id
            """
        ).first()
        guard recorded != nil else { throw DomainError.staleWrite }
        let id = approved.caseID.rawValue
        // The key first: from here on nothing of the case opens, in this database or in any backup of it.
        try await self.db.raw("DELETE FROM case_keys WHERE case_id = \(bind: id)").run()
        try await self.db.raw("DELETE FROM media_chunks WHERE media_id IN (SELECT id FROM media_files WHERE case_id = \(bind: id))").run()
        for table in ["media_files", "entry_requests", "case_search_tokens", "case_visibility", "case_mediators", "case_events", "legal_holds"] {
            try await self.db.raw("DELETE FROM \(unsafeRaw: table) WHERE case_id = \(bind: id)").run()
        }
        // The tombstone keeps the reference (never given again) and nothing of the case: no region, no channel,
        // no dates but the disposal's, no person.
        try await self.db.raw(
            """
            UPDATE cases SET stage = 'DISPOSED', region = '', channel = '', opened_at = \(bind: disposedAt),
                   updated_at = \(bind: disposedAt), opened_by = \(bind: approver.rawValue), reminder_facts = NULL
            WHERE id = \(bind: id)
            """
        ).run()
        guard let residue else { return }
        try await self.db.raw(
            """
            INSERT INTO case_residue (id, active_from, active_to, facts)
            VALUES (\(bind: UUID()), \(bind: residue.openedAt), \(bind: residue.closedAt),
                    \(bind: String(decoding: try JSONEncoder.sortedKeys.encode(residue), as: UTF8.self)))
            """
        ).run()
    }

    func residues(activeIn period: Range<Date>) async throws -> [CaseFacts] {
        try await self.db.raw(
            """
            SELECT facts FROM case_residue
            WHERE active_from < \(bind: period.upperBound) AND (active_to IS NULL OR active_to >= \(bind: period.lowerBound))
            """
        ).all().map { try JSONDecoder().decode(CaseFacts.self, from: Data(try $0.decode(column: "facts", as: String.self).utf8)) }
    }

    private static func hold(_ row: any SQLRow) throws -> LegalHold {
        LegalHold(
            id: Identifier(try row.decode(column: "id", as: UUID.self)),
            caseID: Identifier(try row.decode(column: "case_id", as: UUID.self)),
            reason: try row.decode(column: "reason", as: String.self),
            placedBy: Identifier(try row.decode(column: "placed_by", as: UUID.self)),
            placedAt: try row.decode(column: "placed_at", as: Date.self),
            liftedBy: try row.decode(column: "lifted_by", as: UUID?.self).map(Identifier.init),
            liftedAt: try row.decode(column: "lifted_at", as: Date?.self),
            liftReason: try row.decode(column: "lift_reason", as: String?.self)
        )
    }

    private static func disposal(_ row: any SQLRow) throws -> Disposal {
        let certificate = try row.decode(column: "certificate", as: String?.self).map {
            try JSONDecoder().decode(DisposalCertificate.self, from: Data($0.utf8))
        }
        return Disposal(
            caseID: Identifier(try row.decode(column: "case_id", as: UUID.self)),
            reference: try row.decode(column: "reference", as: String.self),
            proposedBy: Identifier(try row.decode(column: "proposed_by", as: UUID.self)),
            proposedAt: try row.decode(column: "proposed_at", as: Date.self),
            approvedBy: try row.decode(column: "approved_by", as: UUID?.self).map(Identifier.init),
            disposedAt: try row.decode(column: "disposed_at", as: Date?.self),
            certificate: certificate
        )
    }
}
