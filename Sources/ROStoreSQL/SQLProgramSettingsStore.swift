import Foundation
import ROCore
import ROStore
import SQLKit

struct SQLProgramSettingsStore: ProgramSettingsStore {
    let db: any SQLDatabase

    func current() async throws -> ProgramSettings? {
        guard let row = try await self.db.raw("SELECT settings FROM program_settings WHERE id = 1").first() else { return nil }
        return try JSONDecoder().decode(ProgramSettings.self, from: Data(try row.decode(column: "settings", as: String.self).utf8))
    }

    func save(_ settings: ProgramSettings, by user: Identifier<User>?, at: Date) async throws {
        let text = String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)
        try await self.db.raw(
            """
            INSERT INTO program_settings (id, settings, updated_at, updated_by) VALUES (1, \(bind: text), \(bind: at), \(bind: user?.rawValue))
            ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
            """
        ).run()
    }
}
