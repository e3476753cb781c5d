extension Catalogue {
    /// The texts of a case’s meetings, English and French side by side.
    static let meetings: [String: Bilingual] = [
        "byVideoLabel": Bilingual("By video", "Par vidéo"),
        "notScheduledLabel": Bilingual("not set yet", "pas encore fixées"),
        "availabilityFromLabel": Bilingual("Availability gathered from", "Disponibilités recueillies auprès de"),
        "safetyPlanMissingLabel": Bilingual("not recorded yet", "pas encore consigné"),
        "safetyPlanRecordedLabel": Bilingual("recorded", "consigné"),
        "arrivalLabel": Bilingual("How the parties arrive separately", "Comment les parties arrivent séparément"),
        "departureLabel": Bilingual("How the parties leave separately", "Comment les parties repartent séparément"),
        "entryRequestHint": Bilingual(
            "The site receives only these fields, with the purpose “RO meeting”: never addresses, contact details, the offence, needs or what was said.",
            "L’établissement reçoit seulement ces champs, avec l’objet « Rencontre PJR » : jamais d’adresse, de coordonnées, d’infraction, de besoins ni de propos."
        ),
        "videoTimeLabel": Bilingual("Time, Ottawa (HH:MM)", "Heure d’Ottawa (HH:MM)"),
        "entrantNameLabel": Bilingual("Name of entrant:", "Nom de la personne qui entre :"),
        "entryNamesFromRecordHint": Bilingual(
            "The names and the FPS number go to the site as the people’s records hold them (R31). To correct one, correct the record:",
            "Les noms et le numéro SED vont à l’établissement tels que les dossiers des personnes les contiennent (R31). Pour en corriger un, corrigez le dossier :"
        ),
        "entryNamesFromRecordLink": Bilingual("the people in the case", "les personnes du dossier"),
        "notRecordedYetLabel": Bilingual("not recorded yet", "pas encore consigné"),
        "identityLabel": Bilingual("Identity details the site requires:", "Pièces d’identité exigées par l’établissement :"),
        "sendEntryRequestButton": Bilingual("Send the entry request", "Envoyer la demande d’entrée"),
        "bookVideoButton": Bilingual("Book", "Réserver"),
        "attendedLegend": Bilingual("Who was there", "Personnes présentes"),
        "meetingNoteLabel": Bilingual("Short note", "Brève note"),
        "confirmMeetingButton": Bilingual("Confirm the meeting", "Confirmer la rencontre"),
        "postponeButton": Bilingual("Postpone", "Reporter"),
        "cancelMeetingButton": Bilingual("Cancel the meeting", "Annuler la rencontre"),
        "meetingFormLabel": Bilingual("Kind of meeting", "Type de rencontre"),
        "siteLabel": Bilingual("Site, for a meeting in person", "Établissement, pour une rencontre en personne"),
        "proposeButton": Bilingual("Propose", "Proposer"),
        "jointWithLabel": Bilingual("Joint with", "Conjointe avec"),
        "meetingOfAnotherCaseLabel": Bilingual("a meeting of another case", "une rencontre d’un autre dossier"),
        "joinMeetingHint": Bilingual(
            "One meeting for people in linked cases: each case keeps its own attendees and checks, and neither is confirmed or held until every case passes its own.",
            "Une seule rencontre pour des personnes de dossiers liés : chaque dossier garde ses propres participants et vérifications, et aucune n’est confirmée ni tenue tant que chaque dossier ne satisfait pas aux siennes."
        ),
        "jointMeetingLabel": Bilingual("Meeting of the linked case", "Rencontre du dossier lié"),
        "joinMeetingButton": Bilingual("Join the meetings", "Jumeler les rencontres"),
    ]
}
