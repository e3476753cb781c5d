import Foundation
import Hummingbird
import ROCore
import ROServices

/// N7 for auditors, pages and API: a case's metadata with pseudonymous participants; investigations
/// asked for with grounds, approved by a second auditor, closed; and the case file, read only, for the
/// auditor whose investigation is open.
struct InvestigationPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/audit/cases/:id", .requires(.investigateCases), self.showMetadata),
            Route(.post, "/audit/cases/:id/investigations", .requires(.investigateCases), self.open),
            Route(.get, "/audit/investigations", .requires(.investigateCases), self.list),
            Route(.post, "/audit/investigations/:investigation/approve", .requires(.investigateCases)) { try await self.change($0, $1, .approve) },
            Route(.post, "/audit/investigations/:investigation/close", .requires(.investigateCases)) { try await self.change($0, $1, .close) },
            Route(.get, "/audit/investigations/:investigation/case", .requires(.investigateCases), self.readCase),
            Route(.get, "/audit/investigations/:investigation/files/:file", .requires(.investigateCases), self.readFile),
            Route(.get, "/api/audit/cases/:id", .requires(.investigateCases), self.metadataJSON),
            Route(.post, "/api/audit/cases/:id/investigations", .requires(.investigateCases), self.openJSON),
            Route(.get, "/api/investigations", .requires(.investigateCases), self.listJSON),
            Route(.post, "/api/investigations/:investigation/approve", .requires(.investigateCases)) { try await self.changeJSON($0, $1, .approve) },
            Route(.post, "/api/investigations/:investigation/close", .requires(.investigateCases)) { try await self.changeJSON($0, $1, .close) },
            Route(.get, "/api/investigations/:investigation/case", .requires(.investigateCases), self.readCaseJSON),
            Route(.get, "/api/investigations/:investigation/files/:file", .requires(.investigateCases), self.readFile),
        ]
    }

    @Sendable func showMetadata(_ request: Request, context: WebContext) async throws -> Response {
        try await self.renderMetadata(context, typedGrounds: "", errors: [], status: .ok)
    }

    /// Bad grounds come back with what was typed; success goes to the list, where another auditor approves.
    @Sendable func open(_ request: Request, context: WebContext) async throws -> Response {
        let grounds = context.form["grounds"]
        do {
            _ = try await InvestigationService(env: self.env.serving(context)).open(
                try context.caseID(),
                grounds: grounds,
                by: try context.requireUser()
            )
        } catch let error as DomainError
            where [.investigationAlreadyOpen, .investigationGroundsInvalid(maximum: Investigation.groundsMaximum)].contains(error)
        {
            let problem = PublicError(domain: error)
            return try await self.renderMetadata(
                context,
                typedGrounds: grounds,
                errors: [FieldError(field: "grounds", message: problem.message(in: context.language))],
                status: problem.status
            )
        }
        return .redirect(to: "/audit/investigations?notice=opened", type: .normal)
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let t = context.language.strings
        let notice: String? =
            switch request.uri.queryParameters.get("notice") {
            case "opened": t.investigationOpenedNotice
            case "approve": t.investigationApprovedNotice
            case "close": t.investigationClosedNotice
            default: nil
            }
        return try await self.renderList(context, notice: notice, errors: [], status: .ok)
    }

    /// Approve or close; a refusal (approving one's own, an ended one) shows the list with the reason.
    /// What a second auditor, or either of the two, does with an investigation.
    enum Decision: String {
        case approve, close
    }

    @Sendable func change(_ request: Request, _ context: WebContext, _ action: Decision) async throws -> Response {
        do {
            _ = try await self.perform(action, context)
        } catch let error as DomainError where error != .notPermitted && error != .investigationNotFound {
            let problem = PublicError(domain: error)
            let field = "investigation-\(context.parameters.get("investigation") ?? "")"
            return try await self.renderList(
                context,
                notice: nil,
                errors: [FieldError(field: field, message: problem.message(in: context.language))],
                status: problem.status
            )
        }
        return .redirect(to: "/audit/investigations?notice=\(action.rawValue)", type: .normal)
    }

    @Sendable func readCase(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let (investigation, file) = try await InvestigationService(env: self.env.serving(context)).readCase(
            try self.investigationID(context),
            by: user
        )
        let language = context.language
        let t = language.strings
        let until = if case .active(let until) = investigation.status(at: self.env.now()) { "\(until.utcMinuteText) UTC" } else { "" }
        let page = CaseShowPage(
            layout: self.views.layout(
                context,
                title: "\(t.caseTitle) \(file.value.reference)",
                path: "/audit/investigations",
                notice: "\(t.underInvestigationNotice) \(until)"
            ),
            t: language.catalog,
            file: file,
            viewer: user,
            staff: [],
            sites: try await SiteService(env: self.env).all(),
            failure: nil,
            language: language,
            now: self.env.now(),
            filesPath: "/audit/investigations/\(investigation.id)/files/",
            pagesTimeline: false
        )
        return try self.views.render("case-investigation", page)
    }

    /// A file of the case, for the auditor whose investigation is open: streamed like any other (no-store).
    @Sendable func readFile(_ request: Request, context: WebContext) async throws -> Response {
        let download = try await InvestigationService(env: self.env.serving(context)).readFile(
            try MediaTransfer.fileID(context),
            under: try self.investigationID(context),
            by: try context.requireUser()
        )
        return MediaTransfer.response(download)
    }

    @Sendable func metadataJSON(_ request: Request, context: WebContext) async throws -> Response {
        let metadata = try await InvestigationService(env: self.env.serving(context)).caseMetadata(
            try context.caseID(),
            by: try context.requireUser()
        )
        return try APIRoutes.json(CaseMetadataJSON(metadata, now: self.env.now()))
    }

    @Sendable func openJSON(_ request: Request, context: WebContext) async throws -> Response {
        let fields = try await APIRoutes.stringFields(request, context, named: ["grounds"])
        let opened = try await InvestigationService(env: self.env.serving(context)).open(
            try context.caseID(),
            grounds: fields["grounds"] ?? "",
            by: try context.requireUser()
        )
        return try APIRoutes.json(InvestigationJSON(opened, now: self.env.now()), status: .created)
    }

    @Sendable func listJSON(_ request: Request, context: WebContext) async throws -> Response {
        let summaries = try await InvestigationService(env: self.env.serving(context)).recent(by: try context.requireUser())
        return try APIRoutes.json(summaries.map { InvestigationJSON($0.investigation, now: self.env.now()) })
    }

    @Sendable func changeJSON(_ request: Request, _ context: WebContext, _ action: Decision) async throws -> Response {
        if action == .approve { try context.requireSignedInApprover() }
        return try APIRoutes.json(InvestigationJSON(try await self.perform(action, context), now: self.env.now()))
    }

    /// The case file as the API gives it to case workers (no letter text), for the auditor who may read it.
    @Sendable func readCaseJSON(_ request: Request, context: WebContext) async throws -> Response {
        let (_, file) = try await InvestigationService(env: self.env.serving(context)).readCase(
            try self.investigationID(context),
            by: try context.requireUser()
        )
        return try APIRoutes.json(CaseFileJSON(file))
    }

    private func perform(_ action: Decision, _ context: WebContext) async throws -> Investigation {
        let service = InvestigationService(env: self.env.serving(context))
        let id = try self.investigationID(context)
        let user = try context.requireUser()
        switch action {
        case .approve: return try await service.approve(id, by: user)
        case .close: return try await service.close(id, by: user)
        }
    }

    private func investigationID(_ context: WebContext) throws -> Identifier<Investigation> {
        guard let id = context.parameters.get("investigation").flatMap(Identifier<Investigation>.init(uuidString:)) else {
            throw DomainError.investigationNotFound
        }
        return id
    }

    private func renderMetadata(
        _ context: WebContext,
        typedGrounds: String,
        errors: [FieldError],
        status: HTTPResponse.Status
    ) async throws -> Response {
        let user = try context.requireUser()
        let metadata = try await InvestigationService(env: self.env.serving(context)).caseMetadata(try context.caseID(), by: user)
        let language = context.language
        let page = CaseMetadataPage(
            layout: self.views.layout(context, title: "\(language.strings.caseMetadataTitle) \(metadata.reference)", path: "/audit/investigations"),
            t: language.catalog,
            metadata: metadata,
            typedGrounds: typedGrounds,
            errors: errors,
            language: language,
            now: self.env.now()
        )
        return try self.views.render("case-metadata", page, status: status)
    }

    private func renderList(_ context: WebContext, notice: String?, errors: [FieldError], status: HTTPResponse.Status) async throws -> Response {
        let user = try context.requireUser()
        let summaries = try await InvestigationService(env: self.env.serving(context)).recent(by: user)
        let language = context.language
        let rows = summaries.map { InvestigationRow($0, viewer: user, language: language, now: self.env.now()) }
        let page = InvestigationListPage(
            layout: self.views.layout(context, title: language.strings.investigationsTitle, path: "/audit/investigations", notice: notice),
            t: language.catalog,
            rows: rows,
            hasRows: !rows.isEmpty,
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("investigations", page, status: status)
    }
}

extension Investigation.Status {
    func text(in language: Language) -> String {
        let t = language.strings
        return switch self {
        case .awaitingApproval(let until): "\(t.investigationAwaitingLabel) \(until.utcMinuteText) UTC"
        case .active(let until): "\(t.investigationActiveLabel) \(until.utcMinuteText) UTC"
        case .ended: t.investigationEndedLabel
        }
    }

    var code: String {
        switch self {
        case .awaitingApproval: "awaiting-approval"
        case .active: "active"
        case .ended: "ended"
        }
    }
}

extension CaseChange {
    /// N7: the timeline line an auditor sees without an investigation: a correction's words left out.
    func metadataText(in language: Language) -> String {
        if case .correctionRecorded(let entry, _) = self {
            return language.text("timeline.correctionRecordedWithoutNote", ["entry": "\(entry)"])
        }
        return self.timelineText(in: language)
    }
}

/// Everything `case-metadata.mustache` shows: nothing anyone wrote, no participant's name.
struct CaseMetadataPage: Sendable {
    struct Person: Sendable {
        let pseudonym: String
        let role: String
        let withdrew: Bool
    }

    struct Entry: Sendable {
        let number: String
        let when: String
        let what: String
        /// The pseudonym of the participant it is about; nil when it is about the case.
        let about: String?
        let who: String
    }

    struct InvestigationLine: Sendable {
        let askedBy: String
        let status: String
    }

    let layout: Layout
    let t: [String: String]
    let caseID: String
    let reference: String
    let stage: String
    let region: String
    let participants: [Person]
    let entries: [Entry]
    let investigations: [InvestigationLine]
    let hasInvestigations: Bool
    let typedGrounds: String
    let groundsMaximum = String(Investigation.groundsMaximum)
    let hasErrors: Bool
    let errors: [FieldError]

    init(
        layout: Layout,
        t: [String: String],
        metadata: CaseMetadata,
        typedGrounds: String,
        errors: [FieldError],
        language: Language,
        now: Date
    ) {
        self.layout = layout
        self.t = t
        self.caseID = metadata.caseID.description
        self.reference = metadata.reference
        self.stage = metadata.stage.name(in: language)
        self.region = CasePages.regionName(metadata.region, language)
        self.participants = metadata.participants.map { Person(pseudonym: $0.pseudonym, role: $0.role.name(in: language), withdrew: $0.hasWithdrawn) }
        self.entries = metadata.entries.reversed().map {
            Entry(
                number: String($0.number),
                when: $0.at.utcMinuteText,
                what: $0.change.metadataText(in: language),
                about: $0.participant.isEmpty ? nil : $0.participant,
                who: $0.actorRole.name(in: language)
            )
        }
        self.investigations = metadata.investigations.map {
            InvestigationLine(askedBy: $0.openedByName, status: $0.investigation.status(at: now).text(in: language))
        }
        self.hasInvestigations = !metadata.investigations.isEmpty
        self.typedGrounds = typedGrounds
        self.hasErrors = !errors.isEmpty
        self.errors = errors
    }
}

struct InvestigationListPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let rows: [InvestigationRow]
    let hasRows: Bool
    let hasErrors: Bool
    let errors: [FieldError]
}

/// One investigation in the list, with what this auditor may do with it.
struct InvestigationRow: Sendable {
    let id: String
    let caseID: String
    let reference: String
    let askedBy: String
    let askedAt: String
    let grounds: String
    let status: String
    let approvedBy: String?
    let mayRead: Bool
    let mayApprove: Bool
    let mayClose: Bool

    init(_ summary: InvestigationSummary, viewer: User, language: Language, now: Date) {
        let investigation = summary.investigation
        let status = investigation.status(at: now)
        let you = language.strings.ownerYouLabel.capitalizedFirst
        self.id = investigation.id.description
        self.caseID = investigation.caseID.description
        self.reference = summary.reference
        self.askedBy = investigation.openedBy == viewer.id ? you : summary.openedByName
        self.askedAt = investigation.openedAt.utcMinuteText
        self.grounds = investigation.grounds
        self.status = status.text(in: language)
        self.approvedBy = investigation.approvedBy == viewer.id ? you : summary.approvedByName
        self.mayRead = investigation.grantsContent(to: viewer.id, at: now)
        if case .awaitingApproval = status { self.mayApprove = investigation.openedBy != viewer.id } else { self.mayApprove = false }
        self.mayClose = status != .ended && (investigation.openedBy == viewer.id || investigation.approvedBy == viewer.id)
    }
}
