extension Catalogue {
    /// The texts of a case’s timeline, English and French side by side.
    static let timeline: [String: Bilingual] = [
        "correctedByLabel": Bilingual("corrected by entry", "corrigée par l’entrée"),
        "timelineEarlierLink": Bilingual("Earlier entries", "Entrées précédentes"),
        "timelineNewestLink": Bilingual("Back to the latest entries", "Retour aux dernières entrées"),
        "correctEntryHint": Bilingual(
            "Entries are never changed or deleted: a correction is a new entry that names the one it corrects. To put a record right, also record it again (an assessment, a preference).",
            "Les entrées ne sont jamais modifiées ni supprimées : une correction est une nouvelle entrée qui nomme celle qu’elle corrige. Pour rectifier un renseignement, consignez-le aussi de nouveau (une évaluation, une préférence)."
        ),
        "entryNumberLabel": Bilingual("Entry number", "Numéro de l’entrée"),
        "correctionNoteLabel": Bilingual("What was wrong, and what is right", "Ce qui était inexact, et ce qui est exact"),
        "recordCorrectionButton": Bilingual("Record the correction", "Consigner la correction"),
        "accessReportLink": Bilingual("Who looked at this file", "Qui a consulté ce dossier"),
    ]
}
