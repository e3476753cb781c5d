import Foundation
import ROServices
import Testing

@testable import ROWeb

/// The case page is a summary a mediator works from: what matters first, a few forms at most, and a link
/// to each part of the case (issue 13).
@Suite struct CaseSummaryPageTests {
    /// The first listed case at `stage` (as the list names it) for this visitor.
    func caseAt(_ stage: String, in list: String) throws -> String {
        let row = try #require(
            list.withoutCellLabels.components(separatedBy: "<tr>").first { $0.contains("<td>\(stage)</td>") },
            "no case at \(stage)"
        )
        let start = try #require(row.range(of: #"href="/cases/"#))
        return "/cases/" + row[start.upperBound...].prefix { $0 != "\"" }
    }

    @Test(arguments: ["en", "fr"])
    func theMediatorsDialogueCaseOpensOnASmallSummaryWithLinksToEveryPart(_ language: String) async throws {
        try await withApp { t, client in
            try await DemoAccounts.load(into: t.env)
            var mediator = try await client.signIn("demo-mediator", language: language)
            let path = try self.caseAt("Dialogue", in: try await client.get("/cases", as: &mediator).text)

            let summary = try await client.get(path, as: &mediator)

            PageTests().checkPage(summary, language: language, "case summary")
            #expect(summary.body.readableBytes < 15_000, "the summary is \(summary.body.readableBytes) bytes")
            #expect(summary.text.components(separatedBy: "<form").count - 1 <= 3, "at most 3 forms, the sign-out among them")
            for area in CaseArea.allCases {
                #expect(summary.text.contains(#"<a href="\#(casePage(area, of: path))""#), "no link to \(area)")
                let part = try await client.get(casePage(area, of: path), as: &mediator)
                PageTests().checkPage(part, language: language, "case \(area)")
                #expect(
                    part.text.contains(#"<a href="\#(casePage(area, of: path))" aria-current="page">"#),
                    "\(area) is not marked as the current part"
                )
            }
        }
    }

    /// Each step with a page of its own shows its question as the heading and one form, or says it is not
    /// open at this stage; a step that is a button leads to the part of the case where the button is.
    @Test func everyStepPageHoldsOneFormUnderItsQuestion() async throws {
        try await withApp { t, client in
            try await DemoAccounts.load(into: t.env)
            var coordinator = try await client.signIn("demo-coordinator", language: "fr")
            let path = try self.caseAt("Dialogue", in: try await client.get("/cases", as: &coordinator).text)
            let t = Language.fr.strings
            var offered = 0

            for step in CaseStep.allCases {
                let page = try await client.get("\(path)/steps/\(step.rawValue)", as: &coordinator)
                guard let title = step.title(t) else {
                    #expect(
                        step.hasOwnPage == false && page.status == .seeOther && page.headers[.location] == casePage(step.area, of: path),
                        "\(step)"
                    )
                    continue
                }
                PageTests().checkPage(page, language: "fr", "\(step)")
                #expect(page.text.contains("<h1>\(title)</h1>"), "\(step)")
                let forms = page.text.components(separatedBy: "<form").count - 1  // the sign-out is one
                if page.text.contains(Language.fr.catalog["stepNotOffered"]!) {
                    #expect(forms == 1, "\(step) is not open, and offers no form")
                } else {
                    offered += 1
                    #expect(forms == 2 && page.text.contains(#"action="\#(path)/steps/\#(step.rawValue)""#), "\(step): one form, its own")
                }
            }
            #expect(offered >= 10, "a coordinator has steps to take on a case in dialogue")
        }
    }

    /// §4.3, R10, R11: at assessment, the summary says what assignment waits for and where it is done.
    @Test func R10_R11_aCoordinatorSeesWhatAssignmentWaitsFor() async throws {
        try await withApp { t, client in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let opened = try await CaseService(env: t.env).recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .phone,
                region: "quebec",
                language: "fr",
                by: claire
            )
            _ = try await CaseService(env: t.env).execute(opened.id, .startAssessment, expectedVersion: nil, by: claire)
            var visitor = try await client.signIn("claire")

            let summary = try await client.get("/cases/\(opened.id)", as: &visitor).text

            #expect(summary.contains("What needs doing now"))
            #expect(summary.contains("Confirm that the request is eligible before a mediator is assigned."))
            #expect(summary.contains("Review the referral’s safety section before a mediator is assigned."))
            #expect(
                summary.contains(
                    #"Link the offender’s record (FPS number) before a mediator is assigned. <a href="/cases/\#(opened.id)/administration">Administration</a>"#
                )
            )
            #expect(!summary.contains("Assign a mediator: the request is ready."))
        }
    }
}
