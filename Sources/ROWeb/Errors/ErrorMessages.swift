extension Catalogue {
    /// Every error's message, English and French side by side, under `error.<code>`; `{name}` is filled in from
    /// the error. Shown on pages and in problem documents alike.
    static let errorMessages: [String: Bilingual] = [
        "error.invalid-field": Bilingual("This step needs a valid “{field}” field.", "Cette étape exige un champ « {field} » valide."),
        "error.invalid-field.version": Bilingual("Give the case version as ?version=.", "Indiquez la version du dossier par ?version=."),
        "error.invalid-fields": Bilingual("{problems}", "{problems}"),
        "error.invalid-fields.direct-request": Bilingual(
            "Give the channel and the language of the request.",
            "Indiquez le moyen et la langue de la demande."
        ),
        "error.invalid-date-time": Bilingual(
            "Give the date as YYYY-MM-DD and the time as HH:MM.",
            "Indiquez la date au format AAAA-MM-JJ et l’heure au format HH:MM."
        ),
        "error.offender-identity-missing": Bilingual(
            "The site needs the offender’s name and FPS number (R31): record the offender’s identity on the People part, and link their FPS number, first.",
            "L’établissement a besoin du nom et du numéro SED du délinquant (R31) : consignez d’abord son identité dans la partie Personnes et liez son numéro SED."
        ),
        "error.entrant-identity-missing": Bilingual(
            "The site needs the name of each person entering (R31): record their identity on the People part first.",
            "L’établissement a besoin du nom de chaque personne qui entre (R31) : consignez d’abord son identité dans la partie Personnes."
        ),
        "error.label-placeholders-changed": Bilingual(
            "Keep exactly the placeholders of the built-in wording, each in braces: {placeholders}. The page puts a value in each.",
            "Gardez exactement les espaces réservés du texte d’origine, chacun entre accolades : {placeholders}. La page y met une valeur."
        ),
        "error.label-placeholders-changed.none": Bilingual(
            "This wording has no placeholders: leave out words in braces { }.",
            "Ce texte n’a pas d’espaces réservés : n’écrivez pas de mots entre accolades { }."
        ),
        "error.label-names-forgiveness": Bilingual(
            "No wording may bring forgiveness into the pages: it is never an aim of the program (R40).",
            "Aucun libellé ne peut introduire le pardon dans les pages : il n’est jamais un but du programme (R40)."
        ),
        "error.reason-missing": Bilingual("Choose a reason.", "Choisissez un motif."),
        "error.bad-request": Bilingual("The request could not be read.", "La requête n’a pas pu être lue."),
        "error.not-signed-in": Bilingual("Please sign in.", "Veuillez vous connecter."),
        "error.forbidden": Bilingual("You do not have access to this.", "Vous n’avez pas accès à cet élément."),
        "error.not-found": Bilingual("This page does not exist.", "Cette page n’existe pas."),
        "error.method-not-allowed": Bilingual("This action is not possible here.", "Cette action n’est pas possible ici."),
        "error.too-large": Bilingual("What was sent is too large.", "Ce qui a été envoyé est trop volumineux."),
        "error.unsupported-media-type": Bilingual("This kind of content is not accepted here.", "Ce type de contenu n’est pas accepté ici."),
        "error.unavailable": Bilingual(
            "The service is not available right now. Try again in a moment.",
            "Le service n’est pas disponible pour le moment. Réessayez dans un instant."
        ),
        "error.internal": Bilingual(
            "Something went wrong on our side. Try again later.",
            "Un problème est survenu de notre côté. Réessayez plus tard."
        ),
        "error.sign-in-failed": Bilingual("The user name or password is not right.", "Le nom d’utilisateur ou le mot de passe n’est pas exact."),
        "error.sign-in-throttled": Bilingual(
            "Too many attempts. Wait 15 minutes, then try again.",
            "Trop de tentatives. Attendez 15 minutes, puis réessayez."
        ),
        "error.second-factor-code-wrong": Bilingual(
            "The code is not right, or it was already used. Type the code your app shows now, or one of your recovery codes.",
            "Le code n’est pas exact, ou il a déjà servi. Tapez le code que votre application affiche maintenant, ou un de vos codes de secours."
        ),
        "error.sign-in-step-expired": Bilingual(
            "Your sign-in took too long. Type your user name and password again.",
            "Votre connexion a pris trop de temps. Tapez de nouveau votre nom d’utilisateur et votre mot de passe."
        ),
        "error.identity-not-confirmed": Bilingual(
            "The password or the code is not right. Nothing was approved.",
            "Le mot de passe ou le code n’est pas exact. Rien n’a été approuvé."
        ),
        "error.contract-end-required": Bilingual(
            "A mediator's account needs the last day of their contract, today or later.",
            "Le compte d’un médiateur ou d’une médiatrice doit indiquer le dernier jour de son contrat, aujourd’hui ou plus tard."
        ),
        "error.csrf-token-invalid": Bilingual(
            "This form expired. Go back, reload the page and try again.",
            "Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez."
        ),
        "error.user-not-found": Bilingual("This account does not exist.", "Ce compte n’existe pas."),
        "error.username-taken": Bilingual("This user name is already in use.", "Ce nom d’utilisateur est déjà utilisé."),
        "error.invalid-username": Bilingual(
            "A user name has 3 to 64 characters: letters a to z, digits, dots, dashes or underscores.",
            "Un nom d’utilisateur compte de 3 à 64 caractères : lettres de a à z, chiffres, points, traits d’union ou traits de soulignement."
        ),
        "error.invalid-display-name": Bilingual("Enter a name of 1 to 120 characters.", "Entrez un nom de 1 à 120 caractères."),
        "error.password-too-short": Bilingual(
            "The password needs at least {minimum} characters.",
            "Le mot de passe doit compter au moins {minimum} caractères."
        ),
        "error.password-too-long": Bilingual(
            "The password is too long (at most {maximum} bytes).",
            "Le mot de passe est trop long (au plus {maximum} octets)."
        ),
        "error.password-same-as-username": Bilingual(
            "The password cannot be the user name.",
            "Le mot de passe ne peut pas être le nom d’utilisateur."
        ),
        "error.current-password-wrong": Bilingual("The current password is not right.", "Le mot de passe actuel n’est pas exact."),
        "error.cannot-change-own-access": Bilingual(
            "You cannot change the role of your own account or disable it.",
            "Vous ne pouvez pas changer le rôle de votre propre compte ni le désactiver."
        ),
        "error.token-not-found": Bilingual("This API token does not exist.", "Ce jeton d’API n’existe pas."),
        "error.invalid-token-name": Bilingual("Enter a token name of 1 to 80 characters.", "Entrez un nom de jeton de 1 à 80 caractères."),
        "error.invalid-token-lifetime": Bilingual("A token lasts 1 to {maximumDays} days.", "Un jeton dure de 1 à {maximumDays} jours."),
        "error.stale-write": Bilingual(
            "Someone else changed this in the meantime. Reload the page and try again.",
            "Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez la page et réessayez."
        ),
    ]
}
