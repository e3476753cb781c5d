import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLMediaStore: MediaStore {
    let db: any SQLDatabase
    let codec: CasePayloadCodec

    func begin(_ id: Identifier<MediaAttachment>, of caseID: Identifier<Case>, by user: Identifier<User>, at: Date) async throws {
        try await self.db.raw(
            """
            INSERT INTO media_files (id, case_id, uploaded_by, started_at, attached)
            VALUES (\(bind: id.rawValue), \(bind: caseID.rawValue), \(bind: user.rawValue), \(bind: at), \(bind: false))
            """
        ).run()
    }

    func appendChunk(_ bytes: [UInt8], sequence: Int, to id: Identifier<MediaAttachment>, of caseID: Identifier<Case>) async throws {
        try await self.db.raw(
            """
            INSERT INTO media_chunks (media_id, sequence, bytes)
            VALUES (\(bind: id.rawValue), \(bind: sequence), \(bind: try await self.codec.key(of: caseID).seal(bytes, at: "chunk.\(id).\(sequence)")))
            """
        ).run()
    }

    func attachedFile(_ id: Identifier<MediaAttachment>) async throws -> (caseID: Identifier<Case>, chunkCount: Int)? {
        let row = try await self.db.raw(
            """
            SELECT f.case_id, (SELECT COUNT(*) FROM media_chunks c WHERE c.media_id = f.id) AS chunk_count
            FROM media_files f WHERE f.id = \(bind: id.rawValue) AND f.attached = \(bind: true)
            """
        ).first()
        guard let row else { return nil }
        return (Identifier(try row.decode(column: "case_id", as: UUID.self)), try row.decode(column: "chunk_count", as: Int.self))
    }

    func chunk(_ sequence: Int, of id: Identifier<MediaAttachment>, in caseID: Identifier<Case>) async throws -> [UInt8] {
        let row = try await self.db.raw(
            """
            SELECT bytes FROM media_chunks WHERE media_id = \(bind: id.rawValue) AND sequence = \(bind: sequence)
            """
        ).first()
        guard let row else { throw DomainError.mediaNotFound }
        return Array(try await self.codec.key(of: caseID).open(try row.decode(column: "bytes", as: Data.self), at: "chunk.\(id).\(sequence)"))
    }

    func discardUnattached(_ id: Identifier<MediaAttachment>) async throws {
        try await self.deleteUnattached("id = \(bind: id.rawValue)")
    }

    func discardUnattached(startedBefore before: Date) async throws -> Int {
        try await self.deleteUnattached("started_at < \(bind: before)")
    }

    /// Chunks first, then the files: both engines, foreign keys or not.
    @discardableResult
    private func deleteUnattached(_ condition: SQLQueryString) async throws -> Int {
        let files: SQLQueryString = "SELECT id FROM media_files WHERE attached = \(bind: false) AND \(condition)"
        try await self.db.raw("DELETE FROM media_chunks WHERE media_id IN (\(files))").run()
        return try await self.db.raw("DELETE FROM media_files WHERE attached = \(bind: false) AND \(condition) RETURNING id").all().count
    }

    /// Called with the case's new events, in their transaction: an attached file now counts; a detached
    /// file is removed; an erased recording loses its bytes (§7.3) while the case keeps what it was.
    static func project(_ events: [CaseEvent], of caseID: Identifier<Case>, in db: any SQLDatabase) async throws {
        for event in events {
            switch event.change {
            case .mediaAttached(_, let media):
                let row = try await db.raw(
                    """
                    UPDATE media_files SET attached = \(bind: true)
                    WHERE id = \(bind: media.id.rawValue) AND case_id = \(bind: caseID.rawValue) RETURNING id
                    """
                ).first()
                guard row != nil else { throw DomainError.mediaNotFound }
            case .mediaDetached(_, let media):
                try await Self.deleteChunks(of: media, in: caseID, db)
                try await db.raw("DELETE FROM media_files WHERE id = \(bind: media.rawValue) AND case_id = \(bind: caseID.rawValue)").run()
            case .recordingErased(_, let media, _):
                try await Self.deleteChunks(of: media, in: caseID, db)
            default:
                continue
            }
        }
    }

    private static func deleteChunks(of media: Identifier<MediaAttachment>, in caseID: Identifier<Case>, _ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            DELETE FROM media_chunks WHERE media_id IN (SELECT id FROM media_files WHERE id = \(bind: media.rawValue) AND case_id = \(bind: caseID.rawValue))
            """
        ).run()
    }
}
