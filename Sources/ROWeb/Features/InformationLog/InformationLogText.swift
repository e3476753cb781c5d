extension Catalogue {
    /// The texts of the information-given log, English and French side by side.
    static let informationLog: [String: Bilingual] = [
        "informationLogTitle": Bilingual("Information given", "Information remise"),
        "informationLogIntro": Bilingual(
            "Log each time you give information about Restorative Opportunities, even when no request follows (R46). Record a kind of person, never a name.",
            "Consignez chaque fois que vous donnez de l’information sur Possibilités de justice réparatrice, même si aucune demande ne suit (R46). Indiquez un type de personne, jamais un nom."
        ),
        "informationRecipientLabel": Bilingual("Given to", "Remise à"),
        "informationChannelLabel": Bilingual("How", "Moyen"),
        "informationLanguageLabel": Bilingual("Language", "Langue"),
        "informationMaterialsLegend": Bilingual("Materials", "Documents"),
        "victimServicesOfferedLabel": Bilingual(
            "Information about Victim Services was offered too",
            "L’information sur les Services aux victimes a aussi été offerte"
        ),
        "logInformationButton": Bilingual("Log", "Consigner"),
        "informationLoggedNotice": Bilingual("Logged.", "Consigné."),
        "recentInformationTitle": Bilingual("What you logged lately", "Ce que vous avez consigné récemment"),
        "noRecentInformation": Bilingual("You have not logged any information given yet.", "Vous n’avez encore consigné aucune information remise."),
        "informationWhenHeading": Bilingual("When (UTC)", "Quand (UTC)"),
        "informationMaterialsHeading": Bilingual("Materials", "Documents"),
        "informationVictimServicesHeading": Bilingual("Victim Services offered", "Services aux victimes offerts"),
        "victimServicesOfferedYes": Bilingual("yes", "oui"),
        "victimServicesOfferedNo": Bilingual("no", "non"),
    ]
}
