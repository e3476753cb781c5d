import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOEmbedded
import ROCore
import ROServices
import ROTestSupport
import Synchronization
import Testing

@testable import ROWeb

/// A browser's state between requests in the in-process tests: its cookies and the last CSRF token seen.
struct Visitor: Sendable {
    var cookies: [String: String] = [:]
    var csrf = ""
    var language: String?

    var headers: HTTPFields {
        var fields: HTTPFields = [:]
        if !self.cookies.isEmpty { fields[.cookie] = self.cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if let language { fields[.acceptLanguage] = language }
        return fields
    }

    /// Takes the cookies a response sets (an empty value with Max-Age=0 removes one) and any CSRF token on its page.
    mutating func absorb(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty { self.cookies[pair[0]] = nil } else { self.cookies[pair[0]] = pair[1] }
        }
        if let token = Self.csrf(in: String(buffer: response.body)) { self.csrf = token }
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

/// Form-encodes fields, with the visitor's CSRF token unless `csrf` says otherwise.
func formBody(_ fields: [String: String]) -> ByteBuffer {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
    let text = fields.sorted { $0.key < $1.key }
        .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
        .joined(separator: "&")
    return ByteBuffer(string: text)
}

extension HTTPFields {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    func merging(_ other: HTTPFields) -> HTTPFields {
        var merged = self
        for field in other { merged.append(field) }
        return merged
    }
}

extension TestClientProtocol {
    /// GET as `visitor`, taking the cookies and CSRF token the response gives.
    func get(_ uri: String, as visitor: inout Visitor) async throws -> TestResponse {
        let response = try await self.execute(uri: uri, method: .get, headers: visitor.headers)
        visitor.absorb(response)
        return response
    }

    /// POST a form as `visitor`, with its CSRF token added.
    func post(_ uri: String, _ fields: [String: String], as visitor: inout Visitor, csrf: String? = nil) async throws -> TestResponse {
        var fields = fields
        fields["csrf"] = csrf ?? visitor.csrf
        let response = try await self.execute(uri: uri, method: .post, headers: visitor.headers.merging(.form), body: formBody(fields))
        visitor.absorb(response)
        return response
    }

    /// POST a file form as a browser does: `multipart/form-data`, the CSRF token first, then `fields`, then the file.
    func upload(_ uri: String, file: [UInt8], fields: [String: String], as visitor: inout Visitor, csrf: String? = nil) async throws -> TestResponse {
        let boundary = "----ROTestForm4dwFq"
        var body = ByteBuffer()
        for (name, value) in [("csrf", csrf ?? visitor.csrf)] + fields.sorted(by: { $0.key < $1.key }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Fictional Person scan.pdf\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        let headers = visitor.headers.merging([.contentType: "multipart/form-data; boundary=\(boundary)"])
        let response = try await self.execute(uri: uri, method: .post, headers: headers, body: body)
        visitor.absorb(response)
        return response
    }

    /// Signs in through the real sign-in forms, the password then (for an account with one) the code its app would
    /// show; the visitor then holds the session cookie and the page's CSRF token.
    func signIn(_ username: String, password: String? = nil, language: String? = nil) async throws -> Visitor {
        var visitor = Visitor(language: language)
        _ = try await self.get("/sign-in", as: &visitor)
        var response = try await self.post("/sign-in", ["username": username, "password": password ?? "\(username)-password"], as: &visitor)
        #expect(response.status == .seeOther, "sign-in of \(username) failed")
        if response.headers[.location] == "/sign-in/code" {
            _ = try await self.get("/sign-in/code", as: &visitor)
            let code = try await self.currentCode(of: username)
            #expect(code != nil, "no unused code for \(username): move the test clock on")
            response = try await self.post("/sign-in/code", ["code": code ?? ""], as: &visitor)
            #expect(response.headers[.location] == "/home", "the code of \(username) was refused")
        }
        _ = try await self.get("/home", as: &visitor)
        return visitor
    }
}

/// The application on a fresh test environment, driven in-process through its router.
func withApp(_ body: @Sendable (TestEnvironment, any TestClientProtocol) async throws -> Void) async throws {
    try await withTestEnvironment { t in
        try await body(t, try await RouterTestClient(env: t.env, settings: .test, clock: t.clock))
    }
}

/// What a test sends requests to: the whole application, as `ro serve` builds it, without a socket.
protocol TestClientProtocol: Sendable {
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse
    /// What the account's authenticator app would show now (an unused code), nil without a second factor.
    func currentCode(of username: String) async throws -> String?
}

extension TestClientProtocol {
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await self.execute(uri: uri, method: method, headers: headers, body: nil)
    }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer) async throws -> TestResponse {
        try await self.execute(uri: uri, method: method, headers: headers, body: .some(body))
    }
}

/// A response as the test reads it: status, headers and the whole body.
struct TestResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer

    var text: String { String(buffer: self.body) }
}

/// Hands each request to the application's router, as the server would after reading it from a
/// connection, and collects what the response writes. (Hummingbird's own test client brings an HTTP
/// client and HTTP/2 into every build; RO's tests need neither.)
struct RouterTestClient: TestClientProtocol {
    let responder: RouterResponder<WebContext>
    let logger: Logger
    let env: AppEnvironment
    let clock: TestClock?

    init(env: AppEnvironment, settings: WebSettings, clock: TestClock? = nil) async throws {
        self.responder = try await buildRouter(env: env, settings: settings).buildResponder()
        self.logger = env.logger
        self.env = env
        self.clock = clock
    }

    /// When this step's code and the next were used already, waits (moves the test clock on) for a new one, as a
    /// person signing in again and again would.
    func currentCode(of username: String) async throws -> String? {
        guard let user = try await self.env.store.transaction({ tx in try await tx.users.credentials(username: username) })?.user else { return nil }
        let factors = SecondFactorService(env: self.env)
        if let code = try await factors.currentCode(of: user.id) { return code }
        self.clock?.advance(by: Double(SecondFactorRules.stepSeconds))
        return try await factors.currentCode(of: user.id)
    }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        let request = Request(
            head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
            body: RequestBody(buffer: body ?? ByteBuffer())
        )
        var logger = self.logger
        logger[metadataKey: "hb.request.id"] = .stringConvertible(RequestID())  // as the server tags each request
        let context = WebContext(source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(), logger: logger))
        let response: Response
        do {
            response = try await self.responder.respond(to: request, context: context)
        } catch {
            response = Response(status: .internalServerError)  // as the server answers an error nothing handled
        }
        let collected = CollectedBody()
        try await response.body.write(collected)
        return TestResponse(status: response.status, headers: response.headers, body: collected.buffer.withLock { $0 })
    }

    /// Gathers the body a response writes.
    final class CollectedBody: ResponseBodyWriter, Sendable {
        let buffer = Mutex(ByteBuffer())

        func write(_ part: ByteBuffer) async throws {
            self.buffer.withLock { $0.writeImmutableBuffer(part) }
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}

/// The page of the case at `casePath` that holds `step`'s form: the step's own page, or the part of the
/// case where its button is.
func casePage(holding step: String, of casePath: String) throws -> String {
    let step = try #require(CaseStep(rawValue: step), "no step named \(step)")
    return step.hasOwnPage ? "\(casePath)/steps/\(step.rawValue)" : casePage(step.area, of: casePath)
}

/// The page of one part of the case at `casePath`.
func casePage(_ area: CaseArea, of casePath: String) -> String {
    area == .summary ? casePath : "\(casePath)/\(area.rawValue)"
}

extension String {
    /// The page without its cells' `data-label` attributes (each column's name again, shown above a cell at
    /// phone width), so a test reads a table row as its cells.
    var withoutCellLabels: String { self.replacingOccurrences(of: #" data-label="[^"]*""#, with: "", options: .regularExpression) }
}
