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

extension CaseCommand {
    /// §4.9: for a link step, the other case's reference and the same step as that case records it.
    public func linkCounterpart(from reference: String) -> (reference: String, command: CaseCommand)? {
        switch self {
        case .linkCase(let link): (link.reference, .linkCase(CaseLink(reference: reference, relation: link.relation)))
        case .unlinkCase(let other): (other, .unlinkCase(reference: reference))
        default: nil
        }
    }
}
