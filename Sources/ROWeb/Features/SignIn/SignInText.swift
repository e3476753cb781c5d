extension Catalogue {
    /// The texts of the sign-in page, English and French side by side.
    static let signIn: [String: Bilingual] = [
        "signInTitle": Bilingual("Sign in", "Connexion"),
        "signInIntro": Bilingual(
            "For Restorative Opportunities staff and mediators.",
            "Pour le personnel et les médiateurs des Possibilités de justice réparatrice."
        ),
        "passwordLabel": Bilingual("Password", "Mot de passe"),
        "signInButton": Bilingual("Sign in", "Se connecter"),
        "signedOutNotice": Bilingual("You are signed out.", "Vous êtes déconnecté."),
    ]
}
