import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// Files of items on the case page and through the API (§4.5, R39, R43): uploads stream in, bad files
/// are refused in both languages with nothing kept, downloads carry RO's own name and are never cached.
@Suite struct FilePageTests {
    static let scan = Array("%PDF-1.7\n% a fictional scanned letter\n".utf8) + [UInt8](repeating: 0x20, count: 300_000)

    struct Setting {
        let caseID: Identifier<Case>
        let item: Identifier<RelayedItem>
        let coordinator: User
    }

    func draftLetter(_ t: TestEnvironment) async throws -> Setting {
        let coordinator = try await t.makeUser("claire", role: .coordinator)
        let mediator = try await t.makeUser("martin", role: .mediator)
        let (value, item) = try await t.caseWithDraftItem(.letter, coordinator: coordinator, mediator: mediator)
        return Setting(caseID: value.id, item: item, coordinator: coordinator)
    }

    @Test(arguments: ["en", "fr"])
    func aMediatorAddsAScanDownloadsItAndRemovesIt(_ language: String) async throws {
        try await withApp { t, client in
            let s = try await self.draftLetter(t)
            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(s.caseID)"
            let page = try await client.get(casePage(.letters, of: path), as: &martin)
            PageTests().checkPage(page, language: language, "case with a draft letter")
            #expect(page.text.contains(#"enctype="multipart/form-data""#))
            let version = try #require(CasePageTests.version(in: page.text))

            let added = try await client.upload("\(path)/items/\(s.item)/files", file: Self.scan, fields: ["version": version], as: &martin)
            #expect(added.status == .seeOther)
            let file = try #require(try await CaseService(env: t.env).read(s.caseID, by: s.coordinator).value.item(s.item)?.attachments.first)
            #expect(file.type == .pdf && file.byteCount == Self.scan.count)

            let shown = try await client.get(casePage(.letters, of: path), as: &martin)
            PageTests().checkPage(shown, language: language, "case with a scanned page")
            #expect(shown.text.contains("/cases/\(s.caseID)/files/\(file.id)"))
            #expect(!shown.text.contains("Fictional Person scan"), "the sender's file name is not kept (R39)")

            let download = try await client.get("\(path)/files/\(file.id)", as: &martin)
            #expect(download.status == .ok)
            #expect(Array(download.body.readableBytesView) == Self.scan)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.cacheControl] == "no-store")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"ro-\(file.id.description.prefix(8).lowercased()).pdf\"")

            let removed = try await client.post(
                "\(path)/steps/remove-file",
                ["version": try #require(CasePageTests.version(in: shown.text)), "item": s.item.description, "file": file.id.description],
                as: &martin
            )
            #expect(removed.status == .seeOther)
            #expect(try await CaseService(env: t.env).read(s.caseID, by: s.coordinator).value.item(s.item)?.attachments.isEmpty == true)
        }
    }

    /// Bad input loses nothing and keeps nothing: a file of an unknown kind or over the limit is refused with a
    /// bilingual reason on the case page; no byte of it stays.
    @Test(arguments: ["en", "fr"])
    func aBadFileIsRefusedOnThePageAndNothingIsKept(_ language: String) async throws {
        try await withApp { t, client in
            let s = try await self.draftLetter(t)
            var martin = try await client.signIn("martin", language: language)
            let path = "/cases/\(s.caseID)"
            let version = try #require(CasePageTests.version(in: try await client.get(casePage(.letters, of: path), as: &martin).text))

            let html = try await client.upload(
                "\(path)/items/\(s.item)/files",
                file: Array("<html>not a scan</html>".utf8),
                fields: ["version": version],
                as: &martin
            )
            #expect(html.status == .unprocessableContent)
            #expect(html.text.contains(language == "en" ? "This file is not one RO accepts" : "RO n’accepte pas ce fichier"))
            PageTests().checkPage(html, language: language, "refused file", status: .unprocessableContent)

            let video = try await client.upload(
                "\(path)/items/\(s.item)/files",
                file: Array("\u{0}\u{0}\u{0}\u{18}ftypisom".utf8),
                fields: ["version": version],
                as: &martin
            )
            #expect(video.status == .unprocessableContent)
            #expect(video.text.contains(language == "en" ? "does not go with letters" : "ne convient pas aux lettres"))

            let empty = try await client.upload("\(path)/items/\(s.item)/files", file: [], fields: ["version": version], as: &martin)
            #expect(empty.status == .unprocessableContent)

            let stale = try await client.upload(
                "\(path)/items/\(s.item)/files",
                file: Self.scan,
                fields: ["version": String(Int(version)! - 1)],
                as: &martin
            )
            #expect(stale.status == .conflict)
            #expect(try await t.store.transaction { try await $0.media.discardUnattached(startedBefore: .distantFuture) } == 0)
        }
    }

    /// CSRF: a file form without the session's token, first, is refused before any byte is stored.
    @Test func aFileFormWithoutItsTokenIsRefused() async throws {
        try await withApp { t, client in
            let s = try await self.draftLetter(t)
            var martin = try await client.signIn("martin")
            let response = try await client.upload(
                "/cases/\(s.caseID)/items/\(s.item)/files",
                file: Self.scan,
                fields: ["version": "99"],
                as: &martin,
                csrf: "forged"
            )
            #expect(response.status == .forbidden)
            #expect(try await t.store.transaction { try await $0.media.discardUnattached(startedBefore: .distantFuture) } == 0)
            // Multipart goes to file forms only.
            let elsewhere = try await client.upload("/cases/\(s.caseID)/steps/submit-item", file: Self.scan, fields: ["version": "1"], as: &martin)
            #expect(elsewhere.status == .unsupportedMediaType)
        }
    }

    /// The API: the body is the file; the answer is the case file with the file's fingerprint; errors are problems.
    @Test func theAPIStreamsFilesInAndOut() async throws {
        try await withApp { t, client in
            let s = try await self.draftLetter(t)
            let martin = try await t.store.transaction { try await $0.users.credentials(username: "martin") }!.user
            let bearer = try await TokenService(env: t.env).create(for: martin.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
                .secret
            let version = try await CaseService(env: t.env).read(s.caseID, by: s.coordinator).value.version
            let headers: HTTPFields = [.authorization: "Bearer \(bearer)", .contentType: "application/pdf"]

            let created = try await client.execute(
                uri: "/api/cases/\(s.caseID)/items/\(s.item)/files?version=\(version)",
                method: .post,
                headers: headers,
                body: ByteBuffer(bytes: Self.scan)
            )
            #expect(created.status == .created)
            struct Answer: Decodable {
                struct Item: Decodable { let files: [File] }
                struct File: Decodable {
                    let id: String
                    let mediaType: String
                    let byteCount: Int
                    let sha256: String
                }
                let items: [Item]
            }
            let file = try #require(try JSONDecoder().decode(Answer.self, from: Data(buffer: created.body)).items.first?.files.first)
            #expect(file.mediaType == "application/pdf" && file.byteCount == Self.scan.count && file.sha256.count == 64)

            let download = try await client.execute(
                uri: "/api/cases/\(s.caseID)/files/\(file.id)",
                method: .get,
                headers: [.authorization: "Bearer \(bearer)"]
            )
            #expect(Array(download.body.readableBytesView) == Self.scan)

            let refused = try await client.execute(
                uri: "/api/cases/\(s.caseID)/items/\(s.item)/files?version=\(version + 1)",
                method: .post,
                headers: headers,
                body: ByteBuffer(string: "GIF89a")
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect(refused.text.contains("media-type-not-accepted") && refused.text.contains("This file is not one RO accepts"))
        }
    }
}
