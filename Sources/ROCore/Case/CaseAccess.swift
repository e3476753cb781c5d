/// Need-to-know for case content (N1, N2; §2.2 "Read the case file"). Pure.
public enum CaseAccess {
    /// Whether `actor` may read this case's file. Anyone else is told the case does not exist.
    public static func canRead(_ value: Case, _ actor: CaseActor) -> Bool {
        switch actor.role {
        case .coordinator:  // N9: not if they recused, nor if the case is restricted to others
            !value.recusedStaff.contains(actor.userID) && value.restrictedTo.map { $0.contains(actor.userID) } ?? true
        case .mediator: value.mediators.contains(actor.userID)  // N2: access ends at once on reassignment
        case .referrer, .victimServices, .siteLiaison, .manager, .auditor, .admin, .participant: false
        }
    }

    /// Who may open a new case at all (R3, R4): the intake commands check the rest.
    public static func canOpen(_ role: Role) -> Bool {
        [.coordinator, .victimServices, .referrer].contains(role)
    }
}
