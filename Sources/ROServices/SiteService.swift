import Foundation
import ROCore
import ROStore

/// Sites and their entry requests (R30–R32, N4). A site liaison sees only the R31 fields of requests
/// for their own sites, until 7 days after the meeting, and answers them; the case itself stays unseen.
public struct SiteService: Sendable {
    let env: AppEnvironment
    /// N4: how long after the meeting its site still sees the request.
    static let visibleAfterMeeting: TimeInterval = 7 * 86_400

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Every site, for choosing where a meeting takes place. Site names are not case data.
    public func all() async throws -> [Site] {
        try await self.env.store.read { tx in try await tx.sites.all() }
    }

    /// Adds or updates a site (administrators, or an operator at the command line).
    public func save(_ site: Site, by actor: Actor) async throws {
        try await self.env.require(.manageAccounts, actor)
        guard !site.code.isBlank, !site.nameEnglish.isBlank, !site.nameFrench.isBlank, TimeZone(identifier: site.timeZone) != nil else {
            throw DomainError.invalidSite
        }
        let env = self.env
        try await self.env.store.transaction { tx in
            guard try await ProgramSettingsService.current(tx).regionCodes.contains(site.region) else { throw DomainError.invalidSite }
            try await tx.sites.save(site)
            try await tx.audit.append(env.auditRecord(.siteSaved, by: actor.audit, target: "site:\(site.code)"))
        }
    }

    /// Links a site liaison's account to a site they serve (R31).
    public func link(_ liaison: User, to code: String, by actor: Actor) async throws {
        try await self.env.require(.manageAccounts, actor)
        guard liaison.role == .siteLiaison else { throw DomainError.notPermitted }
        let env = self.env
        try await self.env.store.transaction { tx in
            guard try await tx.sites.all().contains(where: { $0.code == code }) else { throw DomainError.invalidSite }
            try await tx.sites.link(liaison.id, to: code)
            try await tx.audit.append(env.auditRecord(.siteLiaisonLinked, by: actor.audit, target: AuditRecord.target(liaison.id)))
        }
    }

    /// The entry requests for the liaison's own sites, soonest first (N4), each read audited as one listing.
    public func entryRequests(by user: User) async throws -> [EntryRequestSummary] {
        try await self.env.require(.answerEntryRequests, .user(user))
        let env = self.env
        let since = self.env.now().addingTimeInterval(-Self.visibleAfterMeeting)
        return try await self.env.store.transaction { tx in
            let sites = try await tx.sites.codes(servedBy: user.id)
            try await tx.audit.append(env.auditRecord(.entryRequestsListed, by: .user(user)))
            return try await tx.cases.entryRequests(at: sites, since: since)
        }
    }

    /// Approves, declines (a reason code) or proposes another time (R32), or records a withdrawal notice a
    /// person gave at the site (C6; it grants no read). A request for another site, or
    /// one no longer visible, answers "not found" and the attempt is audited (N1). The answer is read from
    /// the form only once the request is known to be the caller's, so bad input never reveals more.
    public func answer(
        _ meeting: Identifier<Meeting>,
        by user: User,
        _ makeCommand: @Sendable (EntryRequestSummary, Site?, Case) throws -> CaseCommand
    ) async throws {
        try await self.env.require(.answerEntryRequests, .user(user))
        let actor = CaseActor(userID: user.id, role: user.role)
        let now = self.env.now()
        let env = self.env
        let since = now.addingTimeInterval(-Self.visibleAfterMeeting)
        let found: Bool = try await self.env.store.transaction { tx in
            guard let summary = try await tx.cases.entryRequest(meeting), summary.request.scheduledFor >= since,
                try await tx.sites.codes(servedBy: user.id).contains(summary.request.site)
            else { return false }
            let current = try await tx.cases.load(summary.caseID)
            let command = try makeCommand(summary, try await tx.sites.all().first { $0.code == summary.request.site }, current)
            _ = try await tx.cases.append(try current.decide(command, by: actor, at: now), to: current)
            try await tx.audit.append(env.auditRecord(.caseChanged, by: .user(user), target: AuditRecord.target(summary.caseID)))
            return true
        }
        guard found else {
            try await CaseService(env: self.env).refuse(user, target: AuditRecord.target(meeting))
            throw DomainError.meetingNotFound
        }
    }
}
