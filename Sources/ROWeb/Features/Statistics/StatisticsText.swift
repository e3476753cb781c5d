extension Catalogue {
    /// The texts of the statistics, English and French side by side.
    static let statistics: [String: Bilingual] = [
        "statisticsTitle": Bilingual("Statistics", "Statistiques"),
        "statisticsIntro": Bilingual(
            "Counts for one fiscal year (April 1 to March 31), derived from what was recorded in the cases and the standard-reply log; nothing here was entered separately, and no case can be opened from this page.",
            "Chiffres d’un exercice (du 1er avril au 31 mars), tirés de ce qui a été consigné dans les dossiers et dans le registre des réponses types; rien n’y est saisi à part, et aucun dossier ne s’ouvre à partir de cette page."
        ),
        "statisticsSuppression": Bilingual(
            "An x marks a hidden count: a small one, or one hidden with it so that no small count can be worked out from the total (an x may stand for zero). The smallest count shown is",
            "Un x indique un chiffre masqué : un petit chiffre, ou un chiffre masqué avec lui pour qu’aucun petit chiffre ne puisse être déduit du total (un x peut valoir zéro). Le plus petit chiffre affiché est"
        ),
        "fiscalYearLabel": Bilingual("Fiscal year", "Exercice"),
        "showButton": Bilingual("Show", "Afficher"),
        "chooseAFiscalYear": Bilingual("Choose a fiscal year from the list.", "Choisissez un exercice dans la liste."),
        "statisticsCategory": Bilingual("Category", "Catégorie"),
        "statisticsCount": Bilingual("Number", "Nombre"),
        "statisticsHidden": Bilingual("hidden: small number", "masqué : petit nombre"),
        "statisticsTotal": Bilingual("Total", "Total"),
        "statisticsDefinitionsVersion": Bilingual("Counted under the indicator definitions", "Compté selon les définitions des indicateurs"),
        "statisticsRow.reopened": Bilingual("reopened", "rouverts"),
        "statisticsRow.twoMediators": Bilingual("two mediators", "deux médiateurs"),
        "statisticsRow.oneMediator": Bilingual("one mediator", "un médiateur"),
        "statisticsRow.requestToAssignment.medianDays": Bilingual(
            "median days, request to assignment",
            "jours médians, de la demande à l’attribution"
        ),
        "statisticsRow.requestToAssignment.cases": Bilingual("cases assigned", "dossiers attribués"),
        "statisticsRow.requestToClosure.medianDays": Bilingual("median days, request to closure", "jours médians, de la demande à la fermeture"),
        "statisticsRow.requestToClosure.cases": Bilingual("cases closed", "dossiers fermés"),
    ]
}
