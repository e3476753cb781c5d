import Foundation
import Hummingbird
import ROCore
import ROServices

/// R55 for coordinators, pages and API: a research extract proposed with its purpose, approved by a second
/// coordinator, then produced on demand (CSV on the page, rows in the API), each production audited.
struct ResearchExtractPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/research-extracts", .requires(.exportResearchExtracts), self.list),
            Route(.post, "/research-extracts", .requires(.exportResearchExtracts), self.propose),
            Route(.post, "/research-extracts/:extract/approve", .requires(.exportResearchExtracts), self.approve),
            Route(.get, "/research-extracts/:extract/extract.csv", .requires(.exportResearchExtracts), self.csv),
            Route(.get, "/api/research-extracts", .requires(.exportResearchExtracts), self.listJSON),
            Route(.post, "/api/research-extracts", .requires(.exportResearchExtracts), self.proposeJSON),
            Route(.post, "/api/research-extracts/:extract/approve", .requires(.exportResearchExtracts), self.approveJSON),
            Route(.get, "/api/research-extracts/:extract/rows", .requires(.exportResearchExtracts), self.rowsJSON),
        ]
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let t = context.language.strings
        let notice: String? =
            switch request.uri.queryParameters.get("notice") {
            case "proposed": t.extractProposedNotice
            case "approved": t.extractApprovedNotice
            default: nil
            }
        return try await self.render(context, typedPurpose: "", notice: notice, errors: [], status: .ok)
    }

    /// A purpose too short or too long comes back with what was typed.
    @Sendable func propose(_ request: Request, context: WebContext) async throws -> Response {
        let purpose = context.form["purpose"]
        do {
            _ = try await ResearchExtractService(env: self.env.serving(context)).propose(purpose: purpose, by: try context.requireUser())
        } catch let error as DomainError where error == .extractPurposeInvalid(ResearchExtract.purposeLength) {
            let problem = PublicError(domain: error)
            return try await self.render(
                context,
                typedPurpose: purpose,
                notice: nil,
                errors: [FieldError(field: "purpose", message: problem.message(in: context.language))],
                status: problem.status
            )
        }
        return .redirect(to: "/research-extracts?notice=proposed", type: .normal)
    }

    /// Approving one's own proposal, or one already approved, shows the list with the reason.
    @Sendable func approve(_ request: Request, context: WebContext) async throws -> Response {
        let id = try self.extractID(context)
        do {
            _ = try await ResearchExtractService(env: self.env.serving(context)).approve(id, by: try context.requireUser())
        } catch let error as DomainError where error == .secondCoordinatorRequired || error == .extractAlreadyApproved {
            let problem = PublicError(domain: error)
            return try await self.render(
                context,
                typedPurpose: "",
                notice: nil,
                errors: [FieldError(field: "extract-\(id)", message: problem.message(in: context.language))],
                status: problem.status
            )
        }
        return .redirect(to: "/research-extracts?notice=approved", type: .normal)
    }

    /// The extract as a spreadsheet: codes only, one case a line; never cached.
    @Sendable func csv(_ request: Request, context: WebContext) async throws -> Response {
        let id = try self.extractID(context)
        let rows = try await ResearchExtractService(env: self.env.serving(context)).produce(id, by: try context.requireUser())
        let lines = [ResearchExtractRowJSON.csvHeader] + rows.map { ResearchExtractRowJSON($0).csvLine }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"ro-research-extract-\(id).csv\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: lines.joined(separator: "\r\n") + "\r\n")))
    }

    @Sendable func listJSON(_ request: Request, context: WebContext) async throws -> Response {
        let summaries = try await ResearchExtractService(env: self.env.serving(context)).recent(by: try context.requireUser())
        return try APIRoutes.json(summaries.map { ResearchExtractJSON($0.extract) })
    }

    @Sendable func proposeJSON(_ request: Request, context: WebContext) async throws -> Response {
        let fields = try await APIRoutes.stringFields(request, context, named: ["purpose"])
        let proposed = try await ResearchExtractService(env: self.env.serving(context)).propose(
            purpose: fields["purpose"] ?? "",
            by: try context.requireUser()
        )
        return try APIRoutes.json(ResearchExtractJSON(proposed), status: .created)
    }

    @Sendable func approveJSON(_ request: Request, context: WebContext) async throws -> Response {
        try context.requireSignedInApprover()
        let approved = try await ResearchExtractService(env: self.env.serving(context)).approve(
            try self.extractID(context),
            by: try context.requireUser()
        )
        return try APIRoutes.json(ResearchExtractJSON(approved))
    }

    @Sendable func rowsJSON(_ request: Request, context: WebContext) async throws -> Response {
        let rows = try await ResearchExtractService(env: self.env.serving(context)).produce(
            try self.extractID(context),
            by: try context.requireUser()
        )
        var response = try APIRoutes.json(rows.map(ResearchExtractRowJSON.init))
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func extractID(_ context: WebContext) throws -> Identifier<ResearchExtract> {
        guard let id = context.parameters.get("extract").flatMap(Identifier<ResearchExtract>.init(uuidString:)) else {
            throw DomainError.extractNotFound
        }
        return id
    }

    private func render(
        _ context: WebContext,
        typedPurpose: String,
        notice: String?,
        errors: [FieldError],
        status: HTTPResponse.Status
    ) async throws -> Response {
        let user = try context.requireUser()
        let summaries = try await ResearchExtractService(env: self.env.serving(context)).recent(by: user)
        let language = context.language
        let rows = summaries.map { ResearchExtractListPage.Row(summary: $0, viewer: user, now: self.env.now(), language: language) }
        let page = ResearchExtractListPage(
            layout: self.views.layout(context, title: language.strings.extractsTitle, path: "/research-extracts", notice: notice),
            t: language.catalog,
            rows: rows,
            hasRows: !rows.isEmpty,
            typedPurpose: typedPurpose,
            minimum: "\(ResearchExtract.purposeLength.lowerBound)",
            maximum: "\(ResearchExtract.purposeLength.upperBound)",
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("research-extracts", page, status: status)
    }
}

/// Everything `research-extracts.mustache` shows.
struct ResearchExtractListPage: Sendable {
    struct Row: Sendable {
        let id: String
        let proposedBy: String
        let proposedAt: String
        let purpose: String
        let approvedBy: String?
        let mayApprove: Bool
        let mayProduce: Bool
        /// "Until …" while the approval serves, "Expired on …" after (issue 15, item 8).
        let validity: String?
    }

    let layout: Layout
    let t: [String: String]
    let rows: [Row]
    let hasRows: Bool
    let typedPurpose: String
    let minimum: String
    let maximum: String
    let hasErrors: Bool
    let errors: [FieldError]
}

extension ResearchExtractListPage.Row {
    init(summary: ResearchExtractSummary, viewer: User, now: Date, language: Language) {
        let extract = summary.extract
        let you = language.strings.ownerYouLabel.capitalizedFirst
        self.init(
            id: extract.id.description,
            proposedBy: extract.proposedBy == viewer.id ? you : summary.proposedByName,
            proposedAt: extract.proposedAt.utcMinuteText,
            purpose: extract.purpose,
            approvedBy: extract.approvedBy == viewer.id ? you : summary.approvedByName,
            mayApprove: !extract.isApproved && extract.proposedBy != viewer.id,
            mayProduce: extract.expiresAt.map { now < $0 } ?? false,
            validity: extract.expiresAt.map { expiry in
                language.text(now < expiry ? "extractUsableUntil" : "extractExpiredOn", ["day": String(expiry.utcMinuteText.prefix(10))])
            }
        )
    }
}

/// A research extract in the API: its purpose and who proposed and approved it.
struct ResearchExtractJSON: Encodable, Sendable {
    let id: String
    let purpose: String
    let proposedBy: String
    let proposedAt: Date
    let approvedBy: String?
    let approvedAt: Date?
    /// Issue 15, item 8: 30 days after the approval; producing it then answers 410 `extract-expired`.
    let expiresAt: Date?

    init(_ extract: ResearchExtract) {
        self.id = extract.id.description
        self.purpose = extract.purpose
        self.proposedBy = extract.proposedBy.description
        self.proposedAt = extract.proposedAt
        self.approvedBy = extract.approvedBy?.description
        self.approvedAt = extract.approvedAt
        self.expiresAt = extract.expiresAt
    }
}

/// One case of an extract, in the API and as a CSV line: codes, counts and the fiscal year, nothing else.
struct ResearchExtractRowJSON: Encodable, Sendable {
    let fpsNumber: String
    let fiscalYear: String
    let region: String
    let source: String
    let stage: String
    let assigned: Bool
    let coMediated: Bool
    let forms: [String]
    let meetingsHeld: Int
    let closureReason: String?

    init(_ row: ResearchExtractRow) {
        self.fpsNumber = row.fpsNumber
        self.fiscalYear = row.fiscalYear.label
        self.region = row.region
        self.source = row.source
        self.stage = row.stage.rawValue
        self.assigned = row.assigned
        self.coMediated = row.coMediated
        self.forms = row.forms.map(\.rawValue)
        self.meetingsHeld = row.meetingsHeld
        self.closureReason = row.closureReason?.rawValue
    }

    static let csvHeader = "fpsNumber,fiscalYear,region,source,stage,assigned,coMediated,forms,meetingsHeld,closureReason"

    /// Every value is a code, a number or an FPS number (letters and digits), so none needs quoting.
    var csvLine: String {
        [
            self.fpsNumber, self.fiscalYear, self.region, self.source, self.stage, "\(self.assigned)", "\(self.coMediated)",
            self.forms.joined(separator: "+"), "\(self.meetingsHeld)", self.closureReason ?? "",
        ].joined(separator: ",")
    }
}
