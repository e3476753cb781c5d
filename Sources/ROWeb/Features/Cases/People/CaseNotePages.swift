import Foundation
import Hummingbird
import ROCore
import ROServices

/// §7.2: a restricted note's own page, for its author and the coordinators. Its words are shown nowhere else,
/// so every reading goes through here and is audited.
struct CaseNotePages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [Route(.get, "/cases/:id/notes/:note", .requires(.workOnCases), self.show)]
    }

    struct Page: Sendable {
        let layout: Layout
        let t: [String: String]
        let title: String
        let meta: String
        let text: String
        let backPath: String
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.caseID()
        guard let noteID = context.parameters.get("note").flatMap(Identifier<CaseNote>.init(uuidString:)) else { throw HTTPError(.notFound) }
        let (value, note, writer) = try await CaseService(env: self.env.serving(context)).readRestrictedNote(noteID, in: id, by: user)
        let language = context.language
        let title = language.text("restrictedNoteTitle", ["reference": value.reference])
        let author = note.by == user.id ? language.text("noteByYou") : writer
        let page = Page(
            layout: self.views.layout(context, title: title, path: "/cases/\(id)/people"),
            t: language.catalog,
            title: title,
            meta: language.text("restrictedNoteMeta", ["when": note.at.utcMinuteText, "author": author]),
            text: note.text,
            backPath: CaseArea.people.path(of: id.description)
        )
        return try self.views.render("case-note", page)
    }
}
