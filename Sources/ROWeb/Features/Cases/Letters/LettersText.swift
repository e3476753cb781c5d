extension Catalogue {
    /// The texts of a case’s letters and messages, English and French side by side.
    static let letters: [String: Bilingual] = [
        "senderLabel": Bilingual("From", "De"),
        "recipientLabel": Bilingual("To", "À"),
        "letterTextLabel": Bilingual(
            "Text: the letter, the mediator’s summary of the message, or what a video message is about",
            "Texte : la lettre, le résumé du message par le médiateur, ou le sujet d’un message vidéo"
        ),
        "draftButton": Bilingual("Save the draft", "Enregistrer le brouillon"),
        "submitForReviewButton": Bilingual("Submit for review", "Soumettre à l’examen"),
        "approveButton": Bilingual("Approve", "Approuver"),
        "returnButton": Bilingual("Return", "Retourner"),
        "senderSharesButton": Bilingual("Sender agrees to share it", "L’auteur accepte de la transmettre"),
        "recipientOptsInButton": Bilingual("Recipient chooses to receive it", "La personne destinataire choisit de la recevoir"),
        "releaseButton": Bilingual("Release", "Transmettre"),
        "deliveredButton": Bilingual("Record delivery", "Consigner la remise"),
        "acknowledgedButton": Bilingual("Record receipt", "Consigner la réception"),
        "itemFormLabel": Bilingual("Kind", "Type"),
        "chooseFileError": Bilingual("Choose a file to add.", "Choisissez un fichier à ajouter."),
        "addFileLabel": Bilingual("Add a file", "Ajouter un fichier"),
        "addFileHint": Bilingual(
            "Letters take scanned pages (PDF, JPEG, PNG); video messages take an MP4 or WebM video or an audio recording. The file’s name is not kept.",
            "Les lettres prennent des pages numérisées (PDF, JPEG, PNG); les messages vidéo prennent une vidéo MP4 ou WebM ou un enregistrement audio. Le nom du fichier n’est pas conservé."
        ),
        "addFileButton": Bilingual("Add the file", "Ajouter le fichier"),
        "removeFileButton": Bilingual("Remove", "Retirer"),
        "eraseRecordingButton": Bilingual("Erase at the sender’s request", "Effacer à la demande de la personne qui l’a envoyé"),
        "recordingErasedAtRequestNote": Bilingual(
            "recording erased on {day} at the sender’s request",
            "enregistrement effacé le {day} à la demande de la personne qui l’a envoyé"
        ),
        "recordingErasedRetentionNote": Bilingual(
            "recording erased on {day}: its retention ended",
            "enregistrement effacé le {day} : sa conservation a pris fin"
        ),
        "redactLabel": Bilingual("Redacted version (the original is kept)", "Version caviardée (l’originale est conservée)"),
        "redactButton": Bilingual("Save the redacted version", "Enregistrer la version caviardée"),
        "withdrawItemButton": Bilingual("The sender withdraws it", "L’auteur le retire"),
        "translationLabel": Bilingual("Translation", "Traduction"),
        "addTranslationTitle": Bilingual("Add a translation", "Ajouter une traduction"),
        "translationLanguageLabel": Bilingual("Into", "Vers"),
        "translatorLabel": Bilingual("Translated by", "Traduit par"),
        "translationTextLabel": Bilingual("Translated text (of the latest version)", "Texte traduit (de la dernière version)"),
        "addTranslationButton": Bilingual("Add the translation", "Ajouter la traduction"),
        "fileSizeKilobytes": Bilingual("{size} KB", "{size} ko"),
        "fileSizeMegabytes": Bilingual("{size} MB", "{size} Mo"),
    ]
}
