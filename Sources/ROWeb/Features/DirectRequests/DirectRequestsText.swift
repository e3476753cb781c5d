extension Catalogue {
    /// The texts of direct requests that get a standard reply, English and French side by side.
    static let directRequests: [String: Bilingual] = [
        "directRequestsTitle": Bilingual("Requests sent directly by offenders", "Demandes envoyées directement par des délinquants"),
        "directRequestsIntro": Bilingual(
            "Two kinds of request get a standard reply and open no case: an offender’s own request to take part (the program takes referrals from CSC staff only), and a request for a participation letter, certificate or progress report for a release or sentence process (RO never issues one). Log that one came and send the standard reply in the writer’s official language. Nothing else is kept: no name, no letter, no case.",
            "Deux types de demandes reçoivent une réponse type et n’ouvrent aucun dossier : la demande de participation d’un délinquant lui-même (le programme n’accepte que les aiguillages du personnel du SCC), et la demande d’une lettre de participation, d’une attestation ou d’un rapport d’étape pour un processus de mise en liberté ou de peine (la JR n’en délivre jamais). Consignez qu’une demande est arrivée et envoyez la réponse type dans la langue officielle de la personne qui a écrit. Rien d’autre n’est conservé : ni nom, ni lettre, ni dossier."
        ),
        "offenderLanguageLabel": Bilingual("Official language of the person who wrote", "Langue officielle de la personne qui a écrit"),
        "logAndReplyButton": Bilingual("Log it and show the reply", "Consigner et afficher la réponse"),
        "directRequestsCount": Bilingual("Logged so far:", "Consignées jusqu’ici :"),
        "replyTitle": Bilingual("The reply to send", "La réponse à envoyer"),
        "replyNote": Bilingual(
            "Send this reply as written. It neither confirms nor denies that anyone has contacted the program.",
            "Envoyez cette réponse telle quelle. Elle ne confirme ni ne nie que quiconque a communiqué avec le programme."
        ),
        "standardOffenderReply": Bilingual(
            "Thank you for your letter. The Restorative Opportunities program cannot accept requests sent directly by people serving a sentence. If you are interested in the program, please speak with your parole officer or another Correctional Service Canada staff member, such as a chaplain, an Elder or a psychologist. They can tell you more and refer you to the program.",
            "Merci de votre lettre. Le programme Possibilités de justice réparatrice ne peut pas accepter les demandes envoyées directement par des personnes qui purgent une peine. Si le programme vous intéresse, veuillez en parler à votre agent de libération conditionnelle ou à un autre membre du personnel du Service correctionnel du Canada, par exemple un aumônier, un Aîné ou un psychologue. Ces personnes pourront vous renseigner et vous diriger vers le programme."
        ),
        "requestKindLabel": Bilingual("What was asked", "Ce qui a été demandé"),
        "letterRequestsCount": Bilingual(
            "Requests for participation letters logged so far:",
            "Demandes de lettres de participation consignées jusqu’ici :"
        ),
        "standardLetterReply": Bilingual(
            "Thank you for your letter. The Restorative Opportunities program does not issue participation letters, certificates or progress reports for parole, release or sentence processes. Taking part in Restorative Opportunities is voluntary and confidential, and it has no effect on sentence or parole decisions. Everyone who asks receives this same answer.",
            "Merci de votre lettre. Le programme Possibilités de justice réparatrice ne délivre ni lettre de participation, ni attestation, ni rapport d’étape pour les processus de libération conditionnelle, de mise en liberté ou de peine. La participation aux Possibilités de justice réparatrice est volontaire et confidentielle, et elle n’a aucun effet sur les décisions relatives à la peine ou à la libération conditionnelle. Toutes les personnes qui le demandent reçoivent cette même réponse."
        ),
    ]
}
