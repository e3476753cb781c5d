import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import ROWeb

/// R48: versioned, printable, bilingual information sheets, open to anyone (they hold nothing of a case).
@Suite struct InformationSheetTests {
    @Test(arguments: ["en", "fr"])
    func R48_eachSheetIsBilingualAndVersioned(_ language: String) async throws {
        try await withApp { _, client in
            let list = try await client.execute(uri: "/information-sheets", method: .get, headers: [.acceptLanguage: language])
            PageTests().checkPage(list, language: language, "information sheets")
            for sheet in InformationSheet.all {
                #expect(list.text.contains(#"href="/information-sheets/\#(sheet.id)""#))
                let page = try await client.execute(uri: "/information-sheets/\(sheet.id)", method: .get, headers: [.acceptLanguage: language])
                PageTests().checkPage(page, language: language, "sheet \(sheet.id)")
                #expect(page.text.contains(InformationSheet.version))
                #expect(page.text.contains(#"<section lang="en""#) && page.text.contains(#"<section lang="fr""#))
                let main = sheet.title(in: Language(rawValue: language)!)
                #expect(page.text.contains(#"<h1 id="sheet-\#(language)">\#(main)</h1>"#))
                let points = sheet.points(in: .en) + sheet.points(in: .fr)
                #expect(points.count > 8 && !points.contains { $0.hasPrefix("sheet.") }, "every point has its text")
                for point in points { #expect(page.text.contains(point)) }
            }
            let missing = try await client.execute(uri: "/information-sheets/none", method: .get, headers: [.acceptLanguage: language])
            #expect(missing.status == .notFound)
        }
    }
}
