extension Catalogue {
    /// The texts of recording a request, English and French side by side.
    static let intake: [String: Bilingual] = [
        "requesterTypeLabel": Bilingual("Who is asking", "Qui fait la demande"),
        "languageLabel": Bilingual("Official language of the person asking", "Langue officielle de la personne qui fait la demande"),
        "recordRequestButton": Bilingual("Record the request", "Consigner la demande"),
        "requestIntro": Bilingual(
            "Requests from the victim side reach the unit directly, registered or not. Names and contact details are recorded with the participant, in the case file.",
            "Les demandes de la partie victime parviennent directement à l’unité, que la personne soit inscrite ou non. Les noms et coordonnées sont consignés avec la personne, dans le dossier."
        ),
        "invalidFPS": Bilingual("Enter the FPS number: 1 to 12 letters and digits.", "Entrez le numéro SED : de 1 à 12 lettres et chiffres."),
        "invalidOffenderName": Bilingual(
            "Enter the name the offender uses (at most 200 characters).",
            "Entrez le nom que le délinquant ou la délinquante utilise (au plus 200 caractères)."
        ),
        "siteNotKnownLabel": Bilingual("Not known", "Inconnu"),
        "referredNameLabel": Bilingual(
            "The offender’s name, as they use it",
            "Le nom du délinquant ou de la délinquante, tel qu’il ou elle l’utilise"
        ),
        "offenderSiteLabel": Bilingual("Their current site", "Son établissement actuel"),
        "invalidUnit": Bilingual("Enter your unit (at most 120 characters).", "Entrez votre unité (au plus 120 caractères)."),
        "invalidDate": Bilingual(
            "Enter a date as YYYY-MM-DD, not in the future.",
            "Entrez une date au format AAAA-MM-JJ, qui n’est pas dans le futur."
        ),
        "intakePersonLegend": Bilingual("Who is asking, and how to reach them safely", "Qui demande, et comment la joindre en sécurité"),
        "intakePersonHint": Bilingual(
            "Tick “safe to use” only for what the person said is safe: nobody contacts them any other way (R24). More can be added on the case’s People page.",
            "Cochez « sûr » seulement pour ce que la personne a dit sûr : personne ne la joint autrement (R24). La page Personnes du dossier permet d’en ajouter."
        ),
        "intakePersonInvalid": Bilingual(
            "Give the name the person uses with their phone or e-mail (an e-mail has an “@”), each at most 200 characters.",
            "Indiquez le nom que la personne utilise avec son téléphone ou son courriel (un courriel contient un « @ »), chacun d’au plus 200 caractères."
        ),
    ]
}
