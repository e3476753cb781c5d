import Foundation
import Hummingbird
import ROCore
import ROServices

/// Account management for administrators: list, create, change role, disable and enable, reset a second factor. N6:
/// creating, re-enabling, role changes and second-factor resets are proposed by one administrator and approved by a
/// second.
struct AdminUserPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/admin/users", .requires(.manageAccounts), self.list),
            Route(.post, "/admin/users", .requires(.manageAccounts), self.create),
            Route(.post, "/admin/users/:id/role", .requires(.manageAccounts), self.changeRole),
            Route(.post, "/admin/users/:id/disable", .requires(.manageAccounts), self.disable),
            Route(.post, "/admin/users/:id/enable", .requires(.manageAccounts), self.enable),
            Route(.post, "/admin/users/:id/access-end", .requires(.manageAccounts), self.setAccessEnd),
            Route(.post, "/admin/users/:id/approve", .requires(.manageAccounts), self.approve),
            Route(.post, "/admin/users/:id/withdraw", .requires(.manageAccounts), self.withdraw),
            Route(.post, "/admin/users/:id/second-factor/reset", .requires(.manageAccounts), self.resetSecondFactor),
            Route(.post, "/admin/users/:id/password/reset", .requires(.manageAccounts), self.resetPassword),
        ]
    }

    /// The notice after a change, named in the URL by a code (never free text).
    private static func notice(_ code: String?, _ language: Language) -> String? {
        let t = language.strings
        return switch code {
        case "creation-proposed": language.text("accountProposedNotice")
        case "enable-proposed": language.text("enableProposedNotice")
        case "approved": language.text("proposalApprovedNotice")
        case "proposal-withdrawn": language.text("proposalWithdrawnNotice")
        case "role-changed": t.roleChangedNotice
        case "role-proposed": t.roleProposedNotice
        case "role-proposal-withdrawn": t.roleProposalWithdrawnNotice
        case "disabled": t.accountDisabledNotice
        case "enabled": t.accountEnabledNotice
        case "access-end-set": language.text("accessEndSetNotice")
        case "second-factor-reset-proposed": language.text("secondFactorResetProposedNotice")
        case "password-reset-proposed": language.text("passwordResetProposedNotice")
        default: nil
        }
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let notice = Self.notice(request.uri.queryParameters.get("notice"), context.language)
        return try await self.render(context, draft: .empty, errors: [], notice: notice, status: .ok)
    }

    @Sendable func create(_ request: Request, context: WebContext) async throws -> Response {
        let form = context.form
        let draft = NewAccountDraft(
            username: form["username"],
            displayName: form["displayName"],
            role: form["role"],
            lastDay: form["lastDay"].trimmingCharacters(in: .whitespaces)
        )
        guard let role = Role(rawValue: draft.role) else {
            let error = FieldError(field: "role", message: context.language.strings.chooseRole)
            return try await self.render(context, draft: draft, errors: [error], notice: nil, status: .unprocessableContent)
        }
        guard let accessEnd = Self.endOfLastDay(draft.lastDay) else {
            let error = FieldError(field: "lastDay", message: context.language.text("accessEndInvalid"))
            return try await self.render(context, draft: draft, errors: [error], notice: nil, status: .unprocessableContent)
        }
        do {
            _ = try await AccountService(env: self.env.serving(context)).create(
                username: draft.username,
                displayName: draft.displayName,
                role: role,
                password: form["password"],
                accessEndsAt: accessEnd,
                by: .user(try context.requireUser())
            )
            return .redirect(to: "/admin/users?notice=creation-proposed", type: .normal)
        } catch let error as DomainError where error != .notPermitted {
            let field: String =
                switch error {
                case .invalidUsername, .usernameTaken: "username"
                case .invalidDisplayName: "displayName"
                case .contractEndRequired: "lastDay"
                default: "password"
                }
            let problem = FieldError(field: field, message: PublicError(domain: error).message(in: context.language))
            return try await self.render(context, draft: draft, errors: [problem], notice: nil, status: PublicError(domain: error).status)
        }
    }

    @Sendable func changeRole(_ request: Request, context: WebContext) async throws -> Response {
        let (id, version) = try self.target(context)
        guard let role = Role(rawValue: context.form["role"]) else { throw HTTPError(.badRequest) }
        let saved = try await AccountService(env: self.env.serving(context)).changeRole(
            of: id,
            to: role,
            expectedVersion: version,
            by: .user(try context.requireUser())
        )
        let notice =
            saved.pendingChange?.proposal == .role(role) ? "role-proposed" : saved.role == role ? "role-changed" : "role-proposal-withdrawn"
        return .redirect(to: "/admin/users?notice=\(notice)", type: .normal)
    }

    @Sendable func disable(_ request: Request, context: WebContext) async throws -> Response {
        try await self.setDisabled(true, context)
    }

    @Sendable func enable(_ request: Request, context: WebContext) async throws -> Response {
        try await self.setDisabled(false, context)
    }

    private func setDisabled(_ disabled: Bool, _ context: WebContext) async throws -> Response {
        let (id, version) = try self.target(context)
        let saved = try await AccountService(env: self.env.serving(context)).setDisabled(
            id,
            disabled,
            expectedVersion: version,
            by: .user(try context.requireUser())
        )
        let notice = disabled ? "disabled" : saved.isDisabled ? "enable-proposed" : "enabled"
        return .redirect(to: "/admin/users?notice=\(notice)", type: .normal)
    }

    /// Issue 15, item 1 with N6: one administrator proposes resetting a lost second factor; a second approves it.
    @Sendable func resetSecondFactor(_ request: Request, context: WebContext) async throws -> Response {
        let (id, version) = try self.target(context)
        let saved = try await AccountService(env: self.env.serving(context)).resetSecondFactor(
            id,
            expectedVersion: version,
            by: .user(try context.requireUser())
        )
        return .redirect(to: "/admin/users?notice=\(saved.pendingChange == nil ? "approved" : "second-factor-reset-proposed")", type: .normal)
    }

    /// N6: one administrator proposes a new password for someone who forgot theirs; a second approves it.
    @Sendable func resetPassword(_ request: Request, context: WebContext) async throws -> Response {
        let (id, version) = try self.target(context)
        let (user, temporary) = try await AccountService(env: self.env.serving(context)).resetPasswordByAdministrators(
            id,
            expectedVersion: version,
            by: .user(try context.requireUser())
        )
        guard let temporary else { return .redirect(to: "/admin/users?notice=password-reset-proposed", type: .normal) }
        return try await self.showTemporaryPassword(temporary, of: user, context)
    }

    /// N6: a second administrator approves what another proposed.
    @Sendable func approve(_ request: Request, context: WebContext) async throws -> Response {
        let (id, version) = try self.target(context)
        let (user, temporary) = try await AccountService(env: self.env.serving(context)).approveShowingPassword(
            id,
            expectedVersion: version,
            by: .user(try context.requireUser())
        )
        guard let temporary else { return .redirect(to: "/admin/users?notice=approved", type: .normal) }
        return try await self.showTemporaryPassword(temporary, of: user, context)
    }

    /// A temporary password is shown once, on the answer to the approval, never in an address.
    private func showTemporaryPassword(_ password: String, of user: User, _ context: WebContext) async throws -> Response {
        let notice = context.language.text("temporaryPasswordNotice", ["username": user.username, "password": password])
        return try await self.render(context, draft: .empty, errors: [], notice: notice, status: .ok)
    }

    @Sendable func withdraw(_ request: Request, context: WebContext) async throws -> Response {
        let (id, version) = try self.target(context)
        _ = try await AccountService(env: self.env.serving(context)).withdrawProposal(
            id,
            expectedVersion: version,
            by: .user(try context.requireUser())
        )
        return .redirect(to: "/admin/users?notice=proposal-withdrawn", type: .normal)
    }

    /// N2: the last day of the account's access (a mediator's contract), as a date field gives it; access ends when
    /// that day ends (UTC). An empty field removes the end. A day that is no date comes back with the reason.
    @Sendable func setAccessEnd(_ request: Request, context: WebContext) async throws -> Response {
        let (id, version) = try self.target(context)
        guard let end = Self.endOfLastDay(context.form["lastDay"].trimmingCharacters(in: .whitespaces)) else {
            let error = FieldError(field: "last-day-\(id)", message: context.language.text("accessEndInvalid"))
            return try await self.render(context, draft: .empty, errors: [error], notice: nil, status: .unprocessableContent)
        }
        do {
            _ = try await AccountService(env: self.env.serving(context)).setAccessEnd(
                id,
                end,
                expectedVersion: version,
                by: .user(try context.requireUser())
            )
        } catch DomainError.contractEndRequired {
            let message = PublicError(domain: .contractEndRequired).message(in: context.language)
            let error = FieldError(field: "last-day-\(id)", message: message)
            return try await self.render(context, draft: .empty, errors: [error], notice: nil, status: .unprocessableContent)
        }
        return .redirect(to: "/admin/users?notice=access-end-set", type: .normal)
    }

    /// The moment access ends for a last day typed in a date field: the end of that day (UTC). `.some(nil)` for an
    /// empty field (no end), nil for a day that is no date.
    static func endOfLastDay(_ typed: String) -> Date?? {
        if typed.isEmpty { return .some(nil) }
        guard let day = try? Date(typed + "T00:00:00Z", strategy: .iso8601) else { return nil }
        return .some(day.addingTimeInterval(86_400))
    }

    /// The account named in the path and the version the form was built from (for the stale-write check).
    private func target(_ context: WebContext) throws -> (Identifier<User>, Int) {
        guard let id = context.parameters.get("id").flatMap(Identifier<User>.init(uuidString:)) else { throw DomainError.userNotFound }
        guard let version = Int(context.form["version"]) else { throw HTTPError(.badRequest) }
        return (id, version)
    }

    private func render(
        _ context: WebContext,
        draft: NewAccountDraft,
        errors: [FieldError],
        notice: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let me = try context.requireUser()
        let users = try await AccountService(env: self.env.serving(context)).list(by: .user(me))
        let t = context.language.strings
        let now = self.env.now()
        let rows = users.map { AccountRow($0, me: me, now: now, language: context.language) }
        let endingSoon = rows.filter(\.endsSoon)
        let awaitingMe = rows.filter(\.mayApprove)
        let page = AccountsPage(
            layout: self.views.layout(context, title: t.accountsTitle, path: "/admin/users", notice: notice),
            t: context.language.catalog,
            rows: rows,
            awaitingMe: awaitingMe,
            hasAwaitingMe: !awaitingMe.isEmpty,
            endingSoon: endingSoon,
            hasEndingSoon: !endingSoon.isEmpty,
            draft: draft,
            roleOptions: RoleOption.all(selected: draft.role, language: context.language),
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("admin-users", page, status: status)
    }
}

/// What the administrator typed into the create form, shown again after an error (never the password).
struct NewAccountDraft: Sendable {
    let username: String
    let displayName: String
    let role: String
    /// N2: a mediator's last day of contract, as typed (YYYY-MM-DD).
    let lastDay: String

    static let empty = NewAccountDraft(username: "", displayName: "", role: "", lastDay: "")
}

struct AccountsPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let rows: [AccountRow]
    /// N6: the changes other administrators proposed, for this one to approve, first on the page.
    let awaitingMe: [AccountRow]
    let hasAwaitingMe: Bool
    /// N2: the accounts whose access ends within 30 days, first on the page.
    let endingSoon: [AccountRow]
    let hasEndingSoon: Bool
    let draft: NewAccountDraft
    let roleOptions: [RoleOption]
    let hasErrors: Bool
    let errors: [FieldError]
}

struct AccountRow: Sendable {
    let id: String
    let username: String
    let displayName: String
    let roleName: String
    let status: String
    let isDisabled: Bool
    let version: String
    let isSelf: Bool
    let roleOptions: [RoleOption]
    /// N6: the change another administrator proposed, for this one to approve; or that this one proposed.
    let pending: String
    let hasPending: Bool
    let mayApprove: Bool
    /// A new account awaiting approval takes no other change first: only approval or withdrawal are offered.
    let isAwaitingApproval: Bool
    /// N2: the last day of access, as a date field shows it ("" for none), and how the list says it.
    let lastDay: String
    let accessEnds: String?
    let endsSoon: Bool

    init(_ user: User, me: User, now: Date, language: Language) {
        let t = language.strings
        self.id = user.id.description
        self.username = user.username
        self.displayName = user.displayName
        self.roleName = user.role.name(in: language)
        self.status =
            user.isDisabled
            ? t.statusDisabled
            : user.isAwaitingApproval
                ? language.text("statusAwaitingApproval") : user.isActive(at: now) ? t.statusActive : language.text("statusAccessEnded")
        let lastDay = user.accessEndsAt.map { String($0.addingTimeInterval(-1).utcMinuteText.prefix(10)) }
        self.lastDay = lastDay ?? ""
        self.endsSoon = user.accessEndsSoon(at: now)
        self.accessEnds = lastDay.map { language.text("accessEndsOn", ["day": $0]) }
        self.isDisabled = user.isDisabled
        self.version = String(user.version)
        self.isSelf = user.id == me.id
        self.roleOptions = RoleOption.all(selected: user.role.rawValue, language: language)
        self.hasPending = user.pendingChange != nil
        let mayApprove = user.pendingChange.map { $0.proposedBy != me.id } ?? false
        self.mayApprove = mayApprove
        self.isAwaitingApproval = user.isAwaitingApproval
        self.pending =
            user.pendingChange.map { change in
                let what =
                    switch change.proposal {
                    case .creation: language.text("proposalCreation")
                    case .reenabling: language.text("proposalReenabling")
                    case .secondFactorReset: language.text("proposalSecondFactorReset")
                    case .passwordReset: language.text("proposalPasswordReset")
                    case .role(let role): language.text("proposalRole", ["role": role.name(in: language)])
                    }
                return "\(mayApprove ? t.proposedByAnotherLabel : t.proposedByYouLabel) \(what)"
            } ?? ""
    }
}

struct RoleOption: Sendable {
    let value: String
    let label: String
    let selected: Bool

    static func all(selected: String, language: Language) -> [RoleOption] {
        Role.allCases.map { RoleOption(value: $0.rawValue, label: $0.name(in: language), selected: $0.rawValue == selected) }
    }
}
