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
        "sheet.peopleHarmed.title": Bilingual(
            "Restorative Opportunities: for people harmed by a serious crime",
            "Possibilités de justice réparatrice : pour les personnes touchées par un crime grave"
        ),
        "sheet.peopleHarmed.point1": Bilingual(
            "You may ask to communicate with the person serving a federal sentence who harmed you, through a professional mediator, if they also agree.",
            "Vous pouvez demander à communiquer avec la personne purgeant une peine fédérale qui vous a causé du tort, par l’entremise d’une médiatrice ou d’un médiateur professionnel, si elle y consent aussi."
        ),
        "sheet.peopleHarmed.point2": Bilingual(
            "Taking part is your choice at every step. You may stop at any time, and ask again later.",
            "Votre participation est votre choix à chaque étape. Vous pouvez arrêter à tout moment et redemander plus tard."
        ),
        "sheet.peopleHarmed.point3": Bilingual(
            "You choose how: a meeting in person or by video, letters, video messages, or messages the mediator passes on. Nothing reaches the other person before the mediator has reviewed it.",
            "Vous choisissez comment : une rencontre en personne ou par vidéo, des lettres, des messages vidéo, ou des messages transmis par la médiatrice ou le médiateur. Rien ne parvient à l’autre personne sans avoir été révisé."
        ),
        "sheet.peopleHarmed.point4": Bilingual(
            "Taking part has no effect on the sentence or on parole. The people who make those decisions never see what you share.",
            "Votre participation n’a aucun effet sur la peine ni sur la libération conditionnelle. Les personnes qui prennent ces décisions ne voient jamais ce que vous confiez."
        ),
        "sheet.peopleHarmed.point5": Bilingual(
            "What you share stays with the program, with limits the mediator explains before you begin (someone’s safety, a child’s protection, a new offence, a court order).",
            "Ce que vous confiez reste au programme, avec des limites expliquées avant de commencer (la sécurité d’une personne, la protection d’un enfant, une nouvelle infraction, une ordonnance du tribunal)."
        ),
        "sheet.peopleHarmed.point6": Bilingual(
            "To ask, contact the Restorative Justice Division at CSC’s national headquarters, or your Victim Services officer. Information about the offender comes from Victim Services.",
            "Pour demander, communiquez avec la Division de la justice réparatrice à l’administration centrale du SCC, ou avec votre agente ou agent des Services aux victimes. L’information sur le délinquant vient des Services aux victimes."
        ),
        "sheet.staff.title": Bilingual(
            "Restorative Opportunities: for institutions and parole offices",
            "Possibilités de justice réparatrice : pour les établissements et les bureaux de libération conditionnelle"
        ),
        "sheet.staff.point1": Bilingual(
            "Refer an offender serving a federal sentence who has accepted responsibility for the harm and said they are interested. Offenders cannot ask the program themselves: a direct request is answered with guidance to speak with staff.",
            "Aiguillez un délinquant purgeant une peine fédérale qui a reconnu sa responsabilité pour le tort causé et a dit être intéressé. Les délinquants ne peuvent pas s’adresser eux-mêmes au programme : une demande directe reçoit une réponse les invitant à parler au personnel."
        ),
        "sheet.staff.point2": Bilingual(
            "Refer through RO. You will see the status of your own referrals, nothing more of the case.",
            "Aiguillez par RO. Vous verrez l’état de vos propres aiguillages, rien de plus du dossier."
        ),
        "sheet.staff.point3": Bilingual(
            "If you learn of a risk to anyone’s safety, raise a safety concern on the referral at once.",
            "Si vous apprenez un risque pour la sécurité de quelqu’un, signalez-le aussitôt sur l’aiguillage."
        ),
        "sheet.staff.point4": Bilingual(
            "Taking part has no effect on decisions about the sentence or parole. The program issues no participation letters or progress reports, and nothing about it belongs in case-management records.",
            "La participation n’a aucun effet sur les décisions relatives à la peine ou à la libération conditionnelle. Le programme ne délivre ni lettre de participation ni rapport d’étape, et rien à son sujet n’a sa place dans les dossiers de gestion des cas."
        ),
        "sheet.staff.point5": Bilingual(
            "Site staff asked to host a meeting receive only what entry needs: the date, the people entering, and escort and accessibility needs.",
            "Le personnel d’un site invité à accueillir une rencontre reçoit seulement ce qu’exige l’entrée : la date, les personnes qui entrent, et les besoins d’escorte et d’accessibilité."
        ),
    ]
}
