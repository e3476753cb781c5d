import Foundation
import Hummingbird
import ROCore
import ROServices

/// §7.3 on one page: for coordinators, the closed cases whose retention has ended, proposed by one and approved
/// by a second, and those whose recordings' shorter retention has ended; for auditors, the legal holds they place and lift; for both, the certificates. A refusal shows
/// the page again with its reason and what was typed.
struct DisposalPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/disposals", .requires(.readDisposalCertificates), self.show),
            Route(.post, "/disposals/holds", .requires(.placeLegalHolds), self.placeHold),
            Route(.post, "/disposals/holds/:hold/lift", .requires(.placeLegalHolds), self.liftHold),
            Route(.post, "/disposals/:id/propose", .requires(.disposeOfCases)) { try await self.act(.propose, $0, $1) },
            Route(.post, "/disposals/:id/approve", .requires(.disposeOfCases)) { try await self.act(.approve, $0, $1) },
            Route(.post, "/disposals/:id/withdraw", .requires(.disposeOfCases)) { try await self.act(.withdraw, $0, $1) },
            Route(.post, "/disposals/:id/erase-recordings", .requires(.disposeOfCases)) { try await self.act(.eraseRecordings, $0, $1) },
        ]
    }

    enum Action { case propose, approve, withdraw, eraseRecordings }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let notice: String? =
            switch request.uri.queryParameters.get("notice") {
            case "held": context.language.text("holdPlacedNotice")
            case "lifted": context.language.text("holdLiftedNotice")
            case "proposed": context.language.text("disposalProposedNotice")
            case "withdrawn": context.language.text("disposalWithdrawnNotice")
            case "disposed": context.language.text("caseDisposedNotice")
            case "recordings-erased": context.language.text("recordingsErasedNotice")
            default: nil
            }
        return try await self.render(context, notice: notice, failure: nil)
    }

    @Sendable func placeHold(_ request: Request, context: WebContext) async throws -> Response {
        let service = DisposalService(env: self.env.serving(context))
        do {
            _ = try await service.placeHold(onReference: context.form["reference"], reason: context.form["reason"], by: try context.requireUser())
        } catch let error as DomainError where error == .caseNotFound || error == .holdReasonInvalid(maximum: LegalHold.maximumReasonLength) {
            let field = error == .caseNotFound ? "hold-reference" : "hold-reason"
            return try await self.render(context, notice: nil, failure: Failure(field: field, error: PublicError(domain: error), form: context.form))
        }
        return .redirect(to: "/disposals?notice=held", type: .normal)
    }

    @Sendable func liftHold(_ request: Request, context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("hold").flatMap(Identifier<LegalHold>.init(uuidString:)) else { throw DomainError.legalHoldNotFound }
        do {
            try await DisposalService(env: self.env.serving(context)).liftHold(id, reason: context.form["reason"], by: try context.requireUser())
        } catch let error as DomainError where error == .holdReasonInvalid(maximum: LegalHold.maximumReasonLength) {
            return try await self.render(
                context,
                notice: nil,
                failure: Failure(field: "lift-\(id)", error: PublicError(domain: error), form: context.form)
            )
        }
        return .redirect(to: "/disposals?notice=lifted", type: .normal)
    }

    /// Propose, approve or withdraw; a refusal a coordinator can act on (a hold, the same coordinator twice, a
    /// case not due) shows the page with its reason beside the case.
    func act(_ action: Action, _ request: Request, _ context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(Identifier<Case>.init(uuidString:)) else { throw DomainError.caseNotFound }
        let service = DisposalService(env: self.env.serving(context))
        let user = try context.requireUser()
        do {
            switch action {
            case .propose: try await service.propose(id, by: user)
            case .approve: try await service.approve(id, by: user)
            case .withdraw: try await service.withdraw(id, by: user)
            case .eraseRecordings: try await service.eraseRecordings(of: id, by: user)
            }
        } catch let error as DomainError where Self.shownOnPage.contains(error) {
            return try await self.render(
                context,
                notice: nil,
                failure: Failure(
                    field: "\(action == .eraseRecordings ? "recordings" : "case")-\(id)",
                    error: PublicError(domain: error),
                    form: context.form
                )
            )
        }
        let notice =
            switch action {
            case .propose: "proposed"
            case .approve: "disposed"
            case .withdraw: "withdrawn"
            case .eraseRecordings: "recordings-erased"
            }
        return .redirect(to: "/disposals?notice=\(notice)", type: .normal)
    }

    static let shownOnPage: [DomainError] = [
        .notDueForDisposal, .legalHoldActive, .secondApproverRequired, .disposalAlreadyProposed, .disposalNotProposed, .recordingErased,
    ]

    struct Failure {
        let field: String
        let error: PublicError
        let form: FormFields
    }

    private func render(_ context: WebContext, notice: String?, failure: Failure?) async throws -> Response {
        let user = try context.requireUser()
        let overview = try await DisposalService(env: self.env.serving(context)).overview(by: user)
        let language = context.language
        let title = language.text("disposalsTitle")
        let page = DisposalsPage(
            layout: self.views.layout(context, title: title, path: "/disposals", notice: notice),
            t: language.catalog,
            overview: overview,
            viewer: user,
            failure: failure.map { (field: $0.field, message: $0.error.message(in: language), form: $0.form) },
            language: language
        )
        return try self.views.render("disposals", page, status: failure?.error.status ?? .ok)
    }
}
