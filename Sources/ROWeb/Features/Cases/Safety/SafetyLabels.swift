import ROCore

extension ReassessmentTrigger {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.transfer, .en): "a transfer"
        case (.transfer, .fr): "un transfèrement"
        case (.release, .en): "a release"
        case (.release, .fr): "une mise en liberté"
        case (.suspension, .en): "a suspension"
        case (.suspension, .fr): "une suspension"
        case (.returnToCustody, .en): "a return to custody"
        case (.returnToCustody, .fr): "un retour en détention"
        case (.conditionChanged, .en): "a condition changed"
        case (.conditionChanged, .fr): "une condition a changé"
        case (.incident, .en): "an incident"
        case (.incident, .fr): "un incident"
        case (.newSafetyConcern, .en): "a new safety concern"
        case (.newSafetyConcern, .fr): "une nouvelle préoccupation de sécurité"
        case (.mediatorFlagged, .en): "the mediator’s judgement"
        case (.mediatorFlagged, .fr): "le jugement du médiateur"
        }
    }
}

extension NoContactOrder.Kind {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.courtOrder, .en): "court non-communication order"
        case (.courtOrder, .fr): "ordonnance de non-communication du tribunal"
        case (.paroleCondition, .en): "Parole Board no-contact condition"
        case (.paroleCondition, .fr): "condition de non-communication de la Commission des libérations conditionnelles"
        }
    }
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
