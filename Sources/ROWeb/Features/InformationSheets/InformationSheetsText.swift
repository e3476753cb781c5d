extension Catalogue {
    /// The texts of the information sheets, English and French side by side.
    static let informationSheets: [String: Bilingual] = [
        "informationSheetsIntro": Bilingual(
            "Sheets to print or send, each in English and French, with the version printed on it (R48).",
            "Fiches à imprimer ou à envoyer, chacune en français et en anglais, avec sa version imprimée (R48)."
        ),
        "printHint": Bilingual(
            "Print this page to hand it out: both languages fit on one sheet.",
            "Imprimez cette page pour la remettre : les deux langues tiennent sur une feuille."
        ),
        "howToReachTitle": Bilingual("How to reach us", "Pour nous joindre"),
    ]
}
