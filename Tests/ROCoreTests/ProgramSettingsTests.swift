import Foundation
import ROCore
import Testing

/// R57: service standards are settings with sensible bounds, and the case rules follow them.
@Suite struct ProgramSettingsTests {
    @Test func R57_theStandardSettingsAreTheProgramsDefaults() throws {
        #expect(ProgramSettings.standard.policy == CasePolicy.standard)
        #expect(try ProgramSettings.standard.validated() == .standard)
    }

    @Test(arguments: ProgramSettings.Number.allCases)
    func R57_aNumberOutsideItsRangeIsRefused(_ number: ProgramSettings.Number) throws {
        var settings = ProgramSettings.standard
        settings[number] = number.range.upperBound + 1
        #expect(throws: DomainError.settingOutOfRange(number)) { try settings.validated() }
        settings[number] = number.range.lowerBound - 1
        #expect(throws: DomainError.settingOutOfRange(number)) { try settings.validated() }
        settings[number] = number.range.lowerBound
        #expect(try settings.validated()[number] == number.range.lowerBound)
    }

    @Test func R57_textsAreTrimmedAndBounded() throws {
        var settings = ProgramSettings.standard
        settings.programContact = BilingualText(english: "  RJ Division (fictional)\n", french: " Division (fictive) ")
        #expect(try settings.validated().programContact == BilingualText(english: "RJ Division (fictional)", french: "Division (fictive)"))
        settings.otherResources = BilingualText(english: String(repeating: "x", count: ProgramSettings.maximumTextLength + 1), french: "")
        #expect(throws: DomainError.settingTextTooLong(maximum: ProgramSettings.maximumTextLength)) { try settings.validated() }
    }

    @Test func R57_regionsAreAPlainListOfCodesWithNamesInBothLanguages() throws {
        var settings = ProgramSettings.standard
        settings.regions.append(Region(code: " North ", name: BilingualText(english: " North (fictional) ", french: "Nord (fictif)")))
        #expect(
            try settings.validated().regions.last == Region(code: "north", name: BilingualText(english: "North (fictional)", french: "Nord (fictif)"))
        )
        let invalid = [
            [],
            Region.csc + [Region(code: "pacific", name: BilingualText(english: "Again", french: "Encore"))],
            [Region(code: "north east", name: BilingualText(english: "North East", french: "Nord-Est"))],
            [Region(code: "1north", name: BilingualText(english: "North", french: "Nord"))],
            [Region(code: "north", name: BilingualText(english: "North", french: " "))],
            // 51 letters with a combining accent: 102 code points, over 100 as the API document counts them.
            [Region(code: "north", name: BilingualText(english: String(repeating: "e\u{301}", count: 51), french: "Nord"))],
            Array(repeating: Region.csc[0], count: ProgramSettings.maximumRegions + 1),
        ]
        for regions in invalid {
            settings.regions = regions
            #expect(throws: DomainError.regionsInvalid(maximum: ProgramSettings.maximumRegions)) { try settings.validated() }
        }
    }

    @Test func R57_eligibilityCriteriaAreAPlainListOfCodesWithNamesInBothLanguages() throws {
        var settings = ProgramSettings.standard
        settings.eligibilityCriteria = [
            EligibilityCriterion(code: " Sentenced ", name: BilingualText(english: " Sentenced (fictional) ", french: "Condamné (fictif)"))
        ]
        let validated = try settings.validated()
        #expect(
            validated.eligibilityCriteria == [
                EligibilityCriterion(code: "sentenced", name: BilingualText(english: "Sentenced (fictional)", french: "Condamné (fictif)"))
            ]
        )
        #expect(validated.policy.eligibilityCriteria == ["sentenced"])
        let tooLong = String(repeating: "x", count: 301)
        let invalid = [
            [],
            EligibilityCriterion.csc + [EligibilityCriterion.csc[0]],
            [EligibilityCriterion(code: "federal sentence", name: BilingualText(english: "Federal", french: "Fédérale"))],
            [EligibilityCriterion(code: "sentenced", name: BilingualText(english: "", french: "Condamné"))],
            [EligibilityCriterion(code: "sentenced", name: BilingualText(english: tooLong, french: "Condamné"))],
            Array(repeating: EligibilityCriterion.csc[0], count: ProgramSettings.maximumEligibilityCriteria + 1),
        ]
        for criteria in invalid {
            settings.eligibilityCriteria = criteria
            #expect(throws: DomainError.eligibilityCriteriaInvalid(maximum: ProgramSettings.maximumEligibilityCriteria)) { try settings.validated() }
        }
    }

    /// R57, §6; R40: the program's own needs have codes of their own and never name forgiveness.
    @Test func R57_R40_addedNeedsHaveCodesOfTheirOwnAndNeverNameForgiveness() throws {
        var settings = ProgramSettings.standard
        settings.addedNeeds = [
            NeedDefinition(
                code: " ox1 ",
                side: .offender,
                name: BilingualText(english: " Understand parole (fictional) ", french: "Comprendre (fictif)")
            )
        ]
        #expect(
            try settings.validated().addedNeeds == [
                NeedDefinition(
                    code: "OX1",
                    side: .offender,
                    name: BilingualText(english: "Understand parole (fictional)", french: "Comprendre (fictif)")
                )
            ]
        )
        #expect(try settings.validated().policy.addedNeeds.map(\.code) == ["OX1"])

        func need(_ code: String, _ english: String = "A need (fictional)", _ french: String = "Un besoin (fictif)") -> NeedDefinition {
            NeedDefinition(code: code, side: .victim, name: BilingualText(english: english, french: french))
        }
        for invalid in [
            [need("V01")], [need("VX1"), need("vx1")], [need("1AB")], [need("A")], [need("VX1", "")], Array(repeating: need("VX1"), count: 31),
        ] {
            settings.addedNeeds = invalid
            #expect(throws: DomainError.addedNeedsInvalid(maximum: ProgramSettings.maximumAddedNeeds)) { try settings.validated() }
        }
        for forgiveness in [need("VX1", "To be Forgiven"), need("VX1", "Closure", "Obtenir le pardon"), need("VX1", "Closure", "PARDONNER")] {
            settings.addedNeeds = [forgiveness]
            #expect(throws: DomainError.needNamesForgiveness) { try settings.validated() }
        }
    }

    @Test(arguments: ["regions", "eligibilityCriteria", "addedNeeds"])
    func R57_settingsSavedBeforeAListWasASettingReadWithCSCs(_ list: String) throws {
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ProgramSettings.standard)) as! [String: Any]
        json[list] = nil
        let old = try JSONDecoder().decode(ProgramSettings.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(old == .standard)
    }

    /// R21 under a shorter validity: an assessment 40 days old is current under the default, not under 30 days.
    @Test func R21_R57_aShorterValidityMakesAnOlderAssessmentOutOfDate() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        f.advance(days: 40)
        var shorter = ProgramSettings.standard
        shorter.assessmentValidityDays = 30
        #expect(f.state.hasCurrentAssessment(f.victim.id, at: f.now, policy: .standard))
        #expect(!f.state.hasCurrentAssessment(f.victim.id, at: f.now, policy: shorter.policy))
        #expect(f.state.reminders(at: f.now, policy: shorter.policy).contains { $0.kind == .assessmentDue(f.victim.id) && $0.isOverdue })
    }
}
