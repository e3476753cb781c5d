extension Catalogue {
    /// The texts of a case’s administration part, English and French side by side.
    static let administration: [String: Bilingual] = [
        "caseRecordTitle": Bilingual("Case record", "Fiche du dossier"),
        "takeOwnershipButton": Bilingual("Take ownership", "Prendre en charge"),
        "acknowledgementChannelLabel": Bilingual("How the acknowledgement was sent", "Comment l’accusé de réception a été envoyé"),
        "recordAcknowledgementButton": Bilingual("Record that it was sent", "Consigner l’envoi"),
        "linkOffenderRecordButton": Bilingual("Link the record", "Lier le dossier"),
        "caseRecord.acknowledgementSent": Bilingual("sent on {day} by {channel}", "envoyé le {day} par {channel}"),
        "caseRecord.acknowledgementDue": Bilingual("not sent yet (due {due})", "pas encore envoyé (à faire d’ici le {due})"),
        "caseRecord.retainedAfterLaterEpisode": Bilingual(
            "counted from the closure of the later episode (the clock stops while it is open)",
            "compté à partir de la fermeture de l’épisode suivant (le délai est suspendu tant qu’il est ouvert)"
        ),
        "caseRecord.retainedClosedCase": Bilingual(
            "until {until} ({years} years after closure), then reviewed for disposal",
            "jusqu’au {until} ({years} ans après la fermeture), puis examiné en vue de sa destruction"
        ),
        "caseRecord.retainedNotAccepted": Bilingual(
            "until {until} (closed before assignment: {years} years), then reviewed for disposal",
            "jusqu’au {until} (fermé avant désignation : {years} ans), puis examiné en vue de sa destruction"
        ),
    ]
}
