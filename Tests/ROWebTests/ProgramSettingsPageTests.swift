import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

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
                "assessmentValidityDays": "9", "holdReviewDays": "90", "entryNoticeWorkingDays": "15", "followUpDays": "thirty",
                "acknowledgementWorkingDays": "10",
                "closedCaseRetentionYears": "10", "notAcceptedRetentionYears": "2", "recordingRetentionYears": "2", "logRetentionYears": "2",
                "programContactEnglish": "RJ Division (fictional): 1-800-555-0199", "programContactFrench": "Division JR (fictive) : 1-800-555-0199",
                "victimServicesContactEnglish": "", "victimServicesContactFrench": "", "otherResourcesEnglish": "", "otherResourcesFrench": "",
            ].merging(Self.listFields()) { typed, _ in typed }
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
            #expect(
                sheet.contains("RJ Division (fictional): 1-800-555-0199") && sheet.contains("Division JR (fictive) : 1-800-555-0199"),
                "R47: both languages"
            )
        }
    }

    @Test func R10_theOtherResourcesAreShownBesideNotEligible() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            var settings = ProgramSettings.standard
            settings.otherResources = BilingualText(english: "A fictional victim support line", french: "Une ligne d’aide fictive")
            _ = try await ProgramSettingsService(env: t.env).save(settings, by: .system)
            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .phone,
                region: "ontario",
                language: "en",
                by: claire
            )
            _ = try await CaseService(env: t.env).execute(opened.id, .startAssessment, expectedVersion: nil, by: claire)
            var visitor = try await client.signIn("claire")
            let page = try await client.get("/cases/\(opened.id)", as: &visitor)
            #expect(page.text.contains("/steps/close-ineligible"))
            #expect(page.text.contains("A fictional victim support line") && page.text.contains("Une ligne d’aide fictive"))
            PageTests().checkPage(page, language: "en", "case with other resources")
        }
    }

    /// §7.3, R57: a closed case says until when it is kept, by the period set on the settings page.
    @Test(arguments: ["en", "fr"])
    func R57_aClosedCaseSaysUntilWhenItIsKept(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            let claire = try await t.makeUser("claire", role: .coordinator)
            let cases = CaseService(env: t.env)
            let opened = try await cases.recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .phone,
                region: "ontario",
                language: "en",
                by: claire
            )
            _ = try await cases.execute(opened.id, .startAssessment, expectedVersion: nil, by: claire)
            var coordinator = try await client.signIn("claire", language: language)
            #expect(
                !(try await client.get("/cases/\(opened.id)", as: &coordinator).text.contains(
                    language == "en" ? "reviewed for disposal" : "en vue de sa destruction"
                ))
            )

            let closed = try await cases.execute(opened.id, .closeIneligible, expectedVersion: nil, by: claire)
            let until = try #require(closed.retainedUntil(policy: .standard)).formatted(.iso8601.year().month().day())
            let page = try await client.get("/cases/\(opened.id)", as: &coordinator)
            #expect(
                page.text.contains(
                    language == "en" ? "until \(until) (closed before assignment: 2 years)" : "jusqu’au \(until) (fermé avant désignation : 2 ans)"
                )
            )
            PageTests().checkPage(page, language: language, "closed case")

            var ada = try await client.signIn("ada", language: language)
            let form = try await client.get("/admin/settings", as: &ada)
            #expect(form.text.contains(#"id="notAcceptedRetentionYears" name="notAcceptedRetentionYears" inputmode="numeric" value="2""#))
            var typed = [
                "assessmentValidityDays": "90", "holdReviewDays": "90", "entryNoticeWorkingDays": "15", "followUpDays": "30",
                "acknowledgementWorkingDays": "10",
                "closedCaseRetentionYears": "10", "notAcceptedRetentionYears": "1", "recordingRetentionYears": "2", "logRetentionYears": "2",
            ].merging(Self.listFields()) { typed, _ in typed }
            let refused = try await client.post("/admin/settings", typed, as: &ada)
            #expect(
                refused.status == .unprocessableContent && refused.text.contains(##"href="#notAcceptedRetentionYears""##),
                "§7.3: at least 2 years"
            )
            typed["notAcceptedRetentionYears"] = "3"
            #expect(try await client.post("/admin/settings", typed, as: &ada).status == .seeOther)
            let later = try #require(closed.retainedUntil(policy: try await ProgramSettingsService(env: t.env).current().policy))
            let longer = try await client.get("/cases/\(opened.id)", as: &coordinator).text
            #expect(longer.contains(later.formatted(.iso8601.year().month().day())) && longer.contains(language == "en" ? "3 years" : "3 ans"))
        }
    }

    /// R57, §6: an administrator adds a need for one side; its mediator offers it to that side only and
    /// records it. R40: a need speaking of forgiveness is refused; a listed need stays.
    @Test func R57_anAdministratorAddsANeedToTheCatalogue() async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.caseInDialogue(.letter, coordinator: coordinator, mediator: mediator)
            let (victim, offender) = (value.participants[0].id, value.participants[1].id)
            var ada = try await client.signIn("ada")
            let form = try await client.get("/admin/settings", as: &ada)
            #expect(form.text.contains(#"<select id="addedNeed-0-side" name="addedNeed-0-side">"#))

            var typed = [
                "assessmentValidityDays": "90", "holdReviewDays": "90", "entryNoticeWorkingDays": "15", "followUpDays": "30",
                "acknowledgementWorkingDays": "10",
                "closedCaseRetentionYears": "10", "notAcceptedRetentionYears": "2", "recordingRetentionYears": "2", "logRetentionYears": "2",
                "addedNeed-0-code": "ox1", "addedNeed-0-side": "offender",
                "addedNeed-0-english": "Understand how parole works (fictional)", "addedNeed-0-french": "Demander pardon (fictif)",
            ].merging(Self.listFields()) { typed, _ in typed }
            let refused = try await client.post("/admin/settings", typed, as: &ada)
            #expect(refused.status == .unprocessableContent && refused.text.contains("Forgiveness is never offered as a need"))
            #expect(
                refused.text.contains(#"value="Demander pardon (fictif)""#) && refused.text.contains(#"<option value="offender" selected>"#),
                "what was typed stays"
            )
            PageTests().checkPage(refused, language: "en", "added need refused", status: .unprocessableContent)

            typed["addedNeed-0-french"] = "Comprendre la libération conditionnelle (fictif)"
            #expect(try await client.post("/admin/settings", typed, as: &ada).status == .seeOther)
            #expect(try await ProgramSettingsService(env: t.env).current().addedNeeds.map(\.code) == ["OX1"])

            var martin = try await client.signIn("martin", language: "fr")
            let page = try await client.get("/cases/\(value.id)/steps/needs?participant=\(offender)", as: &martin)
            let victimsPage = try await client.get("/cases/\(value.id)/steps/needs?participant=\(victim)", as: &martin)
            #expect(
                page.text.contains(
                    #"id="need-\#(offender)-OX1" name="need-OX1" value="yes"><label for="need-\#(offender)-OX1">Comprendre la libération conditionnelle (fictif)</label>"#
                )
            )
            #expect(victimsPage.text.contains("need-\(victim)-") && !victimsPage.text.contains("OX1"), "offered to the offender's side only")
            let version = try #require(CasePageTests.version(in: page.text))
            let recorded = try await client.post(
                "/cases/\(value.id)/steps/needs",
                ["version": version, "participant": offender.description, "need-OX1": "yes"],
                as: &martin
            )
            #expect(recorded.status == .seeOther)
            #expect(try await CaseService(env: t.env).read(value.id, by: mediator).value.needs[offender]?.codes == [NeedCode(rawValue: "OX1")])

            for field in ["code", "english", "french"] { typed["addedNeed-0-\(field)"] = "" }
            let removed = try await client.post("/admin/settings", typed, as: &ada)
            #expect(removed.status == .conflict && removed.text.contains("The need “OX1” stays on the list"))
        }
    }

    /// R57 "regions are configuration": added and renamed on the settings page, offered on the intake form at
    /// once, never taken off the list.
    @Test func R57_anAdministratorAddsAndRenamesRegions() async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            try await t.makeUser("claire", role: .coordinator)
            var ada = try await client.signIn("ada")
            let page = try await client.get("/admin/settings", as: &ada)
            #expect(page.text.contains(#"id="region-4-code" name="region-4-code" value="pacific""#) && page.text.contains(#"id="region-5-code""#))
            var typed = [
                "assessmentValidityDays": "90", "holdReviewDays": "90", "entryNoticeWorkingDays": "15", "followUpDays": "30",
                "acknowledgementWorkingDays": "10",
                "closedCaseRetentionYears": "10", "notAcceptedRetentionYears": "2", "recordingRetentionYears": "2", "logRetentionYears": "2",
            ].merging(Self.listFields()) { typed, _ in typed }
            typed["region-4-english"] = "Pacific and Yukon (fictional)"
            typed["region-5-code"] = "north"
            typed["region-5-english"] = "North (fictional)"
            typed["region-5-french"] = ""
            let refused = try await client.post("/admin/settings", typed, as: &ada)
            #expect(refused.status == .unprocessableContent && refused.text.contains(##"href="#region-0-code""##))
            #expect(refused.text.contains(#"value="North (fictional)""#), "what was typed stays")
            PageTests().checkPage(refused, language: "en", "regions refused", status: .unprocessableContent)

            typed["region-5-french"] = "Nord (fictif)"
            #expect(try await client.post("/admin/settings", typed, as: &ada).status == .seeOther)
            #expect(try await ProgramSettingsService(env: t.env).current().regionCodes == Region.csc.map(\.code) + ["north"])

            var claire = try await client.signIn("claire")
            let intake = try await client.get("/cases/new", as: &claire)
            #expect(
                intake.text.contains(#"<option value="north">North (fictional)</option>"#) && intake.text.contains("Pacific and Yukon (fictional)")
            )
            let recorded = try await client.post(
                "/cases",
                ["requesterType": "registeredVictim", "channel": "phone", "region": "north", "language": "en"],
                as: &claire
            )
            #expect(recorded.status == .seeOther)

            typed["region-0-code"] = "east"
            let removed = try await client.post("/admin/settings", typed, as: &ada)
            #expect(removed.status == .conflict && removed.text.contains("The region “atlantic” stays on the list"))
        }
    }

    /// The region and eligibility rows of the settings form, as the page fills them in.
    static func listFields(regions: [Region] = Region.csc, criteria: [EligibilityCriterion] = EligibilityCriterion.csc) -> [String: String] {
        var fields: [String: String] = [:]
        func add(_ entries: [some CodedName], prefix: String) {
            for (index, entry) in entries.enumerated() {
                fields["\(prefix)-\(index)-code"] = entry.code
                fields["\(prefix)-\(index)-english"] = entry.name.english
                fields["\(prefix)-\(index)-french"] = entry.name.french
            }
        }
        add(regions, prefix: "region")
        add(criteria, prefix: "eligibility")
        return fields
    }

    /// R57 "eligibility rule is configuration", R10, R11: an administrator changes the criteria; coordinators
    /// are asked exactly those on the case page.
    @Test func R57_anAdministratorSetsTheEligibilityCriteria() async throws {
        try await withApp { t, client in
            try await t.makeUser("ada", role: .admin)
            let claire = try await t.makeUser("claire", role: .coordinator)
            var ada = try await client.signIn("ada", language: "fr")
            let page = try await client.get("/admin/settings", as: &ada)
            #expect(page.text.contains(#"id="eligibility-1-code" name="eligibility-1-code" value="responsibility-accepted""#))
            #expect(page.text.contains("Le délinquant a reconnu sa responsabilité"))

            var typed = [
                "assessmentValidityDays": "90", "holdReviewDays": "90", "entryNoticeWorkingDays": "15", "followUpDays": "30",
                "acknowledgementWorkingDays": "10",
                "closedCaseRetentionYears": "10", "notAcceptedRetentionYears": "2", "recordingRetentionYears": "2", "logRetentionYears": "2",
            ].merging(Self.listFields()) { typed, _ in typed }
            for field in ["code", "english", "french"] { typed["eligibility-1-\(field)"] = "" }  // taken off
            typed["eligibility-2-code"] = "victim-consulted"
            typed["eligibility-2-english"] = "The victim was consulted (fictional rule)"
            let refused = try await client.post("/admin/settings", typed, as: &ada)
            #expect(refused.status == .unprocessableContent && refused.text.contains(##"href="#eligibility-0-code""##))
            #expect(refused.text.contains("Indiquez de 1 à 10 critères d’admissibilité"))
            #expect(refused.text.contains(#"value="The victim was consulted (fictional rule)""#), "what was typed stays")
            PageTests().checkPage(refused, language: "fr", "eligibility criteria refused", status: .unprocessableContent)
            #expect(try await ProgramSettingsService(env: t.env).current().eligibilityCriteria == EligibilityCriterion.csc, "nothing saved")

            typed["eligibility-2-french"] = "La victime a été consultée (règle fictive)"
            #expect(try await client.post("/admin/settings", typed, as: &ada).status == .seeOther)
            #expect(
                try await ProgramSettingsService(env: t.env).current().eligibilityCriteria.map(\.code) == ["federal-sentence", "victim-consulted"]
            )

            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .phone,
                region: "ontario",
                language: "en",
                by: claire
            )
            _ = try await CaseService(env: t.env).execute(opened.id, .startAssessment, expectedVersion: nil, by: claire)
            var coordinator = try await client.signIn("claire")
            let casePage = try await client.get(try ROWebTests.casePage(holding: "confirm-eligibility", of: "/cases/\(opened.id)"), as: &coordinator)
            #expect(
                casePage.text.contains(
                    #"name="criterion-victim-consulted" value="yes"><label for="criterion-victim-consulted">The victim was consulted (fictional rule)</label>"#
                )
            )
            #expect(!casePage.text.contains("criterion-responsibility-accepted"))
            let asBefore = ["version": "2", "criterion-federal-sentence": "yes", "criterion-responsibility-accepted": "yes"]
            #expect(
                try await client.post("/cases/\(opened.id)/steps/confirm-eligibility", asBefore, as: &coordinator).status == .unprocessableContent
            )
            let asNow = ["version": "2", "criterion-federal-sentence": "yes", "criterion-victim-consulted": "yes"]
            #expect(try await client.post("/cases/\(opened.id)/steps/confirm-eligibility", asNow, as: &coordinator).status == .seeOther)
            let confirmed = try await CaseService(env: t.env).read(opened.id, by: claire).value
            #expect(confirmed.confirmedEligibilityCriteria == ["federal-sentence", "victim-consulted"])
        }
    }

    @Test func R57_theSettingsThroughTheAPI() async throws {
        try await withApp { t, client in
            let admin = try await t.makeUser("ada", role: .admin)
            let issued = try await TokenService(env: t.env).create(for: admin.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
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

            let withoutRegions = read.text.replacingOccurrences(of: #","regions":\[.*\]"#, with: "", options: .regularExpression)
            #expect(!withoutRegions.contains("regions") && withoutRegions.contains("holdReviewDays"))
            var settings = ProgramSettings.standard
            settings.regions.append(Region(code: "north", name: BilingualText(english: "North (fictional)", french: "Nord (fictif)")))
            _ = try await ProgramSettingsService(env: t.env).save(settings, by: .system)
            let kept = try await client.execute(uri: "/api/settings", method: .put, headers: headers, body: ByteBuffer(string: withoutRegions))
            #expect(kept.status == .ok && kept.text.contains(#""code":"north""#), "a body without regions keeps them")
            let null = try await client.execute(
                uri: "/api/settings",
                method: .put,
                headers: headers,
                body: ByteBuffer(string: withoutRegions.dropLast() + #","regions":null}"#)
            )
            #expect(null.status == .badRequest && null.headers[.contentType] == "application/problem+json", "null is not a list of regions")

            let withoutCriteria = kept.text.replacingOccurrences(of: #","eligibilityCriteria":\[[^\]]*\]"#, with: "", options: .regularExpression)
            #expect(!withoutCriteria.contains("eligibilityCriteria") && withoutCriteria.contains("holdReviewDays"))
            settings.eligibilityCriteria = [
                EligibilityCriterion(code: "sentenced", name: BilingualText(english: "Sentenced (fictional)", french: "Condamné (fictif)"))
            ]
            _ = try await ProgramSettingsService(env: t.env).save(settings, by: .system)
            let criteriaKept = try await client.execute(
                uri: "/api/settings",
                method: .put,
                headers: headers,
                body: ByteBuffer(string: withoutCriteria)
            )
            #expect(
                criteriaKept.status == .ok && criteriaKept.text.contains(#""code":"sentenced""#),
                "a body without eligibility criteria keeps them"
            )
            let repeated = kept.text.replacingOccurrences(of: #""code":"responsibility-accepted""#, with: #""code":"federal-sentence""#)
            let twice = try await client.execute(uri: "/api/settings", method: .put, headers: headers, body: ByteBuffer(string: repeated))
            #expect(twice.status == .unprocessableContent && twice.text.contains("eligibility-criteria-invalid"))
        }
    }
}
