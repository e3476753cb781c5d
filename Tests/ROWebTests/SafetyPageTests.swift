import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// The safety and administration steps from the case page: each form is there for the role that may use
/// it and does what the rules say (R2, R12, R22, R23, R25–R29, R43, N2, §4.3, §4.4).
@Suite struct SafetyPageTests {
    /// Posts `step` with the page's current version and `fields`, as the form would.
    func post(
        _ step: String,
        _ fields: [String: String],
        on path: String,
        as visitor: inout Visitor,
        _ client: any TestClientProtocol
    ) async throws -> TestResponse {
        let page = try await client.get(try casePage(holding: step, of: path), as: &visitor)
        #expect(page.text.contains("\(path)/steps/\(step)\""), "the page offers \(step)")
        var form = fields
        form["version"] = try #require(CasePageTests.version(in: page.text))
        return try await client.post("\(path)/steps/\(step)", form, as: &visitor)
    }

    @Test(arguments: ["en", "fr"])
    func safetyConcernsOrdersAndHoldsFromThePage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            try await t.makeUser("colette", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let other = try await t.makeUser("marie", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let path = "/cases/\(value.id)"
            let cases = CaseService(env: t.env)
            var martin = try await client.signIn("martin", language: language)
            var claire = try await client.signIn("claire", language: language)
            PageTests().checkPage(try await client.get(path, as: &claire), language: language, "case with safety steps")

            // R23: a concern raised blocks gated steps until a coordinator resolves it.
            #expect(try await self.post("raise-escalation", ["category": "threat"], on: path, as: &martin, client).status == .seeOther)
            let open = try #require(try await cases.read(value.id, by: coordinator).value.escalations.first { $0.isOpen })
            #expect(try await self.post("resolve-escalation", ["escalation": open.id.description], on: path, as: &claire, client).status == .seeOther)
            #expect(try await cases.read(value.id, by: coordinator).value.escalations.allSatisfy { !$0.isOpen })

            // R25, R28, R29: a parole condition without the clause blocks until two coordinators approve.
            let badDate = try await self.post(
                "record-order",
                [
                    "kind": "paroleCondition", "issuer": "Fictional Board Office", "issuedOn": "last june",
                    "wording": "No contact with the victim (fictional).",
                ],
                on: path,
                as: &martin,
                client
            )
            #expect(badDate.status == .unprocessableContent)
            #expect(
                badDate.text.contains(#"value="Fictional Board Office""#) && badDate.text.contains("No contact with the victim (fictional).")
                    && badDate.text.contains(#"value="last june""#)
            )
            #expect(
                try await self.post(
                    "record-order",
                    [
                        "kind": "paroleCondition", "issuer": "Fictional Board Office", "issuedOn": "2026-06-01",
                        "wording": "No contact with the victim (fictional).",
                    ],
                    on: path,
                    as: &martin,
                    client
                ).status == .seeOther
            )
            let order = try #require(try await cases.read(value.id, by: coordinator).value.noContactOrders.first)
            #expect(order.details.issuer == "Fictional Board Office" && order.details.wording == "No contact with the victim (fictional).")
            #expect(order.blocksExchanges)
            // R27: the clause to pass on for a new condition, in both languages, beside the orders.
            let withOrder = try await client.get(casePage(.safety, of: path), as: &claire).text
            #expect(
                withOrder.contains(
                    #"<blockquote lang="en"><p>unless deemed appropriate and facilitated by CSC’s Restorative Opportunities Program</p>"#
                )
            )
            #expect(
                withOrder.contains(
                    #"<blockquote lang="fr"><p>à moins que cela ne soit jugé approprié et facilité par le Programme de possibilités de justice réparatrice du SCC</p>"#
                )
            )
            #expect(try await self.post("approve-despite-order", ["order": order.id.description], on: path, as: &claire, client).status == .seeOther)
            var colette = try await client.signIn("colette", language: language)
            #expect(try await self.post("approve-despite-order", ["order": order.id.description], on: path, as: &colette, client).status == .seeOther)
            #expect(try await cases.read(value.id, by: coordinator).value.noContactOrders.first?.blocksExchanges == false)

            // R22: a change makes assessments out of date.
            _ = try await cases.execute(
                value.id,
                .recordAssessment(participant: value.participants[0].id, safetyConcern: nil, privacyConcerns: false, ready: true),
                expectedVersion: nil,
                by: mediator
            )
            #expect(try await self.post("invalidate-assessments", ["trigger": "transfer"], on: path, as: &martin, client).status == .seeOther)
            #expect(try await cases.read(value.id, by: coordinator).value.assessments.isEmpty)

            // §4.3: hold with a review date, then resume; N2: reassignment ends the old mediator's access.
            let refused = try await self.post("hold", ["reviewDate": "someday"], on: path, as: &martin, client)
            #expect(
                refused.status == .unprocessableContent
                    && refused.text.contains(#"name="reviewDate" pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" inputmode="numeric" value="someday""#)
            )
            #expect(try await self.post("hold", ["reviewDate": "2027-03-01"], on: path, as: &martin, client).status == .seeOther)
            #expect(try await cases.read(value.id, by: coordinator).value.stage == .onHold)
            #expect(
                try await self.post("reassign", ["mediator": other.id.description, "secondMediator": ""], on: path, as: &claire, client).status
                    == .seeOther
            )
            #expect(try await client.get(path, as: &martin).status == .notFound)

            // §4.4, R12: a screening reason closes with that reason.
            #expect(try await self.post("close", ["reason": "screenedOut.readiness"], on: path, as: &claire, client).status == .seeOther)
            #expect(try await cases.read(value.id, by: coordinator).value.closureReason == .screenedOutReadiness)
        }
    }

    /// R43: the mediator redacts an item in review (a new version; the original stays); §4.6: its sender withdraws it.
    @Test func anItemIsRedactedThenWithdrawnFromThePage() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let (value, item) = try await t.caseWithDraftItem(.letter, coordinator: coordinator, mediator: mediator)
            _ = try await CaseService(env: t.env).execute(value.id, .submitItem(item), expectedVersion: nil, by: mediator)
            let path = "/cases/\(value.id)"
            var martin = try await client.signIn("martin")

            #expect(
                try await self.post(
                    "redact-item",
                    ["item": item.description, "content": "A fictional letter, [place removed]."],
                    on: path,
                    as: &martin,
                    client
                ).status == .seeOther
            )
            #expect(
                try await CaseService(env: t.env).read(value.id, by: coordinator).value.item(item)?.versions == [
                    "A fictional letter.", "A fictional letter, [place removed].",
                ]
            )
            #expect(try await self.post("withdraw-item", ["item": item.description], on: path, as: &martin, client).status == .seeOther)
            #expect(try await CaseService(env: t.env).read(value.id, by: coordinator).value.item(item)?.state == .withdrawnBySender)
        }
    }

    /// R2: a representative's authority is confirmed from the page during assessment.
    @Test func aRepresentativesAuthorityIsConfirmedFromThePage() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .representative,
                channel: .mail,
                region: "quebec",
                language: "fr",
                by: coordinator
            )
            let path = "/cases/\(opened.id)"
            var claire = try await client.signIn("claire")
            let representative = opened.participants[0].id.description
            #expect(try await self.post("confirm-representative", ["participant": representative], on: path, as: &claire, client).status == .seeOther)
            #expect(try await CaseService(env: t.env).read(opened.id, by: coordinator).value.participants[0].representsRegisteredVictim)
        }
    }

    /// C8 from the page: the coordinator records that the victim is a minor; a consent counts once both are recorded.
    @Test func C8_anAuthorisedPersonsConsentFromThePage() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let path = "/cases/\(value.id)"
            let victim = value.participants[0].id
            var claire = try await client.signIn("claire")
            var martin = try await client.signIn("martin")
            #expect(!(try await client.get(path, as: &martin).text.contains("/steps/authorised-consent")), "a coordinator's step")
            #expect(
                try await self.post("authorised-consent", ["participant": victim.description, "required": "yes"], on: path, as: &claire, client)
                    .status == .seeOther
            )

            #expect(
                try await self.post(
                    "consent",
                    ["participant": victim.description, "purpose": "takePart", "decision": "given", "noticeGiven": "yes"],
                    on: path,
                    as: &martin,
                    client
                ).status == .seeOther
            )
            #expect(!(try await CaseService(env: t.env).read(value.id, by: coordinator).value.hasConsent(victim, .takePart, at: t.clock.now)))
            #expect(
                try await self.post(
                    "consent",
                    [
                        "participant": victim.description, "purpose": "takePart", "decision": "given", "byAuthorisedPerson": "yes",
                        "noticeGiven": "yes",
                    ],
                    on: path,
                    as: &martin,
                    client
                ).status == .seeOther
            )
            #expect(try await CaseService(env: t.env).read(value.id, by: coordinator).value.hasConsent(victim, .takePart, at: t.clock.now))
        }
    }

    /// R18 from the page: after a withdrawal, the mediator records that the other party was told; the reminder goes.
    @Test func R18_theOtherPartyIsToldFromThePage() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.caseInDialogue(.letter, coordinator: coordinator, mediator: mediator)
            let offender = value.participants[1].id
            _ = try await CaseService(env: t.env).execute(
                value.id,
                .recordWithdrawal(participant: offender, mayReturn: true),
                expectedVersion: nil,
                by: mediator
            )
            let path = "/cases/\(value.id)"
            var martin = try await client.signIn("martin", language: "fr")
            #expect(try await client.get(path, as: &martin).text.contains("Dire à l’autre partie que le processus est en pause (R18)"))
            #expect(try await self.post("other-party-told", ["participant": offender.description], on: path, as: &martin, client).status == .seeOther)
            let after = try await client.get(path, as: &martin).text
            #expect(!after.contains("Dire à l’autre partie") && !after.contains("/steps/other-party-told"))
        }
    }

    /// R51 from the page: a translation shows beside the original, with its translator; a refused one keeps what was typed.
    @Test func R51_aTranslationFromThePage() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let (value, item) = try await t.caseWithDraftItem(.letter, coordinator: coordinator, mediator: mediator)
            let path = "/cases/\(value.id)"
            var martin = try await client.signIn("martin", language: "fr")
            let refused = try await self.post(
                "translate-item",
                ["item": item.description, "language": "fr", "translator": "", "content": "Une lettre fictive."],
                on: path,
                as: &martin,
                client
            )
            #expect(refused.status == .unprocessableContent && refused.text.contains("Une lettre fictive.</textarea>"))
            let added = try await self.post(
                "translate-item",
                ["item": item.description, "language": "fr", "translator": "Traductrice fictive", "content": "Une lettre fictive."],
                on: path,
                as: &martin,
                client
            )
            #expect(added.status == .seeOther)
            let page = try await client.get(casePage(.letters, of: path), as: &martin).text
            #expect(
                page.contains("Traduction (Français), Traductrice fictive")
                    && page.contains(#"<blockquote lang="fr"><p>Une lettre fictive.</p></blockquote>"#)
            )
            #expect(page.contains("A fictional letter."), "the original stays")
        }
    }

    /// R37 from the page: a coordinator records a disclosure; bad input comes back as typed; mediators see it, without the form.
    @Test(arguments: ["en", "fr"])
    func R37_aDisclosureFromThePage(_ language: String) async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let path = "/cases/\(value.id)"
            var claire = try await client.signIn("claire", language: language)
            let typed = [
                "category": "childProtection", "legalBasis": "A fictional protection act, s. 12", "recipient": "A fictional agency",
                "disclosedOn": "next week",
            ]

            let refused = try await self.post("record-disclosure", typed, on: path, as: &claire, client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(language == "en" ? "Give the category, the legal basis" : "Indiquez la catégorie, le fondement juridique"))
            #expect(refused.text.contains(#"value="A fictional protection act, s. 12""#) && refused.text.contains(#"value="next week""#))
            #expect(refused.text.contains(#"<option value="childProtection" selected>"#))
            PageTests().checkPage(refused, language: language, "refused disclosure", status: .unprocessableContent)

            var fixed = typed
            fixed["disclosedOn"] = String(t.clock.now.utcMinuteText.prefix(10))
            #expect(try await self.post("record-disclosure", fixed, on: path, as: &claire, client).status == .seeOther)
            var martin = try await client.signIn("martin", language: language)
            let seen = try await client.get(casePage(.administration, of: path), as: &martin).text
            let approver = language == "en" ? "a coordinator" : "une coordonnatrice ou un coordonnateur"
            #expect(seen.withoutCellLabels.contains("<td>A fictional protection act, s. 12</td><td>A fictional agency</td><td>\(approver)</td>"))
            #expect(
                try await client.get(casePage(.administration, of: path), as: &claire).text.withoutCellLabels.contains(
                    "<td>A fictional agency</td><td>\(language == "en" ? "you" : "vous")</td>"
                )
            )
            #expect(!seen.contains("/steps/record-disclosure"))
            PageTests().checkPage(
                try await client.get(casePage(.administration, of: path), as: &martin),
                language: language,
                "case with a disclosure"
            )
        }
    }
}
