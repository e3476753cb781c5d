extension Catalogue {
    /// The texts of a case’s access: restrictions, recusals, access report, English and French side by side.
    static let access: [String: Bilingual] = [
        "accessTitle": Bilingual("Who may see this case", "Qui peut voir ce dossier"),
        "restrictedToLabel": Bilingual(
            "Restricted: the assigned mediators and the coordinators named here only. Coordinators named:",
            "Restreint : seuls les médiateurs désignés et les membres de la coordination nommés ici. Membres nommés :"
        ),
        "notRestrictedLabel": Bilingual("Every coordinator, and the assigned mediators.", "Toute la coordination, et les médiateurs désignés."),
        "restrictLegend": Bilingual("Restrict to these coordinators", "Restreindre à ces membres de la coordination"),
        "restrictHint": Bilingual(
            "For example witness protection, or staff who know a party. Everyone else gets “not found”, in lists too.",
            "Par exemple la protection des témoins, ou du personnel qui connaît une partie. Pour toute autre personne, le dossier est « introuvable », listes comprises."
        ),
        "restrictButton": Bilingual("Restrict access", "Restreindre l’accès"),
        "liftRestrictionButton": Bilingual("Lift the restriction", "Lever la restriction"),
        "recuseHint": Bilingual(
            "If you know a party or should not work on this case, recuse yourself: it will be “not found” for you.",
            "Si vous connaissez une partie ou ne devriez pas travailler sur ce dossier, récusez-vous : il sera « introuvable » pour vous."
        ),
        "recuseButton": Bilingual("Recuse myself", "Me récuser"),
        "accessReportTitle": Bilingual("Who looked at case", "Qui a consulté le dossier"),
        "accessReportEarlierLink": Bilingual("Earlier entries", "Entrées précédentes"),
        "accessReportNewestLink": Bilingual("Back to the newest entries", "Retour aux entrées les plus récentes"),
        "accessReportIntro": Bilingual(
            "Every reading and change of this file, and every refused attempt, from the tamper-evident audit log, newest first. It names no one outside the staff who work on cases and holds nothing of the file’s content.",
            "Chaque consultation et modification de ce dossier, et chaque tentative refusée, tirées du journal d’audit inviolable, de la plus récente à la plus ancienne. Seul le personnel qui travaille sur les dossiers y est nommé, et rien du contenu du dossier n’y figure."
        ),
        "accessReportWho": Bilingual("Who", "Qui"),
        "backToCaseLink": Bilingual("Back to case", "Retour au dossier"),
    ]
}
