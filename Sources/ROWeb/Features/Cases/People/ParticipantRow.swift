import Foundation
import ROCore
import ROServices

struct ParticipantRow: Sendable {
    let role: String
    let language: String
    let withdrew: Bool
    let assessment: String
    let consents: String
    let hasConsents: Bool
    /// R24: how they may safely be contacted, or that nothing is recorded yet.
    let safeContact: String
    /// R50, R52: interpreter and accessibility needs.
    let communication: String
    /// C8: their consents count only with an authorised person's as well.
    let needsAuthorisedConsent: Bool

    init(_ participant: Participant, in value: Case, at now: Date, policy: CasePolicy, language: Language) {
        let s = language.strings
        self.role = participant.role.name(in: language)
        self.language = s.languageName(participant.language)
        self.withdrew = participant.hasWithdrawn
        self.assessment =
            !value.hasCurrentAssessment(participant.id, at: now, policy: policy)
            ? s.notAssessedLabel : value.isAssessedReady(participant.id, at: now, policy: policy) ? s.assessedUntilLabel : s.assessedNotReadyLabel
        let given = CaseSteps.purposes(for: value).map(\.purpose).filter { value.hasConsent(participant.id, $0, at: now) }
        self.consents = given.map { $0.name(in: language) }.joined(separator: ", ")
        self.hasConsents = !given.isEmpty
        self.safeContact =
            value.safeContacts[participant.id].map { contact in
                let channels = contact.channels.isEmpty ? s.doNotContactLabel : contact.channels.map { $0.name(in: language) }.joined(separator: ", ")
                let message = contact.mayLeaveMessage ? s.messageMayBeLeftLabel : s.noMessageLabel
                return [channels, message, contact.safeTimes].filter { !$0.isEmpty }.joined(separator: "; ")
            } ?? s.noSafeContactLabel
        self.communication = value.communicationNeeds[participant.id]?.summary(in: language) ?? s.noCommunicationNeedsLabel
        self.needsAuthorisedConsent = value.authorisedConsentRequired.contains(participant.id)
    }
}
