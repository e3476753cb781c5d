extension Catalogue {
    /// The refusals of case commands (ro-program.md §3, §4), English and French side by side, under `error.<code>`.
    static let caseErrorMessages: [String: Bilingual] = [
        "error.contact-channel-not-safe": Bilingual(
            "This person did not mark this way of contacting them as safe, or does not allow a message to be left (R24). Record their safe contact first.",
            "Cette personne n’a pas indiqué ce moyen de la joindre comme sûr, ou ne permet pas qu’on lui laisse un message (R24). Consignez d’abord son contact sécuritaire."
        ),
        "error.contact-note-too-long": Bilingual(
            "Keep the note to {maximum} characters: what happened, not what was said.",
            "Limitez la note à {maximum} caractères : ce qui s’est passé, pas ce qui a été dit."
        ),
        "error.note-empty": Bilingual("Write the note before saving it.", "Rédigez la note avant de l’enregistrer."),
        "error.mediator-not-active": Bilingual(
            "Choose a mediator from the list: the account given is not an active mediator’s.",
            "Choisissez une personne médiatrice dans la liste : le compte indiqué n’est pas celui d’une personne médiatrice active."
        ),
        "error.notes-too-long": Bilingual(
            "Keep the notes to {maximum} characters.",
            "Limitez les notes à {maximum} caractères."
        ),
        "error.person-record-invalid": Bilingual(
            "Give the name the person uses. Each value holds at most {maximum} characters; a person has at most 5 phones, e-mails, addresses and former names; a date of birth reads YYYY-MM-DD; an e-mail address has an “@”.",
            "Indiquez le nom que la personne utilise. Chaque valeur compte au plus {maximum} caractères; une personne a au plus 5 téléphones, courriels, adresses et anciens noms; une date de naissance s’écrit AAAA-MM-JJ; une adresse courriel contient un « @ »."
        ),
        "error.case-not-found": Bilingual("This case does not exist or is not yours to see.", "Ce dossier n’existe pas ou vous n’y avez pas accès."),
        "error.already-exists": Bilingual("This was already recorded.", "Cet élément a déjà été consigné."),
        "error.linked-case-not-found": Bilingual(
            "No case you can see has this reference, or this case is not linked to it.",
            "Aucun dossier auquel vous avez accès ne porte ce numéro, ou ce dossier n’y est pas lié."
        ),
        "error.offender-record-not-linked": Bilingual(
            "Link the offender’s record (FPS number) before assigning mediators (R10).",
            "Liez le dossier du délinquant (numéro SED) avant de désigner des médiateurs (R10)."
        ),
        "error.invalid-fps-number": Bilingual(
            "Enter the FPS number: 1 to 12 letters and digits.",
            "Entrez le numéro SED : de 1 à 12 lettres et chiffres."
        ),
        "error.setting-out-of-range": Bilingual(
            "“{number}” must be a whole number from {lowest} to {highest}.",
            "« {number} » doit être un nombre entier de {lowest} à {highest}."
        ),
        "error.setting-text-too-long": Bilingual(
            "Each contact or resources text holds at most {maximum} characters in each language.",
            "Chaque texte de coordonnées ou de ressources compte au plus {maximum} caractères dans chaque langue."
        ),
        "error.regions-invalid": Bilingual(
            "List 1 to {maximum} regions, each with its own code (lower-case letters, digits and hyphens, starting with a letter) and a name in English and in French of at most 100 characters.",
            "Indiquez de 1 à {maximum} régions, chacune avec son propre code (lettres minuscules, chiffres et traits d’union, commençant par une lettre) et un nom en anglais et en français d’au plus 100 caractères."
        ),
        "error.region-removed": Bilingual(
            "The region “{code}” stays on the list: cases, sites and statistics may refer to it. It can be renamed.",
            "La région « {code} » reste dans la liste : des dossiers, des établissements et des statistiques peuvent y renvoyer. Elle peut être renommée."
        ),
        "error.label-not-found": Bilingual("The pages have no label with this key.", "Les pages n’ont aucun libellé portant cette clé."),
        "error.label-text-invalid": Bilingual(
            "Enter the wording in English, in French or in both, at most {maximum} characters in each language. To go back to the built-in wording, reset the label.",
            "Entrez le libellé en anglais, en français ou dans les deux langues, au plus {maximum} caractères dans chaque langue. Pour revenir au libellé d’origine, rétablissez-le."
        ),
        "error.acknowledgement-not-expected": Bilingual(
            "Only a victim-side request is acknowledged, once, by phone, mail or email.",
            "Seule une demande venant de la victime fait l’objet d’un accusé de réception, une fois, par téléphone, courrier ou courriel."
        ),
        "error.case-link-invalid": Bilingual(
            "A case cannot be linked to itself, or twice to the same case.",
            "Un dossier ne peut pas être lié à lui-même, ni deux fois au même dossier."
        ),
        "error.not-allowed-in-stage": Bilingual(
            "This is not possible while the case is at the stage “{stage}”.",
            "Cette action n’est pas possible à l’étape « {stage} » du dossier."
        ),
        "error.role-not-allowed": Bilingual(
            "Your role does not allow this step on this case.",
            "Votre rôle ne permet pas cette étape dans ce dossier."
        ),
        "error.representative-not-linked": Bilingual(
            "First record the registered victim this representative acts for, and the authority relied on.",
            "Consignez d’abord la victime inscrite que cette personne représente et le pouvoir invoqué."
        ),
        "error.eligibility-not-confirmed": Bilingual(
            "Confirm each eligibility criterion first.",
            "Confirmez d’abord chacun des critères d’admissibilité."
        ),
        "error.eligibility-criteria-incomplete": Bilingual(
            "Tick every eligibility criterion to confirm eligibility. If one does not hold, close the case as ineligible.",
            "Cochez chacun des critères d’admissibilité pour confirmer l’admissibilité. Si l’un d’eux n’est pas rempli, fermez le dossier pour cause d’inadmissibilité."
        ),
        "error.extract-purpose-invalid": Bilingual(
            "State the study and why it needs the link with OMS, in {fewest} to {most} characters.",
            "Indiquez l’étude et pourquoi elle a besoin du lien avec le SGD, en {fewest} à {most} caractères."
        ),
        "error.extract-not-found": Bilingual("There is no such research extract.", "Cet extrait de recherche n’existe pas."),
        "error.extract-already-approved": Bilingual("This research extract is already approved.", "Cet extrait de recherche est déjà approuvé."),
        "error.second-coordinator-required": Bilingual(
            "Another coordinator must approve the research extract you proposed.",
            "Un autre coordonnateur ou une autre coordonnatrice doit approuver l’extrait de recherche que vous avez proposé."
        ),
        "error.extract-expired": Bilingual(
            "This research extract was approved more than 30 days ago: propose it again for a second coordinator to approve.",
            "Cet extrait de recherche a été approuvé il y a plus de 30 jours : proposez-le de nouveau pour qu’un deuxième coordonnateur ou une deuxième coordonnatrice l’approuve."
        ),
        "error.extract-not-approved": Bilingual(
            "A second coordinator must approve the research extract before it is produced.",
            "Un deuxième coordonnateur ou une deuxième coordonnatrice doit approuver l’extrait de recherche avant qu’il soit produit."
        ),
        "error.added-needs-invalid": Bilingual(
            "Add at most {maximum} needs, each with its own code of 2 to 8 capital letters and digits (not one of the built-in codes such as V01) and a wording of at most 200 characters in English and in French.",
            "Ajoutez au plus {maximum} besoins, chacun avec son propre code de 2 à 8 lettres majuscules et chiffres (autre qu’un code intégré comme V01) et un libellé d’au plus 200 caractères en anglais et en français."
        ),
        "error.need-names-forgiveness": Bilingual(
            "Forgiveness is never offered as a need. A participant who raises it says so in their own words, under “other” (R40).",
            "Le pardon n’est jamais proposé comme besoin. La personne qui l’évoque le dit dans ses propres mots, sous « autre » (R40)."
        ),
        "error.need-removed": Bilingual(
            "The need “{code}” stays on the list: cases may have recorded it. It can be renamed.",
            "Le besoin « {code} » reste dans la liste : des dossiers peuvent l’avoir consigné. Il peut être renommé."
        ),
        "error.eligibility-criteria-invalid": Bilingual(
            "List 1 to {maximum} eligibility criteria, each with its own code (lower-case letters, digits and hyphens, starting with a letter) and a wording of at most 300 characters in English and in French.",
            "Indiquez de 1 à {maximum} critères d’admissibilité, chacun avec son propre code (lettres minuscules, chiffres et traits d’union, commençant par une lettre) et un libellé d’au plus 300 caractères en anglais et en français."
        ),
        "error.safety-section-not-reviewed": Bilingual(
            "A coordinator must review the referral’s safety section first.",
            "Un coordonnateur ou une coordonnatrice doit d’abord examiner la section sur la sécurité de l’aiguillage."
        ),
        "error.mediator-count": Bilingual("Assign one or two different mediators.", "Désignez un ou deux médiateurs différents."),
        "error.participant-not-found": Bilingual("This person is not part of the case.", "Cette personne ne fait pas partie du dossier."),
        "error.consent-missing": Bilingual(
            "A participant’s current consent for this step is missing.",
            "Le consentement actuel d’une personne participante manque pour cette étape."
        ),
        "error.assessment-missing": Bilingual(
            "A participant’s safety and readiness assessment is missing or out of date. Assess them again first.",
            "L’évaluation de la sécurité et de l’état de préparation d’une personne participante manque ou n’est plus à jour. Réévaluez-la d’abord."
        ),
        "error.participant-not-ready": Bilingual(
            "The latest assessment found a participant not ready. Only a later assessment that finds them ready opens this step.",
            "La dernière évaluation a conclu qu’une personne participante n’était pas prête. Seule une évaluation ultérieure qui la juge prête permet cette étape."
        ),
        "error.escalation-open": Bilingual(
            "A safety concern is open on this case. It must be resolved first.",
            "Une préoccupation de sécurité est ouverte dans ce dossier. Elle doit d’abord être réglée."
        ),
        "error.escalation-not-found": Bilingual(
            "There is no such safety concern on this case.",
            "Il n’y a pas de telle préoccupation de sécurité dans ce dossier."
        ),
        "error.no-contact-order-blocks": Bilingual(
            "A no-contact order or condition blocks this exchange until it is amended or two coordinators approve it.",
            "Une ordonnance ou une condition de non-communication bloque cet échange jusqu’à sa modification ou l’approbation de deux coordonnateurs."
        ),
        "error.no-contact-order-not-found": Bilingual(
            "There is no such order or condition on this case.",
            "Il n’y a pas de telle ordonnance ou condition dans ce dossier."
        ),
        "error.not-due-for-disposal": Bilingual(
            "This case’s retention period has not ended, so it cannot be disposed of yet (§7.3).",
            "La période de conservation de ce dossier n’est pas terminée : il ne peut pas encore être éliminé (§7.3)."
        ),
        "error.legal-hold-active": Bilingual(
            "A legal hold, a Privacy Act request or an investigation is in force on this case: it cannot be disposed of until it is lifted or closed.",
            "Une suspension légale, une demande en vertu de la Loi sur la protection des renseignements personnels ou une enquête vise ce dossier : il ne peut pas être éliminé avant sa levée ou sa fermeture."
        ),
        "error.hold-reason-invalid": Bilingual(
            "Give the reason: the request or file behind it, in at most {maximum} characters, without naming anyone.",
            "Indiquez le motif : la demande ou le dossier en cause, en {maximum} caractères au plus, sans nommer personne."
        ),
        "error.legal-hold-not-found": Bilingual(
            "This hold does not exist or was already lifted.",
            "Cette suspension n’existe pas ou a déjà été levée."
        ),
        "error.disposal-already-proposed": Bilingual(
            "This case is already proposed for disposal: a second coordinator approves it.",
            "L’élimination de ce dossier est déjà proposée : une deuxième personne à la coordination l’approuve."
        ),
        "error.disposal-not-proposed": Bilingual(
            "No disposal of this case is waiting for approval.",
            "Aucune élimination de ce dossier n’attend d’approbation."
        ),
        "error.case-disposed": Bilingual(
            "This case was disposed of on {day} (§7.3). Only its reference and its disposal certificate remain.",
            "Ce dossier a été éliminé le {day} (§7.3). Seuls son numéro et son certificat d’élimination subsistent."
        ),
        "error.second-approver-required": Bilingual(
            "A second, different coordinator must approve this.",
            "Un deuxième coordonnateur, différent du premier, doit l’approuver."
        ),
        "error.item-not-found": Bilingual("This item does not exist.", "Cet élément n’existe pas."),
        "error.item-exists": Bilingual("This item already exists.", "Cet élément existe déjà."),
        "error.item-not-in-state": Bilingual(
            "This step is not possible for the item as it stands.",
            "Cette étape n’est pas possible pour l’élément dans son état actuel."
        ),
        "error.recipient-not-opted-in": Bilingual(
            "The recipient has not chosen to receive this item.",
            "La personne destinataire n’a pas choisi de recevoir cet élément."
        ),
        "error.item-must-cross-sides": Bilingual("An item goes from one party to the other.", "Un élément va d’une partie à l’autre."),
        "error.form-not-relayed": Bilingual(
            "Meetings are planned, not drafted as items.",
            "Les rencontres se planifient; elles ne se rédigent pas comme des éléments."
        ),
        "error.closure-reason-not-allowed": Bilingual(
            "This reason does not fit this kind of closure.",
            "Ce motif ne convient pas à ce type de fermeture."
        ),
        "error.nothing-delivered": Bilingual(
            "Follow-up begins once something was delivered or a meeting held.",
            "Le suivi commence une fois qu’un élément a été remis ou qu’une rencontre a eu lieu."
        ),
        "error.items-in-review": Bilingual("Finish reviewing the items in review first.", "Terminez d’abord l’examen des éléments en cours."),
        "error.participant-withdrew": Bilingual(
            "This person withdrew. They can take part again once they give their consent again.",
            "Cette personne s’est retirée. Elle peut participer de nouveau une fois son consentement redonné."
        ),
        "error.withdrawal-notice-pending": Bilingual(
            "This person may want to stop: confirm with them before any release or meeting.",
            "Cette personne voudrait peut-être arrêter : confirmez avec elle avant toute transmission ou rencontre."
        ),
        "error.contact-not-safe": Bilingual(
            "This contact goes against the person’s safe-contact preferences. Check them, or record new ones with the person.",
            "Ce contact va à l’encontre des préférences de contact sécuritaire de la personne. Vérifiez-les, ou consignez-en de nouvelles avec elle."
        ),
        "error.no-safe-route": Bilingual(
            "Record a safe way to contact the other party first. With none, the case is screened out as unreachable.",
            "Consignez d’abord un moyen sécuritaire de joindre l’autre partie. Sans moyen, le dossier est écarté : partie injoignable."
        ),
        "error.need-not-offered": Bilingual("Choose needs from this person’s list.", "Choisissez des besoins dans la liste de cette personne."),
        "error.own-words-required": Bilingual(
            "“Other” is written in the person’s own words; words go with “Other” only.",
            "« Autre » s’écrit dans les propres mots de la personne; les mots vont seulement avec « Autre »."
        ),
        "error.invalid-site": Bilingual(
            "A site needs a code, an English and a French name, one of the regions and a known time zone.",
            "Un établissement exige un code, un nom en anglais et en français, une des régions et un fuseau horaire connu."
        ),
        "error.confidentiality-notice-required": Bilingual(
            "Give the person the confidentiality notice before recording their agreement to take part, and tick that it was given.",
            "Remettez l’avis sur la confidentialité à la personne avant de consigner son accord à participer, et cochez qu’il a été remis."
        ),
        "error.disclosure-incomplete": Bilingual(
            "Give the category, the legal basis, the recipient and the date of the disclosure (YYYY-MM-DD, not in the future).",
            "Indiquez la catégorie, le fondement juridique, le destinataire et la date de la communication (AAAA-MM-JJ, pas dans l’avenir)."
        ),
        "error.information-entry-incomplete": Bilingual(
            "Choose to whom, by which channel and in which language the information was given.",
            "Choisissez à qui, par quel moyen et dans quelle langue l’information a été remise."
        ),
        "error.nhq-approval-required": Bilingual(
            "This case is restricted: a coordinator at NHQ sends its entry requests to sites.",
            "Ce dossier est restreint : une coordonnatrice ou un coordonnateur de l’AC envoie ses demandes d’entrée aux sites."
        ),
        "error.second-administrator-required": Bilingual(
            "You proposed this change: another administrator must approve it.",
            "Vous avez proposé ce changement : une autre administratrice ou un autre administrateur doit l’approuver."
        ),
        "error.joint-meeting-invalid": Bilingual(
            "These meetings cannot be joined: choose a planned meeting of a linked case, of the same form and at the same site, not joined already.",
            "Ces rencontres ne peuvent pas être jumelées : choisissez une rencontre prévue d’un dossier lié, de la même forme et au même établissement, pas déjà jumelée."
        ),
        "error.joint-meeting-blocked": Bilingual(
            "This is a joint meeting: linked case {reference} does not pass its own checks for it yet. Open that case to see why.",
            "Il s’agit d’une rencontre conjointe : le dossier lié {reference} ne satisfait pas encore à ses propres vérifications. Ouvrez ce dossier pour en voir la raison."
        ),
        "error.investigation-not-found": Bilingual("This investigation does not exist.", "Cette enquête n’existe pas."),
        "error.investigation-grounds-invalid": Bilingual(
            "State why the case’s content must be read, in at most {maximum} characters.",
            "Indiquez pourquoi le contenu du dossier doit être consulté, en {maximum} caractères au plus."
        ),
        "error.second-auditor-required": Bilingual(
            "You asked for this investigation: another auditor must approve it.",
            "Vous avez demandé cette enquête : une autre vérificatrice ou un autre vérificateur doit l’approuver."
        ),
        "error.investigation-not-awaiting-approval": Bilingual(
            "This investigation is not waiting for approval.",
            "Cette enquête n’attend pas d’approbation."
        ),
        "error.investigation-ended": Bilingual(
            "This investigation has ended: it was closed or its time ran out.",
            "Cette enquête est terminée : elle a été fermée ou son délai est écoulé."
        ),
        "error.investigation-already-open": Bilingual(
            "You already have an investigation open or waiting on this case.",
            "Vous avez déjà une enquête ouverte ou en attente sur ce dossier."
        ),
        "error.invalid-fiscal-year": Bilingual(
            "Give a fiscal year by the year it starts, from 1990 to the current one.",
            "Indiquez un exercice par l’année où il commence, de 1990 à l’exercice en cours."
        ),
        "error.meeting-not-found": Bilingual("This meeting does not exist.", "Cette rencontre n’existe pas."),
        "error.meeting-exists": Bilingual("This meeting already exists.", "Cette rencontre existe déjà."),
        "error.meeting-not-in-state": Bilingual(
            "This step is not possible while the meeting is “{state}”.",
            "Cette étape n’est pas possible tant que la rencontre est « {state} »."
        ),
        "error.form-not-meeting": Bilingual("This step is for a meeting of another kind.", "Cette étape vise une rencontre d’un autre type."),
        "error.site-required": Bilingual(
            "Choose the site where the meeting will take place.",
            "Choisissez l’établissement où la rencontre aura lieu."
        ),
        "error.attendees-incomplete": Bilingual(
            "A meeting needs at least one person from each side, all of them still taking part.",
            "Une rencontre exige au moins une personne de chaque partie, toutes encore participantes."
        ),
        "error.availability-missing": Bilingual(
            "Gather each attendee’s availability first.",
            "Recueillez d’abord les disponibilités de chaque personne présente."
        ),
        "error.entry-notice-too-short": Bilingual(
            "Entry requests go at least 15 working days ahead: choose {earliest} or later.",
            "Les demandes d’entrée se font au moins 15 jours ouvrables à l’avance : choisissez le {earliest} ou plus tard."
        ),
        "error.entrant-missing": Bilingual(
            "Give the name of everyone entering the site, support persons included.",
            "Indiquez le nom de chaque personne qui entrera dans l’établissement, y compris les personnes de soutien."
        ),
        "error.entry-not-approved": Bilingual(
            "The site has not approved entry for this meeting yet.",
            "L’établissement n’a pas encore approuvé l’entrée pour cette rencontre."
        ),
        "error.video-not-booked": Bilingual("Book the video meeting first.", "Réservez d’abord la rencontre par vidéo."),
        "error.safety-plan-missing": Bilingual(
            "Record the safety plan, with separate arrival and departure, first.",
            "Consignez d’abord le plan de sécurité, avec arrivée et départ séparés."
        ),
        "error.support-person-not-cleared": Bilingual(
            "A support person must be agreed to by the participant, consent, be prepared and be on the entry list.",
            "Une personne de soutien doit être acceptée par la personne participante, consentir, être préparée et figurer sur la liste d’entrée."
        ),
        "error.no-meeting-held": Bilingual(
            "No meeting was held in this case: choose “completed, indirectly”.",
            "Aucune rencontre n’a eu lieu dans ce dossier : choisissez « terminé, de façon indirecte »."
        ),
        "error.date-in-past": Bilingual("Choose a date and time in the future.", "Choisissez une date et une heure futures."),
        "error.media-not-for-form": Bilingual(
            "This kind of file does not go with {form}: letters take scanned pages (PDF, JPEG, PNG), video messages take video or audio.",
            "Ce type de fichier ne convient pas aux {form} : les lettres prennent des pages numérisées (PDF, JPEG, PNG), les messages vidéo prennent de la vidéo ou de l’audio."
        ),
        "error.too-many-attachments": Bilingual("An item holds at most {limit} files.", "Un élément contient au plus {limit} fichiers."),
        "error.media-not-found": Bilingual("This file does not exist.", "Ce fichier n’existe pas."),
        "error.no-authorised-person": Bilingual(
            "This person gives their own consent: record first that they are a minor or lack capacity.",
            "Cette personne donne son propre consentement : consignez d’abord qu’elle est mineure ou inapte."
        ),
        "error.restriction-must-include-you": Bilingual(
            "Include yourself among the staff who may see the case.",
            "Incluez-vous parmi les membres du personnel qui peuvent voir le dossier."
        ),
        "error.not-restricted": Bilingual("This case is not restricted.", "Ce dossier n’est pas restreint."),
        "error.last-restricted-coordinator": Bilingual(
            "You are the only coordinator who may see this restricted case: name another before you recuse yourself.",
            "Vous êtes la seule personne de la coordination à pouvoir voir ce dossier restreint : nommez-en une autre avant de vous récuser."
        ),
        "error.already-owner": Bilingual("You already own this case.", "Ce dossier est déjà le vôtre."),
        "error.entry-not-found": Bilingual("Give the number of an entry of this timeline.", "Indiquez le numéro d’une entrée de cet historique."),
        "error.correction-note-required": Bilingual("Say what was wrong and what is right.", "Indiquez ce qui était inexact et ce qui est exact."),
        "error.accessibility-note-required": Bilingual("Describe the “other” need in the notes.", "Décrivez le besoin « autre » dans les notes."),
        "error.translation-incomplete": Bilingual(
            "A translation needs its text and the name of who translated it.",
            "Une traduction exige son texte et le nom de la personne qui l’a faite."
        ),
        "error.sender-withdrew": Bilingual(
            "The person who sent this file withdrew: it is no longer played or downloaded.",
            "La personne qui a envoyé ce fichier s’est retirée : il n’est plus lu ni téléchargé."
        ),
        "error.recording-missing": Bilingual(
            "Add the video or audio recording before sending the message for review.",
            "Ajoutez l’enregistrement vidéo ou audio avant d’envoyer le message à l’examen."
        ),
        "error.recording-erased": Bilingual(
            "This recording was erased (§7.3). The case keeps what it was, its size and when it was erased.",
            "Cet enregistrement a été effacé (§7.3). Le dossier garde sa nature, sa taille et la date de l’effacement."
        ),
        "error.recording-already-released": Bilingual(
            "This recording was already released to the other party: it is erased with the case's other recordings when their retention ends.",
            "Cet enregistrement a déjà été transmis à l’autre partie : il sera effacé avec les autres enregistrements du dossier à la fin de leur conservation."
        ),
        "error.recording-retention-not-ended": Bilingual(
            "The recordings of this case are kept until {day} (§7.3).",
            "Les enregistrements de ce dossier sont conservés jusqu’au {day} (§7.3)."
        ),
        "error.media-type-not-accepted": Bilingual(
            "This file is not one RO accepts: send a PDF, JPEG or PNG scan, an MP4 or WebM video, or an M4A, MP3, Ogg or WAV recording.",
            "RO n’accepte pas ce fichier : envoyez un PDF, un JPEG ou un PNG numérisé, une vidéo MP4 ou WebM, ou un enregistrement M4A, MP3, Ogg ou WAV."
        ),
        "error.media-too-large": Bilingual(
            "This file is larger than the limit of {megabytes} MB. Nothing was kept.",
            "Ce fichier dépasse la limite de {megabytes} Mo. Rien n’a été conservé."
        ),
        "error.joint-meeting-blocked.unnamed": Bilingual(
            "This is a joint meeting: another case in it does not pass its own checks yet. The coordinator can see why.",
            "Il s’agit d’une rencontre conjointe : un autre dossier qui y participe ne satisfait pas encore à ses propres vérifications. La coordination peut en voir la raison."
        ),
    ]
}
