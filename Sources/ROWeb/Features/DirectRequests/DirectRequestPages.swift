import Hummingbird
import ROCore
import ROServices

/// R5, R36: logging a request RO answers with a standard reply, and showing that reply in the writer's language.
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
        let kind = request.uri.queryParameters.get("kind").flatMap(DirectRequestLogEntry.Kind.init(rawValue:)) ?? .offenderRequest
        return try await self.render(context, reply: replyLanguage.map { ($0, kind) }, status: .ok)
    }

    @Sendable func log(_ request: Request, context: WebContext) async throws -> Response {
        guard let kind = DirectRequestLogEntry.Kind(rawValue: context.form["kind"].isEmpty ? "offenderRequest" : context.form["kind"]),
            let channel = DirectRequestLogEntry.Channel(rawValue: context.form["channel"]),
            let language = Language(rawValue: context.form["language"])
        else { return try await self.render(context, reply: nil, status: .unprocessableContent) }
        _ = try await DirectRequestService(env: self.env.serving(context)).log(
            kind,
            channel: channel,
            language: language.rawValue,
            by: try context.requireUser()
        )
        return .redirect(to: "/direct-requests?reply=\(language.rawValue)&kind=\(kind.rawValue)", type: .normal)
    }

    private func render(_ context: WebContext, reply: (Language, DirectRequestLogEntry.Kind)?, status: HTTPResponse.Status) async throws -> Response {
        let language = context.language
        let t = language.strings
        let service = DirectRequestService(env: self.env.serving(context))
        let user = try context.requireUser()
        let count = try await service.count(.offenderRequest, by: user)
        let letters = try await service.count(.participationLetter, by: user)
        let page = DirectRequestPage(
            layout: self.views.layout(context, title: t.directRequestsTitle, path: "/direct-requests"),
            t: language.catalog,
            count: String(count),
            letterCount: String(letters),
            kinds: DirectRequestLogEntry.Kind.allCases.map { Option(value: $0.rawValue, label: $0.name(in: language), selected: false) },
            channels: DirectRequestLogEntry.Channel.allCases.map {
                Option(value: $0.rawValue, label: IntakeChannel(rawValue: $0.rawValue)?.name(in: language) ?? $0.rawValue, selected: false)
            },
            languages: Option.languages(selected: "", in: language),
            hasReply: reply != nil,
            replyLang: reply?.0.rawValue ?? "",
            reply: reply.map { $0.1.standardReply(in: $0.0) } ?? "",
            hasErrors: status != .ok,
            errors: status != .ok ? [FieldError(field: "channel", message: "\(t.chooseAnAnswer) \(t.channelLabel)")] : []
        )
        return try self.views.render("direct-requests", page, status: status)
    }

}

struct DirectRequestPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let count: String
    let letterCount: String
    let kinds: [Option]
    let channels: [Option]
    let languages: [Option]
    let hasReply: Bool
    let replyLang: String
    let reply: String
    let hasErrors: Bool
    let errors: [FieldError]
}

extension DirectRequestLogEntry.Kind: NamedValue {
    static let names = ValueNames<DirectRequestLogEntry.Kind>(
        "directRequestLogEntryKind",
        [
            .offenderRequest: Bilingual("An offender asks to take part", "Un délinquant demande à participer"),
            .participationLetter: Bilingual(
                "A participation letter, certificate or progress report for a release or sentence process",
                "Une lettre de participation, une attestation ou un rapport d’étape pour un processus de mise en liberté ou de peine"
            ),
        ]
    )

    func standardReply(in language: Language) -> String {
        switch self {
        case .offenderRequest: language.strings.standardOffenderReply
        case .participationLetter: language.strings.standardLetterReply
        }
    }
}
