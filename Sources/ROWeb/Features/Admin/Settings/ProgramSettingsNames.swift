import ROCore

/// The names of the settings' numbers, in both languages (the need sides follow).
extension ProgramSettings.Number: NamedValue {
    static let names = ValueNames<ProgramSettings.Number>(
        "programSettingsNumber",
        [
            .assessmentValidityDays: Bilingual("days an assessment stays current (R21)", "jours pendant lesquels une évaluation reste à jour (R21)"),
            .holdReviewDays: Bilingual("days before a hold is reviewed", "jours avant le réexamen d’une pause"),
            .entryNoticeWorkingDays: Bilingual(
                "working days' notice for a site entry request (R32)",
                "jours ouvrables de préavis pour une demande d’entrée (R32)"
            ),
            .followUpDays: Bilingual("days after the last exchange when follow-up is due", "jours après le dernier échange avant le suivi"),
            .acknowledgementWorkingDays: Bilingual(
                "working days to acknowledge a request (R9)",
                "jours ouvrables pour accuser réception d’une demande (R9)"
            ),
            .closedCaseRetentionYears: Bilingual(
                "years a case is kept after closure, once mediators were assigned",
                "années de conservation d’un dossier après sa fermeture, une fois des médiateurs désignés"
            ),
            .notAcceptedRetentionYears: Bilingual(
                "years a case closed before any assignment is kept (not accepted, ineligible, screened out)",
                "années de conservation d’un dossier fermé avant toute désignation (non retenu, inadmissible, écarté)"
            ),
            .recordingRetentionYears: Bilingual(
                "years the video and audio of a closed case are kept after closure",
                "années de conservation des vidéos et enregistrements audio d’un dossier fermé après sa fermeture"
            ),
            .logRetentionYears: Bilingual(
                "years the logs of direct requests and information given keep their entries (then only counts)",
                "années de conservation des entrées des registres de demandes directes et d’information donnée (ensuite, seulement des nombres)"
            ),
        ]
    )
}

extension NeedDefinition.Side: NamedValue {
    static let names = ValueNames<NeedDefinition.Side>(
        "needDefinitionSide",
        [
            .victim: Bilingual("people harmed", "personnes lésées"),
            .offender: Bilingual("offender", "délinquant"),
            .community: Bilingual("community members", "membres de la collectivité"),
        ]
    )
}
