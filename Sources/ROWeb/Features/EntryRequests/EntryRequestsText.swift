extension Catalogue {
    /// The texts of the sites’ entry requests, English and French side by side.
    static let entryRequests: [String: Bilingual] = [
        "entryRequestsIntro": Bilingual(
            "Requests to facilitate entry to Restorative Opportunities meetings at your sites. Each shows only what the site needs.",
            "Demandes visant à faciliter l’entrée aux rencontres de Possibilités de justice réparatrice dans vos établissements. Chacune montre seulement ce dont l’établissement a besoin."
        ),
        "noEntryRequests": Bilingual("No entry requests for your sites.", "Aucune demande d’entrée pour vos établissements."),
        "purposeLabelSite": Bilingual("Purpose", "Objet"),
        "purposeROMeeting": Bilingual("RO meeting", "Rencontre PJR"),
        "entrantsLabel": Bilingual("Entrants", "Personnes qui entreront"),
        "approveEntryButton": Bilingual("Approve entry", "Approuver l’entrée"),
        "declineEntryTitle": Bilingual("Decline entry", "Refuser l’entrée"),
        "declineButton": Bilingual("Decline", "Refuser"),
        "otherTimeTitle": Bilingual("Propose another time", "Proposer un autre moment"),
        "proposeTimeButton": Bilingual("Propose this time", "Proposer ce moment"),
        "entryAnsweredNotice": Bilingual("Your answer was recorded.", "Votre réponse a été consignée."),
        "meetingStateLabel": Bilingual("Meeting status", "État de la rencontre"),
        "noneGivenLabel": Bilingual("None given", "Aucune indication"),
        "withdrawalNoticeTitle": Bilingual("Someone said they want to stop", "Une personne a dit vouloir arrêter"),
        "withdrawalNoticeHint": Bilingual(
            "Tell the RO team: the mediator will check with the person. You will not see the case.",
            "Informez l’équipe PJR : le médiateur vérifiera auprès de la personne. Vous ne verrez pas le dossier."
        ),
        "sideOffender": Bilingual("The offender", "Le délinquant ou la délinquante"),
        "sideVictim": Bilingual("The victim or their representative", "La victime ou son représentant"),
        "siteConcernHint": Bilingual(
            "A concern about safety or security for this meeting goes to the national RJ unit; the meeting waits until it is resolved.",
            "Une préoccupation de sûreté ou de sécurité pour cette rencontre est transmise à l’unité nationale de JR; la rencontre attend qu’elle soit réglée."
        ),
    ]
}
