import ROCore

extension CaseChange {
    /// One line of the case timeline. Says what happened, never what anyone wrote.
    func timelineText(in language: Language) -> String {
        switch self {
        case .victimRequestRecorded(_, let type, let channel, _, _):
            return language.text("timeline.victimRequestRecorded", ["type": type.name(in: language), "channel": channel.name(in: language)])
        case .referralSubmitted: return language.text("timeline.referralSubmitted")
        case .episodeOpened: return language.text("timeline.episodeOpened")
        case .participantAdded(let p): return language.text("timeline.participantAdded", ["role": p.role.name(in: language)])
        case .representativeAuthorityConfirmed: return language.text("timeline.representativeAuthorityConfirmed")
        case .assessmentStarted: return language.text("timeline.assessmentStarted")
        case .eligibilityConfirmed: return language.text("timeline.eligibilityConfirmed")
        case .eligibilityRecorded(let sentence, let responsibility):
            return sentence && responsibility ? language.text("timeline.eligibilityConfirmed") : language.text("timeline.eligibilityNotConfirmed")
        case .safetySectionReviewed: return language.text("timeline.safetySectionReviewed")
        case .closed(let reason): return language.text("timeline.closed", ["reason": reason.name(in: language)])
        case .mediatorsAssigned(let m): return language.text("timeline.mediatorsAssigned", ["count": "\(m.count)"])
        case .preparationBegun: return language.text("timeline.preparationBegun")
        case .consentRecorded(let record):
            guard let notice = record.noticeVersion else { return language.text("timeline.consentRecorded") }
            return language.text("timeline.consentRecordedAfterNotice", ["notice": notice])
        case .disclosureRecorded(let disclosure):
            return language.text("timeline.disclosureRecorded", ["category": disclosure.category.name(in: language)])
        // §4.9, N1: the timeline names no other case; "Linked cases" shows it to those who may open it.
        case .caseLinked(let link): return language.text("timeline.caseLinked", ["relation": link.relation.name(in: language)])
        case .acknowledgementSent(let channel): return language.text("timeline.acknowledgementSent", ["channel": channel.name(in: language)])
        case .offenderRecordLinked: return language.text("timeline.offenderRecordLinked")
        case .closureProposed(let reason): return language.text("timeline.closureProposed", ["reason": reason.name(in: language)])
        case .caseUnlinked: return language.text("timeline.caseUnlinked")
        case .assessmentRecorded: return language.text("timeline.assessmentRecorded")
        case .accessRestricted(let staff): return language.text("timeline.accessRestricted", ["count": "\(staff.count)"])
        case .restrictionLifted: return language.text("timeline.restrictionLifted")
        case .otherPartyTold: return language.text("timeline.otherPartyTold")
        case .authorisedConsentRequirement(_, let required):
            return required
                ? language.text("timeline.authorisedConsentRequired") : language.text("timeline.authorisedConsentNoLongerRequired")
        case .recused: return language.text("timeline.recused")
        case .ownershipTaken: return language.text("timeline.ownershipTaken")
        case .correctionRecorded(let entry, let note): return language.text("timeline.correctionRecorded", ["entry": "\(entry)", "note": note])
        case .communicationNeedsRecorded: return language.text("timeline.communicationNeedsRecorded")
        case .safeContactRecorded: return language.text("timeline.safeContactRecorded")
        case .personRecorded: return language.text("timeline.personRecorded")
        case .contactLogged(let entry): return language.text("timeline.contactLogged", ["channel": entry.channel.name(in: language)])
        case .noteWritten(let note): return language.text(note.restricted ? "timeline.restrictedNoteWritten" : "timeline.noteWritten")
        case .needsRecorded: return language.text("timeline.needsRecorded")
        case .assessmentsInvalidated: return language.text("timeline.assessmentsInvalidated")
        case .escalationRaised: return language.text("timeline.escalationRaised")
        case .escalationResolved: return language.text("timeline.escalationResolved")
        case .noContactOrderRecorded: return language.text("timeline.noContactOrderRecorded")
        case .conditionAmended: return language.text("timeline.conditionAmended")
        case .exchangeApprovedDespiteOrder: return language.text("timeline.exchangeApprovedDespiteOrder")
        case .otherPartyApproached: return language.text("timeline.otherPartyApproached")
        case .putOnHold: return language.text("timeline.putOnHold")
        case .resumed: return language.text("timeline.resumed")
        case .dialogueStarted: return language.text("timeline.dialogueStarted")
        case .itemDrafted: return language.text("timeline.itemDrafted")
        case .itemSubmitted: return language.text("timeline.itemSubmitted")
        case .itemReturned: return language.text("timeline.itemReturned")
        case .itemRedacted: return language.text("timeline.itemRedacted")
        case .itemApproved: return language.text("timeline.itemApproved")
        case .recipientChoiceRecorded: return language.text("timeline.recipientChoiceRecorded")
        case .itemReleased: return language.text("timeline.itemReleased")
        case .itemDelivered: return language.text("timeline.itemDelivered")
        case .itemAcknowledged: return language.text("timeline.itemAcknowledged")
        case .itemWithdrawn: return language.text("timeline.itemWithdrawn")
        case .translationAdded(_, let translation):
            return language.text("timeline.translationAdded", ["language": language.strings.languageName(translation.language)])
        case .mediaAttached(_, let media): return language.text("timeline.mediaAttached", ["kind": media.type.kind.name(in: language)])
        case .mediaDetached: return language.text("timeline.mediaDetached")
        case .recordingErased(_, _, let reason):
            return language.text(reason == .senderAsked ? "timeline.recordingErasedAtRequest" : "timeline.recordingErasedRetention")
        case .meetingProposed(let m): return language.text("timeline.meetingProposed", ["form": m.form.name(in: language)])
        case .availabilityRecorded: return language.text("timeline.availabilityRecorded")
        case .safetyPlanRecorded: return language.text("timeline.safetyPlanRecorded")
        case .supportPersonPrepared: return language.text("timeline.supportPersonPrepared")
        case .entryRequested: return language.text("timeline.entryRequested")
        case .entryApproved: return language.text("timeline.entryApproved")
        case .entryDeclined: return language.text("timeline.entryDeclined")
        case .otherTimeProposed: return language.text("timeline.otherTimeProposed")
        case .videoBooked: return language.text("timeline.videoBooked")
        case .meetingConfirmed: return language.text("timeline.meetingConfirmed")
        // §4.9, N1: the timeline names no other case.
        case .meetingJoined: return language.text("timeline.meetingJoined")
        case .meetingHeld: return language.text("timeline.meetingHeld")
        case .meetingPostponed: return language.text("timeline.meetingPostponed")
        case .meetingCancelled: return language.text("timeline.meetingCancelled")
        case .withdrawalRecorded: return language.text("timeline.withdrawalRecorded")
        case .withdrawalNoticeRecorded: return language.text("timeline.withdrawalNoticeRecorded")
        case .withdrawalNoticeCleared: return language.text("timeline.withdrawalNoticeCleared")
        case .followUpStarted: return language.text("timeline.followUpStarted")
        case .returnedToDialogue: return language.text("timeline.returnedToDialogue")
        case .reopened: return language.text("timeline.reopened")
        }
    }
}

extension Catalogue {
    /// The timeline's lines, English and French side by side; `{name}` is filled in from the event.
    static let timelineLines: [String: Bilingual] = [
        "timeline.victimRequestRecorded": Bilingual("Request recorded ({type}, by {channel})", "Demande consignée ({type}, par {channel})"),
        "timeline.referralSubmitted": Bilingual("Staff referral submitted", "Aiguillage soumis par le personnel"),
        "timeline.episodeOpened": Bilingual("Reopened as a new episode", "Rouvert comme nouvel épisode"),
        "timeline.participantAdded": Bilingual("Participant added: {role}", "Personne ajoutée : {role}"),
        "timeline.representativeAuthorityConfirmed": Bilingual("Representative’s authority confirmed", "Pouvoir du représentant confirmé"),
        "timeline.assessmentStarted": Bilingual("Assessment started", "Évaluation commencée"),
        "timeline.eligibilityConfirmed": Bilingual("Eligibility confirmed", "Admissibilité confirmée"),
        "timeline.safetySectionReviewed": Bilingual("Safety section reviewed", "Section sur la sécurité examinée"),
        "timeline.closed": Bilingual("Closed: {reason}", "Fermé : {reason}"),
        "timeline.mediatorsAssigned": Bilingual("Mediators assigned: {count}", "Médiateurs désignés : {count}"),
        "timeline.preparationBegun": Bilingual("Preparation begun", "Préparation commencée"),
        "timeline.disclosureRecorded": Bilingual("Disclosure recorded: {category}", "Communication consignée : {category}"),
        "timeline.caseLinked": Bilingual("Linked to another case ({relation})", "Lié à un autre dossier ({relation})"),
        "timeline.acknowledgementSent": Bilingual(
            "Request acknowledged to the requester by {channel}",
            "Réception de la demande confirmée au demandeur par {channel}"
        ),
        "timeline.offenderRecordLinked": Bilingual("Offender’s record linked (FPS number)", "Dossier du délinquant lié (numéro SED)"),
        "timeline.closureProposed": Bilingual(
            "The mediator proposed closing the case: {reason}",
            "La médiatrice ou le médiateur a proposé de fermer le dossier : {reason}"
        ),
        "timeline.caseUnlinked": Bilingual("Link to another case removed", "Lien avec un autre dossier retiré"),
        "timeline.assessmentRecorded": Bilingual("Assessment recorded", "Évaluation consignée"),
        "timeline.accessRestricted": Bilingual(
            "Access restricted to {count} coordinators and the assigned mediators",
            "Accès restreint à {count} membres de la coordination et aux médiateurs désignés"
        ),
        "timeline.restrictionLifted": Bilingual("Access restriction lifted", "Restriction d’accès levée"),
        "timeline.otherPartyTold": Bilingual("The other party was told the process paused", "L’autre partie a été informée de la pause du processus"),
        "timeline.recused": Bilingual("A coordinator recused themselves", "Une personne de la coordination s’est récusée"),
        "timeline.ownershipTaken": Bilingual(
            "A coordinator took ownership of the case",
            "Une coordonnatrice ou un coordonnateur a pris le dossier en charge"
        ),
        "timeline.correctionRecorded": Bilingual("Correction of entry {entry}: {note}", "Correction de l’entrée {entry} : {note}"),
        "timeline.communicationNeedsRecorded": Bilingual(
            "Interpreter and accessibility needs recorded",
            "Besoins d’interprétation et d’accessibilité consignés"
        ),
        "timeline.safeContactRecorded": Bilingual("Safe-contact preferences recorded", "Préférences de contact sécuritaire consignées"),
        "timeline.needsRecorded": Bilingual("Needs recorded", "Besoins consignés"),
        "timeline.personRecorded": Bilingual("Identity and contact details recorded", "Identité et coordonnées consignées"),
        "timeline.contactLogged": Bilingual("Contact logged ({channel})", "Contact consigné ({channel})"),
        "timeline.noteWritten": Bilingual("Note written", "Note rédigée"),
        "timeline.restrictedNoteWritten": Bilingual("Restricted note written", "Note restreinte rédigée"),
        "timeline.assessmentsInvalidated": Bilingual("Assessments to be redone", "Évaluations à refaire"),
        "timeline.escalationRaised": Bilingual("Safety concern raised", "Préoccupation de sécurité soulevée"),
        "timeline.escalationResolved": Bilingual("Safety concern resolved", "Préoccupation de sécurité réglée"),
        "timeline.noContactOrderRecorded": Bilingual(
            "No-contact order or condition recorded",
            "Ordonnance ou condition de non-communication consignée"
        ),
        "timeline.conditionAmended": Bilingual("Condition amended", "Condition modifiée"),
        "timeline.exchangeApprovedDespiteOrder": Bilingual("Exchange approved by a coordinator", "Échange approuvé par un coordonnateur"),
        "timeline.otherPartyApproached": Bilingual("Other party approached", "Autre partie approchée"),
        "timeline.putOnHold": Bilingual("Put on hold", "Mis en pause"),
        "timeline.resumed": Bilingual("Resumed", "Repris"),
        "timeline.dialogueStarted": Bilingual("Dialogue started", "Dialogue commencé"),
        "timeline.itemDrafted": Bilingual("Item drafted", "Élément rédigé"),
        "timeline.itemSubmitted": Bilingual("Item submitted for review", "Élément soumis à l’examen"),
        "timeline.itemReturned": Bilingual("Item returned with a comment", "Élément retourné avec un commentaire"),
        "timeline.itemRedacted": Bilingual("Item redacted", "Élément caviardé"),
        "timeline.itemApproved": Bilingual("Item approved", "Élément approuvé"),
        "timeline.recipientChoiceRecorded": Bilingual("Recipient’s choice recorded", "Choix de la personne destinataire consigné"),
        "timeline.itemReleased": Bilingual("Item released", "Élément transmis"),
        "timeline.itemDelivered": Bilingual("Item delivered", "Élément remis"),
        "timeline.itemAcknowledged": Bilingual("Receipt acknowledged", "Réception confirmée"),
        "timeline.itemWithdrawn": Bilingual("Item withdrawn by its sender", "Élément retiré par son auteur"),
        "timeline.mediaAttached": Bilingual("File added to an item ({kind})", "Fichier ajouté à un élément ({kind})"),
        "timeline.mediaDetached": Bilingual("File removed from an item", "Fichier retiré d’un élément"),
        "timeline.recordingErasedAtRequest": Bilingual(
            "Recording erased at its sender’s request",
            "Enregistrement effacé à la demande de la personne qui l’a envoyé"
        ),
        "timeline.recordingErasedRetention": Bilingual("Recording erased: its retention ended", "Enregistrement effacé : sa conservation a pris fin"),
        "timeline.meetingProposed": Bilingual("Meeting proposed: {form}", "Rencontre proposée : {form}"),
        "timeline.availabilityRecorded": Bilingual("Availability recorded", "Disponibilités consignées"),
        "timeline.safetyPlanRecorded": Bilingual("Safety plan recorded", "Plan de sécurité consigné"),
        "timeline.supportPersonPrepared": Bilingual("Support person prepared", "Personne de soutien préparée"),
        "timeline.entryRequested": Bilingual("Entry requested from the site", "Entrée demandée à l’établissement"),
        "timeline.entryApproved": Bilingual("Site approved entry", "L’établissement a approuvé l’entrée"),
        "timeline.entryDeclined": Bilingual("Site declined entry", "L’établissement a refusé l’entrée"),
        "timeline.otherTimeProposed": Bilingual("Site proposed another time", "L’établissement a proposé un autre moment"),
        "timeline.videoBooked": Bilingual("Video meeting booked", "Rencontre par vidéo réservée"),
        "timeline.meetingConfirmed": Bilingual("Meeting confirmed", "Rencontre confirmée"),
        "timeline.meetingJoined": Bilingual("Meeting joined with a meeting of another case", "Rencontre jumelée à une rencontre d’un autre dossier"),
        "timeline.meetingHeld": Bilingual("Meeting held", "Rencontre tenue"),
        "timeline.meetingPostponed": Bilingual("Meeting postponed", "Rencontre reportée"),
        "timeline.meetingCancelled": Bilingual("Meeting cancelled", "Rencontre annulée"),
        "timeline.withdrawalRecorded": Bilingual("A participant withdrew", "Une personne s’est retirée"),
        "timeline.withdrawalNoticeRecorded": Bilingual(
            "Notice: a person may want to stop (to confirm with them)",
            "Avis : une personne voudrait peut-être arrêter (à confirmer avec elle)"
        ),
        "timeline.withdrawalNoticeCleared": Bilingual("The person confirmed they wish to continue", "La personne a confirmé vouloir continuer"),
        "timeline.followUpStarted": Bilingual("Follow-up started", "Suivi commencé"),
        "timeline.returnedToDialogue": Bilingual("Back to dialogue", "Retour au dialogue"),
        "timeline.reopened": Bilingual("Reopened in a new episode", "Rouvert dans un nouvel épisode"),
        "timeline.eligibilityNotConfirmed": Bilingual("Eligibility not confirmed", "Admissibilité non confirmée"),
        "timeline.consentRecorded": Bilingual("Consent recorded", "Consentement consigné"),
        "timeline.consentRecordedAfterNotice": Bilingual(
            "Agreement to take part recorded, after the confidentiality notice ({notice})",
            "Accord à participer consigné, après l’avis sur la confidentialité ({notice})"
        ),
        "timeline.authorisedConsentRequired": Bilingual(
            "Consent also needed from an authorised person",
            "Consentement d’une personne autorisée aussi requis"
        ),
        "timeline.authorisedConsentNoLongerRequired": Bilingual(
            "Consent from an authorised person no longer needed",
            "Consentement d’une personne autorisée plus requis"
        ),
        "timeline.translationAdded": Bilingual("Translation added ({language})", "Traduction ajoutée ({language})"),
        "timeline.correctionRecordedWithoutNote": Bilingual("Correction of entry {entry}", "Correction de l’entrée {entry}"),
    ]
}
