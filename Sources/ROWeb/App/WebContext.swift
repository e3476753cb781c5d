import Hummingbird
import Logging
import ROCore
import ROServices

/// What the middleware learns about a request before its handler runs.
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// From the person's choice, then `Accept-Language`, then English.
    var language: Language = .en
    /// The signed-in person: by session cookie on pages, by bearer token on the API.
    var user: User?
    /// The bearer token the API request came with, if any: approvals refuse it (issue 15, item 6).
    var token: APIToken?
    /// The browser session, pages only. Carries the CSRF token for forms.
    var session: Session?
    /// The cookie token of `session`, needed to end or rotate it.
    var sessionToken: String?
    /// The fields of a posted page form, read (and CSRF-checked) by `CSRFMiddleware`.
    var form = FormFields("")
    /// The peer's IP address, for throttling sign-in attempts.
    let clientAddress: String

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Forms and JSON bodies are small; files get their own streaming routes later.
    var maxUploadSize: Int { 64 * 1024 }

    /// Issue 15, item 6: a two-person step is approved by a person signed in on the pages, never by a token.
    func requireSignedInApprover() throws {
        if self.token != nil { throw DomainError.approvalNeedsSignIn }
    }

    /// The signed-in person, or `notSignedIn`.
    func requireUser() throws -> User {
        guard let user = self.user else { throw DomainError.notSignedIn }
        return user
    }

    /// The case named in the path (`:id`). Text that is no id answers like a case that does not exist (N1).
    func caseID() throws -> Identifier<Case> {
        guard let id = self.parameters.get("id").flatMap(Identifier<Case>.init(uuidString:)) else { throw DomainError.caseNotFound }
        return id
    }
}

extension AppEnvironment {
    /// The environment for one request: its id in every audit entry, its logger (tagged `hb.request.id`).
    func serving(_ context: WebContext) -> AppEnvironment {
        self.serving(requestID: context.id, logger: context.logger)
    }
}
