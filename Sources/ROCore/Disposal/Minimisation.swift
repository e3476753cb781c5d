import Foundation

/// §7.3: "a person who declined when approached" is minimised at once: their type, the region, the dates and
/// the reason stay; who they are, how to reach them and what they said go. The events that held it stay in
/// their place (dates and kinds are what is kept) with that content removed.
extension Case {
    /// The people on the side that was approached, once the case closed because that side was unwilling (§4.4).
    public var declinedWhenApproached: Set<Identifier<Participant>> {
        guard self.closureReason == .screenedOutOtherPartyUnwilling, let requester = self.participants.first else { return [] }
        return Set(self.participants.filter { $0.side != requester.side }.map(\.id))
    }
}

extension PersonRecord {
    /// What is left of a person's identity once minimised: nothing but the fact that it was recorded.
    public static let minimised = PersonRecord(usedName: "")

    public var isMinimised: Bool { self == .minimised }
}

extension CaseChange {
    /// This change with the personal content of `people` removed, or nil when it holds none of theirs.
    public func minimised(for people: Set<Identifier<Participant>>) -> CaseChange? {
        switch self {
        case .personRecorded(let id, let record) where people.contains(id) && !record.isMinimised:
            return .personRecorded(participant: id, .minimised)
        case .safeContactRecorded(let id, let contact) where people.contains(id) && contact != .notToBeContacted:
            return .safeContactRecorded(participant: id, .notToBeContacted)  // R24: nobody contacts them again
        case .contactLogged(let entry) where people.contains(entry.participant) && !entry.note.isEmpty:
            return .contactLogged(
                ContactLogEntry(participant: entry.participant, channel: entry.channel, outcome: entry.outcome, note: "", at: entry.at)
            )
        case .needsRecorded(let record) where people.contains(record.participant) && record.ownWords != nil:
            return .needsRecorded(NeedsRecord(participant: record.participant, codes: record.codes, ownWords: nil))
        case .communicationNeedsRecorded(let id, let needs) where people.contains(id) && needs != .notRecorded:
            return .communicationNeedsRecorded(participant: id, .notRecorded)
        case .assessmentRecorded(let assessment) where people.contains(assessment.participant) && assessment.notes != nil:
            return .assessmentRecorded(
                Assessment(
                    participant: assessment.participant,
                    completedAt: assessment.completedAt,
                    by: assessment.by,
                    safetyConcerns: assessment.safetyConcerns,
                    privacyConcerns: assessment.privacyConcerns,
                    ready: assessment.ready
                )
            )
        default:
            return nil
        }
    }
}

extension SafeContact {
    /// No way to reach the person: R24 then refuses every contact.
    public static let notToBeContacted = SafeContact(channels: [], mayLeaveMessage: false, safeTimes: "")
}

extension CommunicationNeeds {
    public static let notRecorded = CommunicationNeeds(interpreterLanguage: nil, needs: [], notes: "")
}
