extension Catalogue {
    /// The texts of a case’s safety and assessments, English and French side by side.
    static let safety: [String: Bilingual] = [
        "safetyTitle": Bilingual("Safety, orders and case administration", "Sécurité, ordonnances et gestion du dossier"),
        "openEscalationsTitle": Bilingual("Open safety concerns", "Préoccupations de sécurité ouvertes"),
        "noOpenEscalations": Bilingual("No open safety concern.", "Aucune préoccupation de sécurité ouverte."),
        "resolveButton": Bilingual("Mark resolved", "Marquer comme réglée"),
        "triggerLabel": Bilingual("What changed", "Ce qui a changé"),
        "invalidateButton": Bilingual("Mark assessments out of date", "Marquer les évaluations comme périmées"),
        "ordersTitle": Bilingual("No-contact orders and conditions", "Ordonnances et conditions de non-communication"),
        "noOrders": Bilingual("None recorded.", "Aucune consignée."),
        "orderKindLabel": Bilingual("Kind", "Type"),
        "roClauseLabel": Bilingual("It already allows RO (it has the RO clause)", "Elle permet déjà la JR (elle contient la clause de JR)"),
        "hasClauseLabel": Bilingual("has the RO clause", "contient la clause de JR"),
        "noClauseLabel": Bilingual("no RO clause", "sans clause de JR"),
        "orderBlocksLabel": Bilingual("blocks exchanges", "bloque les échanges"),
        "orderAllowsLabel": Bilingual("does not block exchanges", "ne bloque pas les échanges"),
        "amendedButton": Bilingual("The Board amended it", "La Commission l’a modifiée"),
        "approveDespiteButton": Bilingual("Approve the exchange (two coordinators needed)", "Approuver l’échange (deux coordinations requises)"),
        "clauseTitle": Bilingual("Clause to propose for a new condition", "Clause à proposer pour une nouvelle condition"),
        "clauseHint": Bilingual(
            "Pass it on to the case management team; RO writes nothing to OMS. The French wording is to be confirmed.",
            "Transmettez-la à l’équipe de gestion de cas; la JR n’écrit rien dans le SGD. Le libellé français reste à confirmer."
        ),
        "reviewDateLabel": Bilingual("Review on (YYYY-MM-DD; empty: in 90 days)", "Revoir le (AAAA-MM-JJ; vide : dans 90 jours)"),
        "holdButton": Bilingual("Put on hold", "Mettre en suspens"),
        "secondMediatorLabel": Bilingual("Second mediator (co-mediation, optional)", "Deuxième médiateur (comédiation, facultatif)"),
        "noneOption": Bilingual("None", "Aucun"),
        "reassignButton": Bilingual("Reassign", "Réaffecter"),
        "confirmRepresentativeButton": Bilingual("Confirm the representative’s authority", "Confirmer le pouvoir de la personne représentante"),
        "orderIssuerLabel": Bilingual("Issued by (court or Parole Board office)", "Émise par (tribunal ou bureau de la Commission)"),
        "orderDateLabel": Bilingual("Date (YYYY-MM-DD)", "Date (AAAA-MM-JJ)"),
        "orderWordingLabel": Bilingual("Wording, as written", "Libellé, tel qu’il est écrit"),
        "noContactClause": Bilingual(
            "unless deemed appropriate and facilitated by CSC’s Restorative Opportunities Program",
            "à moins que cela ne soit jugé approprié et facilité par le Programme de possibilités de justice réparatrice du SCC"
        ),
    ]
}
