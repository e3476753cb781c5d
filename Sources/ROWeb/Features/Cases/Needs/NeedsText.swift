extension Catalogue {
    /// The texts of a person's needs (§6), English and French side by side.
    static let needs: [String: Bilingual] = [
        "recordNeedsLink": Bilingual("Record needs:", "Consigner les besoins :"),
        "needsHint": Bilingual(
            "Never a target or a score. Anything else goes under “Other”, in the person’s own words.",
            "Jamais une cible ni une note. Tout le reste va sous « Autre », dans les propres mots de la personne."
        ),
        "ownWordsLabel": Bilingual("Other, in their own words", "Autre, dans ses propres mots"),
    ]
}
