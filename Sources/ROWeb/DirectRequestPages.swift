import Hummingbird
import ROCore
import ROServices

/// R5: logging an offender's direct request and showing the standard reply in their language.
struct DirectRequestPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/direct-requests", .requires(.recordRequests), self.show),
            Route(.post, "/direct-requests", .requires(.recordRequests), self.log),
        ]
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let replyLanguage = request.uri.queryParameters.get("reply").flatMap(Language.init(rawValue:))
        return try await self.render(context, replyLanguage: replyLanguage, status: .ok)
    }

    @Sendable func log(_ request: Request, context: WebContext) async throws -> Response {
        guard let channel = DirectRequestLogEntry.Channel(rawValue: context.form["channel"]),
            let language = Language(rawValue: context.form["language"])
        else { return try await self.render(context, replyLanguage: nil, status: .unprocessableContent) }
        _ = try await DirectRequestService(env: self.env.serving(context)).log(channel: channel, language: language.rawValue, by: try context.requireUser())
        return .redirect(to: "/direct-requests?reply=\(language.rawValue)", type: .normal)
    }

    private func render(_ context: WebContext, replyLanguage: Language?, status: HTTPResponse.Status) async throws -> Response {
        let language = context.language
        let t = language.strings
        let count = try await DirectRequestService(env: self.env.serving(context)).count(by: try context.requireUser())
        let page = DirectRequestPage(
            layout: self.views.layout(context, title: t.directRequestsTitle, path: "/direct-requests"), t: language.catalog,
            count: String(count),
            channels: DirectRequestLogEntry.Channel.allCases.map { Option(value: $0.rawValue, label: IntakeChannel(rawValue: $0.rawValue)?.name(in: language) ?? $0.rawValue, selected: false) },
            languages: Option.languages(selected: "", in: language),
            hasReply: replyLanguage != nil, replyLang: replyLanguage?.rawValue ?? "", reply: replyLanguage?.strings.standardOffenderReply ?? "",
            hasErrors: status != .ok, errors: status != .ok ? [FieldError(field: "channel", message: "\(t.chooseAnAnswer) \(t.channelLabel)")] : []
        )
        return try self.views.render("direct-requests", page, status: status)
    }

}

struct DirectRequestPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let count: String
    let channels: [Option]
    let languages: [Option]
    let hasReply: Bool
    let replyLang: String
    let reply: String
    let hasErrors: Bool
    let errors: [FieldError]
}
