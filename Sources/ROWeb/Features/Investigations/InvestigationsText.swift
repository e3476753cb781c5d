extension Catalogue {
    /// The texts of auditors’ investigations, English and French side by side.
    static let investigations: [String: Bilingual] = [
        "caseMetadataTitle": Bilingual("Case metadata", "Métadonnées du dossier"),
        "caseMetadataIntro": Bilingual(
            "What happened in this case, when, and by which role. People appear under pseudonyms, and nothing anyone wrote is shown. To read the content, ask for an investigation below: a second auditor must approve it.",
            "Ce qui s’est passé dans ce dossier, quand, et par quel rôle. Les personnes y figurent sous un pseudonyme, et rien de ce que quiconque a écrit n’est affiché. Pour consulter le contenu, demandez une enquête ci-dessous : une deuxième vérificatrice ou un deuxième vérificateur doit l’approuver."
        ),
        "pseudonymLabel": Bilingual("Pseudonym", "Pseudonyme"),
        "aboutLabel": Bilingual("About", "Concerne"),
        "investigationsTitle": Bilingual("Investigations", "Enquêtes"),
        "investigationsIntro": Bilingual(
            "Requests to read a case’s content. Another auditor approves each one; the auditor who asked may then read that case, and nothing else, for 14 days. Every reading shows in the case’s access report. A request nobody approves lapses after 7 days.",
            "Demandes de consultation du contenu d’un dossier. Une autre vérificatrice ou un autre vérificateur approuve chacune; la personne qui l’a demandée peut alors consulter ce dossier, et rien d’autre, pendant 14 jours. Chaque consultation figure dans le rapport d’accès du dossier. Une demande que personne n’approuve expire après 7 jours."
        ),
        "investigationsOnCase": Bilingual("Investigations of this case", "Enquêtes sur ce dossier"),
        "openInvestigationTitle": Bilingual("Ask to read this case’s content", "Demander à consulter le contenu de ce dossier"),
        "groundsLabel": Bilingual(
            "Grounds: the complaint, suspected breach or request, and why the content is needed",
            "Motifs : la plainte, l’atteinte soupçonnée ou la demande, et pourquoi le contenu est nécessaire"
        ),
        "openInvestigationButton": Bilingual("Ask for an investigation", "Demander une enquête"),
        "investigationOpenedNotice": Bilingual(
            "Investigation requested. Another auditor must approve it before you can read the case.",
            "Enquête demandée. Une autre vérificatrice ou un autre vérificateur doit l’approuver avant que vous puissiez consulter le dossier."
        ),
        "investigationApprovedNotice": Bilingual("Investigation approved.", "Enquête approuvée."),
        "investigationClosedNotice": Bilingual("Investigation closed.", "Enquête fermée."),
        "approveInvestigationButton": Bilingual("Approve", "Approuver"),
        "closeInvestigationButton": Bilingual("Close", "Fermer"),
        "readCaseContentLink": Bilingual("Read the case file", "Consulter le dossier"),
        "investigationStatusLabel": Bilingual("Status", "État"),
        "investigationAwaitingLabel": Bilingual("Waiting for a second auditor until", "En attente d’une deuxième approbation jusqu’au"),
        "investigationActiveLabel": Bilingual("Open until", "Ouverte jusqu’au"),
        "investigationEndedLabel": Bilingual("Ended", "Terminée"),
        "askedByLabel": Bilingual("Asked by", "Demandée par"),
        "groundsHeading": Bilingual("Grounds", "Motifs"),
        "investigationsEmpty": Bilingual(
            "No investigation was asked for in the last 90 days.",
            "Aucune enquête n’a été demandée au cours des 90 derniers jours."
        ),
        "underInvestigationNotice": Bilingual("Read only, under investigation, until", "Consultation seule, dans le cadre d’une enquête, jusqu’au"),
    ]
}
