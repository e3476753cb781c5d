extension Catalogue {
    /// The texts of a case’s disclosures, English and French side by side.
    static let disclosures: [String: Bilingual] = [
        "aCoordinatorLabel": Bilingual("a coordinator", "une coordonnatrice ou un coordonnateur"),
        "disclosureBasisLabel": Bilingual(
            "Legal basis (the law, order or policy relied on)",
            "Fondement juridique (la loi, l’ordonnance ou la politique invoquée)"
        ),
        "disclosureRecipientLabel": Bilingual("Recipient (an organisation or office)", "Destinataire (un organisme ou un bureau)"),
        "disclosureDateLabel": Bilingual("Date of the disclosure (YYYY-MM-DD)", "Date de la communication (AAAA-MM-JJ)"),
        "confidentialityNotice": Bilingual(
            "What you share in Restorative Opportunities stays with the program: it reaches the other party only through the mediator and with your agreement, and never the people who decide on a sentence or on parole. There are limits. The mediator must pass information on if someone’s safety is at imminent risk, if a child may need protection, if you describe a new offence, or if a court orders it. (Placeholder wording until the program confirms it.)",
            "Ce que vous confiez dans le cadre de Possibilités de justice réparatrice reste au programme : cela ne parvient à l’autre partie que par la médiatrice ou le médiateur et avec votre accord, et jamais aux personnes qui décident d’une peine ou d’une libération conditionnelle. Il y a des limites. La médiatrice ou le médiateur doit transmettre l’information si la sécurité d’une personne est menacée de façon imminente, si un enfant peut avoir besoin de protection, si vous décrivez une nouvelle infraction, ou si un tribunal l’ordonne. (Texte provisoire en attendant la confirmation du programme.)"
        ),
    ]
}
