import ROCore

/// ro-program.md §2.2, transcribed by hand: the permission tests' expected answer, never read from `Policy`
/// (issue 15, item 9). Each row is the spec's row, its cells in the spec's column order; `✔` allowed, `○` scoped (a
/// note narrows it to some cases or data), `✘` denied, and the words the spec writes in a cell (`plan`, `propose`,
/// `hold`) mean part of the row.
enum PermissionMatrix {
    /// The spec's columns, in order (the excluded roles have no account at all, N8).
    static let columns: [Role] = [.coordinator, .mediator, .referrer, .victimServices, .siteLiaison, .manager, .auditor, .admin, .participant]

    enum Capability: String, CaseIterable {
        case recordVictimRequest = "Record a victim-side request"
        case submitReferral = "Submit an offender-side referral"
        case seeStatus = "See request/referral status"
        case assessScreenAssign = "Assess, screen, assign mediators"
        case readCaseFile = "Read the case file"
        case recordContactsAssessmentsNeeds = "Record contacts, assessments, needs"
        case recordConsentWithdrawal = "Record consent / withdrawal"
        case raiseSafetyConcern = "Raise a safety concern (grants no read)"
        case draftItem = "Draft a relayed item"
        case reviewReleaseItem = "Review, redact, release an item"
        case viewItems = "View/play items and media"
        case planConfirmMeeting = "Plan / confirm a meeting"
        case approveSiteEntry = "Approve site entry"
        case closeReopen = "Close, reopen"
        case gateOverride = "Gate override (two coordinators)"
        case aggregateStatistics = "Aggregate statistics"
        case exportIdentifiable = "Export identifiable data (2nd approver)"
        case readAuditTrail = "Read audit trail"
        case manageAccountsAndConfiguration = "Manage accounts and configuration"
        /// The spec's last row, "Disposal (propose/approve); legal hold", in its two parts: its cells are one for
        /// both (the coordinators' ✔) or name one part (the auditors' `hold`).
        case disposal = "Disposal (propose/approve)"
        case legalHold = "Legal hold"
    }

    // Columns: Coord Med Ref VSO Site Mgr Aud Adm Part.
    static let rows: [Capability: String] = [
        .recordVictimRequest: "✔ ✘ ✘ ○ ✘ ✘ ✘ ✘ ○",
        .submitReferral: "✔ ✘ ✔ ✘ ✘ ✘ ✘ ✘ ✘",
        .seeStatus: "✔ ○ ○ ○ ✘ ✘ ✘ ✘ ○",
        .assessScreenAssign: "✔ ✘ ✘ ✘ ✘ ✘ ✘ ✘ ✘",
        .readCaseFile: "✔ ○ ✘ ✘ ✘ ✘ ✘ ✘ ○",
        .recordContactsAssessmentsNeeds: "✔ ○ ✘ ✘ ✘ ✘ ✘ ✘ ✘",
        .recordConsentWithdrawal: "✔ ○ ○ ○ ○ ✘ ✘ ✘ ○",
        .raiseSafetyConcern: "✔ ○ ○ ✔ ○ ✘ ✘ ✘ ✘",
        .draftItem: "✔ ○ ✘ ✘ ✘ ✘ ✘ ✘ ○",
        .reviewReleaseItem: "✔ ○ ✘ ✘ ✘ ✘ ✘ ✘ ✘",
        .viewItems: "✔ ○ ✘ ✘ ✘ ✘ ✘ ✘ ○",
        .planConfirmMeeting: "✔ plan ✘ ✘ ✘ ✘ ✘ ✘ ✘",
        .approveSiteEntry: "✘ ✘ ✘ ✘ ○ ✘ ✘ ✘ ✘",
        .closeReopen: "✔ propose ✘ ✘ ✘ ✘ ✘ ✘ ✘",
        .gateOverride: "✔ ✘ ✘ ✘ ✘ ✘ ✘ ✘ ✘",
        .aggregateStatistics: "✔ ✘ ✘ ✘ ✘ ✔ ✘ ✘ ✘",
        .exportIdentifiable: "✔ ✘ ✘ ✘ ✘ ✘ ✘ ✘ ○",
        .readAuditTrail: "○ ✘ ✘ ✘ ✘ ✘ ✔ ✘ ○",
        .manageAccountsAndConfiguration: "✘ ✘ ✘ ✘ ✘ ✘ ✘ ✔ ✘",
        .disposal: "✔ ✘ ✘ ✘ ✘ ✘ hold ✘ ✘",
        .legalHold: "✔ ✘ ✘ ✘ ✘ ✘ hold ✘ ✘",
    ]

    /// The cell of `role` in `capability`'s row, as the spec writes it.
    static func cell(_ capability: Capability, _ role: Role) -> String {
        let cells = rows[capability]!.split(separator: " ").map(String.init)
        return cells[columns.firstIndex(of: role)!]
    }

    /// The part of a row a named cell gives: `plan` of "Plan / confirm", `propose` of "Close, reopen", `hold` of the
    /// disposal row.
    static let namedParts: [Capability: String] = [.legalHold: "hold"]

    /// Whether the spec gives `role` `capability`: ✔, a scoped ○, or the cell names this part of the row. Other
    /// named cells (`plan`, `propose`) grant part of a case step: their routes are the case's steps.
    static func grants(_ capability: Capability, _ role: Role) -> Bool {
        let cell = cell(capability, role)
        if cell == "✔" || cell == "○" { return true }
        if cell == "✘" { return false }
        return capability == .planConfirmMeeting || capability == .closeReopen || namedParts[capability] == cell
    }

    /// Cells that grant something no route of the staff pages or the API serves (yet), each with where it is or will
    /// be served: on the routes of that row these roles are refused. Decided per cell (docs/decisions.md, issue 15).
    static let servedElsewhere: [Capability: [Role: String]] = [
        .recordVictimRequest: [
            .victimServices: "note 1: VSO staff pass the victim's consented request to the RJ unit; the intake form is the coordinators'",
            .participant: "note 2: the public form and the participant portal (roadmap), not the staff intake",
        ],
        .readCaseFile: [.participant: "note 5: a participant's own case through the portal (roadmap), never the staff case file"],
        .exportIdentifiable: [.participant: "note 9: a copy of their own data is a Privacy Act request, answered by the coordinators"],
        .legalHold: [.coordinator: "§2.1 gives legal holds to the auditors (the requests and files they receive); a coordinator asks one"],
    ]

    /// Whether a route serving `capability` is open to `role`.
    static func expectsAccess(_ capability: Capability, _ role: Role) -> Bool {
        grants(capability, role) && servedElsewhere[capability]?[role] == nil
    }
}
