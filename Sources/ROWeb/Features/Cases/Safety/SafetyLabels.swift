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

/// Escalation categories are codes (`CaseSteps.escalationCategories`); these are their names.
enum EscalationCategory {
    /// The choices of every form that raises a safety concern.
    static func options(in language: Language) -> [Option] {
        CaseSteps.escalationCategories.map { Option(value: $0, label: Self.name($0, in: language).capitalizedFirst, selected: false) }
    }

    static func name(_ code: String, in language: Language) -> String {
        switch (code, language) {
        case ("threat", .en): "a threat"
        case ("threat", .fr): "une menace"
        case ("riskOfHarm", .en): "risk of harm"
        case ("riskOfHarm", .fr): "risque de préjudice"
        case ("selfHarm", .en): "risk of self-harm"
        case ("selfHarm", .fr): "risque d’automutilation"
        case ("institutionalIncident", .en): "an incident at the institution"
        case ("institutionalIncident", .fr): "un incident à l’établissement"
        case (_, .en): "other"
        case (_, .fr): "autre"
        }
    }
}
