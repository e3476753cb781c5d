import Foundation
import Hummingbird
import ROServices
import ROStore

/// Health checks, the stylesheet and the language toggle: open to anyone, no personal data.
struct SupportRoutes: Sendable {
    let env: AppEnvironment
    let cookies: CookieFactory
    let stylesheet: ByteBuffer
    let openAPI: ByteBuffer

    init(env: AppEnvironment, cookies: CookieFactory) throws {
        self.env = env
        self.cookies = cookies
        guard let url = Bundle.module.url(forResource: "ro", withExtension: "css", subdirectory: "Assets") else {
            throw Views.LoadError.templatesMissing
        }
        self.stylesheet = ByteBuffer(bytes: try Data(contentsOf: url))
        guard let spec = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Assets") else {
            throw Views.LoadError.templatesMissing
        }
        self.openAPI = ByteBuffer(bytes: try Data(contentsOf: spec))
    }

    var routes: [Route] {
        [
            Route(.get, "/healthz", .anyone, self.health),
            Route(.get, "/readyz", .anyone, self.ready),
            Route(.get, "/assets/ro.css", .anyone, self.css),
            Route(.get, "/language", .anyone, self.switchLanguage),
            Route(.get, "/api/openapi.yaml", .anyone, self.openAPIDocument),
        ]
    }

    /// Alive: the process answers.
    @Sendable func health(_ request: Request, context: WebContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
    }

    /// Ready: the database answers and its migrations are current; 503 otherwise.
    @Sendable func ready(_ request: Request, context: WebContext) async throws -> Response {
        let readiness = await HealthService(env: self.env).readiness()
        let (status, text): (HTTPResponse.Status, String) =
            switch readiness {
            case .ready: (.ok, "ready")
            case .databaseUnreachable: (.serviceUnavailable, "database-unreachable")
            case .migrationsPending: (.serviceUnavailable, "migrations-pending")
            }
        return Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: #"{"status":"\#(text)"}"#))
        )
    }

    @Sendable func css(_ request: Request, context: WebContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: self.stylesheet)
        )
    }

    /// The OpenAPI 3.1 description of the JSON API, which the server is tested against (schemathesis).
    @Sendable func openAPIDocument(_ request: Request, context: WebContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: .init(byteBuffer: self.openAPI))
    }

    /// Remembers the chosen language and returns to the same page. `back` must be a path on this site.
    @Sendable func switchLanguage(_ request: Request, context: WebContext) async throws -> Response {
        let language = request.uri.queryParameters.get("to").flatMap { Language(rawValue: $0) } ?? context.language.other
        let back = request.uri.queryParameters.get("back").flatMap { SitePath(String($0)) } ?? SitePath.home
        var response = Response.redirect(to: back.value, type: .normal)
        response.setCookie(self.cookies.make(LanguageMiddleware.cookieName, language.rawValue, path: "/", maxAge: 365 * 86_400))
        return response
    }
}
