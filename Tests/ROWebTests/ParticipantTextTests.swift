import Foundation
import ROCore
import ROServices
import ROTestSupport
import Testing

@testable import ROWeb

/// R19: nothing sent to participants urges them to continue; deadlines and "overdue" markers are for
/// staff only. What RO gives participants today: the standard replies (R5, R6), the information sheet for
/// people harmed (R48) and a participant account's own pages.
@Suite struct ParticipantTextTests {
    /// Words of urgency or deadlines, in each language (whole words, any case).
    static let urging: [Language: [String]] = [
        .en: [
            "overdue", "deadline", "due", "reminder", "urgent", "as soon as possible", "must reply", "must respond", "by the end of", "last chance",
        ],
        .fr: ["en retard", "échéance", "date limite", "rappel", "urgent", "dès que possible", "au plus tard", "dernière chance", "devez répondre"],
    ]

    static func urgingWords(in text: String, _ language: Language) -> [String] {
        Self.urging[language, default: []].filter { word in
            text.range(of: "\\b\(NSRegularExpression.escapedPattern(for: word))\\b", options: [.regularExpression, .caseInsensitive]) != nil
        }
    }

    @Test(arguments: Language.allCases)
    func R19_whatParticipantsReceiveNamesNoDeadline(_ language: Language) async throws {
        let replies = [language.strings.standardOffenderReply, language.strings.standardLetterReply]
        let sheet = InformationSheet.all.first { $0.id == "people-harmed" }!.points(in: language)
        for text in replies + sheet {
            #expect(Self.urgingWords(in: text, language).isEmpty, "\(text)")
        }
        #expect(Self.urgingWords(in: "Re-assessment overdue", .en) == ["overdue"], "the check finds what it looks for")
    }

    @Test func R19_aParticipantsPagesCarryNoReminderWhileStaffSeeItOverdue() async throws {
        try await withApp { t, client in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            try await t.makeUser("pat", role: .participant)
            try await t.makeSite("FVI")
            _ = try await t.caseWithEntryRequest(site: "FVI", coordinator: coordinator, mediator: mediator)
            t.clock.advance(by: 120 * 86_400)

            var martin = try await client.signIn("martin")
            #expect(try await client.get("/cases", as: &martin).text.contains("(overdue)"), "staff see the overdue assessments")
            var pat = try await client.signIn("pat")
            for path in ["/home", "/account"] {
                let page = try await client.get(path, as: &pat)
                #expect(page.status == .ok)
                #expect(Self.urgingWords(in: page.text, .en).isEmpty, "\(path)")
            }
        }
    }
}
