/// Every action a route can need. Each route names exactly one; `Policy` decides. Deny by default.
public enum Permission: Sendable, CaseIterable {
    /// Any signed-in person: home page, own account, own password.
    case useOwnAccount
    /// Create accounts, change roles, disable (admins only; they see no case content).
    case manageAccounts
    /// Audit metadata and chain verification.
    case readAuditMetadata
    /// Case lists and case files; which cases is need-to-know (`CaseAccess`).
    case workOnCases
    /// Record a victim's request (R3).
    case recordRequests
    /// Refer an offender who expressed interest (R4), and follow one's own referrals (N3).
    case submitReferrals
    /// Answer entry requests for meetings at one's own sites (R30, R31).
    case answerEntryRequests
    /// Aggregate statistics with small cells suppressed (N5, R55).
    case readStatistics
    /// Log that RO information was given (R46): the RJ unit, Victim Services and referring staff give it.
    case logInformationGiven
    /// R57: the program's settings (administrators only; no case content).
    case manageProgramSettings
    /// N7: a case's metadata with pseudonyms, and its content under an approved investigation (auditors).
    case investigateCases
    /// R55, §2.2: research extracts for studies linked to OMS, proposed and approved by two coordinators.
    case exportResearchExtracts
    /// §7.3: the cases due for disposal, proposed by one coordinator and approved by a second.
    case disposeOfCases
    /// §7.3: legal holds, placed and lifted by auditors with a reason.
    case placeLegalHolds
    /// §7.3 step 4: the disposal certificates, for coordinators and auditors.
    case readDisposalCertificates
}

/// The one authorisation policy (N1). Pure: the same role and permission always give the same answer.
public enum Policy {
    public static func allows(_ role: Role, _ permission: Permission) -> Bool {
        switch permission {
        case .useOwnAccount: true
        case .manageAccounts: role == .admin
        case .readAuditMetadata: role == .auditor
        case .workOnCases: role == .coordinator || role == .mediator
        case .recordRequests: role == .coordinator
        case .submitReferrals: role == .referrer || role == .coordinator  // §2.2: the RJ unit may refer too
        case .answerEntryRequests: role == .siteLiaison
        case .readStatistics: role == .coordinator || role == .manager
        case .logInformationGiven: role == .coordinator || role == .victimServices || role == .referrer
        case .manageProgramSettings: role == .admin
        case .investigateCases: role == .auditor
        case .exportResearchExtracts: role == .coordinator
        case .disposeOfCases: role == .coordinator
        case .placeLegalHolds: role == .auditor
        case .readDisposalCertificates: role == .coordinator || role == .auditor
        }
    }
}
