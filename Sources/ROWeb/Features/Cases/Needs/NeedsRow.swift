import Foundation
import ROCore
import ROServices

/// One participant's needs form (§6): their list's codes, ticked as recorded, and "other" in their own words.
struct NeedsRow: Sendable {
    struct Choice: Sendable {
        let code: String
        let key: String
        let label: String
        let checked: Bool
    }

    let participantID: String
    let role: String
    let choices: [Choice]
    let ownWords: String
    /// What is recorded, for the people's page: the needs ticked, or that none is yet.
    let summary: String

    init(_ participant: Participant, in value: Case, added: [NeedDefinition], typed: FormFields?, language: Language) {
        let recorded = value.needs[participant.id]
        let typedHere = typed?["participant"] == participant.id.description ? typed : nil
        self.participantID = participant.id.description
        self.role = participant.role.name(in: language)
        self.choices = NeedCode.offered(to: participant.role, requesterType: value.requesterType, added: added).map { code in
            let checked = typedHere.map { $0["need-\(code.rawValue)"] == "yes" } ?? (recorded?.codes.contains(code) ?? false)
            return Choice(
                code: code.rawValue,
                key: "\(participant.id)-\(code.rawValue)",
                label: code.name(in: language).capitalizedFirst,
                checked: checked
            )
        }
        self.ownWords = typedHere?["ownWords"] ?? recorded?.ownWords ?? ""
        let ticked = (recorded?.codes ?? []).map { $0.name(in: language) }
        self.summary = ticked.isEmpty ? language.strings.noNeedsRecorded : ticked.joined(separator: "; ")
    }
}
