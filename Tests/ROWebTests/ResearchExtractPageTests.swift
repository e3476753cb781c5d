import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R55, §7.2 on the coordinators' page and in the API.
@Suite struct ResearchExtractPageTests {
    @Test(arguments: ["en", "fr"])
    func R55_twoCoordinatorsProposeApproveAndProduceAnExtract(_ language: String) async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            try await t.makeUser("colette", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let value = try await t.caseInDialogue(.letter, coordinator: claire, mediator: martin)
            let offender = try #require(value.participants.first { $0.role == .offender })
            _ = try await CaseService(env: t.env).execute(
                value.id,
                .recordConsent(participant: offender.id, purpose: .researchUse, decision: .given, expiresAt: nil, noticeVersion: nil),
                expectedVersion: nil,
                by: martin
            )
            var proposer = try await client.signIn("claire", language: language)
            let empty = try await client.get("/research-extracts", as: &proposer)
            PageTests().checkPage(empty, language: language, "research extracts")

            let short = try await client.post("/research-extracts", ["purpose": "A study"], as: &proposer)
            #expect(short.status == .unprocessableContent && short.text.contains(">A study</textarea>"), "what was typed stays")
            #expect(short.text.contains(language == "en" ? "State the study and why it needs the link with OMS" : "Indiquez l’étude et pourquoi"))
            PageTests().checkPage(short, language: language, "research extract refused", status: .unprocessableContent)

            #expect(try await client.post("/research-extracts", ["purpose": "Recidivism study (fictional)"], as: &proposer).status == .seeOther)
            let id = try #require(try await ResearchExtractService(env: t.env).recent(by: claire).first?.extract.id)
            let listed = try await client.get("/research-extracts", as: &proposer)
            #expect(listed.text.contains("Recidivism study (fictional)") && !listed.text.contains("/research-extracts/\(id)/approve"))
            #expect(try await client.get("/research-extracts/\(id)/extract.csv", as: &proposer).status == .conflict)
            let own = try await client.post("/research-extracts/\(id)/approve", [:], as: &proposer)
            #expect(own.status == .conflict && own.text.contains(language == "en" ? "Another coordinator must approve" : "Un autre coordonnateur"))

            var approver = try await client.signIn("colette", language: language)
            #expect(try await client.get("/research-extracts", as: &approver).text.contains("/research-extracts/\(id)/approve"))
            #expect(try await client.post("/research-extracts/\(id)/approve", [:], as: &approver).status == .seeOther)
            let csv = try await client.get("/research-extracts/\(id)/extract.csv", as: &proposer)
            #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8" && csv.headers[.cacheControl] == "no-store")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.first == "fpsNumber,fiscalYear,region,source,stage,assigned,coMediated,forms,meetingsHeld,closureReason")
            let fps = try #require(try await CaseService(env: t.env).read(value.id, by: claire).value.offenderFPSNumber)
            #expect(lines.count == 2 && lines[1].hasPrefix("\(fps),") && !csv.text.contains(value.reference), "no RO reference")
        }
    }

    @Test func R55_theExtractsThroughTheAPI() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            func headers(_ user: User) async throws -> HTTPFields {
                let issued = try await TokenService(env: t.env).create(for: user.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
                return [.authorization: "Bearer \(issued.secret)", .contentType: "application/json"]
            }
            let (asClaire, asColette) = (try await headers(claire), try await headers(colette))
            let refused = try await client.execute(
                uri: "/api/research-extracts",
                method: .post,
                headers: asClaire,
                body: ByteBuffer(string: #"{"purpose":" "}"#)
            )
            #expect(refused.status == .unprocessableContent && refused.headers[.contentType] == "application/problem+json")
            let proposed = try await client.execute(
                uri: "/api/research-extracts",
                method: .post,
                headers: asClaire,
                body: ByteBuffer(string: #"{"purpose":"Recidivism study (fictional)"}"#)
            )
            #expect(proposed.status == .created)
            let id = try #require((try JSONSerialization.jsonObject(with: Data(proposed.text.utf8)) as? [String: Any])?["id"] as? String)
            let early = try await client.execute(uri: "/api/research-extracts/\(id)/rows", method: .get, headers: asColette)
            #expect(early.status == .conflict && early.text.contains("extract-not-approved"))
            // Issue 15, item 6: the second coordinator approves signed in, on the page; never with a token.
            #expect(try await client.execute(uri: "/api/research-extracts/\(id)/approve", method: .post, headers: asColette).status == .forbidden)
            var approver = try await client.signIn("colette")
            #expect(try await client.post("/research-extracts/\(id)/approve", [:], as: &approver).status == .seeOther)
            let rows = try await client.execute(uri: "/api/research-extracts/\(id)/rows", method: .get, headers: asClaire)
            #expect(rows.status == .ok && rows.text == "[]", "no case, no row")
            let listed = try await client.execute(uri: "/api/research-extracts", method: .get, headers: asColette)
            #expect(listed.status == .ok && listed.text.contains(#""approvedBy":"\#(colette.id)""#))
        }
    }
}
