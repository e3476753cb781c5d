import Foundation
import Hummingbird
import ROCore
import ROServices
import ROStore

/// The JSON API. Bearer tokens only (sessions never reach it); errors are `application/problem+json`.
struct APIRoutes: Sendable {
    let env: AppEnvironment

    var routes: [Route] {
        [
            Route(.get, "/api/me", .requires(.useOwnAccount), self.me),
            Route(.get, "/api/users", .requires(.manageAccounts), self.listUsers),
            Route(.post, "/api/users", .requires(.manageAccounts), self.createUser),
            Route(.get, "/api/cases", .requires(.workOnCases), self.listCases),
            Route(.post, "/api/cases", .requires(.recordRequests), self.recordRequest),
            Route(.get, "/api/cases/:id", .requires(.workOnCases), self.showCase),
            Route(.post, "/api/cases/:id/steps/:step", .requires(.workOnCases), self.caseStep),
            Route(.post, "/api/cases/:id/items/:item/files", .requires(.workOnCases), self.uploadFile),
            Route(.get, "/api/cases/:id/files/:file", .requires(.workOnCases), self.downloadFile),
            Route(.get, "/api/referrals", .requires(.submitReferrals), self.listReferrals),
            Route(.post, "/api/referrals", .requires(.submitReferrals), self.submitReferral),
            Route(.post, "/api/referrals/:id/withdrawal-notice", .requires(.submitReferrals), self.referralWithdrawalNotice),
            Route(.post, "/api/referrals/:id/safety-concern", .requires(.submitReferrals), self.referralSafetyConcern),
            Route(.post, "/api/direct-requests", .requires(.recordRequests), self.logDirectRequest),
            Route(.get, "/api/entry-requests", .requires(.answerEntryRequests), self.listEntryRequests),
            Route(.post, "/api/entry-requests/:meeting/:answer", .requires(.answerEntryRequests), self.answerEntryRequest),
            Route(.get, "/api/statistics", .requires(.readStatistics), self.statistics),
            Route(.post, "/api/information-log", .requires(.logInformationGiven), self.logInformationGiven),
        ]
    }

    /// R1, R3: a victim's request received by phone, mail or e-mail; answers with the new case.
    @Sendable func recordRequest(_ request: Request, context: WebContext) async throws -> Response {
        let form = FormFields(values: try await Self.stringFields(request, context, named: ["requesterType", "channel", "region", "language"]))
        let fields = try Self.valid(IntakeForms.victimRequest(form, .en), IntakeForms.victimRequest(form, .fr))
        let service = CaseService(env: self.env.serving(context))
        let user = try context.requireUser()
        let opened = try await service.recordVictimRequest(
            requesterType: fields.requesterType,
            channel: fields.channel,
            region: fields.region,
            language: fields.language.rawValue,
            by: user
        )
        return try Self.json(CaseFileJSON(try await service.read(opened.id, by: user)), status: .created)
    }

    /// One step on a case, named as on the case page, with the version it was decided on and the step's fields.
    @Sendable func caseStep(_ request: Request, context: WebContext) async throws -> Response {
        try Self.requireJSON(request)
        let body = try await request.decode(as: CaseStepJSON.self, context: context)
        let id = try context.caseID()
        let user = try context.requireUser()
        guard let step = CaseStep(rawValue: context.parameters.get("step") ?? "") else { throw HTTPError(.notFound) }
        let form = FormFields(values: body.fields?.values ?? [:])
        let newID = self.env.newID()
        let sites = try await SiteService(env: self.env).all()
        let service = CaseService(env: self.env.serving(context))
        let current = try await service.caseForCommand(id, by: user)
        guard body.version == current.version else { throw DomainError.staleWrite }
        _ = try await service.execute(try CaseSteps.command(step, form, on: current, sites: sites, newID: newID), on: current, by: user)
        if step == .recuse { return Response(status: .noContent) }  // N9: the case is now "not found" for the caller
        return try Self.json(CaseFileJSON(try await service.read(step == .reopen ? Identifier(newID) : id, by: user)))
    }

    /// N3: the caller's own referrals, each with a reference, a date and one of three statuses.
    @Sendable func listReferrals(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let referrals = try await CaseService(env: self.env.serving(context)).list(.openedBy(user.id), by: user)
        return try Self.json(referrals.map(ReferralJSON.init))
    }

    /// R4, R8: an offender's interest, referred by staff.
    @Sendable func submitReferral(_ request: Request, context: WebContext) async throws -> Response {
        let form = FormFields(
            values: try await Self.stringFields(
                request,
                context,
                named: ["fps", "offenderName", "site", "unit", "interest", "safety", "region", "language"]
            )
        )
        let now = self.env.now()
        let sites = try await SiteService(env: self.env).all().map(\.code)
        let fields = try Self.valid(
            IntakeForms.referral(form, .en, now: now, sites: sites),
            IntakeForms.referral(form, .fr, now: now, sites: sites)
        )
        let opened = try await CaseService(env: self.env.serving(context)).submitReferral(
            region: fields.region,
            language: fields.language.rawValue,
            referral: fields.referral,
            person: fields.person,
            by: try context.requireUser()
        )
        return try Self.json(ReferralJSON(CaseSummary(opened)), status: .created)
    }

    /// C6: the offender told the referring staff member they want to stop.
    @Sendable func referralWithdrawalNotice(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.caseID()
        try await CaseService(env: self.env.serving(context)).actAsSubmitter(id, by: try context.requireUser()) {
            try $0.withdrawalNotice(side: .offender)
        }
        return Response(status: .noContent)
    }

    /// R5: logs an offender's direct request and answers with the standard reply to send, in their language.
    @Sendable func logDirectRequest(_ request: Request, context: WebContext) async throws -> Response {
        let form = FormFields(values: try await Self.stringFields(request, context, named: ["kind", "channel", "language"]))
        guard let kind = DirectRequestLogEntry.Kind(rawValue: form["kind"].isEmpty ? "offenderRequest" : form["kind"]),
            let channel = DirectRequestLogEntry.Channel(rawValue: form["channel"]), let language = Language(rawValue: form["language"])
        else {
            throw PublicError(status: .unprocessableContent, code: "invalid-fields", messageKey: "error.invalid-fields.direct-request")
        }
        let entry = try await DirectRequestService(env: self.env.serving(context)).log(
            kind,
            channel: channel,
            language: language.rawValue,
            by: try context.requireUser()
        )
        return try Self.json(
            DirectRequestJSON(id: entry.id.description, language: language.rawValue, reply: kind.standardReply(in: language)),
            status: .created
        )
    }

    /// R23: a safety concern about the caller's own referral, `{"category": …}`.
    @Sendable func referralSafetyConcern(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.caseID()
        let form = FormFields(values: try await Self.stringFields(request, context, named: ["category"]))
        let newID = self.env.newID()
        try await CaseService(env: self.env.serving(context)).actAsSubmitter(id, by: try context.requireUser()) { _ in
            try CaseSteps.raiseEscalation(form, newID: newID)  // checked once the referral is known to be theirs (N1)
        }
        return Response(status: .noContent)
    }

    /// R31, N4: the caller's sites' entry requests.
    @Sendable func listEntryRequests(_ request: Request, context: WebContext) async throws -> Response {
        let requests = try await SiteService(env: self.env.serving(context)).entryRequests(by: try context.requireUser())
        return try Self.json(requests.map(EntryRequestJSON.init))
    }

    @Sendable func answerEntryRequest(_ request: Request, context: WebContext) async throws -> Response {
        let form = FormFields(values: try await Self.stringFields(request, context, named: ["reason", "date", "time", "side", "category"]))
        try await EntryRequestPages.answer(context, form: form, env: self.env)
        return Response(status: .noContent)
    }

    /// A JSON object's string members: the API's form fields.
    /// The body's text members; one of the operation's own fields (`named`) given as anything but text is
    /// refused with 422, while unknown members are ignored whatever their type.
    static func stringFields(_ request: Request, _ context: WebContext, named: Set<String>) async throws -> [String: String] {
        try self.requireJSON(request)
        let members = try await request.decode(as: StringMembers.self, context: context)
        if let name = members.nonText.first(where: named.contains) { throw CaseSteps.invalid(name) }
        return members.values
    }

    static func requireJSON(_ request: Request) throws {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else { throw HTTPError(.unsupportedMediaType) }
    }

    /// The checked fields, or a 422 problem naming every invalid field in both languages.
    static func valid<T>(_ english: Result<T, FieldErrors>, _ french: Result<T, FieldErrors>) throws -> T {
        switch (english, french) {
        case (.success(let value), _): return value
        case (.failure(let en), .failure(let fr)):
            throw PublicError(status: .unprocessableContent, code: "invalid-fields") { language in
                ["problems": (language == .fr ? fr : en).errors.map(\.message).joined(separator: " ")]
            }
        case (.failure, .success(let value)): return value  // the same checks in both languages: not reached
        }
    }

    @Sendable func listCases(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let filter: CaseFilter
        switch request.uri.queryParameters.get("filter") ?? "mine" {
        case "queue": filter = .awaitingAssessment
        case "all": filter = .all
        case "mine": filter = user.role == .mediator ? .assignedTo(user.id) : .all
        default: throw HTTPError(.badRequest)
        }
        let cases = try await CaseService(env: self.env.serving(context)).list(filter, by: user)
        return try Self.json(cases.map(CaseSummaryJSON.init))
    }

    @Sendable func showCase(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.caseID()
        let file = try await CaseService(env: self.env.serving(context)).read(id, by: try context.requireUser())
        return try Self.json(CaseFileJSON(file))
    }

    @Sendable func me(_ request: Request, context: WebContext) async throws -> Response {
        try Self.json(UserJSON(try context.requireUser()))
    }

    @Sendable func listUsers(_ request: Request, context: WebContext) async throws -> Response {
        let users = try await AccountService(env: self.env.serving(context)).list(by: .user(try context.requireUser()))
        return try Self.json(users.map(UserJSON.init))
    }

    @Sendable func createUser(_ request: Request, context: WebContext) async throws -> Response {
        try Self.requireJSON(request)
        let body = try await request.decode(as: NewUserJSON.self, context: context)
        guard let role = Role(rawValue: body.role) else { throw HTTPError(.badRequest) }
        let user = try await AccountService(env: self.env.serving(context)).create(
            username: body.username,
            displayName: body.displayName,
            role: role,
            password: body.password,
            accessEndsAt: body.accessEndsAt,
            by: .user(try context.requireUser())
        )
        // N6: an administrator's new account waits for a second administrator, on the accounts page (never by token).
        return try Self.json(UserJSON(user), status: .accepted)
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value)))
        )
    }
}

struct UserJSON: Codable, Sendable {
    let id: String
    let username: String
    let displayName: String
    let role: String
    let disabled: Bool
    /// N6: created by one administrator, not yet approved by a second: it cannot be used.
    let awaitingApproval: Bool
    /// N2: when access ends (a mediator's contract); absent for none.
    let accessEndsAt: Date?

    init(_ user: User) {
        self.id = user.id.description
        self.username = user.username
        self.displayName = user.displayName
        self.role = user.role.rawValue
        self.disabled = user.isDisabled
        self.awaitingApproval = user.isAwaitingApproval
        self.accessEndsAt = user.accessEndsAt
    }
}

struct NewUserJSON: Decodable, Sendable {
    let username: String
    let displayName: String
    let role: String
    let password: String
    /// N2: when the account's access ends; required for a mediator (their contract's end).
    let accessEndsAt: Date?
}

struct CaseStepJSON: Decodable, Sendable {
    /// The case version the step was decided on: a stale one gets 409, never an overwrite.
    let version: Int
    let fields: StringMembers?
}

/// A JSON object's string members, and the names of members that are not strings (bodies of plain text fields refuse them).
struct StringMembers: Decodable, Sendable {
    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    let values: [String: String]
    /// Members whose value is not a string, by name.
    let nonText: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var values: [String: String] = [:]
        var nonText: [String] = []
        for key in container.allKeys {
            if let value = try? container.decode(String.self, forKey: key) {
                values[key.stringValue] = value
            } else {
                nonText.append(key.stringValue)
            }
        }
        self.values = values
        self.nonText = nonText.sorted()
    }
}

/// N3: three words, never a reason, a form or a date beyond submission.
struct ReferralJSON: Encodable, Sendable {
    let reference: String
    let submittedOn: String
    let status: String

    init(_ summary: CaseSummary) {
        self.reference = summary.reference
        self.submittedOn = summary.openedAt.formatted(.iso8601.year().month().day())
        self.status = ReferralStatus(summary.stage).rawValue
    }
}

struct DirectRequestJSON: Encodable, Sendable {
    let id: String
    let language: String
    let reply: String
}

/// R31: what the site sees, and nothing more.
struct EntryRequestJSON: Encodable, Sendable {
    let meeting: String
    let purpose = "RO meeting"
    let site: String
    let scheduledFor: Date
    let status: String
    let meetingState: String
    let roomNeeds: String
    let entrants: [String]
    let offenderName: String
    let fpsNumber: String
    let accessibilityAndEscortNeeds: String
    let securityNotes: String

    init(_ summary: EntryRequestSummary) {
        let request = summary.request
        self.meeting = summary.meeting.description
        self.site = request.site
        self.scheduledFor = request.scheduledFor
        self.status = request.status.rawValue
        self.meetingState = summary.meetingState.rawValue
        self.roomNeeds = request.roomNeeds
        self.entrants = request.entrants.map(\.name)
        self.offenderName = request.offenderName
        self.fpsNumber = request.fpsNumber
        self.accessibilityAndEscortNeeds = request.accessibilityAndEscortNeeds
        self.securityNotes = request.securityNotes
    }
}
