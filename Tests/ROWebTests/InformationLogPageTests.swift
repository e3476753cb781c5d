import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R46 on the page and the API: a kind of person, never a name; bad input keeps what was chosen.
@Suite struct InformationLogPageTests {
    @Test(arguments: ["en", "fr"])
    func R46_victimServicesLogsInformationGiven(_ language: String) async throws {
        try await withApp { t, client in
            try await t.makeUser("valerie", role: .victimServices)
            var valerie = try await client.signIn("valerie", language: language)
            let home = try await client.get("/home", as: &valerie)
            #expect(home.text.contains(#"href="/information-log""#))
            PageTests().checkPage(try await client.get("/information-log", as: &valerie), language: language, "information log")

            let refused = try await client.post(
                "/information-log",
                ["channel": "phone", "language": "fr", "material-informationSheet": "yes"],
                as: &valerie
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Choose to whom, by which channel" : "Choisissez à qui, par quel moyen"))
            #expect(
                refused.text.contains(#"<option value="phone" selected>"#)
                    && refused.text.contains(#"name="material-informationSheet" value="yes" checked"#)
            )
            PageTests().checkPage(refused, language: language, "refused information entry", status: .unprocessableContent)

            let logged = try await client.post(
                "/information-log",
                ["recipient": "victim", "channel": "phone", "language": "fr", "material-informationSheet": "yes", "victimServicesOffered": "yes"],
                as: &valerie
            )
            #expect(logged.status == .seeOther)
            let list = try await client.get("/information-log?notice=logged", as: &valerie).text
            #expect(
                list.withoutCellLabels.contains(
                    language == "en"
                        ? "<td>A victim</td><td>phone</td><td>French</td><td>information sheet</td><td>yes</td>"
                        : "<td>Une victime</td><td>téléphone</td><td>Français</td><td>fiche d’information</td><td>oui</td>"
                )
            )
        }
    }

    @Test func R46_theAPILogsTheSameEntry() async throws {
        try await withApp { t, client in
            let referrer = try await t.makeUser("rita", role: .referrer)
            let token = try await TokenService(env: t.env).create(for: referrer.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
                .secret
            let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            let created = try await client.execute(
                uri: "/api/information-log",
                method: .post,
                headers: headers,
                body: ByteBuffer(
                    string: #"{"recipient": "offender", "channel": "inPerson", "language": "en", "materials": "informationSheet,programVideoLink"}"#
                )
            )
            #expect(created.status == .created)
            #expect(
                created.text.contains(#""materials":["informationSheet","programVideoLink"]"#) && created.text.contains(#""recipient":"offender""#)
            )
            let refused = try await client.execute(
                uri: "/api/information-log",
                method: .post,
                headers: headers,
                body: ByteBuffer(string: #"{"recipient": "offender", "channel": "inPerson", "language": "en", "materials": "a name"}"#)
            )
            #expect(refused.status == .unprocessableContent && refused.headers[.contentType] == "application/problem+json")
            let unclear = try await client.execute(
                uri: "/api/information-log",
                method: .post,
                headers: headers,
                body: ByteBuffer(string: #"{"recipient": "offender", "channel": "inPerson", "language": "en", "victimServicesOffered": "maybe"}"#)
            )
            #expect(unclear.status == .unprocessableContent)  // found by schemathesis: only "yes" or "no"
            #expect(try await InformationLogService(env: t.env).recent(by: referrer).count == 1)
        }
    }
}
