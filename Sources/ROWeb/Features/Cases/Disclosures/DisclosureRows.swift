import Foundation
import ROCore

/// R37 on the case page: information that left RO, and the coordinator's form to record one. Shown
/// to case workers in every stage, since a legal duty can arise after closure.
struct DisclosureSection: Sendable {
    struct Row: Sendable {
        let date: String
        let category: String
        let legalBasis: String
        let recipient: String
        let approver: String
    }

    struct Typed: Sendable {
        let legalBasis: String
        let recipient: String
        let disclosedOn: String
    }

    let rows: [Row]
    let hasRows: Bool
    let categories: [Option]
    /// Coordinators record, and so approve, a disclosure.
    let mayRecord: Bool
    let typed: Typed

    init(_ value: Case, viewer: User, staff: [User], typed form: FormFields?, language: Language) {
        self.rows = value.disclosures.map { disclosure in
            let approver =
                disclosure.approvedBy == viewer.id
                ? language.strings.ownerYouLabel
                : staff.first { $0.id == disclosure.approvedBy }?.displayName ?? language.strings.aCoordinatorLabel
            return Row(
                date: String(disclosure.disclosedOn.utcMinuteText.prefix(10)),
                category: disclosure.category.name(in: language).capitalizedFirst,
                legalBasis: disclosure.legalBasis,
                recipient: disclosure.recipient,
                approver: approver
            )
        }
        self.hasRows = !self.rows.isEmpty
        self.categories = Disclosure.Category.allCases.map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: form?["category"] == $0.rawValue)
        }
        self.mayRecord = viewer.role == .coordinator
        self.typed = Typed(legalBasis: form?["legalBasis"] ?? "", recipient: form?["recipient"] ?? "", disclosedOn: form?["disclosedOn"] ?? "")
    }
}

extension Disclosure.Category: NamedValue {
    static let names = ValueNames<Disclosure.Category>(
        "disclosureCategory",
        [
            .safety: Bilingual("safety: an imminent risk to someone (R23)", "sécurité : un risque imminent pour quelqu’un (R23)"),
            .riskOfHarm: Bilingual("risk of serious harm", "risque de préjudice grave"),
            .childProtection: Bilingual("child protection", "protection de l’enfance"),
            .newOffence: Bilingual("a new offence disclosed", "nouvelle infraction révélée"),
            .legalOrder: Bilingual("court order, warrant or subpoena", "ordonnance du tribunal, mandat ou assignation"),
        ]
    )
}
