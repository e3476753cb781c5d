extension Catalogue {
    /// The texts of a case’s linked cases, English and French side by side.
    static let links: [String: Bilingual] = [
        "disclosuresTitle": Bilingual("Disclosures", "Communications de renseignements"),
        "disclosuresHint": Bilingual(
            "Information leaves RO only for safety or under a legal duty. Each disclosure is recorded by the coordinator who approves it (R37).",
            "L’information ne sort du programme que pour la sécurité ou en vertu d’une obligation légale. Chaque communication est consignée par la coordonnatrice ou le coordonnateur qui l’approuve (R37)."
        ),
        "noDisclosures": Bilingual("No information has left RO for this case.", "Aucune information n’est sortie du programme pour ce dossier."),
        "disclosureDateHeading": Bilingual("Date", "Date"),
        "disclosureBasisHeading": Bilingual("Legal basis", "Fondement juridique"),
        "disclosureRecipientHeading": Bilingual("Recipient", "Destinataire"),
        "disclosureApproverHeading": Bilingual("Approved by", "Approuvée par"),
        "linkedCasesTitle": Bilingual("Linked cases", "Dossiers liés"),
        "linkedCasesHint": Bilingual(
            "Other cases about the same offender, or from the same victim side about another offender. Each stays a separate file: nothing is merged, and each person’s consents and assessments stay in their own case.",
            "D’autres dossiers concernant le même délinquant, ou venant de la même victime au sujet d’un autre délinquant. Chacun reste un dossier distinct : rien n’est fusionné, et les consentements et évaluations de chaque personne restent dans son propre dossier."
        ),
        "noLinkedCases": Bilingual("No linked case.", "Aucun dossier lié."),
        "linkedRelationHeading": Bilingual("Link", "Lien"),
        "linkReferenceLabel": Bilingual(
            "Reference of the other case (for example RO-2026-0007)",
            "Numéro de l’autre dossier (par exemple RO-2026-0007)"
        ),
        "linkRelationLabel": Bilingual("What the two cases share", "Ce que les deux dossiers ont en commun"),
        "linkCaseButton": Bilingual("Link the cases", "Lier les dossiers"),
        "unlinkCaseButton": Bilingual("Remove this link", "Retirer ce lien"),
    ]
}
