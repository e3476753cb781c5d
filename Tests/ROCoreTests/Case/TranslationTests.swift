import Foundation
import ROCore
import Testing

/// R51: relayed items keep the original and each translation, with translator and date.
@Suite struct TranslationTests {
    @Test func R51_aTranslationIsKeptBesideTheOriginalWithTranslatorAndDate() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(
            .draftItem(id: f.letter, form: .letter, sender: f.victim.id, recipient: f.offender.id, content: "sealed:fr-original"),
            by: f.mediator
        )
        try f.run(.submitItem(f.letter), by: f.mediator)
        try f.run(.redactItem(f.letter, content: "sealed:fr-redacted"), by: f.mediator)
        try f.run(.addTranslation(f.letter, language: "en", content: "sealed:en", translator: "Fictional Translator"), by: f.mediator)

        let item = try #require(f.state.item(f.letter))
        #expect(item.versions == ["sealed:fr-original", "sealed:fr-redacted"], "the original and its redaction stay")
        #expect(
            item.translations == [
                ItemTranslation(language: "en", content: "sealed:en", translator: "Fictional Translator", translatedAt: f.now, ofVersion: 2)
            ]
        )
    }

    @Test func R51_aTranslationNeedsItsTextAndTranslatorAndComesBeforeRelease() throws {
        var f = CaseFixture()
        try f.letterApproved()
        #expect(throws: DomainError.translationIncomplete) {
            try f.run(.addTranslation(f.letter, language: "en", content: "x", translator: ""), by: f.mediator)
        }
        #expect(throws: DomainError.roleNotAllowed(.referrer)) {
            try f.run(.addTranslation(f.letter, language: "en", content: "x", translator: "T"), by: f.referrer)
        }
        try f.run(.withdrawItem(f.letter), by: f.mediator)
        #expect(throws: DomainError.itemNotInState(.withdrawnBySender)) {
            try f.run(.addTranslation(f.letter, language: "en", content: "x", translator: "T"), by: f.mediator)
        }
    }
}
