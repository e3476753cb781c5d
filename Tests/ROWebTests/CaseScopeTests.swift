import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// N1, need-to-know: every page and API operation that names a case or a meeting, for every role, on a
/// case the caller may see (a coordinator's any case, a mediator's assigned one, a liaison's own site)
/// and one they may not. Out of scope answers "not found" and shows nothing of the case; a role without
/// the permission gets 403 on both. Routes and steps come from the route table and `CaseSteps.names`.
@Suite struct CaseScopeTests {
    @Test(arguments: Role.allCases)
    func everyCaseRouteKeepsToNeedToKnow(_ role: Role) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let me = try await t.makeUser("myself", role: role)
            let otherMediator = try await t.makeUser("other-mediator", role: .mediator)
            try await t.makeSite("OWN", liaisons: role == .siteLiaison ? [me] : [])
            try await t.makeSite("ELSE")
            let ownMediator = role == .mediator ? me : otherMediator
            let (inScope, ownMeeting) = try await t.caseWithEntryRequest(site: "OWN", coordinator: coordinator, mediator: ownMediator)
            let (outOfScope, otherMeeting) = try await t.caseWithEntryRequest(site: "ELSE", coordinator: coordinator, mediator: otherMediator)
            let ownFile = try await self.letterWithScan(t, on: inScope, mediator: ownMediator)
            let otherFile = try await self.letterWithScan(t, on: outOfScope, mediator: otherMediator)
            let ownNote = try await self.restrictedNote(t, on: inScope, mediator: ownMediator)
            let otherNote = try await self.restrictedNote(t, on: outOfScope, mediator: otherMediator)
            let bearer = try await TokenService(env: t.env).create(for: me.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system).secret

            var checks = 0
            for route in try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env)) {
                guard case .requires(let permission) = route.access,
                    route.path.contains("cases/:id") || route.path.contains("referrals/:id") || route.path.contains(":meeting")
                else { continue }
                let variants = route.path.contains(":step") ? CaseSteps.names : route.path.contains(":answer") ? EntryRequestPages.answers : [""]
                for variant in variants {
                    // A referrer's own referrals are covered in the service tests: here both cases are someone else's.
                    let scopes =
                        route.path.contains("referrals/:id")
                        ? [(false, outOfScope, otherMeeting, otherFile, otherNote)]
                        : [(true, inScope, ownMeeting, ownFile, ownNote), (false, outOfScope, otherMeeting, otherFile, otherNote)]
                    for (scoped, value, meeting, file, note) in scopes {
                        let uri = route.path.replacingOccurrences(of: ":id", with: value.id.description)
                            .replacingOccurrences(of: ":meeting", with: meeting.description)
                            .replacingOccurrences(of: ":item", with: file.item.description).replacingOccurrences(
                                of: ":file",
                                with: file.id.description
                            )
                            .replacingOccurrences(of: ":note", with: note.description)
                            .replacingOccurrences(of: ":step", with: variant).replacingOccurrences(of: ":answer", with: variant)
                        let response = try await self.call(client, route, uri, bearer: bearer)
                        let context =
                            "\(role) \(route.method) \(uri.replacingOccurrences(of: value.id.description, with: scoped ? "<in scope>" : "<out of scope>"))"
                        if !PermissionMatrixTests.expectedRoles(try #require(PermissionMatrixTests.serves(route.method, route.path))).contains(role) {
                            // Out of their scope a case they may not open is also "not found" (a mediator's access report).
                            #expect(response.status == .forbidden || !scoped && response.status == .notFound, "\(context): \(response.status)")
                        } else if scoped || role == .coordinator && route.path.contains("cases/:id") || permission == .investigateCases {
                            // N7: an auditor reads every case's metadata; its content only under an investigation.
                            #expect(
                                response.status != .notFound && response.status != .forbidden || self.stepRefusedForRole(response),
                                "\(context): \(response.status)"
                            )
                        } else {
                            #expect(response.status == .notFound, "\(context): \(response.status)")
                            #expect(!response.text.contains(value.reference), "\(context) shows the case")
                        }
                        checks += 1
                    }
                }
            }
            print("N1 case-scope checks for \(role): \(checks)")
            #expect(checks == 2 * (19 + 3 * CaseSteps.names.count + 2 * EntryRequestPages.answers.count) + 4)
        }
    }

    /// A step the role may not take on a case it may see is 403 with the role-not-allowed code (a coordinator's
    /// `meeting-held`, a mediator's `assign`): the case exists for them, the step is not theirs.
    func stepRefusedForRole(_ response: TestResponse) -> Bool {
        response.status == .forbidden && (response.text.contains("role-not-allowed") || response.text.contains("Your role does not allow this step"))
    }

    /// §7.2: a restricted note by the case's mediator, to reach its page (its author and coordinators read it).
    func restrictedNote(_ t: TestEnvironment, on value: Case, mediator: User) async throws -> Identifier<CaseNote> {
        let id = Identifier<CaseNote>(t.env.newID())
        let note = CaseCommand.writeNote(id: id, text: "A fictional restricted note.", restricted: true)
        _ = try await CaseService(env: t.env).execute(value.id, note, expectedVersion: nil, by: mediator)
        return id
    }

    /// A draft letter on `value` with one scanned page, to reach the file routes.
    func letterWithScan(
        _ t: TestEnvironment,
        on value: Case,
        mediator: User
    ) async throws -> (item: Identifier<RelayedItem>, id: Identifier<MediaAttachment>) {
        let item = Identifier<RelayedItem>(t.env.newID())
        let drafted = try await CaseService(env: t.env).execute(
            value.id,
            .draftItem(id: item, form: .letter, sender: value.participants[1].id, recipient: value.participants[0].id, content: "Fictional."),
            expectedVersion: nil,
            by: mediator
        )
        var upload = try await MediaService(env: t.env).beginUpload(to: value.id, item: item, by: mediator)
        try await upload.append(Array("%PDF-1.7 fictional scan".utf8))
        let (_, file) = try await upload.finish(expectedVersion: drafted.version)
        return (item, file.id)
    }

    func call(_ client: any TestClientProtocol, _ route: Route, _ uri: String, bearer: String) async throws -> TestResponse {
        if route.path.hasSuffix("/files") {  // an upload: the file itself, as each side sends it
            if route.path.hasPrefix("/api/") {
                let headers: HTTPFields = [.authorization: "Bearer \(bearer)", .contentType: "application/pdf", .acceptLanguage: "en"]
                return try await client.execute(
                    uri: uri + "?version=1",
                    method: .post,
                    headers: headers,
                    body: ByteBuffer(string: "%PDF-1.7 fictional")
                )
            }
            var visitor = try await client.signIn("myself")
            return try await client.upload(uri, file: Array("%PDF-1.7 fictional".utf8), fields: ["version": "1"], as: &visitor)
        }
        if route.path.hasPrefix("/api/") {
            let headers: HTTPFields = [.authorization: "Bearer \(bearer)", .contentType: "application/json", .acceptLanguage: "en"]
            return try await client.execute(
                uri: uri,
                method: route.method,
                headers: headers,
                body: ByteBuffer(string: #"{"version": 1, "fields": {}}"#)
            )
        }
        var visitor = try await client.signIn("myself")
        return route.method == .get ? try await client.get(uri, as: &visitor) : try await client.post(uri, ["version": "1"], as: &visitor)
    }
}
