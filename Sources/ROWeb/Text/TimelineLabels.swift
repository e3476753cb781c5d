import ROCore

extension CaseChange {
    /// One line of the case timeline. Says what happened, never what anyone wrote.
    func timelineText(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .victimRequestRecorded(_, let type, let channel, _, _):
            return en
                ? "Request recorded (\(type.name(in: language)), by \(channel.name(in: language)))"
                : "Demande consignée (\(type.name(in: language)), par \(channel.name(in: language)))"
        case .referralSubmitted: return en ? "Staff referral submitted" : "Aiguillage soumis par le personnel"
        case .episodeOpened: return en ? "Reopened as a new episode" : "Rouvert comme nouvel épisode"
        case .participantAdded(let p):
            return en ? "Participant added: \(p.role.name(in: language))" : "Personne ajoutée : \(p.role.name(in: language))"
        case .representativeAuthorityConfirmed: return en ? "Representative’s authority confirmed" : "Pouvoir du représentant confirmé"
        case .assessmentStarted: return en ? "Assessment started" : "Évaluation commencée"
        case .eligibilityConfirmed: return en ? "Eligibility confirmed" : "Admissibilité confirmée"
        case .eligibilityRecorded(let sentence, let responsibility):
            let ok = sentence && responsibility
            return en
                ? (ok ? "Eligibility confirmed" : "Eligibility not confirmed") : (ok ? "Admissibilité confirmée" : "Admissibilité non confirmée")
        case .safetySectionReviewed: return en ? "Safety section reviewed" : "Section sur la sécurité examinée"
        case .closed(let reason): return en ? "Closed: \(reason.name(in: language))" : "Fermé : \(reason.name(in: language))"
        case .mediatorsAssigned(let m): return en ? "Mediators assigned: \(m.count)" : "Médiateurs désignés : \(m.count)"
        case .preparationBegun: return en ? "Preparation begun" : "Préparation commencée"
        case .consentRecorded(let record):
            guard let notice = record.noticeVersion else { return en ? "Consent recorded" : "Consentement consigné" }
            return en
                ? "Agreement to take part recorded, after the confidentiality notice (\(notice))"
                : "Accord à participer consigné, après l’avis sur la confidentialité (\(notice))"
        case .disclosureRecorded(let disclosure):
            return en
                ? "Disclosure recorded: \(disclosure.category.name(in: language))"
                : "Communication consignée : \(disclosure.category.name(in: language))"
        // §4.9, N1: the timeline names no other case; "Linked cases" shows it to those who may open it.
        case .caseLinked(let link):
            return en
                ? "Linked to another case (\(link.relation.name(in: language)))" : "Lié à un autre dossier (\(link.relation.name(in: language)))"
        case .acknowledgementSent(let channel):
            return en
                ? "Request acknowledged to the requester by \(channel.name(in: language))"
                : "Réception de la demande confirmée au demandeur par \(channel.name(in: language))"
        case .offenderRecordLinked: return en ? "Offender’s record linked (FPS number)" : "Dossier du délinquant lié (numéro SED)"
        case .closureProposed(let reason):
            return en
                ? "The mediator proposed closing the case: \(reason.name(in: language))"
                : "La médiatrice ou le médiateur a proposé de fermer le dossier : \(reason.name(in: language))"
        case .caseUnlinked: return en ? "Link to another case removed" : "Lien avec un autre dossier retiré"
        case .assessmentRecorded: return en ? "Assessment recorded" : "Évaluation consignée"
        case .accessRestricted(let staff):
            return en
                ? "Access restricted to \(staff.count) coordinators and the assigned mediators"
                : "Accès restreint à \(staff.count) membres de la coordination et aux médiateurs désignés"
        case .restrictionLifted: return en ? "Access restriction lifted" : "Restriction d’accès levée"
        case .otherPartyTold: return en ? "The other party was told the process paused" : "L’autre partie a été informée de la pause du processus"
        case .authorisedConsentRequirement(_, let required):
            return required
                ? (en ? "Consent also needed from an authorised person" : "Consentement d’une personne autorisée aussi requis")
                : (en ? "Consent from an authorised person no longer needed" : "Consentement d’une personne autorisée plus requis")
        case .recused: return en ? "A coordinator recused themselves" : "Une personne de la coordination s’est récusée"
        case .ownershipTaken:
            return en ? "A coordinator took ownership of the case" : "Une coordonnatrice ou un coordonnateur a pris le dossier en charge"
        case .correctionRecorded(let entry, let note):
            return en ? "Correction of entry \(entry): \(note)" : "Correction de l’entrée \(entry) : \(note)"
        case .communicationNeedsRecorded:
            return en ? "Interpreter and accessibility needs recorded" : "Besoins d’interprétation et d’accessibilité consignés"
        case .safeContactRecorded: return en ? "Safe-contact preferences recorded" : "Préférences de contact sécuritaire consignées"
        case .needsRecorded: return en ? "Needs recorded" : "Besoins consignés"
        case .assessmentsInvalidated: return en ? "Assessments to be redone" : "Évaluations à refaire"
        case .escalationRaised: return en ? "Safety concern raised" : "Préoccupation de sécurité soulevée"
        case .escalationResolved: return en ? "Safety concern resolved" : "Préoccupation de sécurité réglée"
        case .noContactOrderRecorded: return en ? "No-contact order or condition recorded" : "Ordonnance ou condition de non-communication consignée"
        case .conditionAmended: return en ? "Condition amended" : "Condition modifiée"
        case .exchangeApprovedDespiteOrder: return en ? "Exchange approved by a coordinator" : "Échange approuvé par un coordonnateur"
        case .otherPartyApproached: return en ? "Other party approached" : "Autre partie approchée"
        case .putOnHold: return en ? "Put on hold" : "Mis en pause"
        case .resumed: return en ? "Resumed" : "Repris"
        case .dialogueStarted: return en ? "Dialogue started" : "Dialogue commencé"
        case .itemDrafted: return en ? "Item drafted" : "Élément rédigé"
        case .itemSubmitted: return en ? "Item submitted for review" : "Élément soumis à l’examen"
        case .itemReturned: return en ? "Item returned with a comment" : "Élément retourné avec un commentaire"
        case .itemRedacted: return en ? "Item redacted" : "Élément caviardé"
        case .itemApproved: return en ? "Item approved" : "Élément approuvé"
        case .recipientChoiceRecorded: return en ? "Recipient’s choice recorded" : "Choix de la personne destinataire consigné"
        case .itemReleased: return en ? "Item released" : "Élément transmis"
        case .itemDelivered: return en ? "Item delivered" : "Élément remis"
        case .itemAcknowledged: return en ? "Receipt acknowledged" : "Réception confirmée"
        case .itemWithdrawn: return en ? "Item withdrawn by its sender" : "Élément retiré par son auteur"
        case .translationAdded(_, let translation):
            let name = language.strings.languageName(translation.language)
            return en ? "Translation added (\(name))" : "Traduction ajoutée (\(name))"
        case .mediaAttached(_, let media):
            return en
                ? "File added to an item (\(media.type.kind.name(in: language)))"
                : "Fichier ajouté à un élément (\(media.type.kind.name(in: language)))"
        case .mediaDetached: return en ? "File removed from an item" : "Fichier retiré d’un élément"
        case .meetingProposed(let m):
            return en ? "Meeting proposed: \(m.form.name(in: language))" : "Rencontre proposée : \(m.form.name(in: language))"
        case .availabilityRecorded: return en ? "Availability recorded" : "Disponibilités consignées"
        case .safetyPlanRecorded: return en ? "Safety plan recorded" : "Plan de sécurité consigné"
        case .supportPersonPrepared: return en ? "Support person prepared" : "Personne de soutien préparée"
        case .entryRequested: return en ? "Entry requested from the site" : "Entrée demandée à l’établissement"
        case .entryApproved: return en ? "Site approved entry" : "L’établissement a approuvé l’entrée"
        case .entryDeclined: return en ? "Site declined entry" : "L’établissement a refusé l’entrée"
        case .otherTimeProposed: return en ? "Site proposed another time" : "L’établissement a proposé un autre moment"
        case .videoBooked: return en ? "Video meeting booked" : "Rencontre par vidéo réservée"
        case .meetingConfirmed: return en ? "Meeting confirmed" : "Rencontre confirmée"
        // §4.9, N1: the timeline names no other case.
        case .meetingJoined: return en ? "Meeting joined with a meeting of another case" : "Rencontre jumelée à une rencontre d’un autre dossier"
        case .meetingHeld: return en ? "Meeting held" : "Rencontre tenue"
        case .meetingPostponed: return en ? "Meeting postponed" : "Rencontre reportée"
        case .meetingCancelled: return en ? "Meeting cancelled" : "Rencontre annulée"
        case .withdrawalRecorded: return en ? "A participant withdrew" : "Une personne s’est retirée"
        case .withdrawalNoticeRecorded:
            return en
                ? "Notice: a person may want to stop (to confirm with them)"
                : "Avis : une personne voudrait peut-être arrêter (à confirmer avec elle)"
        case .withdrawalNoticeCleared: return en ? "The person confirmed they wish to continue" : "La personne a confirmé vouloir continuer"
        case .followUpStarted: return en ? "Follow-up started" : "Suivi commencé"
        case .returnedToDialogue: return en ? "Back to dialogue" : "Retour au dialogue"
        case .reopened: return en ? "Reopened in a new episode" : "Rouvert dans un nouvel épisode"
        }
    }
}
