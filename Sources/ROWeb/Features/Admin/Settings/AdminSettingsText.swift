extension Catalogue {
    /// The texts of the program settings, English and French side by side.
    static let adminSettings: [String: Bilingual] = [
        "settingsTitle": Bilingual("Program settings", "Paramètres du programme"),
        "settingsIntro": Bilingual(
            "Values this program sets for itself (R57). A change applies at once to every case, page and reminder, and is recorded in the audit log.",
            "Les valeurs que le programme fixe lui-même (R57). Un changement s’applique aussitôt à tous les dossiers, pages et rappels, et il est consigné au journal d’audit."
        ),
        "settingsSavedNotice": Bilingual("The settings are saved.", "Les paramètres sont enregistrés."),
        "serviceStandardsLegend": Bilingual("Service standards and periods", "Normes de service et délais"),
        "programContactLegend": Bilingual("How to reach the Restorative Justice Division", "Comment joindre la Division de la justice réparatrice"),
        "programContactHint": Bilingual(
            "Shown on the public information sheets (R47). No personal names.",
            "Affiché sur les fiches d’information publiques (R47). Aucun nom de personne."
        ),
        "victimServicesContactLegend": Bilingual("How to reach Victim Services", "Comment joindre les Services aux victimes"),
        "victimServicesContactHint": Bilingual(
            "Shown on the public information sheets, which say that information about the offender comes from Victim Services (R38, R47).",
            "Affiché sur les fiches d’information publiques, qui précisent que l’information sur le délinquant vient des Services aux victimes (R38, R47)."
        ),
        "otherResourcesLegend": Bilingual("Other resources", "Autres ressources"),
        "otherResourcesHint": Bilingual(
            "Offered by the coordinator when a request is not eligible (R10).",
            "Proposées par la coordination lorsqu’une demande n’est pas admissible (R10)."
        ),
        "regionsLegend": Bilingual("Regions", "Régions"),
        "regionsHint": Bilingual(
            "Cases and sites belong to one of these regions. Add a region on an empty row; rename one by changing its names. A region stays once listed, because cases, sites and statistics keep its code.",
            "Les dossiers et les établissements appartiennent à l’une de ces régions. Ajoutez une région sur une ligne vide; renommez-en une en changeant ses noms. Une région inscrite reste, car les dossiers, les établissements et les statistiques gardent son code."
        ),
        "regionCodeLabel": Bilingual("Code", "Code"),
        "eligibilitySettingsLegend": Bilingual("Eligibility criteria", "Critères d’admissibilité"),
        "eligibilitySettingsHint": Bilingual(
            "A coordinator ticks each of these on the case page before assigning mediators; if one does not hold, the case closes as ineligible. Add a criterion on an empty row; remove one by clearing its row. A case confirmed before a criterion was added is asked again.",
            "Avant de désigner des médiateurs, un coordonnateur ou une coordonnatrice coche chacun de ces critères sur la page du dossier; si l’un d’eux n’est pas rempli, le dossier est fermé pour cause d’inadmissibilité. Ajoutez un critère sur une ligne vide; retirez-en un en vidant sa ligne. Un dossier confirmé avant l’ajout d’un critère doit l’être de nouveau."
        ),
        "criterionCodeLabel": Bilingual("Code", "Code"),
        "criterionLabel": Bilingual("Criterion", "Critère"),
        "retentionLegend": Bilingual("Retention", "Conservation"),
        "retentionHint": Bilingual(
            "How long a closed case is kept before it is reviewed for disposal (§7.3), counted from its closure; while a later episode of the case is open, the clock stops. A change applies to every closed case at once.",
            "Durée de conservation d’un dossier fermé avant l’examen en vue de sa destruction (§7.3), comptée à partir de sa fermeture; tant qu’un épisode suivant du dossier est ouvert, le délai est suspendu. Un changement s’applique aussitôt à tous les dossiers fermés."
        ),
        "addedNeedsLegend": Bilingual("Needs added to the catalogue", "Besoins ajoutés au catalogue"),
        "addedNeedsHint": Bilingual(
            "The needs of §6 (V01 to V07, O01 to O07, C01, and “other, in their own words”) are always offered; their names are labels. Add the program’s own here, for people harmed, the offender or community members, with a code of 2 to 8 capital letters and digits. A need stays once listed, because cases keep its code; it can be renamed.",
            "Les besoins du §6 (V01 à V07, O01 à O07, C01 et « autre, dans ses propres mots ») sont toujours proposés; leurs noms sont des libellés. Ajoutez ici ceux du programme, pour les personnes lésées, le délinquant ou les membres de la collectivité, avec un code de 2 à 8 lettres majuscules et chiffres. Un besoin inscrit reste, car les dossiers gardent son code; il peut être renommé."
        ),
        "needCodeLabel": Bilingual("Code", "Code"),
        "needLabel": Bilingual("Need", "Besoin"),
        "saveSettingsButton": Bilingual("Save the settings", "Enregistrer les paramètres"),
    ]
}
