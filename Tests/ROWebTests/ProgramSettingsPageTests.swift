import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
@testable import ROWeb
import Testing

/// R57 on the administrator's page and the API; R47: the information sheets show the contacts set there;
/// R10: the coordinator sees the other resources beside "not eligible".
@Suite struct ProgramSettingsPageTests {
    @Test(arguments: ["en", "fr"])
    func R57_anAdministratorChangesTheSettingsFromTheirPage(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            var ada = try await client.signIn("ada", language: language)
            let page = try await client.get("/admin/settings", as: &ada)
            #expect(page.text.contains(#"id="assessmentValidityDays" name="assessmentValidityDays" inputmode="numeric" value="90""#))
            PageTests().checkPage(page, language: language, "program settings")

            var typed = [
                "assessmentValidityDays": "9", "holdReviewDays": "90", "entryNoticeWorkingDays": "15", "followUpDays": "thirty", "acknowledgementWorkingDays": "10",
                "programContactEnglish": "RJ Division (fictional): 1-800-555-0199", "programContactFrench": "Division JR (fictive) : 1-800-555-0199",
                "victimServicesContactEnglish": "", "victimServicesContactFrench": "", "otherResourcesEnglish": "", "otherResourcesFrench": "",
            ]
            let unreadable = try await client.post("/admin/settings", typed, as: &ada)
            #expect(unreadable.status == .unprocessableContent)
            #expect(unreadable.text.contains(##"href="#followUpDays""##) && unreadable.text.contains(#"value="thirty""#))
            #expect(unreadable.text.contains("1-800-555-0199"), "what was typed stays")
            PageTests().checkPage(unreadable, language: language, "program settings refused", status: .unprocessableContent)

            typed["followUpDays"] = "30"
            let outOfRange = try await client.post("/admin/settings", typed, as: &ada)
            #expect(outOfRange.status == .unprocessableContent)
            #expect(outOfRange.text.contains(language == "en" ? "must be a whole number from 30 to 365" : "doit être un nombre entier de 30 à 365"))

            typed["assessmentValidityDays"] = "60"
            let saved = try await client.post("/admin/settings", typed, as: &ada)
            #expect(saved.status == .seeOther)
            #expect(try await ProgramSettingsService(env: t.env).current().assessmentValidityDays == 60)

            let sheet = try await client.get("/information-sheets/people-harmed", as: &ada).text
            #expect(sheet.contains("RJ Division (fictional): 1-800-555-0199") && sheet.contains("Division JR (fictive) : 1-800-555-0199"), "R47: both languages")
        }
    }

    @Test func R10_theOtherResourcesAreShownBesideNotEligible() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            var settings = ProgramSettings.standard
            settings.otherResources = BilingualText(english: "A fictional victim support line", french: "Une ligne d’aide fictive")
            _ = try await ProgramSettingsService(env: t.env).save(settings, by: .system)
            let opened = try await CaseService(env: t.env).recordVictimRequest(requesterType: .registeredVictim, channel: .phone, region: "ontario", language: "en", by: claire)
            _ = try await CaseService(env: t.env).execute(opened.id, .startAssessment, expectedVersion: nil, by: claire)
            var visitor = try await client.signIn("claire")
            let page = try await client.get("/cases/\(opened.id)", as: &visitor)
            #expect(page.text.contains("/steps/close-ineligible"))
            #expect(page.text.contains("A fictional victim support line") && page.text.contains("Une ligne d’aide fictive"))
            PageTests().checkPage(page, language: "en", "case with other resources")
        }
    }

    @Test func R57_theSettingsThroughTheAPI() async throws {
        try await withApp { t, client in
            let admin = try await t.makeUser("ada", role: .admin)
            let issued = try await TokenService(env: t.env).create(for: admin.id, name: "test", lifetimeDays: 1, by: .system)
            let headers: HTTPFields = [.authorization: "Bearer \(issued.secret)", .contentType: "application/json"]
            let read = try await client.execute(uri: "/api/settings", method: .get, headers: headers)
            #expect(read.status == .ok && read.text.contains(#""assessmentValidityDays":90"#))

            var body = read.text.replacingOccurrences(of: #""holdReviewDays":90"#, with: #""holdReviewDays":400"#)
            let refused = try await client.execute(uri: "/api/settings", method: .put, headers: headers, body: ByteBuffer(string: body))
            #expect(refused.status == .unprocessableContent && refused.text.contains("setting-out-of-range"))
            #expect(refused.headers[.contentType] == "application/problem+json")

            body = read.text.replacingOccurrences(of: #""holdReviewDays":90"#, with: #""holdReviewDays":60"#)
            let saved = try await client.execute(uri: "/api/settings", method: .put, headers: headers, body: ByteBuffer(string: body))
            #expect(saved.status == .ok && saved.text.contains(#""holdReviewDays":60"#))
            #expect(try await ProgramSettingsService(env: t.env).current().holdReviewDays == 60)
        }
    }
}
