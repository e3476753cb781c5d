import Foundation
import ROCore
import Testing

/// C8, Q20: a minor or a person lacking capacity takes part with their own agreement and an authorised
/// person's consent, both recorded.
@Suite struct AuthorisedConsentTests {
    func consent(_ f: inout CaseFixture, _ purpose: ConsentPurpose, _ decision: ConsentDecision = .given, authorised: Bool) throws(DomainError) {
        let notice = purpose == .takePart ? ConfidentialityNotice.currentVersion : nil
        try f.run(
            .recordConsent(
                participant: f.victim.id,
                purpose: purpose,
                decision: decision,
                expiresAt: nil,
                byAuthorisedPerson: authorised,
                noticeVersion: notice
            ),
            by: f.mediator
        )
    }

    @Test func C8_bothTheirOwnAgreementAndTheAuthorisedPersonsConsentAreNeeded() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.requireAuthorisedConsent(f.victim.id, required: true), by: f.coordinator)

        try self.consent(&f, .takePart, authorised: false)
        #expect(!f.state.hasConsent(f.victim.id, .takePart, at: f.now))
        #expect(throws: DomainError.consentMissing(participant: f.victim.id, purpose: .takePart)) { try f.run(.beginPreparation, by: f.mediator) }

        try self.consent(&f, .takePart, authorised: true)
        #expect(f.state.hasConsent(f.victim.id, .takePart, at: f.now))
        try f.run(.beginPreparation, by: f.mediator)

        // Either may withdraw a purpose (C3): the authorised person's refusal is enough to stop it.
        try self.consent(&f, .approachOtherParty, authorised: false)
        try self.consent(&f, .approachOtherParty, .refused, authorised: true)
        #expect(!f.state.hasConsent(f.victim.id, .approachOtherParty, at: f.now))
    }

    @Test func C8_anAuthorisedPersonsConsentIsOnlyForThoseWhoNeedOne() throws {
        var f = CaseFixture()
        try f.assigned()
        #expect(throws: DomainError.noAuthorisedPerson) { try self.consent(&f, .takePart, authorised: true) }
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.requireAuthorisedConsent(f.victim.id, required: true), by: f.mediator) }
    }

    /// Once the requirement ends (the person came of age), their own consent is enough again.
    @Test func C8_theRequirementCanEnd() throws {
        var f = CaseFixture()
        try f.assigned()
        try f.run(.requireAuthorisedConsent(f.victim.id, required: true), by: f.coordinator)
        try self.consent(&f, .takePart, authorised: false)
        try f.run(.requireAuthorisedConsent(f.victim.id, required: false), by: f.coordinator)
        #expect(f.state.hasConsent(f.victim.id, .takePart, at: f.now))
    }
}
