import Foundation
import HTTPTypes
import Hummingbird
import ROCore

/// What a person or an API client is told when something fails: the one place that gives each error a
/// status, a stable code and a message in both languages.
struct PublicError: Error, Sendable {
    let status: HTTPResponse.Status
    /// Stable: API clients may rely on it.
    let code: String
    let english: String
    let french: String

    func message(in language: Language) -> String { language == .en ? self.english : self.french }

    /// The public form of any error. Unknown errors become a bare 500: details go to the log only.
    init(_ error: any Error) {
        switch error {
        case let error as PublicError: self = error
        case let error as DomainError: self = Self(domain: error)
        case let error as any HTTPResponseError: self = Self(status: error.status)
        default: self = Self(status: .internalServerError)
        }
    }

    init(status: HTTPResponse.Status, code: String, english: String, french: String) {
        self.status = status
        self.code = code
        self.english = english
        self.french = french
    }

    init(status: HTTPResponse.Status) {
        switch status.code {
        case 400: self.init(status: status, code: "bad-request", english: "The request could not be read.", french: "La requête n’a pas pu être lue.")
        case 401: self.init(status: status, code: "not-signed-in", english: "Please sign in.", french: "Veuillez vous connecter.")
        case 403:
            self.init(status: status, code: "forbidden", english: "You do not have access to this.", french: "Vous n’avez pas accès à cet élément.")
        case 404: self.init(status: status, code: "not-found", english: "This page does not exist.", french: "Cette page n’existe pas.")
        case 405:
            self.init(
                status: status,
                code: "method-not-allowed",
                english: "This action is not possible here.",
                french: "Cette action n’est pas possible ici."
            )
        case 413:
            self.init(status: status, code: "too-large", english: "What was sent is too large.", french: "Ce qui a été envoyé est trop volumineux.")
        case 415:
            self.init(
                status: status,
                code: "unsupported-media-type",
                english: "This kind of content is not accepted here.",
                french: "Ce type de contenu n’est pas accepté ici."
            )
        case 503:
            self.init(
                status: status,
                code: "unavailable",
                english: "The service is not available right now. Try again in a moment.",
                french: "Le service n’est pas disponible pour le moment. Réessayez dans un instant."
            )
        default:
            self.init(
                status: .internalServerError,
                code: "internal",
                english: "Something went wrong on our side. Try again later.",
                french: "Un problème est survenu de notre côté. Réessayez plus tard."
            )
        }
    }

    /// Every refusal the rules can give, each with its status, code and both messages. No `default`:
    /// a new `DomainError` does not compile until it is given its words here.
    // swift-format-ignore
    init(domain error: DomainError) {
        switch error {
        case .signInFailed:
            self.init(status: .unauthorized, code: "sign-in-failed", english: "The user name or password is not right.", french: "Le nom d’utilisateur ou le mot de passe n’est pas exact.")
        case .signInThrottled:
            self.init(status: .tooManyRequests, code: "sign-in-throttled", english: "Too many attempts. Wait 15 minutes, then try again.", french: "Trop de tentatives. Attendez 15 minutes, puis réessayez.")
        case .notSignedIn:
            self.init(status: .unauthorized)
        case .csrfTokenInvalid:
            self.init(status: .forbidden, code: "csrf-token-invalid", english: "This form expired. Go back, reload the page and try again.", french: "Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.")
        case .notPermitted:
            self.init(status: .forbidden)
        case .userNotFound:
            self.init(status: .notFound, code: "user-not-found", english: "This account does not exist.", french: "Ce compte n’existe pas.")
        case .usernameTaken:
            self.init(status: .conflict, code: "username-taken", english: "This user name is already in use.", french: "Ce nom d’utilisateur est déjà utilisé.")
        case .invalidUsername:
            self.init(status: .unprocessableContent, code: "invalid-username", english: "A user name has 3 to 64 characters: letters a to z, digits, dots, dashes or underscores.", french: "Un nom d’utilisateur compte de 3 à 64 caractères : lettres de a à z, chiffres, points, traits d’union ou traits de soulignement.")
        case .invalidDisplayName:
            self.init(status: .unprocessableContent, code: "invalid-display-name", english: "Enter a name of 1 to 120 characters.", french: "Entrez un nom de 1 à 120 caractères.")
        case .passwordTooShort(let minimum):
            self.init(status: .unprocessableContent, code: "password-too-short", english: "The password needs at least \(minimum) characters.", french: "Le mot de passe doit compter au moins \(minimum) caractères.")
        case .passwordTooLong(let maximum):
            self.init(status: .unprocessableContent, code: "password-too-long", english: "The password is too long (at most \(maximum) bytes).", french: "Le mot de passe est trop long (au plus \(maximum) octets).")
        case .passwordSameAsUsername:
            self.init(status: .unprocessableContent, code: "password-same-as-username", english: "The password cannot be the user name.", french: "Le mot de passe ne peut pas être le nom d’utilisateur.")
        case .currentPasswordWrong:
            self.init(status: .unprocessableContent, code: "current-password-wrong", english: "The current password is not right.", french: "Le mot de passe actuel n’est pas exact.")
        case .cannotChangeOwnAccess:
            self.init(status: .conflict, code: "cannot-change-own-access", english: "You cannot change the role of your own account or disable it.", french: "Vous ne pouvez pas changer le rôle de votre propre compte ni le désactiver.")
        case .tokenNotFound:
            self.init(status: .notFound, code: "token-not-found", english: "This API token does not exist.", french: "Ce jeton d’API n’existe pas.")
        case .invalidTokenName:
            self.init(status: .unprocessableContent, code: "invalid-token-name", english: "Enter a token name of 1 to 80 characters.", french: "Entrez un nom de jeton de 1 à 80 caractères.")
        case .invalidTokenLifetime(let maximumDays):
            self.init(status: .unprocessableContent, code: "invalid-token-lifetime", english: "A token lasts 1 to \(maximumDays) days.", french: "Un jeton dure de 1 à \(maximumDays) jours.")
        case .staleWrite:
            self.init(status: .conflict, code: "stale-write", english: "Someone else changed this in the meantime. Reload the page and try again.", french: "Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez la page et réessayez.")

        // Refusals of case commands (ro-program.md §3, §4)
        case .caseNotFound:
            self.init(status: .notFound, code: "case-not-found", english: "This case does not exist or is not yours to see.", french: "Ce dossier n’existe pas ou vous n’y avez pas accès.")
        case .caseAlreadyExists:
            self.init(status: .conflict, code: "already-exists", english: "This was already recorded.", french: "Cet élément a déjà été consigné.")
        case .linkedCaseNotFound:  // 422, not 404: the page stays, with what was typed (N1: a hidden case reads as absent)
            self.init(status: .unprocessableContent, code: "linked-case-not-found", english: "No case you can see has this reference, or this case is not linked to it.", french: "Aucun dossier auquel vous avez accès ne porte ce numéro, ou ce dossier n’y est pas lié.")
        case .offenderRecordNotLinked:
            self.init(status: .conflict, code: "offender-record-not-linked", english: "Link the offender’s record (FPS number) before assigning mediators (R10).", french: "Liez le dossier du délinquant (numéro SED) avant de désigner des médiateurs (R10).")
        case .invalidFPSNumber:
            self.init(status: .unprocessableContent, code: "invalid-fps-number", english: "Enter the FPS number: 1 to 12 letters and digits.", french: "Entrez le numéro SED : de 1 à 12 lettres et chiffres.")
        case .settingOutOfRange(let number):
            self.init(
                status: .unprocessableContent, code: "setting-out-of-range",
                english: "“\(number.name(in: .en).capitalizedFirst)” must be a whole number from \(number.range.lowerBound) to \(number.range.upperBound).",
                french: "« \(number.name(in: .fr).capitalizedFirst) » doit être un nombre entier de \(number.range.lowerBound) à \(number.range.upperBound)."
            )
        case .settingTextTooLong(let maximum):
            self.init(status: .unprocessableContent, code: "setting-text-too-long", english: "Each contact or resources text holds at most \(maximum) characters in each language.", french: "Chaque texte de coordonnées ou de ressources compte au plus \(maximum) caractères dans chaque langue.")
        case .regionsInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "regions-invalid", english: "List 1 to \(maximum) regions, each with its own code (lower-case letters, digits and hyphens, starting with a letter) and a name in English and in French of at most 100 characters.", french: "Indiquez de 1 à \(maximum) régions, chacune avec son propre code (lettres minuscules, chiffres et traits d’union, commençant par une lettre) et un nom en anglais et en français d’au plus 100 caractères.")
        case .regionRemoved(let code):
            self.init(status: .conflict, code: "region-removed", english: "The region “\(code)” stays on the list: cases, sites and statistics may refer to it. It can be renamed.", french: "La région « \(code) » reste dans la liste : des dossiers, des établissements et des statistiques peuvent y renvoyer. Elle peut être renommée.")
        case .labelNotFound:
            self.init(status: .notFound, code: "label-not-found", english: "The pages have no label with this key.", french: "Les pages n’ont aucun libellé portant cette clé.")
        case .labelTextInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "label-text-invalid", english: "Enter the wording in English, in French or in both, at most \(maximum) characters in each language. To go back to the built-in wording, reset the label.", french: "Entrez le libellé en anglais, en français ou dans les deux langues, au plus \(maximum) caractères dans chaque langue. Pour revenir au libellé d’origine, rétablissez-le.")
        case .acknowledgementNotExpected:
            self.init(status: .conflict, code: "acknowledgement-not-expected", english: "Only a victim-side request is acknowledged, once, by phone, mail or email.", french: "Seule une demande venant de la victime fait l’objet d’un accusé de réception, une fois, par téléphone, courrier ou courriel.")
        case .caseLinkInvalid:
            self.init(status: .conflict, code: "case-link-invalid", english: "A case cannot be linked to itself, or twice to the same case.", french: "Un dossier ne peut pas être lié à lui-même, ni deux fois au même dossier.")
        case .notAllowedInStage(let stage):
            self.init(status: .conflict, code: "not-allowed-in-stage", english: "This is not possible while the case is at the stage “\(stage.name(in: .en))”.", french: "Cette action n’est pas possible à l’étape « \(stage.name(in: .fr)) » du dossier.")
        case .roleNotAllowed:
            self.init(status: .forbidden, code: "role-not-allowed", english: "Your role does not allow this step on this case.", french: "Votre rôle ne permet pas cette étape dans ce dossier.")
        case .representativeNotLinked:
            self.init(status: .conflict, code: "representative-not-linked", english: "First record the registered victim this representative acts for, and the authority relied on.", french: "Consignez d’abord la victime inscrite que cette personne représente et le pouvoir invoqué.")
        case .eligibilityNotConfirmed:
            self.init(status: .conflict, code: "eligibility-not-confirmed", english: "Confirm each eligibility criterion first.", french: "Confirmez d’abord chacun des critères d’admissibilité.")
        case .eligibilityCriteriaIncomplete:
            self.init(status: .unprocessableContent, code: "eligibility-criteria-incomplete", english: "Tick every eligibility criterion to confirm eligibility. If one does not hold, close the case as ineligible.", french: "Cochez chacun des critères d’admissibilité pour confirmer l’admissibilité. Si l’un d’eux n’est pas rempli, fermez le dossier pour cause d’inadmissibilité.")
        case .extractPurposeInvalid(let length):
            self.init(status: .unprocessableContent, code: "extract-purpose-invalid", english: "State the study and why it needs the link with OMS, in \(length.lowerBound) to \(length.upperBound) characters.", french: "Indiquez l’étude et pourquoi elle a besoin du lien avec le SGD, en \(length.lowerBound) à \(length.upperBound) caractères.")
        case .extractNotFound:
            self.init(status: .notFound, code: "extract-not-found", english: "There is no such research extract.", french: "Cet extrait de recherche n’existe pas.")
        case .extractAlreadyApproved:
            self.init(status: .conflict, code: "extract-already-approved", english: "This research extract is already approved.", french: "Cet extrait de recherche est déjà approuvé.")
        case .secondCoordinatorRequired:
            self.init(status: .conflict, code: "second-coordinator-required", english: "Another coordinator must approve the research extract you proposed.", french: "Un autre coordonnateur ou une autre coordonnatrice doit approuver l’extrait de recherche que vous avez proposé.")
        case .extractNotApproved:
            self.init(status: .conflict, code: "extract-not-approved", english: "A second coordinator must approve the research extract before it is produced.", french: "Un deuxième coordonnateur ou une deuxième coordonnatrice doit approuver l’extrait de recherche avant qu’il soit produit.")
        case .addedNeedsInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "added-needs-invalid", english: "Add at most \(maximum) needs, each with its own code of 2 to 8 capital letters and digits (not one of the built-in codes such as V01) and a wording of at most 200 characters in English and in French.", french: "Ajoutez au plus \(maximum) besoins, chacun avec son propre code de 2 à 8 lettres majuscules et chiffres (autre qu’un code intégré comme V01) et un libellé d’au plus 200 caractères en anglais et en français.")
        case .needNamesForgiveness:
            self.init(status: .unprocessableContent, code: "need-names-forgiveness", english: "Forgiveness is never offered as a need. A participant who raises it says so in their own words, under “other” (R40).", french: "Le pardon n’est jamais proposé comme besoin. La personne qui l’évoque le dit dans ses propres mots, sous « autre » (R40).")
        case .needRemoved(let code):
            self.init(status: .conflict, code: "need-removed", english: "The need “\(code)” stays on the list: cases may have recorded it. It can be renamed.", french: "Le besoin « \(code) » reste dans la liste : des dossiers peuvent l’avoir consigné. Il peut être renommé.")
        case .eligibilityCriteriaInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "eligibility-criteria-invalid", english: "List 1 to \(maximum) eligibility criteria, each with its own code (lower-case letters, digits and hyphens, starting with a letter) and a wording of at most 300 characters in English and in French.", french: "Indiquez de 1 à \(maximum) critères d’admissibilité, chacun avec son propre code (lettres minuscules, chiffres et traits d’union, commençant par une lettre) et un libellé d’au plus 300 caractères en anglais et en français.")
        case .safetySectionNotReviewed:
            self.init(status: .conflict, code: "safety-section-not-reviewed", english: "A coordinator must review the referral’s safety section first.", french: "Un coordonnateur ou une coordonnatrice doit d’abord examiner la section sur la sécurité de l’aiguillage.")
        case .mediatorCount:
            self.init(status: .unprocessableContent, code: "mediator-count", english: "Assign one or two different mediators.", french: "Désignez un ou deux médiateurs différents.")
        case .participantNotFound:
            self.init(status: .notFound, code: "participant-not-found", english: "This person is not part of the case.", french: "Cette personne ne fait pas partie du dossier.")
        case .consentMissing:
            self.init(status: .conflict, code: "consent-missing", english: "A participant’s current consent for this step is missing.", french: "Le consentement actuel d’une personne participante manque pour cette étape.")
        case .assessmentMissing:
            self.init(status: .conflict, code: "assessment-missing", english: "A participant’s safety and readiness assessment is missing or out of date. Assess them again first.", french: "L’évaluation de la sécurité et de l’état de préparation d’une personne participante manque ou n’est plus à jour. Réévaluez-la d’abord.")
        case .escalationOpen:
            self.init(status: .conflict, code: "escalation-open", english: "A safety concern is open on this case. It must be resolved first.", french: "Une préoccupation de sécurité est ouverte dans ce dossier. Elle doit d’abord être réglée.")
        case .escalationNotFound:
            self.init(status: .conflict, code: "escalation-not-found", english: "There is no such safety concern on this case.", french: "Il n’y a pas de telle préoccupation de sécurité dans ce dossier.")
        case .noContactOrderBlocks:
            self.init(status: .conflict, code: "no-contact-order-blocks", english: "A no-contact order or condition blocks this exchange until it is amended or two coordinators approve it.", french: "Une ordonnance ou une condition de non-communication bloque cet échange jusqu’à sa modification ou l’approbation de deux coordonnateurs.")
        case .noContactOrderNotFound:
            self.init(status: .notFound, code: "no-contact-order-not-found", english: "There is no such order or condition on this case.", french: "Il n’y a pas de telle ordonnance ou condition dans ce dossier.")
        case .secondApproverRequired:
            self.init(status: .conflict, code: "second-approver-required", english: "A second, different coordinator must approve this.", french: "Un deuxième coordonnateur, différent du premier, doit l’approuver.")
        case .itemNotFound:
            self.init(status: .notFound, code: "item-not-found", english: "This item does not exist.", french: "Cet élément n’existe pas.")
        case .itemAlreadyExists:
            self.init(status: .conflict, code: "item-exists", english: "This item already exists.", french: "Cet élément existe déjà.")
        case .itemNotInState:
            self.init(status: .conflict, code: "item-not-in-state", english: "This step is not possible for the item as it stands.", french: "Cette étape n’est pas possible pour l’élément dans son état actuel.")
        case .recipientHasNotOptedIn:
            self.init(status: .conflict, code: "recipient-not-opted-in", english: "The recipient has not chosen to receive this item.", french: "La personne destinataire n’a pas choisi de recevoir cet élément.")
        case .itemMustCrossSides:
            self.init(status: .unprocessableContent, code: "item-must-cross-sides", english: "An item goes from one party to the other.", french: "Un élément va d’une partie à l’autre.")
        case .formNotRelayed:
            self.init(status: .unprocessableContent, code: "form-not-relayed", english: "Meetings are planned, not drafted as items.", french: "Les rencontres se planifient; elles ne se rédigent pas comme des éléments.")
        case .closureReasonNotAllowed:
            self.init(status: .unprocessableContent, code: "closure-reason-not-allowed", english: "This reason does not fit this kind of closure.", french: "Ce motif ne convient pas à ce type de fermeture.")
        case .nothingDeliveredYet:
            self.init(status: .conflict, code: "nothing-delivered", english: "Follow-up begins once something was delivered or a meeting held.", french: "Le suivi commence une fois qu’un élément a été remis ou qu’une rencontre a eu lieu.")
        case .itemsStillInReview:
            self.init(status: .conflict, code: "items-in-review", english: "Finish reviewing the items in review first.", french: "Terminez d’abord l’examen des éléments en cours.")
        case .participantWithdrew:
            self.init(status: .conflict, code: "participant-withdrew", english: "This person withdrew. They can take part again once they give their consent again.", french: "Cette personne s’est retirée. Elle peut participer de nouveau une fois son consentement redonné.")
        case .withdrawalNoticePending:
            self.init(status: .conflict, code: "withdrawal-notice-pending", english: "This person may want to stop: confirm with them before any release or meeting.", french: "Cette personne voudrait peut-être arrêter : confirmez avec elle avant toute transmission ou rencontre.")
        case .contactNotSafe:
            self.init(status: .conflict, code: "contact-not-safe", english: "This contact goes against the person’s safe-contact preferences. Check them, or record new ones with the person.", french: "Ce contact va à l’encontre des préférences de contact sécuritaire de la personne. Vérifiez-les, ou consignez-en de nouvelles avec elle.")
        case .noSafeRoute:
            self.init(status: .conflict, code: "no-safe-route", english: "Record a safe way to contact the other party first. With none, the case is screened out as unreachable.", french: "Consignez d’abord un moyen sécuritaire de joindre l’autre partie. Sans moyen, le dossier est écarté : partie injoignable.")
        case .needNotOffered:
            self.init(status: .unprocessableContent, code: "need-not-offered", english: "Choose needs from this person’s list.", french: "Choisissez des besoins dans la liste de cette personne.")
        case .ownWordsRequired:
            self.init(status: .unprocessableContent, code: "own-words-required", english: "“Other” is written in the person’s own words; words go with “Other” only.", french: "« Autre » s’écrit dans les propres mots de la personne; les mots vont seulement avec « Autre »." )
        case .invalidSite:
            self.init(status: .unprocessableContent, code: "invalid-site", english: "A site needs a code, an English and a French name, one of the regions and a known time zone.", french: "Un établissement exige un code, un nom en anglais et en français, une des régions et un fuseau horaire connu.")
        case .confidentialityNoticeRequired:
            self.init(status: .conflict, code: "confidentiality-notice-required", english: "Give the person the confidentiality notice before recording their agreement to take part, and tick that it was given.", french: "Remettez l’avis sur la confidentialité à la personne avant de consigner son accord à participer, et cochez qu’il a été remis.")
        case .disclosureIncomplete:
            self.init(status: .unprocessableContent, code: "disclosure-incomplete", english: "Give the category, the legal basis, the recipient and the date of the disclosure (YYYY-MM-DD, not in the future).", french: "Indiquez la catégorie, le fondement juridique, le destinataire et la date de la communication (AAAA-MM-JJ, pas dans l’avenir).")
        case .informationEntryIncomplete:
            self.init(status: .unprocessableContent, code: "information-entry-incomplete", english: "Choose to whom, by which channel and in which language the information was given.", french: "Choisissez à qui, par quel moyen et dans quelle langue l’information a été remise.")
        case .nhqApprovalRequired:
            self.init(status: .forbidden, code: "nhq-approval-required", english: "This case is restricted: a coordinator at NHQ sends its entry requests to sites.", french: "Ce dossier est restreint : une coordonnatrice ou un coordonnateur de l’AC envoie ses demandes d’entrée aux sites.")
        case .secondAdministratorRequired:
            self.init(status: .conflict, code: "second-administrator-required", english: "You proposed this role change: another administrator must make it.", french: "Vous avez proposé ce changement de rôle : une autre administratrice ou un autre administrateur doit l’effectuer.")
        case .jointMeetingInvalid:
            self.init(status: .conflict, code: "joint-meeting-invalid", english: "These meetings cannot be joined: choose a planned meeting of a linked case, of the same form and at the same site, not joined already.", french: "Ces rencontres ne peuvent pas être jumelées : choisissez une rencontre prévue d’un dossier lié, de la même forme et au même établissement, pas déjà jumelée.")
        case .jointMeetingBlocked(let reference?):
            self.init(status: .conflict, code: "joint-meeting-blocked", english: "This is a joint meeting: linked case \(reference) does not pass its own checks for it yet. Open that case to see why.", french: "Il s’agit d’une rencontre conjointe : le dossier lié \(reference) ne satisfait pas encore à ses propres vérifications. Ouvrez ce dossier pour en voir la raison.")
        case .jointMeetingBlocked(nil):
            self.init(status: .conflict, code: "joint-meeting-blocked", english: "This is a joint meeting: another case in it does not pass its own checks yet. The coordinator can see why.", french: "Il s’agit d’une rencontre conjointe : un autre dossier qui y participe ne satisfait pas encore à ses propres vérifications. La coordination peut en voir la raison.")
        case .investigationNotFound:
            self.init(status: .notFound, code: "investigation-not-found", english: "This investigation does not exist.", french: "Cette enquête n’existe pas.")
        case .investigationGroundsInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "investigation-grounds-invalid", english: "State why the case’s content must be read, in at most \(maximum) characters.", french: "Indiquez pourquoi le contenu du dossier doit être consulté, en \(maximum) caractères au plus.")
        case .secondAuditorRequired:
            self.init(status: .conflict, code: "second-auditor-required", english: "You asked for this investigation: another auditor must approve it.", french: "Vous avez demandé cette enquête : une autre vérificatrice ou un autre vérificateur doit l’approuver.")
        case .investigationNotAwaitingApproval:
            self.init(status: .conflict, code: "investigation-not-awaiting-approval", english: "This investigation is not waiting for approval.", french: "Cette enquête n’attend pas d’approbation.")
        case .investigationEnded:
            self.init(status: .conflict, code: "investigation-ended", english: "This investigation has ended: it was closed or its time ran out.", french: "Cette enquête est terminée : elle a été fermée ou son délai est écoulé.")
        case .investigationAlreadyOpen:
            self.init(status: .conflict, code: "investigation-already-open", english: "You already have an investigation open or waiting on this case.", french: "Vous avez déjà une enquête ouverte ou en attente sur ce dossier.")
        case .invalidFiscalYear:
            self.init(status: .unprocessableContent, code: "invalid-fiscal-year", english: "Give a fiscal year by the year it starts, from 1990 to the current one.", french: "Indiquez un exercice par l’année où il commence, de 1990 à l’exercice en cours.")
        case .meetingNotFound:
            self.init(status: .notFound, code: "meeting-not-found", english: "This meeting does not exist.", french: "Cette rencontre n’existe pas.")
        case .meetingAlreadyExists:
            self.init(status: .conflict, code: "meeting-exists", english: "This meeting already exists.", french: "Cette rencontre existe déjà.")
        case .meetingNotInState(let state):
            self.init(status: .conflict, code: "meeting-not-in-state", english: "This step is not possible while the meeting is “\(state.name(in: .en))”.", french: "Cette étape n’est pas possible tant que la rencontre est « \(state.name(in: .fr)) ».")
        case .formNotMeeting:
            self.init(status: .unprocessableContent, code: "form-not-meeting", english: "This step is for a meeting of another kind.", french: "Cette étape vise une rencontre d’un autre type.")
        case .siteRequired:
            self.init(status: .unprocessableContent, code: "site-required", english: "Choose the site where the meeting will take place.", french: "Choisissez l’établissement où la rencontre aura lieu.")
        case .attendeesIncomplete:
            self.init(status: .unprocessableContent, code: "attendees-incomplete", english: "A meeting needs at least one person from each side, all of them still taking part.", french: "Une rencontre exige au moins une personne de chaque partie, toutes encore participantes.")
        case .availabilityMissing:
            self.init(status: .conflict, code: "availability-missing", english: "Gather each attendee’s availability first.", french: "Recueillez d’abord les disponibilités de chaque personne présente.")
        case .entryNoticeTooShort(let earliest):
            self.init(status: .unprocessableContent, code: "entry-notice-too-short", english: "Entry requests go at least 15 working days ahead: choose \(Self.day(earliest, .en)) or later.", french: "Les demandes d’entrée se font au moins 15 jours ouvrables à l’avance : choisissez le \(Self.day(earliest, .fr)) ou plus tard.")
        case .entrantMissing:
            self.init(status: .unprocessableContent, code: "entrant-missing", english: "Give the name of everyone entering the site, support persons included.", french: "Indiquez le nom de chaque personne qui entrera dans l’établissement, y compris les personnes de soutien.")
        case .entryNotApproved:
            self.init(status: .conflict, code: "entry-not-approved", english: "The site has not approved entry for this meeting yet.", french: "L’établissement n’a pas encore approuvé l’entrée pour cette rencontre.")
        case .videoNotBooked:
            self.init(status: .conflict, code: "video-not-booked", english: "Book the video meeting first.", french: "Réservez d’abord la rencontre par vidéo.")
        case .safetyPlanMissing:
            self.init(status: .conflict, code: "safety-plan-missing", english: "Record the safety plan, with separate arrival and departure, first.", french: "Consignez d’abord le plan de sécurité, avec arrivée et départ séparés.")
        case .supportPersonNotCleared:
            self.init(status: .conflict, code: "support-person-not-cleared", english: "A support person must be agreed to by the participant, consent, be prepared and be on the entry list.", french: "Une personne de soutien doit être acceptée par la personne participante, consentir, être préparée et figurer sur la liste d’entrée.")
        case .noMeetingHeld:
            self.init(status: .conflict, code: "no-meeting-held", english: "No meeting was held in this case: choose “completed, indirectly”.", french: "Aucune rencontre n’a eu lieu dans ce dossier : choisissez « terminé, de façon indirecte ».")
        case .dateInPast:
            self.init(status: .unprocessableContent, code: "date-in-past", english: "Choose a date and time in the future.", french: "Choisissez une date et une heure futures.")
        case .mediaNotForForm(let form):
            self.init(status: .unprocessableContent, code: "media-not-for-form", english: "This kind of file does not go with \(form.name(in: .en)): letters take scanned pages (PDF, JPEG, PNG), video messages take video or audio.", french: "Ce type de fichier ne convient pas aux \(form.name(in: .fr)) : les lettres prennent des pages numérisées (PDF, JPEG, PNG), les messages vidéo prennent de la vidéo ou de l’audio.")
        case .tooManyAttachments(let limit):
            self.init(status: .unprocessableContent, code: "too-many-attachments", english: "An item holds at most \(limit) files.", french: "Un élément contient au plus \(limit) fichiers.")
        case .mediaNotFound:
            self.init(status: .notFound, code: "media-not-found", english: "This file does not exist.", french: "Ce fichier n’existe pas.")
        case .noAuthorisedPerson:
            self.init(status: .conflict, code: "no-authorised-person", english: "This person gives their own consent: record first that they are a minor or lack capacity.", french: "Cette personne donne son propre consentement : consignez d’abord qu’elle est mineure ou inapte.")
        case .restrictionMustIncludeYou:
            self.init(status: .unprocessableContent, code: "restriction-must-include-you", english: "Include yourself among the staff who may see the case.", french: "Incluez-vous parmi les membres du personnel qui peuvent voir le dossier.")
        case .notRestricted:
            self.init(status: .conflict, code: "not-restricted", english: "This case is not restricted.", french: "Ce dossier n’est pas restreint.")
        case .lastRestrictedCoordinator:
            self.init(status: .conflict, code: "last-restricted-coordinator", english: "You are the only coordinator who may see this restricted case: name another before you recuse yourself.", french: "Vous êtes la seule personne de la coordination à pouvoir voir ce dossier restreint : nommez-en une autre avant de vous récuser.")
        case .alreadyOwner:
            self.init(status: .conflict, code: "already-owner", english: "You already own this case.", french: "Ce dossier est déjà le vôtre.")
        case .entryNotFound:
            self.init(status: .unprocessableContent, code: "entry-not-found", english: "Give the number of an entry of this timeline.", french: "Indiquez le numéro d’une entrée de cet historique.")
        case .correctionNoteRequired:
            self.init(status: .unprocessableContent, code: "correction-note-required", english: "Say what was wrong and what is right.", french: "Indiquez ce qui était inexact et ce qui est exact.")
        case .accessibilityNoteRequired:
            self.init(status: .unprocessableContent, code: "accessibility-note-required", english: "Describe the “other” need in the notes.", french: "Décrivez le besoin « autre » dans les notes.")
        case .translationIncomplete:
            self.init(status: .unprocessableContent, code: "translation-incomplete", english: "A translation needs its text and the name of who translated it.", french: "Une traduction exige son texte et le nom de la personne qui l’a faite.")
        case .senderWithdrew:
            self.init(status: .conflict, code: "sender-withdrew", english: "The person who sent this file withdrew: it is no longer played or downloaded.", french: "La personne qui a envoyé ce fichier s’est retirée : il n’est plus lu ni téléchargé.")
        case .recordingMissing:
            self.init(status: .conflict, code: "recording-missing", english: "Add the video or audio recording before sending the message for review.", french: "Ajoutez l’enregistrement vidéo ou audio avant d’envoyer le message à l’examen.")
        case .mediaTypeNotAccepted:
            self.init(status: .unprocessableContent, code: "media-type-not-accepted", english: "This file is not one RO accepts: send a PDF, JPEG or PNG scan, an MP4 or WebM video, or an M4A, MP3, Ogg or WAV recording.", french: "RO n’accepte pas ce fichier : envoyez un PDF, un JPEG ou un PNG numérisé, une vidéo MP4 ou WebM, ou un enregistrement M4A, MP3, Ogg ou WAV.")
        case .mediaTooLarge(let limit):
            self.init(status: .contentTooLarge, code: "media-too-large", english: "This file is larger than the limit of \(limit / 1_048_576) MB. Nothing was kept.", french: "Ce fichier dépasse la limite de \(limit / 1_048_576) Mo. Rien n’a été conservé.")
        }
    }

    private static func day(_ date: Date, _ language: Language) -> String {
        date.formatted(.dateTime.year().month(.wide).day().locale(language.locale))
    }
}

/// The English message for an error, for the `ro` command line (operators read English and French
/// alike; the command line is not localised yet).
public func operatorMessage(for error: any Error) -> String? {
    guard error is DomainError else { return nil }
    return PublicError(error).english
}
