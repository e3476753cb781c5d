import Foundation
import Hummingbird
import ROCore
import ROServices

/// The site liaison's work (R30–R32, N4): entry requests for their own sites, each showing the R31
/// fields only, answered by approving, declining with a reason code, or proposing another time.
struct EntryRequestPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/entry-requests", .requires(.answerEntryRequests), self.list),
            Route(.post, "/entry-requests/:meeting/:answer", .requires(.answerEntryRequests), self.answer),
        ]
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let notice = request.uri.queryParameters.get("notice") == "answered" ? context.language.strings.entryAnsweredNotice : nil
        return try await self.render(context, notice: notice, failure: nil)
    }

    /// A refused answer shows the list again with the reason and the typed date and time.
    @Sendable func answer(_ request: Request, context: WebContext) async throws -> Response {
        do {
            try await Self.answer(context, form: context.form, env: self.env)
        } catch {
            let problem = PublicError(error)
            guard problem.status != .notFound, (400..<500).contains(problem.status.code) else { throw error }
            return try await self.render(context, notice: nil, failure: (context.form, problem), status: problem.status)
        }
        return .redirect(to: "/entry-requests?notice=answered", type: .normal)
    }

    private func render(
        _ context: WebContext,
        notice: String?,
        failure: (form: FormFields, problem: PublicError)?,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let user = try context.requireUser()
        let language = context.language
        let t = language.strings
        let service = SiteService(env: self.env.serving(context))
        let sites = try await service.all()
        let failedMeeting = context.parameters.get("meeting")
        let rows = try await service.entryRequests(by: user).map {
            EntryRequestRow($0, sites: sites, typed: $0.meeting.description == failedMeeting ? failure?.form : nil, language: language)
        }
        let page = EntryRequestListPage(
            layout: self.views.layout(context, title: t.navEntryRequests, path: "/entry-requests", notice: notice),
            t: language.catalog,
            requests: rows,
            hasRequests: !rows.isEmpty,
            declineReasons: EntryRequest.DeclineReason.allCases.map {
                Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: false)
            },
            escalationCategories: EscalationCategory.options(in: language),
            hasErrors: failure != nil,
            errors: failure.map { [FieldError(field: "requests", message: $0.problem.message(in: language))] } ?? []
        )
        return try self.views.render("entry-requests", page, status: status)
    }

    /// Approve, decline with a reason code, or propose another time (site time): for the page and the API.
    static func answer(_ context: WebContext, form: FormFields, env: AppEnvironment) async throws {
        let user = try context.requireUser()
        guard let meeting = context.parameters.get("meeting").flatMap(Identifier<Meeting>.init(uuidString:)) else {
            throw DomainError.meetingNotFound
        }
        let answer = context.parameters.get("answer") ?? ""
        guard Self.answers.contains(answer) else { throw HTTPError(.notFound) }
        let newID = env.newID()
        try await SiteService(env: env.serving(context)).answer(meeting, by: user) { _, site, current in
            switch answer {
            case "safety-concern":  // R23: the site raises it; it blocks the meeting until a coordinator resolves it
                return try CaseSteps.raiseEscalation(form, newID: newID)
            case "withdrawal-notice":  // C6
                guard let side = PartySide(rawValue: form["side"]) else { throw CaseSteps.invalid("side") }
                return try current.withdrawalNotice(side: side)
            case "decline":
                guard let reason = EntryRequest.DeclineReason(rawValue: form["reason"]) else { throw Self.reasonMissing }
                return .declineEntry(meeting, reason)
            case "propose-time":
                let zone = site.flatMap { TimeZone(identifier: $0.timeZone) } ?? CaseSteps.videoTimeZone
                guard let time = MeetingTime.parse(date: form["date"], time: form["time"], in: zone) else { throw CaseSteps.invalidDateTime }
                return .proposeOtherTime(meeting, time)
            default:
                return .approveEntry(meeting)
            }
        }
    }

    /// What a site liaison may answer to an entry request, as the last part of its path.
    static let answers = ["approve", "decline", "propose-time", "withdrawal-notice", "safety-concern"]

    static let reasonMissing = PublicError(status: .unprocessableContent, code: "reason-missing")
}

struct EntryRequestListPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let requests: [EntryRequestRow]
    let hasRequests: Bool
    let declineReasons: [Option]
    let escalationCategories: [Option]
    let hasErrors: Bool
    let errors: [FieldError]
}

/// One request as the site sees it: R31 fields, the status, and whether the meeting still stands.
struct EntryRequestRow: Sendable {
    let id: String
    let site: String
    let when: String
    let status: String
    let meetingState: String
    let roomNeeds: String
    let entrants: [String]
    let offender: String
    let accessibility: String
    let security: String
    let awaitingAnswer: Bool
    let typedDate: String
    let typedTime: String

    init(_ summary: EntryRequestSummary, sites: [Site], typed: FormFields?, language: Language) {
        let request = summary.request
        let site = sites.first { $0.code == request.site }
        let zone = site.flatMap { TimeZone(identifier: $0.timeZone) } ?? CaseSteps.videoTimeZone
        self.id = summary.meeting.description
        self.site = site.map { $0.name(in: language) } ?? request.site
        self.when = MeetingTime.text(request.scheduledFor, in: zone)
        self.status = request.status.name(in: language)
        self.meetingState = summary.meetingState.name(in: language)
        let none = language.strings.noneGivenLabel
        self.roomNeeds = request.roomNeeds.isBlank ? none : request.roomNeeds
        self.entrants = request.entrants.map { $0.identityDetails.isBlank ? $0.name : "\($0.name) (\($0.identityDetails))" }
        self.offender = "\(request.offenderName), \(request.fpsNumber)"
        self.accessibility = request.accessibilityAndEscortNeeds.isBlank ? none : request.accessibilityAndEscortNeeds
        self.security = request.securityNotes.isBlank ? none : request.securityNotes
        self.awaitingAnswer = request.status == .requested && summary.meetingState == .entryRequested
        self.typedDate = typed?["date"] ?? ""
        self.typedTime = typed?["time"] ?? ""
    }
}
