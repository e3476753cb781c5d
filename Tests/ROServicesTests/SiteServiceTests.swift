import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// Sites and entry requests (R30–R32, N1, N4), through the services, on SQLite and PostgreSQL.
@Suite struct SiteServiceTests {
    let valley = Site(
        code: "FVI",
        nameEnglish: "Fictional Valley Institution",
        nameFrench: "Établissement de la Vallée-Fictive",
        region: "pacific",
        timeZone: "America/Vancouver"
    )
    let lakeshore = Site(
        code: "LHI",
        nameEnglish: "Lakeshore (fictional)",
        nameFrench: "Lakeshore (fictif)",
        region: "ontario",
        timeZone: "America/Toronto"
    )
    let day: TimeInterval = 86_400

    struct Setting {
        let caseID: Identifier<Case>
        let meeting: Identifier<Meeting>
        let mediator: User
        let valleyLiaison: User
        let lakeshoreLiaison: User
    }

    /// A case in dialogue with an in-person meeting at the valley site, entry requested 30 days ahead.
    func meetingAwaitingEntry(_ t: TestEnvironment) async throws -> Setting {
        let coordinator = try await t.makeUser("claire", role: .coordinator)
        let mediator = try await t.makeUser("martin", role: .mediator)
        let valleyLiaison = try await t.makeUser("sam", role: .siteLiaison)
        let lakeshoreLiaison = try await t.makeUser("lee", role: .siteLiaison)
        let sites = SiteService(env: t.env)
        try await sites.save(self.valley, by: .system)
        try await sites.save(self.lakeshore, by: .system)
        try await sites.link(valleyLiaison, to: "FVI", by: .system)
        try await sites.link(lakeshoreLiaison, to: "LHI", by: .system)

        let (value, meeting) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
        return Setting(caseID: value.id, meeting: meeting, mediator: mediator, valleyLiaison: valleyLiaison, lakeshoreLiaison: lakeshoreLiaison)
    }

    func lastAudit(_ t: TestEnvironment) async throws -> AuditEntry? {
        try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first
    }

    /// R31, N4: each liaison sees the requests of their own sites only; the listing is audited.
    @Test(arguments: Backend.available)
    func R31_aLiaisonSeesOnlyTheirOwnSitesRequests(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let setting = try await self.meetingAwaitingEntry(t)
            let sites = SiteService(env: t.env)

            let seen = try await sites.entryRequests(by: setting.valleyLiaison)
            #expect(seen.map(\.meeting) == [setting.meeting])
            #expect(seen.first?.request.entrants.map(\.name) == ["Test Entrant (fictional)"])
            #expect(seen.first?.meetingState == .entryRequested)
            #expect(try await self.lastAudit(t)?.action == "entry-requests.listed")
            #expect(try await sites.entryRequests(by: setting.lakeshoreLiaison).isEmpty)
        }
    }

    /// N1: a liaison answering another site's request is told it does not exist, and the attempt is audited.
    @Test(arguments: Backend.available)
    func N1_anotherSitesRequestCannotBeAnswered(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let setting = try await self.meetingAwaitingEntry(t)
            let sites = SiteService(env: t.env)

            await #expect(throws: DomainError.meetingNotFound) {
                try await sites.answer(setting.meeting, by: setting.lakeshoreLiaison) { _, _, _ in .approveEntry(setting.meeting) }
            }
            let refusal = try await self.lastAudit(t)
            #expect(refusal?.action == "access.denied" && refusal?.target == "meeting:\(setting.meeting)")

            try await sites.answer(setting.meeting, by: setting.valleyLiaison) { _, _, _ in .approveEntry(setting.meeting) }
            #expect(try await self.lastAudit(t)?.action == "case.changed")
            #expect(try await sites.entryRequests(by: setting.valleyLiaison).first?.request.status == .approved)
        }
    }

    /// §4.7: a cancellation reaches the site as "cancelled", with no reason.
    @Test(arguments: Backend.available)
    func aCancellationReachesTheSiteWithoutAReason(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let setting = try await self.meetingAwaitingEntry(t)
            _ = try await CaseService(env: t.env).execute(setting.caseID, .cancelMeeting(setting.meeting), expectedVersion: nil, by: setting.mediator)

            let seen = try await SiteService(env: t.env).entryRequests(by: setting.valleyLiaison)
            #expect(seen.first?.meetingState == .cancelled)
            await #expect(throws: DomainError.meetingNotInState(.cancelled)) {
                try await SiteService(env: t.env).answer(setting.meeting, by: setting.valleyLiaison) { _, _, _ in .approveEntry(setting.meeting) }
            }
        }
    }

    /// N4: seven days after the meeting the site no longer sees the request.
    @Test func N4_theSiteSeesTheRequestUntilSevenDaysAfterTheMeeting() async throws {
        try await withTestEnvironment { t in
            let setting = try await self.meetingAwaitingEntry(t)
            let sites = SiteService(env: t.env)
            t.clock.advance(by: 36 * self.day)
            #expect(try await sites.entryRequests(by: setting.valleyLiaison).count == 1)
            t.clock.advance(by: 2 * self.day)
            #expect(try await sites.entryRequests(by: setting.valleyLiaison).isEmpty)
            await #expect(throws: DomainError.meetingNotFound) {
                try await sites.answer(setting.meeting, by: setting.valleyLiaison) { _, _, _ in .approveEntry(setting.meeting) }
            }
        }
    }

    /// Only site liaisons answer entry requests; only administrators manage sites; a site needs a real time zone.
    @Test func entryRequestsAndSitesAreDenyByDefault() async throws {
        try await withTestEnvironment { t in
            let sites = SiteService(env: t.env)
            for role in Role.allCases where role != .siteLiaison {
                let someone = try await t.makeUser("someone-\(role.rawValue.lowercased())", role: role)
                await #expect(throws: DomainError.notPermitted) { try await sites.entryRequests(by: someone) }
                if role != .admin { await #expect(throws: DomainError.notPermitted) { try await sites.save(self.valley, by: .user(someone)) } }
            }
            let badZone = Site(code: "X", nameEnglish: "X", nameFrench: "X", region: "pacific", timeZone: "Mars/Olympus")
            await #expect(throws: DomainError.invalidSite) { try await sites.save(badZone, by: .system) }
        }
    }
}

/// C6 through the services: only the referrer of that referral, or the liaison of that site, may send a
/// notice; it grants no read; anyone else is told "not found" and the attempt is audited.
@Suite struct WithdrawalNoticeServiceTests {
    @Test func C6_aReferrerSendsANoticeOnTheirOwnReferralOnly() async throws {
        try await withTestEnvironment { t in
            let referrer = try await t.makeUser("rita", role: .referrer)
            let other = try await t.makeUser("otto", role: .referrer)
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let service = CaseService(env: t.env)
            let referral = Referral(fpsNumber: "1A", staffUnit: "Fictional unit", interestExpressedOn: t.clock.now, safetyConcernsNoted: false)
            let opened = try await service.submitReferral(region: "ontario", language: "en", referral: referral, by: referrer)

            await #expect(throws: DomainError.caseNotFound) {
                try await service.actAsSubmitter(opened.id, by: other) { try $0.withdrawalNotice(side: .offender) }
            }
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "access.denied")
            try await service.actAsSubmitter(opened.id, by: referrer) { try $0.withdrawalNotice(side: .offender) }
            #expect(try await service.read(opened.id, by: coordinator).value.withdrawalNotices == [opened.participants[0].id])
            await #expect(throws: DomainError.caseNotFound) { try await service.read(opened.id, by: referrer) }
        }
    }

    @Test func C6_aSiteLiaisonSendsANoticeForAMeetingAtTheirSite() async throws {
        try await withTestEnvironment { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let liaison = try await t.makeUser("sam", role: .siteLiaison)
            try await t.makeSite("FVI", liaisons: [liaison])
            let sites = SiteService(env: t.env)
            let (value, meeting) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)

            try await sites.answer(meeting, by: liaison) { _, _, current in try current.withdrawalNotice(side: .offender) }
            let after = try await CaseService(env: t.env).read(value.id, by: coordinator).value
            #expect(after.withdrawalNotices == [value.participants[1].id])
            try await sites.answer(meeting, by: liaison) { _, _, _ in .approveEntry(meeting) }  // the site may still answer
            let cases = CaseService(env: t.env)
            _ = try await cases.execute(
                value.id,
                .recordSafetyPlan(meeting, SafetyPlan(arrival: "apart", departure: "apart")),
                expectedVersion: nil,
                by: mediator
            )
            await #expect(throws: DomainError.withdrawalNoticePending(participant: value.participants[1].id)) {
                try await cases.execute(value.id, .confirmMeeting(meeting), expectedVersion: nil, by: coordinator)
            }
        }
    }
}
