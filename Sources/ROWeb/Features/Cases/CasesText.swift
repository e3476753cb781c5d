extension Catalogue {
    /// The texts of the case pages as a whole: lists, summary, to-do and shared steps, English and French side by side.
    static let cases: [String: Bilingual] = [
        "casesTitle": Bilingual("Cases", "Dossiers"),
        "queueTitle": Bilingual("Waiting for assessment, oldest first", "En attente d’évaluation, du plus ancien au plus récent"),
        "queueEmpty": Bilingual("No requests or referrals are waiting.", "Aucune demande ni aucun aiguillage n’est en attente."),
        "allCasesTitle": Bilingual("All cases, latest change first", "Tous les dossiers, du plus récemment modifié au plus ancien"),
        "myCasesTitle": Bilingual("Cases assigned to you", "Dossiers qui vous sont confiés"),
        "noCases": Bilingual("There are no cases yet.", "Il n’y a pas encore de dossier."),
        "nextCasesLink": Bilingual("Next cases in this list", "Dossiers suivants de cette liste"),
        "firstCasesLink": Bilingual("Back to the start of the lists", "Retour au début des listes"),
        "waitingLabel": Bilingual("Waiting (days)", "En attente (jours)"),
        "newRequestLink": Bilingual("Record a victim’s request", "Consigner la demande d’une victime"),
        "englishName": Bilingual("English", "Anglais"),
        "frenchName": Bilingual("French", "Français"),
        "nextStepsTitle": Bilingual("Next steps", "Prochaines étapes"),
        "confirmEligibilityTitle": Bilingual("Is the request eligible?", "La demande est-elle admissible ?"),
        "assignTitle": Bilingual("Assign a mediator", "Confier le dossier à une personne médiatrice"),
        "startDialogueTitle": Bilingual("How will the dialogue take place?", "Comment le dialogue se déroulera-t-il ?"),
        "restrictTitle": Bilingual("Restrict access to this case", "Restreindre l’accès à ce dossier"),
        "recuseTitle": Bilingual("Recuse yourself from this case", "Vous récuser de ce dossier"),
        "stepNotOffered": Bilingual(
            "This step is not open to you at this stage of the case.",
            "Cette étape ne vous est pas ouverte à ce stade du dossier."
        ),
        "backToLink": Bilingual("Back:", "Retour :"),
        "stepsHereLabel": Bilingual("Steps in this part of the case", "Étapes de cette partie du dossier"),
        "caseSummaryTitle": Bilingual("Summary", "Résumé"),
        "safetyAndAssessmentsTitle": Bilingual("Safety", "Sécurité"),
        "caseAdministrationTitle": Bilingual("Administration", "Administration"),
        "caseAreasLabel": Bilingual("Parts of this case", "Parties de ce dossier"),
        "caseToDoTitle": Bilingual("What needs doing now", "Ce qu’il faut faire maintenant"),
        "toDoConfirmEligibility": Bilingual(
            "Confirm that the request is eligible before a mediator is assigned.",
            "Confirmez l’admissibilité de la demande avant de confier le dossier à une personne médiatrice."
        ),
        "toDoReviewSafety": Bilingual(
            "Review the referral’s safety section before a mediator is assigned.",
            "Examinez la section sur la sécurité du renvoi avant de confier le dossier à une personne médiatrice."
        ),
        "toDoLinkOffenderRecord": Bilingual(
            "Link the offender’s record (FPS number) before a mediator is assigned.",
            "Liez le dossier du délinquant (numéro SED) avant de confier le dossier à une personne médiatrice."
        ),
        "toDoAssignMediator": Bilingual(
            "Assign a mediator: the request is ready.",
            "Confiez le dossier à une personne médiatrice : la demande est prête."
        ),
        "toDoResolveEscalation": Bilingual(
            "An open safety concern blocks letters, releases and meetings until a coordinator resolves it.",
            "Une préoccupation de sécurité ouverte bloque les lettres, les transmissions et les rencontres jusqu’à ce qu’une coordonnatrice ou un coordonnateur la règle."
        ),
        "toDoOrderBlocks": Bilingual(
            "A no-contact order or condition blocks exchanges until it is amended or approved.",
            "Une ordonnance ou condition de non-communication bloque les échanges jusqu’à sa modification ou son approbation."
        ),
        "toDoAssessAgain": Bilingual(
            "Assessment missing, out of date or not ready: the next step waits for an assessment that finds ready",
            "Évaluation absente, périmée ou « pas prête » : la prochaine étape attend une évaluation qui juge prête la personne suivante :"
        ),
        "toDoConfirmContinuing": Bilingual("A withdrawal notice waits for your check:", "Un avis de retrait attend votre vérification :"),
        "toDoTellOtherParty": Bilingual("Tell the other party of a withdrawal:", "Informez l’autre partie d’un retrait :"),
        "noStepsHere": Bilingual("There is no step for you at this stage.", "Aucune étape ne vous revient à cette étape du dossier."),
        "startAssessmentButton": Bilingual("Start the assessment", "Commencer l’évaluation"),
        "confirmEligibilityButton": Bilingual("Confirm eligibility", "Confirmer l’admissibilité"),
        "reviewSafetyButton": Bilingual("Mark the safety section reviewed", "Indiquer que la section sur la sécurité a été examinée"),
        "assignMediatorLabel": Bilingual("Mediator to assign", "Médiateur à désigner"),
        "assignButton": Bilingual("Assign", "Désigner"),
        "noMediators": Bilingual("No active mediator account exists yet.", "Aucun compte de médiateur actif n’existe encore."),
        "closeIneligibleButton": Bilingual("Close as not eligible", "Fermer : non admissible"),
        "requestRecordedNotice": Bilingual("The request was recorded.", "La demande a été consignée."),
        "stepDoneNotice": Bilingual("Done. The timeline shows the step.", "C’est fait. La chronologie indique l’étape."),
        "confirmedLabel": Bilingual("Confirmed", "Confirmée"),
        "notConfirmedLabel": Bilingual("Not confirmed", "Non confirmée"),
        "addParticipantTitle": Bilingual("Add a person", "Ajouter une personne"),
        "consentTitle": Bilingual("Record a consent", "Consigner un consentement"),
        "recordButton": Bilingual("Record", "Consigner"),
        "assessmentTitle": Bilingual(
            "Record an assessment (safety, privacy, readiness)",
            "Consigner une évaluation (sécurité, vie privée, état de préparation)"
        ),
        "withdrawalTitle": Bilingual("Record a withdrawal", "Consigner un retrait"),
        "beginPreparationButton": Bilingual("Begin preparation", "Commencer la préparation"),
        "approachButton": Bilingual("Record that the other party was approached", "Consigner que l’autre partie a été approchée"),
        "followUpButton": Bilingual("Start follow-up", "Commencer le suivi"),
        "backToDialogueButton": Bilingual("Back to dialogue", "Revenir au dialogue"),
        "resumeButton": Bilingual("Resume", "Reprendre"),
        "draftLetterTitle": Bilingual("Enter a letter or a message", "Saisir une lettre ou un message"),
        "closeTitle": Bilingual("Close the case", "Fermer le dossier"),
        "reopenButton": Bilingual("Reopen in a new episode", "Rouvrir dans un nouvel épisode"),
        "episodeOfLabel": Bilingual("Reopens", "Rouvre"),
        "dialogueFormLabel": Bilingual("Form of dialogue", "Forme de dialogue"),
        "startDialogueButton": Bilingual("Start the dialogue", "Commencer le dialogue"),
        "supportPreparedTitle": Bilingual("Support person prepared", "Personne de soutien préparée"),
        "availabilityTitle": Bilingual("Availability, gathered separately", "Disponibilités, recueillies séparément"),
        "requestEntryTitle": Bilingual("Request entry from the site", "Demander l’entrée à l’établissement"),
        "bookVideoTitle": Bilingual("Book the video meeting", "Réserver la rencontre par vidéo"),
        "meetingHeldTitle": Bilingual("Record the meeting as held", "Consigner la tenue de la rencontre"),
        "proposeMeetingTitle": Bilingual("Propose a meeting", "Proposer une rencontre"),
        "remindersTitle": Bilingual("Reminders", "Rappels"),
        "reminderLabel": Bilingual("To do", "À faire"),
        "dueLabel": Bilingual("Due", "Échéance"),
        "overdueLabel": Bilingual("(overdue)", "(en retard)"),
        "earlierEpisodeLink": Bilingual("the earlier episode and its history", "l’épisode précédent et son historique"),
        "reopenedAsLabel": Bilingual("Reopened as", "Rouvert sous"),
        "laterEpisodeLink": Bilingual("the new episode", "le nouvel épisode"),
        "needsTitle": Bilingual("Needs: what each person wants from the process", "Besoins : ce que chaque personne attend de la démarche"),
        "confirmContinuingTitle": Bilingual("Withdrawal notice to confirm", "Avis de retrait à confirmer"),
        "safeContactTitle": Bilingual("Safe contact", "Contact sécuritaire"),
        "communicationNeedsTitle": Bilingual("Interpreter and accessibility", "Interprétation et accessibilité"),
        "correctEntryTitle": Bilingual("Correct an entry", "Corriger une entrée"),
        "ownerLabel": Bilingual("Owning coordinator", "Coordination responsable"),
        "ownerOtherLabel": Bilingual("another coordinator", "une autre coordonnatrice ou un autre coordonnateur"),
        "recusedNotice": Bilingual(
            "You recused yourself: that case no longer appears for you.",
            "Vous vous êtes récusé ou récusée : ce dossier n’apparaît plus pour vous."
        ),
        "invalidateTitle": Bilingual("Something changed: redo the assessments", "Un changement : refaire les évaluations"),
        "holdTitle": Bilingual("Put on hold", "Mettre en suspens"),
        "reassignTitle": Bilingual("Reassign", "Réaffecter"),
        "recordOrderTitle": Bilingual("Record an order or condition", "Consigner une ordonnance ou une condition"),
        "authorisedConsentTitle": Bilingual("Minor or person lacking capacity", "Personne mineure ou inapte"),
        "tellOtherPartyTitle": Bilingual("Tell the other party", "Informer l’autre partie"),
        "disclosureCategoryHeading": Bilingual("Category", "Catégorie"),
        "recordDisclosureTitle": Bilingual("Record a disclosure", "Consigner une communication"),
        "linkCaseTitle": Bilingual("Link another case", "Lier un autre dossier"),
        "acknowledgementLabel": Bilingual("Acknowledgement to the requester", "Accusé de réception au demandeur"),
        "joinMeetingTitle": Bilingual("Hold together with a linked case’s meeting", "Tenir avec une rencontre d’un dossier lié"),
        "notLinkedYetLabel": Bilingual("not linked yet", "pas encore lié"),
        "proposeClosureTitle": Bilingual("Propose closing the case", "Proposer de fermer le dossier"),
        "eligibilityCriteriaLegend": Bilingual(
            "Eligibility criteria: tick each one that holds",
            "Critères d’admissibilité : cochez chacun de ceux qui sont remplis"
        ),
        "retentionLabel": Bilingual("Kept", "Conservation"),
        "otherResourcesTitle": Bilingual("Other resources to offer the requester (R10)", "Autres ressources à proposer au demandeur (R10)"),
        "reminder.assessmentDue": Bilingual("Re-assess: {who}", "Réévaluer : {who}"),
        "reminder.followUpDue": Bilingual("Follow-up debrief with each party", "Rencontre de suivi avec chaque partie"),
        "reminder.itemsAwaitingReview": Bilingual("Items waiting for review: {count}", "Éléments en attente d’examen : {count}"),
        "reminder.holdReviewDue": Bilingual("Review the hold", "Réexaminer la pause"),
        "reminder.confirmWithdrawalNotice": Bilingual(
            "Confirm with this person whether they want to stop: {who}",
            "Confirmer avec cette personne si elle veut arrêter : {who}"
        ),
        "reminder.tellOtherParty": Bilingual(
            "Tell the other party the process paused (R18), after a withdrawal: {who}",
            "Dire à l’autre partie que le processus est en pause (R18), après un retrait : {who}"
        ),
        "reminder.closureProposed": Bilingual(
            "The mediator proposes closing the case: {reason}",
            "La médiation propose de fermer le dossier : {reason}"
        ),
        "reminder.acknowledgementDue": Bilingual(
            "Acknowledge the request to the requester (10 working days, R9)",
            "Accuser réception de la demande (10 jours ouvrables, R9)"
        ),
        "reminder.unassigned": Bilingual("Not yet assigned (30-day standard, R9)", "Pas encore confié (norme de 30 jours, R9)"),
    ]
}
