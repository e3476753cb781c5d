import ROCore

extension ReassessmentTrigger: NamedValue {
    static let names = ValueNames<ReassessmentTrigger>(
        "reassessmentTrigger",
        [
            .transfer: Bilingual("a transfer", "un transfèrement"),
            .release: Bilingual("a release", "une mise en liberté"),
            .suspension: Bilingual("a suspension", "une suspension"),
            .returnToCustody: Bilingual("a return to custody", "un retour en détention"),
            .conditionChanged: Bilingual("a condition changed", "une condition a changé"),
            .incident: Bilingual("an incident", "un incident"),
            .newSafetyConcern: Bilingual("a new safety concern", "une nouvelle préoccupation de sécurité"),
            .mediatorFlagged: Bilingual("the mediator’s judgement", "le jugement du médiateur"),
        ]
    )
}

extension NoContactOrder.Kind: NamedValue {
    static let names = ValueNames<NoContactOrder.Kind>(
        "noContactOrderKind",
        [
            .courtOrder: Bilingual("court non-communication order", "ordonnance de non-communication du tribunal"),
            .paroleCondition: Bilingual(
                "Parole Board no-contact condition",
                "condition de non-communication de la Commission des libérations conditionnelles"
            ),
        ]
    )
}

/// What a safety concern is about (R23); the details stay with the people who handle it, not in RO. The code is
/// what a form posts and the case keeps.
enum EscalationCategory: String, CaseIterable, NamedValue {
    case threat, riskOfHarm, selfHarm, institutionalIncident, other

    static let names = ValueNames<EscalationCategory>(
        "escalationCategory",
        [
            .threat: Bilingual("a threat", "une menace"),
            .riskOfHarm: Bilingual("risk of harm", "risque de préjudice"),
            .selfHarm: Bilingual("risk of self-harm", "risque d’automutilation"),
            .institutionalIncident: Bilingual("an incident at the institution", "un incident à l’établissement"),
            .other: Bilingual("other", "autre"),
        ]
    )

    /// The choices of every form that raises a safety concern.
    static func options(in language: Language) -> [Option] {
        Self.allCases.map { Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: false) }
    }

    /// The name of a category the case recorded; a code no longer offered reads as "other".
    static func name(_ code: String, in language: Language) -> String { (Self(rawValue: code) ?? .other).name(in: language) }
}
