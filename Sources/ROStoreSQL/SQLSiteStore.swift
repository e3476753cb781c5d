import ROCore
import ROStore
import SQLKit

struct SQLSiteStore: SiteStore {
    let db: any SQLDatabase

    func save(_ site: Site) async throws {
        try await self.db.raw(
            """
            INSERT INTO sites (code, name_en, name_fr, region, time_zone)
            VALUES (\(bind: site.code), \(bind: site.nameEnglish), \(bind: site.nameFrench), \(bind: site.region), \(bind: site.timeZone))
            ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_fr = excluded.name_fr, region = excluded.region,
                time_zone = excluded.time_zone
            """
        ).run()
    }

    func all() async throws -> [Site] {
        try await self.db.raw("SELECT code, name_en, name_fr, region, time_zone FROM sites ORDER BY code").all().map { row in
            Site(
                code: try row.decode(column: "code", as: String.self),
                nameEnglish: try row.decode(column: "name_en", as: String.self),
                nameFrench: try row.decode(column: "name_fr", as: String.self),
                region: try row.decode(column: "region", as: String.self),
                timeZone: try row.decode(column: "time_zone", as: String.self)
            )
        }
    }

    func link(_ liaison: Identifier<User>, to code: String) async throws {
        try await self.db.raw(
            """
            INSERT INTO site_liaisons (user_id, site_code) VALUES (\(bind: liaison.rawValue), \(bind: code)) ON CONFLICT DO NOTHING
            """
        ).run()
    }

    func codes(servedBy liaison: Identifier<User>) async throws -> [String] {
        try await self.db.raw("SELECT site_code FROM site_liaisons WHERE user_id = \(bind: liaison.rawValue) ORDER BY site_code").all().map {
            try $0.decode(column: "site_code", as: String.self)
        }
    }
}
