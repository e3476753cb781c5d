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
    ]
}
