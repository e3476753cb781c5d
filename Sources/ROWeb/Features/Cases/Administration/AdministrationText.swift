extension Catalogue {
    /// The texts of a case’s administration part, English and French side by side.
    static let administration: [String: Bilingual] = [
        "caseRecordTitle": Bilingual("Case record", "Fiche du dossier"),
        "takeOwnershipButton": Bilingual("Take ownership", "Prendre en charge"),
        "acknowledgementChannelLabel": Bilingual("How the acknowledgement was sent", "Comment l’accusé de réception a été envoyé"),
        "recordAcknowledgementButton": Bilingual("Record that it was sent", "Consigner l’envoi"),
        "linkOffenderRecordButton": Bilingual("Link the record", "Lier le dossier"),
    ]
}
