extension Catalogue {
    /// The texts of the labels administrators reword, English and French side by side.
    static let adminLabels: [String: Bilingual] = [
        "labelsTitle": Bilingual("Labels and program name", "Libellés et nom du programme"),
        "labelsIntro": Bilingual(
            "Every text on these pages has a label. Give any label your program’s own wording, in English, French or both; the program’s name is the label appName. A change shows on every page within a few seconds, on every server.",
            "Chaque texte de ces pages porte un libellé. Donnez à n’importe quel libellé le texte propre à votre programme, en anglais, en français ou dans les deux langues; le nom du programme est le libellé appName. Un changement paraît sur toutes les pages en quelques secondes, sur chaque serveur."
        ),
        "labelSearchLabel": Bilingual("Find a label by its key or its words", "Trouver un libellé par sa clé ou ses mots"),
        "labelSearchButton": Bilingual("Find", "Trouver"),
        "changedLabelsHeading": Bilingual("Labels with your wording", "Libellés avec votre texte"),
        "labelsFoundHeading": Bilingual("Labels found:", "Libellés trouvés :"),
        "labelKeyColumn": Bilingual("Label", "Libellé"),
        "labelChangedMark": Bilingual("(changed)", "(modifié)"),
        "noLabelsFound": Bilingual("No label has this key or these words.", "Aucun libellé ne porte cette clé ni ces mots."),
        "noChangedLabels": Bilingual("Every label has its built-in wording.", "Chaque libellé a son texte d’origine."),
        "backToLabelsLink": Bilingual("Back to the labels", "Retour aux libellés"),
        "labelEditTitle": Bilingual("Label", "Libellé"),
        "builtInEnglishLabel": Bilingual("Built-in wording in English", "Texte d’origine en anglais"),
        "builtInFrenchLabel": Bilingual("Built-in wording in French", "Texte d’origine en français"),
        "labelWordingHint": Bilingual(
            "Leave a language empty to keep its built-in wording.",
            "Laissez une langue vide pour garder son texte d’origine."
        ),
        "saveLabelButton": Bilingual("Save the wording", "Enregistrer le texte"),
        "resetLabelButton": Bilingual("Reset to the built-in wording", "Rétablir le texte d’origine"),
        "labelSavedNotice": Bilingual("The wording was saved; every page shows it.", "Le texte a été enregistré; toutes les pages l’affichent."),
        "labelResetNotice": Bilingual("The label has its built-in wording again.", "Le libellé a de nouveau son texte d’origine."),
        "labelPlaceholdersHint": Bilingual(
            "Keep each placeholder of the built-in wording, in braces: the page puts a value in each.",
            "Gardez chaque espace réservé du texte d’origine, entre accolades : la page y met une valeur."
        ),
    ]
}
