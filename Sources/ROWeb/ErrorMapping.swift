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
        case 403: self.init(status: status, code: "forbidden", english: "You do not have access to this.", french: "Vous n’avez pas accès à cet élément.")
        case 404: self.init(status: status, code: "not-found", english: "This page does not exist.", french: "Cette page n’existe pas.")
        case 405: self.init(status: status, code: "method-not-allowed", english: "This action is not possible here.", french: "Cette action n’est pas possible ici.")
        case 413:
            self.init(status: status, code: "too-large", english: "What was sent is too large.", french: "Ce qui a été envoyé est trop volumineux.")
        case 415:
            self.init(status: status, code: "unsupported-media-type", english: "This kind of content is not accepted here.", french: "Ce type de contenu n’est pas accepté ici.")
        case 503:
            self.init(status: status, code: "unavailable", english: "The service is not available right now. Try again in a moment.", french: "Le service n’est pas disponible pour le moment. Réessayez dans un instant.")
        default:
            self.init(status: .internalServerError, code: "internal", english: "Something went wrong on our side. Try again later.", french: "Un problème est survenu de notre côté. Réessayez plus tard.")
        }
    }

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
        }
    }
}

/// The English message for an error, for the `ro` command line (operators read English and French
/// alike; the command line is not localised yet).
public func operatorMessage(for error: any Error) -> String? {
    guard error is DomainError else { return nil }
    return PublicError(error).english
}
