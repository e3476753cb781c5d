import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// Issue 15, item 9: every route and API operation, for every role, answers as the written §2.2 matrix
/// (`PermissionMatrix`) says, not as `Policy` says: a disagreement between the two fails here.
@Suite struct PermissionMatrixTests {
    /// What a route serves, written here by its path: one or more §2.2 rows, or a need outside §2.2 with the roles
    /// the spec gives it there.
    enum Serves {
        /// §2.2 rows; `except` names roles whose cell this route does not serve, each with where it is served (or
        /// that it is not built yet): decided per cell, in docs/decisions.md.
        case rows([PermissionMatrix.Capability], except: [Role: String] = [:])
        case outside(Set<Role>, why: String)
    }

    static let everyRole = Set(Role.allCases)
    /// The case's steps serve these rows; a step's own row (assign is the coordinators', release a mediator's on
    /// their case…) is checked by the case's rules (`CaseStepRoleTests`, `CaseScopeTests`).
    static let caseWork: [PermissionMatrix.Capability] = [
        .assessScreenAssign, .recordContactsAssessmentsNeeds, .recordConsentWithdrawal, .draftItem, .reviewReleaseItem, .planConfirmMeeting,
        .closeReopen, .gateOverride,
    ]
    static let noticeOnly = "note 6: a withdrawal notice only, never the case's steps"
    static let portal = "note 5/8: the participant portal (roadmap), never the staff case"
    static let caseWorkExceptions: [Role: String] = [
        .referrer: noticeOnly + " (their referral's notice)", .victimServices: noticeOnly + " (open: no route yet, they tell the coordinator)",
        .siteLiaison: noticeOnly + " (open: no route yet, they tell the coordinator)", .participant: portal,
    ]
    /// A referral's own notices are its referrer's (a referring member of staff, or a coordinator who referred); the
    /// case's mediator acts on the case itself.
    static let ownReferralExceptions: [Role: String] = [
        .mediator: "on the case itself (its steps)",
        .victimServices: "open: no route yet for victim services' concerns and notices (they tell the coordinator)",
        .siteLiaison: "about a meeting at their site, on the entry request", .participant: portal,
    ]

    /// The route table's every path, read by a person from the spec; a new route fails until it is placed here.
    static func serves(_ method: HTTPRequest.Method, _ path: String) -> Serves? {
        let page = path.hasPrefix("/api/") ? String(path.dropFirst(4)) : path
        switch (method, page) {
        case (_, "/home"), (_, "/account"), (_, "/account/password"), (_, "/sign-out"), (_, "/me"):
            return .outside(everyRole, why: "§2.1: every account signs in, reads its home and changes its own password")
        case (_, "/account/second-factor"), (_, "/account/recovery-codes"):
            return .outside(everyRole, why: "issue 15, item 1: every account keeps its own second step")
        case (_, let p) where p.hasPrefix("/admin/") || p.hasPrefix("/users") || p.hasPrefix("/labels") || p.hasPrefix("/settings"):
            return .rows([.manageAccountsAndConfiguration])
        case (.get, "/cases/new"), (.post, "/cases"):
            return .rows([.recordVictimRequest])
        case (_, "/direct-requests"):
            return .outside([.coordinator], why: "R5: the RJ unit turns away an offender's own request and logs only that it did")
        case (_, "/information-log"):
            return .outside(
                [.coordinator, .victimServices, .referrer],
                why: "R46: whoever gives RO information logs it: the RJ unit, victim services, CSC staff"
            )
        case (_, "/cases/:id/access"), (_, "/cases/:id/access-report"):
            return .rows(  // note 10: a case's access report
                [.readAuditTrail],
                except: [.auditor: "N7: a case's audit entries on /audit/cases/:id, never at the staff case's address", .participant: Self.portal]
            )
        case (_, let p) where p.contains("/steps/:step") || p.hasSuffix("/files") && method == .post:
            return .rows(Self.caseWork, except: Self.caseWorkExceptions)
        case (_, let p) where p.hasPrefix("/cases/:id/files/"):
            return .rows([.viewItems], except: [.participant: Self.portal])
        case (_, let p) where p == "/cases" || p.hasPrefix("/cases/"):
            return .rows([.readCaseFile])
        case (_, let p) where p.hasSuffix("/safety-concern"):
            return .rows([.raiseSafetyConcern], except: Self.ownReferralExceptions)
        case (_, let p) where p.hasSuffix("/withdrawal-notice"):
            return .rows([.recordConsentWithdrawal], except: Self.ownReferralExceptions)
        case (_, let p) where p.hasPrefix("/referrals"):
            return .rows([.submitReferral])
        case (_, let p) where p.hasPrefix("/entry-requests"):
            return .rows([.approveSiteEntry])
        case (_, "/statistics"):
            return .rows([.aggregateStatistics])
        case (_, let p) where p.hasPrefix("/research-extracts"):
            return .rows([.exportIdentifiable])
        case (_, let p) where p.hasPrefix("/audit/") || p.hasPrefix("/investigations"):
            return .rows([.readAuditTrail], except: [.coordinator: "note 10: only a case's access report, on the case", .participant: Self.portal])
        case (.get, "/disposals"):
            return .rows([.disposal, .legalHold])
        case (_, let p) where p.hasPrefix("/disposals/holds"):
            return .rows([.legalHold])
        case (_, let p) where p.hasPrefix("/disposals/"):
            return .rows([.disposal])
        default:
            return nil
        }
    }

    /// The roles the written matrix opens a route to.
    static func expectedRoles(_ serves: Serves) -> Set<Role> {
        switch serves {
        case .outside(let roles, _): roles
        case .rows(let rows, let except):
            Set(Role.allCases.filter { role in except[role] == nil && rows.contains { PermissionMatrix.expectsAccess($0, role) } })
        }
    }

    @Test func everyRouteIsPlacedInTheMatrix() async throws {
        try await withApp { t, _ in
            let routes = try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env))
            let unplaced = routes.filter { route in
                guard case .requires = route.access else { return false }
                return Self.serves(route.method, route.path) == nil
            }
            #expect(unplaced.isEmpty, "\(unplaced.map { "\($0.method) \($0.path)" })")
            let matrixCells = PermissionMatrix.rows.count * PermissionMatrix.columns.count
            print("§2.2 matrix: \(PermissionMatrix.rows.count) rows × \(PermissionMatrix.columns.count) roles = \(matrixCells) cells")
        }
    }

    /// Every route that needs a signed-in person, for every role, on a case in the role's scope where the route names
    /// a case: the matrix's roles are served (any answer but 401/403 or back to sign-in), the others get 403.
    @Test(arguments: Role.allCases)
    func everyRouteAnswersAsTheWrittenMatrixSays(_ role: Role) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let me = try await t.makeUser("myself", role: role)
            let mediator = role == .mediator ? me : try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("OWN", liaisons: role == .siteLiaison ? [me] : [])
            let (value, meeting) = try await t.caseWithEntryRequest(site: "OWN", coordinator: coordinator, mediator: mediator)
            let bearer = try await TokenService(env: t.env).create(for: me.id, name: "test", lifetimeDays: 1, scope: .readWrite, by: .system).secret
            var visitor = try await client.signIn("myself")
            var checked = 0
            var disagreements: [String] = []
            for route in try routeTable(env: t.env, views: try await Views(isDemo: false), settings: .test, wordings: WordingCache(env: t.env)) {
                guard case .requires = route.access, let serves = Self.serves(route.method, route.path) else { continue }
                if route.path == "/sign-out" { continue }  // answered for every role by the sign-out tests; it would end this session
                let uri = route.path.replacingOccurrences(of: ":id", with: value.id.description)
                    .replacingOccurrences(of: ":meeting", with: meeting.description)
                    .replacingOccurrences(of: ":step", with: "log-contact").replacingOccurrences(of: ":answer", with: "approve")
                let response: TestResponse
                if route.path.hasPrefix("/api/") {
                    let headers: HTTPFields = [.authorization: "Bearer \(bearer)", .contentType: "application/json", .acceptLanguage: "en"]
                    response = try await client.execute(uri: uri, method: route.method, headers: headers, body: ByteBuffer(string: "{}"))
                } else {
                    response =
                        route.method == .get
                        ? try await client.get(uri, as: &visitor) : try await client.post(uri, ["version": "1"], as: &visitor)
                }
                let refused = response.status == .forbidden || response.status == .unauthorized || response.headers[.location] == "/sign-in"
                // Issue 15, item 6: no token approves a two-person step, whatever its account may do on the pages.
                let approvalByToken = route.path.hasPrefix("/api/") && route.path.hasSuffix("/approve")
                let expected = Self.expectedRoles(serves).contains(role) && !approvalByToken
                if expected == refused { disagreements.append("\(route.method) \(route.path): \(response.status)") }
                checked += 1
            }
            #expect(disagreements.isEmpty, "\(role) answered against §2.2: \(disagreements)")
            print("§2.2 matrix checks for \(role): \(checked) routes, \(disagreements.count) disagreements")
            #expect(checked >= 100)
        }
    }
}
