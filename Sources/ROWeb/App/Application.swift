import Foundation
import Hummingbird
import Logging
import ROServices

/// How the web server runs. Read by `ro serve`; tests use `.test`.
public struct WebSettings: Sendable {
    public var host: String
    public var port: Int
    /// The address people use. When it starts with `https://`, HSTS is sent.
    public var publicURL: String?
    /// Marks every page as demonstration data.
    public var isDemo: Bool
    /// The reverse proxies whose `Forwarded` / `X-Forwarded-For` headers name the client (issue 15, item 4).
    public var trustedProxies: [String]
    /// Counts requests and their latency per route pattern for `MetricsListener` (issue 16, item 8).
    public var recordsMetrics: Bool

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        publicURL: String? = nil,
        isDemo: Bool = false,
        trustedProxies: [String] = [],
        recordsMetrics: Bool = false
    ) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.isDemo = isDemo
        self.trustedProxies = trustedProxies
        self.recordsMetrics = recordsMetrics
    }

    /// Whether `text` is an IPv4 or IPv6 address, as `--trusted-proxy` needs.
    public static func isAddress(_ text: String) -> Bool { TrustedProxies.address(text) == text.lowercased() }

    public static let test = WebSettings(host: "127.0.0.1", port: 0)

    var https: Bool { self.publicURL?.lowercased().hasPrefix("https://") == true }

    /// Whether only this machine can reach the server: the one case where a cookie may travel without TLS.
    var listensOnLoopbackOnly: Bool {
        let host = self.host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Issue 15, item 10: cookies are `Secure` unless the server listens only on loopback (a public address
    /// without TLS in front would send the session in clear; with `Secure`, sign-in fails there instead).
    var secureCookies: Bool { self.https || !self.listensOnLoopbackOnly }

    /// The proxies believed about the client's address, for sign-in and token refusals alike.
    var proxies: TrustedProxies { TrustedProxies(self.trustedProxies) }
}

/// The application `ro serve` runs and the tests drive.
/// - Parameter onServerRunning: called with the bound port once the server listens.
public func buildApplication(
    env: AppEnvironment,
    settings: WebSettings,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(env: env, settings: settings)
    return Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
        logger: env.logger
    )
}

/// Every route of the application, with who may call it: the single table that the permission
/// tests walk (N1).
func routeTable(env: AppEnvironment, views: Views, settings: WebSettings, wordings: WordingCache) throws -> [Route] {
    let cookies = CookieFactory(secure: settings.secureCookies)
    let confirmation = IdentityConfirmation(env: env, views: views, proxies: settings.proxies)
    let routes =
        try SupportRoutes(env: env, cookies: cookies).routes
        + SignInPages(env: env, views: views, cookies: cookies, proxies: settings.proxies).routes
        + SecondFactorPages(env: env, views: views, cookies: cookies, proxies: settings.proxies).routes
        + HomePages(env: env, views: views).routes
        + AccountPages(env: env, views: views, cookies: cookies, proxies: settings.proxies).routes
        + AdminUserPages(env: env, views: views).routes
        + ProgramSettingsPages(env: env, views: views, wordings: wordings).routes
        + LabelPages(env: env, views: views, wordings: wordings).routes
        + CasePages(env: env, views: views).routes
        + CaseSearchPages(env: env, views: views).routes
        + CaseNotePages(env: env, views: views).routes
        + DisposalPages(env: env, views: views).routes
        + CaseAccessPages(env: env, views: views).routes
        + InvestigationPages(env: env, views: views).routes
        + DirectRequestPages(env: env, views: views).routes
        + ReferralPages(env: env, views: views).routes
        + EntryRequestPages(env: env, views: views).routes
        + StatisticsPages(env: env, views: views).routes
        + ResearchExtractPages(env: env, views: views).routes
        + InformationLogPages(env: env, views: views).routes
        + InformationSheetPages(env: env, views: views).routes
        + APIRoutes(env: env).routes
    return routes.map(confirmation.guarding)
}

func buildRouter(env: AppEnvironment, settings: WebSettings) async throws -> Router<WebContext> {
    let views = try await Views(isDemo: settings.isDemo)
    let wordings = WordingCache(env: env)
    let routes = try routeTable(env: env, views: views, settings: settings, wordings: wordings)
    let router = Router(context: WebContext.self)
    if settings.recordsMetrics { router.add(middleware: MetricsMiddleware()) }  // outermost: it times all the rest
    router.addMiddleware {
        SecurityHeadersMiddleware(https: settings.https)
        LogRequestsMiddleware(.info, includeHeaders: .none)
        LanguageMiddleware()
        WordingMiddleware(cache: wordings)
        ErrorMiddleware(views: views)  // for failures of the session look-up itself
        SessionMiddleware(env: env, proxies: settings.proxies)
        MethodNotAllowedMiddleware(routes: routes, views: views)
        ErrorMiddleware(views: views)  // for everything after it, so error pages keep the person's navigation
        CSRFMiddleware()
    }
    for route in routes {
        router.on(RouterPath(route.path), method: route.method, use: route.guarded(env: env))
    }
    return router
}
