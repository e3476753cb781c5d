import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import ROCore

/// The page templates, loaded and checked once at start-up so that a broken template stops `ro serve`
/// rather than a request.
struct Views: Sendable {
    enum LoadError: Error, CustomStringConvertible {
        case templatesMissing
        case unknownStringKey(template: String, key: String)
        case unescapedOutput(template: String)

        var description: String {
            switch self {
            case .templatesMissing: "the page templates are missing from the ROWeb bundle"  // for operators
            case .unknownStringKey(let template, let key):
                "\(template).mustache uses {{t.\(key)}}, which the catalogue does not define"  // for operators
            case .unescapedOutput(let template):
                "\(template).mustache uses {{{ }}} or {{& }}, which would not escape its output"  // for operators
            }
        }
    }

    let library: MustacheLibrary
    /// Shows the "fictional data" line on every page of a demo database.
    let isDemo: Bool

    init(isDemo: Bool) async throws {
        let directory = try Self.templatesDirectory()
        try Self.check(directory: directory)
        self.library = try await MustacheLibrary(directory: directory.path)
        self.isDemo = isDemo
    }

    /// Where the templates are in the ROWeb bundle: side by side, whichever feature folder each comes
    /// from (Package.swift copies them flat), beside the `page` layout.
    static func templatesDirectory() throws -> URL {
        guard let layout = Bundle.module.url(forResource: "page", withExtension: "mustache") else { throw LoadError.templatesMissing }
        return layout.deletingLastPathComponent()
    }

    /// Refuses templates that name an undefined string (it would render empty, silently) or print unescaped.
    static func check(directory: URL) throws {
        let keys = Set(Language.en.catalog.keys)
        let pattern = try NSRegularExpression(pattern: #"\{\{[#^/]?\s*t\.([A-Za-z0-9_]+)\s*\}\}"#)
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        for file in files where file.pathExtension == "mustache" {
            let name = file.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.contains("{{{") || text.contains("{{&") { throw LoadError.unescapedOutput(template: name) }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let key = String(text[range])
                if !keys.contains(key) { throw LoadError.unknownStringKey(template: name, key: key) }
            }
        }
    }

    /// Renders `template` with `model` into an HTML response.
    func render(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let html = self.library.render(RenderTree.make(model) ?? model, withTemplate: template) else {
            throw HTTPError(.internalServerError, message: "no template named \(template)")
        }
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// The layout of every page: language, navigation for the signed-in person, notices.
    func layout(_ context: WebContext, title: String, path: String, notice: String? = nil) -> Layout {
        Layout(context: context, title: title, path: path, notice: notice, isDemo: self.isDemo)
    }

    func errorPage(_ failure: PublicError, context: WebContext) throws -> Response {
        let t = context.language.strings
        let page = ErrorPage(
            layout: self.layout(context, title: t.errorTitle, path: "/"),
            t: context.language.catalog,
            message: failure.message(in: context.language),
            requestID: context.id
        )
        return try self.render("error", page, status: failure.status)
    }
}

/// The part of every page that the layout template (`page.mustache`) reads.
struct Layout: Sendable {
    let lang: String
    let otherLang: String
    let title: String
    let languageToggleURL: String
    let signedIn: Bool
    let userName: String
    let csrf: String
    let nav: [NavItem]
    let hasNotice: Bool
    let notice: String
    let isDemo: Bool

    init(context: WebContext, title: String, path: String, notice: String?, isDemo: Bool) {
        let language = context.language
        let t = language.strings
        self.lang = language.rawValue
        self.otherLang = language.other.rawValue
        self.title = title
        let back = path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? "%2F"
        self.languageToggleURL = "/language?to=\(language.other.rawValue)&back=\(back)"
        self.signedIn = context.session != nil
        self.userName = context.user?.displayName ?? ""
        self.csrf = context.session?.csrfToken ?? ""
        var nav = [NavItem(href: "/home", label: t.navHome, path: path)]
        if let user = context.user, Policy.allows(user.role, .workOnCases) {
            nav.append(NavItem(href: "/cases", label: t.navCases, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .submitReferrals) {
            nav.append(NavItem(href: "/referrals", label: t.navReferrals, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .answerEntryRequests) {
            nav.append(NavItem(href: "/entry-requests", label: t.navEntryRequests, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .recordRequests) {
            nav.append(NavItem(href: "/direct-requests", label: t.navDirectRequests, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .logInformationGiven) {
            nav.append(NavItem(href: "/information-log", label: t.navInformationLog, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .readStatistics) {
            nav.append(NavItem(href: "/statistics", label: t.navStatistics, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .exportResearchExtracts) {
            nav.append(NavItem(href: "/research-extracts", label: t.navResearchExtracts, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .readDisposalCertificates) {
            nav.append(NavItem(href: "/disposals", label: t.navDisposals, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .manageAccounts) {
            nav.append(NavItem(href: "/admin/users", label: t.navAccounts, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .manageProgramSettings) {
            nav.append(NavItem(href: "/admin/settings", label: t.navSettings, path: path))
            nav.append(NavItem(href: "/admin/labels", label: t.navLabels, path: path))
        }
        if let user = context.user, Policy.allows(user.role, .investigateCases) {
            nav.append(NavItem(href: "/audit/investigations", label: t.navInvestigations, path: path))
        }
        nav.append(NavItem(href: "/account", label: t.navAccount, path: path))
        self.nav = context.session == nil ? [] : nav
        self.hasNotice = notice != nil
        self.notice = notice ?? ""
        self.isDemo = isDemo
    }
}

struct NavItem: Sendable {
    let href: String
    let label: String
    let current: Bool

    init(href: String, label: String, path: String) {
        self.href = href
        self.label = label
        self.current = href == path
    }
}

/// A problem with one form field, shown in the error summary with a link to the field.
struct FieldError: Sendable {
    let field: String
    let message: String
}

struct ErrorPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let message: String
    let requestID: String
}
