/// What an account may do. Each account has exactly one role (ro-program.md §2.1).
///
/// Raw values are stored in the database and in the audit log: never rename one, migrate instead.
/// People in sentence-management or release-decision roles and Parole Board members get no role at all
/// (N8), so there is deliberately no case for them.
public enum Role: String, CaseIterable, Codable, Sendable {
    case coordinator
    case mediator
    case referrer
    case victimServices
    case siteLiaison
    case manager
    case auditor
    case admin
    case participant

    /// Roles whose holders may see case content.
    public var seesCaseContent: Bool {
        switch self {
        case .coordinator, .mediator, .participant: true
        case .referrer, .victimServices, .siteLiaison, .manager, .auditor, .admin: false
        }
    }
}
