extension Catalogue {
    /// The texts of the people in a case, English and French side by side.
    static let people: [String: Bilingual] = [
        "participantLanguage": Bilingual("language:", "langue :"),
        "noNeedsRecorded": Bilingual("none recorded yet", "aucun consigné pour l’instant"),
        "addParticipantButton": Bilingual("Add", "Ajouter"),
        "purposeLabel": Bilingual("For", "Pour"),
        "decisionLabel": Bilingual("Decision", "Décision"),
        "safetyConcernsLabel": Bilingual("Safety concerns", "Préoccupations de sécurité"),
        "privacyConcernsLabel": Bilingual("Privacy concerns", "Préoccupations liées à la vie privée"),
        "readyLabel": Bilingual("Ready for the next step", "Prête pour la prochaine étape"),
        "withdrawalHint": Bilingual(
            "No reason is asked. The person may come back later. The other party is told only that the process paused or stopped, with a reason only if the person agrees (R18): for a final withdrawal, tell them before you record it.",
            "Aucun motif n’est demandé. La personne pourra revenir plus tard. L’autre partie apprend seulement que le processus est en pause ou terminé, avec un motif seulement si la personne y consent (R18) : pour un retrait définitif, informez-la avant de le consigner."
        ),
        "mayReturnLabel": Bilingual(
            "The person may come back (put the case on hold rather than close it)",
            "La personne pourrait revenir (mettre le dossier en pause plutôt que le fermer)"
        ),
        "withdrawButton": Bilingual("Record the withdrawal", "Consigner le retrait"),
        "assessedUntilLabel": Bilingual("Assessment current", "Évaluation à jour"),
        "consentsGivenLabel": Bilingual("Consents given:", "Consentements donnés :"),
        "assessedNotReadyLabel": Bilingual("Assessed: not ready yet", "Évaluée : pas encore prête"),
        "notAssessedLabel": Bilingual("No current assessment", "Aucune évaluation à jour"),
        "participantLanguageLabel": Bilingual("Official language of this person", "Langue officielle de cette personne"),
        "confirmContinuingHint": Bilingual(
            "Someone outside the case heard this person say they want to stop. Their releases and meetings are frozen until you check with them: record the withdrawal, or that they wish to continue.",
            "Une personne hors du dossier a entendu cette personne dire qu’elle veut arrêter. Ses transmissions et rencontres sont suspendues jusqu’à votre vérification : consignez le retrait, ou sa volonté de continuer."
        ),
        "confirmContinuingButton": Bilingual("They wish to continue", "Elle veut continuer"),
        "safeChannelsLegend": Bilingual(
            "Safe ways to reach them (none: do not contact)",
            "Moyens sécuritaires de la joindre (aucun : ne pas communiquer)"
        ),
        "mayLeaveMessageLabel": Bilingual("A message may be left", "Un message peut être laissé"),
        "safeTimesLabel": Bilingual("When contact is safe", "Moments où le contact est sécuritaire"),
        "safeContactLabel": Bilingual("Safe contact:", "Contact sécuritaire :"),
        "noSafeContactLabel": Bilingual("not recorded yet", "pas encore consigné"),
        "doNotContactLabel": Bilingual("do not contact", "ne pas communiquer"),
        "messageMayBeLeftLabel": Bilingual("a message may be left", "un message peut être laissé"),
        "noMessageLabel": Bilingual("no message", "aucun message"),
        "interpreterLabel": Bilingual(
            "Interpreter in (language; leave empty if none is needed)",
            "Interprète en (langue; laisser vide si aucun n’est nécessaire)"
        ),
        "accessibilityLegend": Bilingual("Accessibility needs", "Besoins d’accessibilité"),
        "accessibilityNotesLabel": Bilingual("Notes (required with “other”)", "Notes (obligatoires avec « autre »)"),
        "communicationLabel": Bilingual("Interpreter and accessibility:", "Interprétation et accessibilité :"),
        "noCommunicationNeedsLabel": Bilingual("none recorded", "aucun besoin consigné"),
        "byAuthorisedPersonLabel": Bilingual(
            "Given by the authorised person (parent, guardian, substitute decision-maker)",
            "Donné par la personne autorisée (parent, tuteur, mandataire)"
        ),
        "authorisedConsentHint": Bilingual(
            "Their own agreement and an authorised person’s consent are then both needed for every purpose.",
            "Son propre accord et le consentement d’une personne autorisée sont alors tous deux requis pour chaque fin."
        ),
        "authorisedRequiredLabel": Bilingual(
            "An authorised person’s consent is needed as well",
            "Le consentement d’une personne autorisée est aussi requis"
        ),
        "needsAuthorisedConsentLabel": Bilingual(
            "Consents count only with an authorised person’s as well.",
            "Les consentements ne comptent qu’avec celui d’une personne autorisée."
        ),
        "tellOtherPartyHint": Bilingual(
            "Tell them only that the process paused. Give a reason only if the person who withdrew agreed to it.",
            "Dites seulement que le processus est en pause. Donnez un motif seulement si la personne qui s’est retirée y a consenti."
        ),
        "afterWithdrawalOfLabel": Bilingual("After the withdrawal of", "Après le retrait de"),
        "otherPartyToldButton": Bilingual("The other party was told", "L’autre partie a été informée"),
        "noticeGivenLabel": Bilingual(
            "The confidentiality notice was given to this person (needed to record their agreement to take part)",
            "L’avis sur la confidentialité a été remis à cette personne (nécessaire pour consigner son accord à participer)"
        ),
        "noticeSummary": Bilingual("Read the confidentiality notice", "Lire l’avis sur la confidentialité"),
        "noticeVersionLabel": Bilingual("Version", "Version"),
        "personTitle": Bilingual(
            "Who is this person, and how can they be reached safely?",
            "Qui est cette personne, et comment la joindre en sécurité?"
        ),
        "personRecordsTitle": Bilingual("Identity and contact", "Identité et coordonnées"),
        "personUsedNameLabel": Bilingual("Name they use", "Nom utilisé"),
        "personLegalNameLabel": Bilingual("Legal name, if different", "Nom légal, s’il est différent"),
        "personFormerNamesLabel": Bilingual("Former names", "Anciens noms"),
        "personDateOfBirthLabel": Bilingual("Date of birth (if known)", "Date de naissance (si elle est connue)"),
        "personSafeLabel": Bilingual("safe to use", "sûr"),
        "personNotSafeLabel": Bilingual("not safe to use", "à ne pas utiliser"),
        "personSiteLabel": Bilingual("Current site", "Établissement actuel"),
        "personRepresentsLabel": Bilingual("Represents", "Représente"),
        "personNotRecordedLabel": Bilingual("Nothing recorded yet.", "Rien n’est encore consigné."),
        "recordPersonLink": Bilingual("Record or correct the identity and contact of:", "Consigner ou corriger l’identité et les coordonnées de :"),
        "personFormHint": Bilingual(
            "Only the coordinator and the assigned mediators see this. Every change is kept; a correction erases nothing.",
            "Seules la coordination et les personnes médiatrices désignées voient ces renseignements. Chaque modification est conservée; une correction n’efface rien."
        ),
        "onePerLineHint": Bilingual("One a line.", "Un par ligne."),
        "personContactsLegend": Bilingual("Phones, e-mails and address", "Téléphones, courriels et adresse"),
        "personContactsHint": Bilingual(
            "Tick “safe to use” only for what the person said is safe: nobody contacts them any other way (R24).",
            "Cochez « sûr » seulement pour ce que la personne a dit sûr : personne ne la joint autrement (R24)."
        ),
        "personMinimisedLabel": Bilingual(
            "They declined when approached: who they are and how to reach them were removed (§7.3). Their role, the region, the dates and the reason remain.",
            "La personne a refusé lorsqu’on l’a approchée : son identité et ses coordonnées ont été retirées (§7.3). Son rôle, la région, les dates et le motif demeurent."
        ),
        "personSafeToUseLabel": Bilingual("Safe to use", "Sûr"),
        "personPhoneLabel": Bilingual("Phone", "Téléphone"),
        "personEmailLabel": Bilingual("E-mail", "Courriel"),
        "personAddressLabel": Bilingual("Address", "Adresse"),
        "logContactTitle": Bilingual("Log a contact", "Consigner un contact"),
        "logContactHint": Bilingual(
            "Only by a way the person marked safe (R24). The note says what happened, not what was said.",
            "Seulement par un moyen que la personne a indiqué comme sûr (R24). La note dit ce qui s’est passé, pas ce qui a été dit."
        ),
        "contactLogTitle": Bilingual("Contact log", "Journal des contacts"),
        "contactChannelLabel": Bilingual("How", "Moyen"),
        "contactOutcomeLabel": Bilingual("What came of it", "Résultat"),
        "contactNoteLabel": Bilingual("Note", "Note"),
        "noContactsYet": Bilingual("No contact logged yet.", "Aucun contact consigné pour l’instant."),
        // R20–R23: the assessments' findings
        "assessmentsTitle": Bilingual("Assessments", "Évaluations"),
        "assessmentOutOfDate": Bilingual("out of date", "plus à jour"),
        "assessmentReady": Bilingual("ready", "prête"),
        "assessmentNotReady": Bilingual(
            "not ready: the steps that need this person wait",
            "pas prête : les étapes qui concernent cette personne attendent"
        ),
        "assessmentSafetyConcerns": Bilingual("safety concerns (escalated)", "préoccupations de sécurité (signalées)"),
        "assessmentNoSafetyConcerns": Bilingual("no safety concern", "aucune préoccupation de sécurité"),
        "assessmentPrivacyConcerns": Bilingual("privacy concerns", "préoccupations liées à la vie privée"),
        "assessmentNoPrivacyConcerns": Bilingual("no privacy concern", "aucune préoccupation liée à la vie privée"),
        "assessmentCategoryLabel": Bilingual(
            "If there is a safety concern, what it concerns (it is raised to the coordinator, R23)",
            "S’il y a une préoccupation de sécurité, ce qu’elle concerne (elle est signalée à la coordination, R23)"
        ),
        "assessmentNotesLabel": Bilingual("Findings, in your words", "Constatations, dans vos mots"),
        "noAssessmentsYet": Bilingual("No one assessed yet.", "Personne n’a encore été évalué."),
        // §7.2: notes
        "notesTitle": Bilingual("Notes", "Notes"),
        "noNotesYet": Bilingual("No note yet.", "Aucune note pour l’instant."),
        "noteByYou": Bilingual("you", "vous"),
        "noteLabel": Bilingual("Note", "Note"),
        "writeNoteTitle": Bilingual("Write a note", "Rédiger une note"),
        "writeNoteHint": Bilingual(
            "This case file is the only record of the case: keep no other (R53). A note is kept as written; add another to correct it.",
            "Ce dossier est le seul dossier du cas : n’en tenez aucun autre (R53). Une note est conservée telle quelle; ajoutez-en une autre pour la corriger."
        ),
        "restrictedNoteLabel": Bilingual(
            "Restricted: only you and the coordinators may read it, and each reading is recorded",
            "Restreinte : seules vous et la coordination pouvez la lire, et chaque lecture est consignée"
        ),
        "restrictedNoteShown": Bilingual("Restricted note", "Note restreinte"),
        "readRestrictedNote": Bilingual("Read it (the reading is recorded)", "La lire (la lecture est consignée)"),
        "restrictedNoteHidden": Bilingual(
            "Only its author and the coordinators read it.",
            "Seuls son auteur et la coordination la lisent."
        ),
        "restrictedNoteTitle": Bilingual("Restricted note of case {reference}", "Note restreinte du dossier {reference}"),
        "restrictedNoteMeta": Bilingual("Written on {when} UTC by {author}.", "Rédigée le {when} UTC par {author}."),
        "backToPeople": Bilingual("Back to the people in the case", "Retour aux personnes du dossier"),
    ]
}
