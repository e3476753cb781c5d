import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROStoreSQL
import ROTestSupport
import Testing

@testable import ROWeb

/// Issue 14's acceptance, §7.2 "encrypt sensitive fields and files per case": a name, a phone, an e-mail, a letter's
/// words and a file, written through the pages and the API, are nowhere in the database's own bytes (the SQLite file
/// and its write-ahead log, or a PostgreSQL dump); with the key, all of them read back.
@Suite struct SealedBytesTests {
    static let name = "Philippa Wrenshaw-Quillon"
    static let phone = "613-555-0187"
    static let email = "philippa.wrenshaw@example.org"
    static let letter = "Dear Mr Ashcombe, I have thought for a long time about what to ask you (fictional)."
    static let file = Array("%PDF-1.4 Thaddeus Merriweather scan (fictional)".utf8)

    /// Issue 15, item 1: a second factor's shared secret is sealed with the master key, like a case's data key.
    @Test(arguments: Backend.available)
    func aSecondFactorsSecretIsNotInTheDatabasesBytes(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t, location in
            let user = try await t.makeUser("claire", role: .coordinator)
            let secret = try #require(try await t.store.transaction { tx in try await tx.secondFactors.get(of: user.id) }).secret
            let files = try Self.databaseBytes(location)
            #expect(!files.isEmpty)
            #expect(files.allSatisfy { $0.range(of: Data(secret.utf8)) == nil })
        }
    }

    @Test(arguments: Backend.available)
    func section7_2_whatIsWrittenThroughThePagesAndTheAPIIsNotInTheDatabasesBytes(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t, location in
            let client = try await RouterTestClient(env: t.env, settings: .test, clock: t.clock)
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)

            // The pages: a request with who is asking and how to reach them.
            var claire = try await client.signIn("claire")
            var request = ["requesterType": "registeredVictim", "channel": "phone", "region": "pacific", "language": "fr"]
            request["name"] = Self.name
            request["phone"] = Self.phone
            request["phoneSafe"] = "yes"
            request["email"] = Self.email
            #expect(try await client.post("/cases", request, as: &claire).status == .seeOther)

            // The pages again for a letter's words, the API for a file.
            let value = try await t.caseInDialogue(.letter, coordinator: coordinator, mediator: mediator)
            var martin = try await client.signIn("martin")
            let path = "/cases/\(value.id)"
            let version = try #require(CasePageTests.version(in: try await client.get("\(path)/steps/draft-letter", as: &martin).text))
            let letter = [
                "version": version, "sender": value.participants[0].id.description, "recipient": value.participants[1].id.description,
                "content": Self.letter,
            ]
            #expect(try await client.post("\(path)/steps/draft-letter", letter, as: &martin).status == .seeOther)
            let drafted = try await CaseService(env: t.env).read(value.id, by: mediator).value
            let item = try #require(drafted.items.first).id
            let token = try await TokenService(env: t.env).create(for: mediator.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system)
                .secret
            let uploaded = try await client.execute(
                uri: "/api\(path)/items/\(item)/files?version=\(drafted.version)",
                method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/pdf", .acceptLanguage: "en"],
                body: ByteBuffer(bytes: Self.file)
            )
            #expect(uploaded.status == .created || uploaded.status == .ok, "\(uploaded.status)")

            let bytes = try Self.databaseBytes(location)
            #expect(bytes.contains { $0.range(of: Data(value.reference.utf8)) != nil }, "the scan reads what was written")
            for secret in [Self.name, Self.phone, Self.email, Self.letter].map({ Array($0.utf8) }) + [Self.file] {
                #expect(!bytes.contains { $0.range(of: Data(secret)) != nil }, "\(String(decoding: secret.prefix(24), as: UTF8.self)) is in clear")
            }

            // With the key, all of it reads back.
            let found = try await CaseService(env: t.env).search("wrensh", by: coordinator)
            let requested = try await CaseService(env: t.env).read(try #require(found.first).id, by: coordinator).value
            let person = try #require(requested.people[requested.participants[0].id])
            #expect(person.usedName == Self.name && person.phones.map(\.value) == [Self.phone] && person.emails.map(\.value) == [Self.email])
            let withFile = try await CaseService(env: t.env).read(value.id, by: mediator).value
            #expect(withFile.items.first?.versions.last == Self.letter)
            let attachment = try #require(withFile.items.first?.attachments.first)
            let chunk = try await t.store.transaction { try await $0.media.chunk(0, of: attachment.id, in: value.id) }
            #expect(chunk == Self.file)
        }
    }

    /// The SQLite file and its log, or everything `pg_dump` writes.
    static func databaseBytes(_ location: DatabaseLocation) throws -> [Data] {
        switch location {
        case .sqlite(let path):
            return try [path, path + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }.map {
                try Data(contentsOf: URL(fileURLWithPath: $0))
            }
        case .postgres(let url):
            let dump = Process()
            dump.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            dump.arguments = ["pg_dump", "--data-only", url]
            let output = Pipe()
            dump.standardOutput = output
            try dump.run()
            let bytes = output.fileHandleForReading.readDataToEndOfFile()
            dump.waitUntilExit()
            #expect(dump.terminationStatus == 0)
            return [bytes]
        }
    }
}
