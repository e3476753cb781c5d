import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R23 from outside the case: referring staff (own referrals) and site liaisons (own sites' meetings)
/// raise safety concerns without seeing anything of the case (§2.2: raising grants no read).
@Suite struct OutsideConcernTests {
    @Test(arguments: ["en", "fr"])
    func R23_aReferrerRaisesAConcernOnTheirOwnReferralOnly(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let referrer = try await t.makeUser("rosa", role: .referrer)
            let other = try await t.makeUser("omar", role: .referrer)
            let referral = Referral(
                fpsNumber: "000000R",
                staffUnit: "Fictional Institution",
                interestExpressedOn: t.clock.now,
                safetyConcernsNoted: false
            )
            let mine = try await CaseService(env: t.env).submitReferral(region: "pacific", language: "en", referral: referral, by: referrer)
            let theirs = try await CaseService(env: t.env).submitReferral(region: "pacific", language: "en", referral: referral, by: other)
            var rosa = try await client.signIn("rosa", language: language)
            let page = try await client.get("/referrals", as: &rosa)
            PageTests().checkPage(page, language: language, "referrals with concern forms")
            #expect(page.text.contains("/referrals/\(mine.id)/safety-concern"))

            let raised = try await client.post("/referrals/\(mine.id)/safety-concern", ["category": "threat"], as: &rosa)
            #expect(raised.status == .seeOther)
            #expect(try await CaseService(env: t.env).read(mine.id, by: coordinator).value.escalations.map(\.category) == ["threat"])
            #expect(try await client.post("/referrals/\(theirs.id)/safety-concern", ["category": "threat"], as: &rosa).status == .notFound)
            #expect(try await client.post("/referrals/\(mine.id)/safety-concern", ["category": "gossip"], as: &rosa).status == .unprocessableContent)
        }
    }

    @Test func R23_aSiteLiaisonRaisesAConcernAboutAMeetingAtTheirSite() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let liaison = try await t.makeUser("sam", role: .siteLiaison)
            try await t.makeSite("FVI", liaisons: [liaison])
            let (value, meeting) = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            var sam = try await client.signIn("sam")
            #expect(try await client.get("/entry-requests", as: &sam).text.contains("/entry-requests/\(meeting)/safety-concern"))
            let raised = try await client.post("/entry-requests/\(meeting)/safety-concern", ["category": "institutionalIncident"], as: &sam)
            #expect(raised.status == .seeOther)
            let escalations = try await CaseService(env: t.env).read(value.id, by: coordinator).value.escalations
            #expect(escalations.map(\.category) == ["institutionalIncident"] && escalations.allSatisfy(\.isOpen))
        }
    }
}
