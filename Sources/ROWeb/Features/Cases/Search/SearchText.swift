extension Catalogue {
    /// The texts of the case search (§7.2), English and French side by side.
    static let search: [String: Bilingual] = [
        "searchLabel": Bilingual(
            "Find a case: its reference, the offender’s FPS number, or the start of a person’s name",
            "Trouver un dossier : son numéro, le numéro SED du délinquant, ou le début du nom d’une personne"
        ),
        "searchButton": Bilingual("Search", "Rechercher"),
        "disposedOnLabel": Bilingual("Disposed of on {day}", "Éliminé le {day}"),
        "searchResultsTitle": Bilingual("Cases found: {count}", "Dossiers trouvés : {count}"),
        "searchResultsPageTitle": Bilingual("Cases found: {count} on this page", "Dossiers trouvés : {count} sur cette page"),
        "moreResultsButton": Bilingual("Show the next cases found", "Afficher les dossiers trouvés suivants"),
        "searchNothingFound": Bilingual(
            "No case you may see matches. Check the spelling, or type fewer letters of the name.",
            "Aucun dossier auquel vous avez accès ne correspond. Vérifiez l’orthographe, ou tapez moins de lettres du nom."
        ),
    ]
}
