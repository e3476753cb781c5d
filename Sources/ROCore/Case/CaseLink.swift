import Foundation

/// §4.9, Q9: another case about the same offender, or from the same victim side about another offender.
/// Linked cases stay separate files (each person's consents, assessments and items stay in their own
/// case); the link only lets a coordinator see them together. A link names the other case by its
/// reference, which never changes, and is recorded on both cases.
public struct CaseLink: Sendable, Equatable, Codable {
    public enum Relation: String, Sendable, Codable, CaseIterable {
        /// One offender, several victims or households: one case each.
        case sameOffender
        /// One victim or household asking about several offenders: one case each.
        case sameVictimSide
    }

    public let reference: String
    public let relation: Relation

    public init(reference: String, relation: Relation) {
        self.reference = reference
        self.relation = relation
    }
}

/// §4.9: a meeting of this case held together with a meeting of a linked case. Each case keeps its own
/// meeting, attendees and gates; confirming or holding either needs every joined case to pass its own.
public struct JointMeeting: Sendable, Equatable, Codable {
    /// The linked case's reference, and its meeting.
    public let reference: String
    public let meeting: Identifier<Meeting>

    public init(reference: String, meeting: Identifier<Meeting>) {
        self.reference = reference
        self.meeting = meeting
    }
}

extension CaseCommand {
    /// §4.9: for a link step, the other case's reference and the same step as that case records it.
    public func linkCounterpart(from reference: String) -> (reference: String, command: CaseCommand)? {
        switch self {
        case .linkCase(let link): (link.reference, .linkCase(CaseLink(reference: reference, relation: link.relation)))
        case .unlinkCase(let other): (other, .unlinkCase(reference: reference))
        case .joinMeeting(let id, let other): (other.reference, .joinMeeting(other.meeting, with: JointMeeting(reference: reference, meeting: id)))
        default: nil
        }
    }

    /// §4.9: the meeting whose joined cases must pass their own gates for this step (confirming, holding).
    public var jointGatedMeeting: Identifier<Meeting>? {
        switch self {
        case .confirmMeeting(let id), .recordMeetingHeld(let id, _, _): id
        default: nil
        }
    }
}
