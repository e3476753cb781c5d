import ROStore
import SQLKit

struct SQLInstanceStore: InstanceStore {
    let db: any SQLDatabase

    func isDemo() async throws -> Bool {
        let row = try await self.db.raw("SELECT meta_value FROM instance_meta WHERE meta_key = 'demo'").first()
        return try row?.decode(column: "meta_value", as: String.self) == "true"
    }

    func markDemo() async throws {
        try await self.db.raw(
            """
            INSERT INTO instance_meta (meta_key, meta_value) VALUES ('demo', 'true')
            ON CONFLICT (meta_key) DO UPDATE SET meta_value = 'true'
            """
        ).run()
    }
}
