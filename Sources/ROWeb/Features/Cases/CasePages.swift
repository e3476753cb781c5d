import Foundation
import Hummingbird
import ROCore
import ROServices
import ROStore

/// Case lists, the victim-request form, and the case page with its timeline and next steps.
struct CasePages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/cases", .requires(.workOnCases), self.list),
            Route(.get, "/cases/new", .requires(.recordRequests), self.newRequest),
            Route(.post, "/cases", .requires(.recordRequests), self.recordRequest),
            Route(.get, "/cases/:id", .requires(.workOnCases), self.show),
        ]
            + CaseArea.allCases.filter { $0 != .summary }.map { area in
                Route(.get, "/cases/:id/\(area.rawValue)", .requires(.workOnCases)) { request, context in
                    try await self.show(request, context: context, area: area)
                }
            } + [
                Route(.get, "/cases/:id/steps/:step", .requires(.workOnCases), self.stepPage),
                Route(.post, "/cases/:id/steps/:step", .requires(.workOnCases), self.step),
                Route(.post, "/cases/:id/items/:item/files", .requires(.workOnCases), self.uploadFile),
                Route(.get, "/cases/:id/files/:file", .requires(.workOnCases), self.downloadFile),
            ]
    }

    @Sendable func newRequest(_ request: Request, context: WebContext) async throws -> Response {
        try self.renderRequestForm(context, draft: FormFields(""), errors: [], status: .ok)
    }

    @Sendable func recordRequest(_ request: Request, context: WebContext) async throws -> Response {
        let fields: IntakeForms.VictimRequest
        switch IntakeForms.victimRequest(context.form, context.language.strings) {
        case .success(let valid): fields = valid
        case .failure(let invalid):
            return try self.renderRequestForm(context, draft: context.form, errors: invalid.errors, status: .unprocessableContent)
        }
        let opened = try await CaseService(env: self.env.serving(context)).recordVictimRequest(
            requesterType: fields.requesterType,
            channel: fields.channel,
            region: fields.region,
            language: fields.language.rawValue,
            person: fields.person,
            safeContact: fields.safeContact,
            by: try context.requireUser()
        )
        return .redirect(to: "/cases/\(opened.id)?notice=recorded", type: .normal)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        try await self.show(request, context: context, area: .summary)
    }

    /// The summary or one area of a case: the same case file, shown one part at a time.
    func show(_ request: Request, context: WebContext, area: CaseArea) async throws -> Response {
        let t = context.language.strings
        let notice: String? =
            switch request.uri.queryParameters.get("notice") {
            case "recorded": t.requestRecordedNotice
            case "done": t.stepDoneNotice
            default: nil
            }
        // Issue 16, item 4: the timeline a page at a time; `?before=<entry number>` shows the entries before that one.
        let timelineBefore = area == .timeline ? PageStart.before(request.uri.queryParameters.get("before")).map { Int($0) } : nil
        return try await self.renderCase(context, id: try context.caseID(), area: area, notice: notice, failure: nil, timelineBefore: timelineBefore)
    }

    /// A step's own page: its question, its form alone, and the way back to its part of the case. A step
    /// that is a button beside what it acts on leads to that part of the case.
    @Sendable func stepPage(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.caseID()
        guard let step = CaseStep(rawValue: context.parameters.get("step") ?? "") else { throw HTTPError(.notFound) }
        guard step.hasOwnPage else {
            _ = try await CaseService(env: self.env.serving(context)).read(id, by: try context.requireUser())  // N1: out of scope stays "not found"
            return .redirect(to: step.area.path(of: id.description), type: .normal)
        }
        let meeting = request.uri.queryParameters.get("meeting").flatMap(Identifier<Meeting>.init(uuidString:))
        let participant = request.uri.queryParameters.get("participant").flatMap(Identifier<Participant>.init(uuidString:))
        return try await self.renderCase(
            context,
            id: id,
            area: step.area,
            step: step,
            meeting: meeting,
            participant: participant,
            notice: nil,
            failure: nil
        )
    }

    /// One step on the case, named in the path, from a form that carries the version it was built from.
    /// A refusal or bad input shows the step's part of the case again with the reason and what was typed
    /// (nothing is lost); success returns there with a short confirmation; a case out of scope stays
    /// "not found" (N1).
    @Sendable func step(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.caseID()
        guard let version = Int(context.form["version"]) else { throw HTTPError(.badRequest) }
        guard let step = CaseStep(rawValue: context.parameters.get("step") ?? "") else { throw HTTPError(.notFound) }
        let form = context.form
        let newID = self.env.newID()
        let sites = try await SiteService(env: self.env).all()
        let service = CaseService(env: self.env.serving(context))
        do {
            // The command is built before the write begins, from the case as the form was built from it.
            let current = try await service.caseForCommand(id, by: user)
            guard current.version == version else { throw DomainError.staleWrite }
            let command = try CaseSteps.command(step, form, on: current, sites: sites, newID: newID)
            _ = try await service.execute(command, on: current, by: user)
        } catch {
            let problem = PublicError(error)
            guard problem.status != .notFound, (400..<500).contains(problem.status.code) else { throw error }
            let failure = StepFailure(
                step: step,
                form: form,
                message: problem.message(in: context.language),
                about: (error as? DomainError)?.participant
            )
            return try await self.renderCase(
                context,
                id: id,
                area: step.area,
                step: step.hasOwnPage ? step : nil,
                notice: nil,
                failure: failure,
                status: problem.status
            )
        }
        switch step {
        case .reopen: return .redirect(to: "/cases/\(newID)?notice=done", type: .normal)
        case .recuse: return .redirect(to: "/cases?notice=recused", type: .normal)  // N9: the case is now "not found" for them
        default: return .redirect(to: "\(step.area.path(of: id.description))?notice=done", type: .normal)
        }
    }

    func renderCase(
        _ context: WebContext,
        id: Identifier<Case>,
        area: CaseArea,
        step: CaseStep? = nil,
        meeting: Identifier<Meeting>? = nil,
        participant: Identifier<Participant>? = nil,
        notice: String?,
        failure: StepFailure?,
        status: HTTPResponse.Status = .ok,
        timelineBefore: Int? = nil
    ) async throws -> Response {
        let user = try context.requireUser()
        let file = try await CaseService(env: self.env.serving(context)).read(id, by: user)
        let t = context.language.strings
        let staff = user.role == .coordinator ? try await AccountService(env: self.env.serving(context)).activeCaseStaff(by: .user(user)) : []
        let page = CaseShowPage(
            layout: self.views.layout(context, title: Self.title(of: file.value, area: area, step: step, t), path: "/cases", notice: notice),
            t: context.language.catalog,
            file: file,
            viewer: user,
            staff: staff,
            sites: try await SiteService(env: self.env).all(),
            failure: failure,
            language: context.language,
            now: self.env.now(),
            area: area,
            step: step,
            meeting: meeting,
            participant: participant,
            timelineBefore: timelineBefore
        )
        return try self.views.render(step == nil ? area.template : "case-step-page", page, status: status)
    }

    /// The browser tab's title: the step or the part first, so tabs of one case tell apart.
    static func title(of value: Case, area: CaseArea, step: CaseStep?, _ t: Strings) -> String {
        let caseTitle = "\(t.caseTitle) \(value.reference)"
        if let title = step?.title(t) { return "\(title) — \(caseTitle)" }
        return area == .summary ? caseTitle : "\(area.title(t)) — \(caseTitle)"
    }

    private func renderRequestForm(_ context: WebContext, draft: FormFields, errors: [FieldError], status: HTTPResponse.Status) throws -> Response {
        let language = context.language
        let t = language.strings
        let page = RequestFormPage(
            layout: self.views.layout(context, title: t.newRequestLink, path: "/cases/new"),
            t: language.catalog,
            requesterTypes: RequesterType.allCases.map {
                Option(value: $0.rawValue, label: $0.name(in: language), selected: draft["requesterType"] == $0.rawValue)
            },
            channels: [IntakeChannel.phone, .mail, .email].map {
                Option(value: $0.rawValue, label: $0.name(in: language), selected: draft["channel"] == $0.rawValue)
            },
            regions: Self.regionOptions(language, selected: draft["region"]),
            languages: Option.languages(selected: draft["language"], in: language),
            asksWhoIsAsking: try context.requireUser().role == .coordinator,
            typed: draft,
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("case-new", page, status: status)
    }

    /// A region's name as the program settings give it (R57); a code no longer named, as it is.
    static func regionName(_ code: String, _ language: Language) -> String {
        language.catalog[Self.regionKey(code)] ?? code
    }

    static func regionKey(_ code: String) -> String { "region.\(code)" }

    /// The program's regions in force, as choices on a form.
    static func regionOptions(_ language: Language, selected: String) -> [Option] {
        Wording.inForce.regions.map { Option(value: $0.code, label: Self.regionName($0.code, language), selected: selected == $0.code) }
    }

    /// Whether `code` is one of the program's regions in force.
    static func isRegion(_ code: String) -> Bool { Wording.inForce.regions.contains { $0.code == code } }
}

struct Option: Sendable {
    let value: String
    let label: String
    let selected: Bool

    /// English and French, named in the page's language, with `selected` chosen.
    static func languages(selected: String, in language: Language) -> [Option] {
        let t = language.strings
        return [
            Option(value: "en", label: t.englishName, selected: selected == "en"),
            Option(value: "fr", label: t.frenchName, selected: selected == "fr"),
        ]
    }
}

struct RequestFormPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let requesterTypes: [Option]
    let channels: [Option]
    let regions: [Option]
    let languages: [Option]
    /// §7.2, R24: the coordinator asks who is asking and how to reach them safely (the person record is theirs to keep).
    let asksWhoIsAsking: Bool
    let typedName: String
    let typedPhone: String
    let phoneSafe: Bool
    let typedEmail: String
    let emailSafe: Bool
    let typedSafeTimes: String
    let mayLeaveMessage: Bool
    let hasErrors: Bool
    let errors: [FieldError]

    init(
        layout: Layout,
        t: [String: String],
        requesterTypes: [Option],
        channels: [Option],
        regions: [Option],
        languages: [Option],
        asksWhoIsAsking: Bool,
        typed: FormFields,
        hasErrors: Bool,
        errors: [FieldError]
    ) {
        self.layout = layout
        self.t = t
        self.requesterTypes = requesterTypes
        self.channels = channels
        self.regions = regions
        self.languages = languages
        self.asksWhoIsAsking = asksWhoIsAsking
        self.typedName = typed["name"]
        self.typedPhone = typed["phone"]
        self.phoneSafe = typed["phoneSafe"] == "yes"
        self.typedEmail = typed["email"]
        self.emailSafe = typed["emailSafe"] == "yes"
        self.typedSafeTimes = typed["safeTimes"]
        self.mayLeaveMessage = typed["mayLeaveMessage"] == "yes"
        self.hasErrors = hasErrors
        self.errors = errors
    }
}
