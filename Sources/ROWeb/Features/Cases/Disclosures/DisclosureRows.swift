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

/// R37, Q2: the notice on the limits of confidentiality, shown in both languages beside the consent
/// form so the mediator can give it in the person's own. Placeholder wording until the program settles it.
enum ConfidentialityNoticeText {
    static let english = """
        What you share in Restorative Opportunities stays with the program: it reaches the other party only through the mediator \
        and with your agreement, and never the people who decide on a sentence or on parole. There are limits. The mediator must \
        pass information on if someone’s safety is at imminent risk, if a child may need protection, if you describe a new \
        offence, or if a court orders it. (Placeholder wording until the program confirms it.)
        """
    static let french = """
        Ce que vous confiez dans le cadre de Possibilités de justice réparatrice reste au programme : cela ne parvient à l’autre \
        partie que par la médiatrice ou le médiateur et avec votre accord, et jamais aux personnes qui décident d’une peine ou \
        d’une libération conditionnelle. Il y a des limites. La médiatrice ou le médiateur doit transmettre l’information si la \
        sécurité d’une personne est menacée de façon imminente, si un enfant peut avoir besoin de protection, si vous décrivez \
        une nouvelle infraction, ou si un tribunal l’ordonne. (Texte provisoire en attendant la confirmation du programme.)
        """
}
