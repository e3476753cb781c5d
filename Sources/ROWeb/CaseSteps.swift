import Foundation
import Hummingbird
import ROCore

/// Turns a step form posted on the case page into a case command. The rules are not here: `decide`
/// refuses what the stage, the role, the consents or the assessments do not allow.
enum CaseSteps {
    /// The consent purposes offered on the case page, by form value. Forgiveness is no purpose (R40).
    static let purposes: [(value: String, purpose: ConsentPurpose)] = [
        ("takePart", .takePart), ("approachOtherParty", .approachOtherParty), ("form.letter", .form(.letter)),
        ("receiveItems", .receiveItems), ("notifySenderOfReceipt", .notifySenderOfReceipt), ("researchUse", .researchUse),
    ]

    /// - Parameter newID: a fresh id, for what the step creates (a letter, a new episode).
    static func command(_ step: String, _ form: FormFields, newID: UUID) throws -> CaseCommand {
        func participant(_ field: String) throws -> Identifier<Participant> {
            guard let id = Identifier<Participant>(uuidString: form[field]) else { throw HTTPError(.badRequest) }
            return id
        }
        func item() throws -> Identifier<RelayedItem> {
            guard let id = Identifier<RelayedItem>(uuidString: form["item"]) else { throw HTTPError(.badRequest) }
            return id
        }
        switch step {
        case "start-assessment": return .startAssessment
        case "confirm-eligibility": return .confirmEligibility(federalSentence: true, responsibilityAccepted: true)
        case "review-safety": return .reviewSafetySection
        case "close-ineligible": return .closeIneligible
        case "assign":
            guard let mediator = Identifier<User>(uuidString: form["mediator"]) else { throw HTTPError(.badRequest) }
            return .assignMediators([mediator])
        case "add-participant":
            guard let role = ParticipantRole(rawValue: form["role"]), role != .victim, Language(rawValue: form["language"]) != nil else {
                throw HTTPError(.badRequest)
            }
            return .addParticipant(Participant(id: Identifier(newID), role: role, language: form["language"]))
        case "consent":
            guard let purpose = purposes.first(where: { $0.value == form["purpose"] })?.purpose,
                let decision = ConsentDecision(rawValue: form["decision"])
            else { throw HTTPError(.badRequest) }
            return .recordConsent(participant: try participant("participant"), purpose: purpose, decision: decision, expiresAt: nil)
        case "assess":
            return .recordAssessment(
                participant: try participant("participant"), safetyConcerns: form["safety"] == "yes", privacyConcerns: form["privacy"] == "yes",
                ready: form["ready"] == "yes"
            )
        case "withdraw": return .recordWithdrawal(participant: try participant("participant"), mayReturn: form["mayReturn"] == "yes")
        case "begin-preparation": return .beginPreparation
        case "approach": return .approachOtherParty
        case "start-letters": return .startDialogue(.letter)
        case "follow-up": return .startFollowUp
        case "back-to-dialogue": return .returnToDialogue
        case "resume": return .resume
        case "draft-letter":
            let text = form["content"].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw HTTPError(.badRequest) }
            return .draftItem(id: Identifier(newID), form: .letter, sender: try participant("sender"), recipient: try participant("recipient"), content: text)
        case "submit-item": return .submitItem(try item())
        case "approve-item": return .approveItem(try item())
        case "return-item": return .returnItem(try item())
        case "share-item":
            return .recordConsent(participant: try participant("participant"), purpose: .shareItem(try item()), decision: .given, expiresAt: nil)
        case "opt-in": return .recordRecipientChoice(try item(), optIn: true)
        case "release": return .releaseItem(try item())
        case "deliver": return .recordDelivery(try item())
        case "acknowledge": return .acknowledgeItem(try item())
        case "close":
            guard let reason = ClosureReason(rawValue: form["reason"]) else { throw HTTPError(.badRequest) }
            return reason.isOther ? .closeOther(reason) : .close(reason)
        case "reopen": return .reopen(newEpisode: Identifier(newID))
        default: throw HTTPError(.notFound)
        }
    }
}
