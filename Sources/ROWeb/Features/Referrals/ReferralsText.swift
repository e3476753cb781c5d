extension Catalogue {
    /// The texts of staff referrals, English and French side by side.
    static let referrals: [String: Bilingual] = [
        "emptyReferrer": Bilingual("You have not submitted any referrals.", "Vous n’avez soumis aucun aiguillage."),
        "referralsIntro": Bilingual(
            "For each referral you see only whether it was received, is in progress or is closed. What happens inside stays confidential, and nothing about it affects sentence or parole decisions.",
            "Pour chaque aiguillage, vous voyez seulement s’il a été reçu, s’il est en cours ou s’il est fermé. Ce qui s’y passe reste confidentiel et n’a aucun effet sur les décisions relatives à la peine ou à la libération conditionnelle."
        ),
        "newReferralLink": Bilingual("Refer an offender", "Aiguiller un délinquant"),
        "referralFormIntro": Bilingual(
            "Refer a person serving a federal sentence who told you they are interested in Restorative Opportunities and accept responsibility for the harm.",
            "Aiguillez une personne qui purge une peine fédérale, qui vous a dit s’intéresser aux Possibilités de justice réparatrice et qui accepte la responsabilité du tort causé."
        ),
        "staffUnitLabel": Bilingual("Your unit (institution or parole office)", "Votre unité (établissement ou bureau de libération conditionnelle)"),
        "interestDateLabel": Bilingual("Date the interest was expressed (YYYY-MM-DD)", "Date où l’intérêt a été exprimé (AAAA-MM-JJ)"),
        "safetyNotedLabel": Bilingual(
            "There are safety concerns the national unit must review",
            "Il y a des préoccupations de sécurité que l’unité nationale doit examiner"
        ),
        "submitReferralButton": Bilingual("Submit the referral", "Soumettre l’aiguillage"),
        "statusReceived": Bilingual("Received", "Reçu"),
        "statusInProgress": Bilingual("In progress", "En cours"),
        "statusClosed": Bilingual("Closed", "Fermé"),
        "referralSubmittedNotice": Bilingual("The referral was submitted.", "L’aiguillage a été soumis."),
        "offenderWantsToStopLabel": Bilingual("If the offender tells you they want to stop", "Si le délinquant vous dit vouloir arrêter"),
        "withdrawalNoticeSentNotice": Bilingual(
            "Notice sent. The mediator will check with the person.",
            "Avis envoyé. Le médiateur vérifiera auprès de la personne."
        ),
        "safetyConcernSentNotice": Bilingual(
            "The safety concern was sent to the national RJ unit. Nothing else about the case is shown here.",
            "La préoccupation de sécurité a été transmise à l’unité nationale de JR. Rien d’autre du dossier n’est affiché ici."
        ),
    ]
}
