extension Catalogue {
    /// The texts of research extracts, English and French side by side.
    static let researchExtracts: [String: Bilingual] = [
        "extractsTitle": Bilingual("Research extracts", "Extraits de recherche"),
        "extractsIntro": Bilingual(
            "A study that links RO with CSC’s offender records (OMS) receives RO data only through an extract: one coordinator states the study and its purpose, a second coordinator approves, and only then can it be produced. It lists, for each case whose offender agreed to research use, the FPS number with codes and counts (fiscal year, region, source, stage, forms, meetings held, closure reason): no names, no RO reference, no dates, no words anyone wrote. It leaves out the cases the coordinator producing it may not read (restricted or recused). An approval serves 30 days; each production is recorded in the audit log.",
            "Une étude qui relie les PJR aux dossiers des délinquants du SCC (SGD) ne reçoit des données des PJR que par un extrait : un coordonnateur ou une coordonnatrice indique l’étude et son objet, un deuxième l’approuve, et alors seulement l’extrait peut être produit. Il donne, pour chaque dossier dont le délinquant a accepté l’utilisation à des fins de recherche, le numéro SED avec des codes et des nombres (exercice, région, source, étape, formes, rencontres tenues, motif de fermeture) : aucun nom, aucune référence des PJR, aucune date, aucun mot écrit par qui que ce soit. Il exclut les dossiers que la personne qui le produit ne peut pas consulter (accès restreint ou récusation). Une approbation vaut 30 jours; chaque production est consignée dans le journal d’audit."
        ),
        "extractPurposeLabel": Bilingual("The study and its purpose", "L’étude et son objet"),
        "extractPurposeHint": Bilingual(
            "Name the study, who runs it and why it needs the link with OMS. The approver reads this; it is not written to the logs.",
            "Nommez l’étude, qui la mène et pourquoi elle a besoin du lien avec le SGD. La personne qui approuve le lit; ce texte n’est pas écrit dans les journaux."
        ),
        "proposeExtractButton": Bilingual("Propose the extract", "Proposer l’extrait"),
        "extractsListTitle": Bilingual("Extracts proposed", "Extraits proposés"),
        "extractProposedByLabel": Bilingual("Proposed by", "Proposé par"),
        "approveExtractButton": Bilingual("Approve", "Approuver"),
        "produceExtractLink": Bilingual("Produce the extract (CSV)", "Produire l’extrait (CSV)"),
        "extractUsableUntil": Bilingual("may be produced until {day}", "peut être produit jusqu’au {day}"),
        "extractExpiredOn": Bilingual("expired on {day}: propose it again", "expiré le {day} : proposez-le de nouveau"),
        "extractsEmpty": Bilingual("No research extract has been proposed.", "Aucun extrait de recherche n’a été proposé."),
        "extractProposedNotice": Bilingual(
            "The extract is proposed. Another coordinator must approve it before it can be produced.",
            "L’extrait est proposé. Un autre coordonnateur ou une autre coordonnatrice doit l’approuver avant qu’il puisse être produit."
        ),
        "extractApprovedNotice": Bilingual(
            "The extract is approved; either of you may now produce it.",
            "L’extrait est approuvé; l’un ou l’autre d’entre vous peut maintenant le produire."
        ),
    ]
}
