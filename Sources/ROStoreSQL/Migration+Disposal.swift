import ROCore
import SQLKit

extension Migration {
    /// §7.3, §7.4: legal holds, disposals with their certificates, and the anonymous residue. None refers to
    /// `cases` by a foreign key: a disposal keeps the case's row only as a tombstone.
    static let m0018Disposal = Migration(id: "0018_disposal") { db, type, _ in
        try await db.raw(
            """
            CREATE TABLE legal_holds (
                id \(type.uuid) PRIMARY KEY,
                case_id \(type.uuid) NOT NULL,
                reason TEXT NOT NULL,
                placed_by \(type.uuid) NOT NULL,
                placed_at \(type.time) NOT NULL,
                lifted_by \(type.uuid),
                lifted_at \(type.time),
                lift_reason TEXT
            )
            """
        ).run()
        try await db.raw("CREATE INDEX legal_holds_by_case ON legal_holds (case_id, placed_at)").run()
        try await db.raw(
            """
            CREATE TABLE disposals (
                case_id \(type.uuid) PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                proposed_by \(type.uuid) NOT NULL,
                proposed_at \(type.time) NOT NULL,
                approved_by \(type.uuid),
                disposed_at \(type.time),
                certificate TEXT
            )
            """
        ).run()
        try await db.raw("CREATE INDEX disposals_by_date ON disposals (disposed_at)").run()
        // §7.4: what statistics still count; `active_from`/`active_to` are quarter starts, never exact dates.
        try await db.raw(
            """
            CREATE TABLE case_residue (
                id \(type.uuid) PRIMARY KEY,
                active_from \(type.time) NOT NULL,
                active_to \(type.time),
                facts TEXT NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX case_residue_by_period ON case_residue (active_from)").run()
    }
}
