import Foundation
import Hummingbird
import ROCore
import ROServices

/// R48: versioned, printable information sheets, each in English and French on one page, for
/// operational units and for people thinking of taking part. Public: they hold nothing about a case.
struct InformationSheetPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/information-sheets", .anyone, self.list),
            Route(.get, "/information-sheets/:sheet", .anyone, self.show),
        ]
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let t = context.language.strings
        let page = InformationSheetListPage(
            layout: self.views.layout(context, title: t.informationSheetsTitle, path: "/information-sheets"),
            t: context.language.catalog,
            sheets: InformationSheet.all.map {
                .init(href: "/information-sheets/\($0.id)", title: $0.title(in: context.language), version: InformationSheet.version)
            }
        )
        return try self.views.render("information-sheets", page)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        guard let sheet = InformationSheet.all.first(where: { $0.id == context.parameters.get("sheet") }) else { throw HTTPError(.notFound) }
        let settings = try await ProgramSettingsService(env: self.env.serving(context)).current()
        let page = InformationSheetPage(
            layout: self.views.layout(context, title: sheet.title(in: context.language), path: "/information-sheets/\(sheet.id)"),
            t: context.language.catalog,
            version: InformationSheet.version,
            first: .init(sheet, context.language, settings),
            second: .init(sheet, context.language.other, settings)
        )
        return try self.views.render("information-sheet", page)
    }
}

/// One sheet: its text is in the catalogue, in both languages (`sheet.<key>.title`, `sheet.<key>.point1`…). A change
/// of the built-in wording is a new `version`, printed on every sheet.
struct InformationSheet: Sendable {
    static let version = "RO-IS-1 (2026-11-25)"

    let id: String
    let key: String
    let pointCount: Int

    func title(in language: Language) -> String { language.text("sheet.\(self.key).title") }

    func points(in language: Language) -> [String] { (1...self.pointCount).map { language.text("sheet.\(self.key).point\($0)") } }

    static let all = [
        InformationSheet(id: "people-harmed", key: "peopleHarmed", pointCount: 6),
        InformationSheet(id: "staff", key: "staff", pointCount: 5),
    ]
}

struct InformationSheetListPage: Sendable {
    struct Entry: Sendable {
        let href: String
        let title: String
        let version: String
    }

    let layout: Layout
    let t: [String: String]
    let sheets: [Entry]
}

struct InformationSheetPage: Sendable {
    struct Side: Sendable {
        let lang: String
        let title: String
        let points: [String]
        /// R47: how to reach the program and Victim Services, as the program set it (R57).
        let howToReach: String
        let contacts: [String]
        let hasContacts: Bool

        init(_ sheet: InformationSheet, _ language: Language, _ settings: ProgramSettings) {
            self.lang = language.rawValue
            self.title = sheet.title(in: language)
            self.points = sheet.points(in: language)
            self.howToReach = language.strings.howToReachTitle
            self.contacts = [settings.programContact, settings.victimServicesContact].map { $0.text(in: language) }.filter {
                !$0.isEmpty
            }
            self.hasContacts = !self.contacts.isEmpty
        }
    }

    let layout: Layout
    let t: [String: String]
    let version: String
    /// The page's language first, under the page's one main heading; the other beside it.
    let first: Side
    let second: Side
}
